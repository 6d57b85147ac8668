#include "canvas_view.h"

#include "canvas_style.h"
#include "element_item.h"
#include "in_place_editor.h"
#include "map_scene.h"

#include <QCoreApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QWheelEvent>

using namespace Qt::Literals::StringLiterals;

namespace sb::canvas {

CanvasView::CanvasView(QWidget* parent)
    : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAcceptDrops(true);
    viewport()->grabGesture(Qt::PinchGesture);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(QColor(0xe9, 0xec, 0xf0));

    // Scrolling by the bars or the keys is the user taking over from the fit on open.
    for (QScrollBar* bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QAbstractSlider::actionTriggered, this, [this] { m_keepFitted = false; });

    m_editor = new InPlaceEditor(viewport());
    connect(m_editor, &InPlaceEditor::committed, this, &CanvasView::commitEdit);
    connect(m_editor, &InPlaceEditor::cancelled, this, &CanvasView::cancelEdit);
}

void CanvasView::setMapScene(MapScene* scene) {
    cancelEdit();
    m_keepFitted = false;
    setScene(scene);
    if (scene)
        connect(scene, &MapScene::editRequested, this, &CanvasView::editInPlace,
                Qt::UniqueConnection);
}

MapScene* CanvasView::mapScene() const {
    return qobject_cast<MapScene*>(scene());
}

void CanvasView::setZoom(qreal factor, const QPointF& anchorInView) {
    m_keepFitted = false;
    factor = std::clamp(factor, minZoom, maxZoom);
    const QPointF anchor =
        anchorInView.isNull() ? QPointF(viewport()->rect().center()) : anchorInView;
    const QPointF sceneAnchor = mapToScene(anchor.toPoint());
    setTransform(QTransform::fromScale(factor, factor));
    // Keep the point under the anchor where it was.
    const QPointF moved = mapFromScene(sceneAnchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                    qRound(moved.x() - anchor.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y() - anchor.y()));
    placeEditor();
    emit zoomChanged(factor);
}

void CanvasView::zoomIn() {
    setZoom(zoom() * 1.25);
}
void CanvasView::zoomOut() {
    setZoom(zoom() / 1.25);
}
void CanvasView::resetZoom() {
    setZoom(1.0);
}

void CanvasView::zoomToFit() {
    if (!scene())
        return;
    const QRectF bounds = scene()->sceneRect();
    if (bounds.isEmpty())
        return;
    // Against the viewport without scroll bars, a pixel inside: the map then needs none. Fitted
    // to the viewport as it is, scroll bars that came and went with a pixel of rounding changed
    // its size, which fitted again, for ever.
    const QSizeF room = QSizeF(maximumViewportSize()) - QSizeF(2, 2);
    const qreal factor = std::min(room.width() / bounds.width(), room.height() / bounds.height());
    setTransform(
        QTransform::fromScale(std::clamp(factor, minZoom, 1.0), std::clamp(factor, minZoom, 1.0)));
    centerOn(bounds.center());
    placeEditor();
    emit zoomChanged(zoom());
}

void CanvasView::openFitted() {
    m_keepFitted = true;
    zoomToFit();
}

void CanvasView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_keepFitted)
        zoomToFit();
}

QRectF CanvasView::areaOf(const QList<commands::ElementRef>& elements) const {
    MapScene* s = mapScene();
    QRectF area;
    if (s)
        for (const commands::ElementRef& r : elements)
            if (ElementItem* item = s->itemFor(r.kind, r.key))
                area |= item->sceneBoundingRect();
    return area;
}

void CanvasView::centreOn(const QList<commands::ElementRef>& elements) {
    const QRectF area = areaOf(elements);
    if (area.isNull())
        return;
    m_keepFitted = false;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (area.width() > visible.width() || area.height() > visible.height())
        setZoom(std::max(
            minZoom,
            zoom() * std::min(visible.width() / area.width(), visible.height() / area.height()) *
                0.9));
    centerOn(area.center());
}

void CanvasView::reveal(const QList<commands::ElementRef>& elements) {
    const QRectF area = areaOf(elements);
    if (area.isNull() || viewport()->width() <= 0 || viewport()->height() <= 0)
        return;
    m_keepFitted = false;
    constexpr int margin = 16; // view pixels around what is shown
    const QSizeF room(std::max(1, viewport()->width() - 2 * margin),
                      std::max(1, viewport()->height() - 2 * margin));
    // The header column and the step header row start at the layout's origin.
    const QRectF withHeaders = area.united(QRectF(0, 0, 1, 1));
    const qreal fitsHeaders =
        std::min(room.width() / withHeaders.width(), room.height() / withHeaders.height());
    QRectF shown = area;
    if (fitsHeaders >= std::min(zoom(), headersZoom)) {
        shown = withHeaders;
        if (fitsHeaders < zoom())
            setZoom(fitsHeaders);
    } else if (area.width() > room.width() / zoom() || area.height() > room.height() / zoom()) {
        setZoom(std::min(room.width() / area.width(), room.height() / area.height()));
    }
    ensureVisible(shown, margin, margin);
    placeEditor();
}

void CanvasView::frame(const QList<commands::ElementRef>& elements, qreal largestZoom) {
    frameRect(areaOf(elements), largestZoom);
}

void CanvasView::frameRect(const QRectF& area, qreal largestZoom) {
    if (area.isEmpty() || viewport()->width() <= 0 || viewport()->height() <= 0)
        return;
    m_keepFitted = false;
    const qreal fits =
        std::min(viewport()->width() / area.width(), viewport()->height() / area.height()) * 0.92;
    const qreal factor = std::clamp(fits, minZoom, std::max(minZoom, largestZoom));
    setTransform(QTransform::fromScale(factor, factor));
    centerOn(area.center());
    placeEditor();
    emit zoomChanged(factor);
}

void CanvasView::setPresentation(bool on) {
    if (on == m_presentation)
        return;
    m_presentation = on;
    const Qt::ScrollBarPolicy bars = on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    setHorizontalScrollBarPolicy(bars);
    setVerticalScrollBarPolicy(bars);
    setBackgroundBrush(on ? QColor(0xff, 0xff, 0xff) : QColor(0xe9, 0xec, 0xf0));
    viewport()->update();
}

void CanvasView::paintEvent(QPaintEvent* event) {
    const style::ScopedTheme theme(m_presentation ? style::Theme::Presentation
                                                  : style::Theme::Normal);
    QGraphicsView::paintEvent(event);
}

void CanvasView::wheelEvent(QWheelEvent* event) {
    m_keepFitted = false;
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps), event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool CanvasView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::Gesture) {
        auto* gesture = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStart = zoom();
            setZoom(m_pinchStart * pinch->totalScaleFactor(),
                    viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto* native = static_cast<QNativeGestureEvent*>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(zoom() * (1 + native->value()), native->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !m_editing) {
        m_keepFitted = false;
        m_spaceHeld = true;
        setDragMode(QGraphicsView::ScrollHandDrag);
        setInteractive(false);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        setDragMode(QGraphicsView::RubberBandDrag);
        setInteractive(true);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {
        m_keepFitted = false;
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

bool CanvasView::focusNextPrevChild(bool next) {
    if (mapScene() && !m_editing)
        return false;
    return QGraphicsView::focusNextPrevChild(next);
}

void CanvasView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    placeEditor();
}

namespace {

struct CanvasViewTr {
    Q_DECLARE_TR_FUNCTIONS(sb::canvas)
};

QStringList cellLabels() {
    return {CanvasViewTr::tr("Intent"), CanvasViewTr::tr("Value"), CanvasViewTr::tr("Outcome"),
            CanvasViewTr::tr("Metric")};
}

// The texts an element's in-place editor shows.
QStringList editableTexts(const Map& map, const commands::ElementRef& r) {
    if (r.kind == ElementKind::Cell) {
        const Cell* c = map.find<Cell>(r.key);
        return c ? QStringList{c->intent, c->value, c->outcome, c->metric}
                 : QStringList{{}, {}, {}, {}};
    }
    if (r.kind == ElementKind::Note) {
        const Note* n = map.find<Note>(r.key);
        return {n ? n->text : QString()};
    }
    return {map.nameOf(r.key)};
}

} // namespace

void CanvasView::editInPlace(const commands::ElementRef& element) {
    MapScene* s = mapScene();
    const Map* map = s ? s->map() : nullptr;
    if (!map || s->document()->isReadOnly() || element.kind == ElementKind::Flow ||
        element.kind == ElementKind::Dependency)
        return;
    if (element.kind != ElementKind::Cell && map->indexOf(element.kind, element.key) < 0)
        return;
    m_editing = element;
    const QStringList labels =
        element.kind == ElementKind::Cell
            ? cellLabels()
            : QStringList{element.kind == ElementKind::Note ? CanvasViewTr::tr("Text")
                                                            : CanvasViewTr::tr("Name")};
    m_editor->open(labels, editableTexts(*map, element));
    placeEditor();
}

void CanvasView::placeEditor() {
    MapScene* s = mapScene();
    if (!m_editing || !s)
        return;
    ElementItem* item = s->itemFor(m_editing->kind, m_editing->key);
    if (!item) {
        cancelEdit();
        return;
    }
    const QRect onView = mapFromScene(item->sceneBoundingRect()).boundingRect();
    m_editor->resize(std::min(std::max(onView.width(), 240), viewport()->width()),
                     m_editor->sizeHint().height());
    // Over the element, but never cut off by the edges of the view.
    const QRect area = viewport()->rect();
    m_editor->move(std::clamp(onView.left(), 0, std::max(0, area.width() - m_editor->width())),
                   std::clamp(onView.top(), 0, std::max(0, area.height() - m_editor->height())));
}

void CanvasView::commitEdit() {
    if (!m_editing)
        return;
    const commands::ElementRef target = *std::exchange(m_editing, std::nullopt);
    setFocus();
    MapScene* s = mapScene();
    const Map* map = s ? s->map() : nullptr;
    if (!map)
        return;
    const QStringList texts = m_editor->values();
    Document* doc = s->document();
    commands::CommandPtr command;
    const std::optional<Element> current = map->element(target.kind, target.key);
    if (target.kind == ElementKind::Cell) {
        const qsizetype split = target.key.indexOf(QChar(0x1f));
        Cell c =
            current
                ? std::get<Cell>(*current)
                : Cell{target.key.left(split), target.key.mid(split + 1), {}, {}, {}, {}, false};
        c.intent = texts.value(0);
        c.value = texts.value(1);
        c.outcome = texts.value(2);
        c.metric = texts.value(3);
        if (current)
            command = commands::changeElement(doc, s->mapUid(), c);
        else if (!texts.join(QString()).isEmpty())
            command = commands::addElement(doc, s->mapUid(), c);
    } else if (current) {
        Element changed = *current;
        std::visit(
            [&](auto& e) {
                if constexpr (requires { e.text; })
                    e.text = texts.value(0);
                else if constexpr (requires { e.name; })
                    e.name = texts.value(0);
            },
            changed);
        command = commands::changeElement(doc, s->mapUid(), changed);
    }
    if (command)
        doc->push(command.release());
}

void CanvasView::cancelEdit() {
    m_editing.reset();
    if (m_editor && m_editor->isOpen())
        m_editor->hide();
}

} // namespace sb::canvas
