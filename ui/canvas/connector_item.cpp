#include "connector_item.h"

#include "canvas_style.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <cmath>
#include <optional>

namespace sb::canvas {

ConnectorItem::ConnectorItem(ElementKind kind, const QString& key)
    : ElementItem(kind, key) {
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    setZValue(5);
}

void ConnectorItem::setEnds(const QRectF& from, const QRectF& to, Route route) {
    if (from == m_from && to == m_to && route == m_route)
        return;
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    m_route = route;
    rebuild();
}

void ConnectorItem::setPen(const QPen& pen) {
    if (pen == m_pen)
        return;
    m_pen = pen;
    update();
}

void ConnectorItem::setLabel(const QString& label) {
    if (label == m_label)
        return;
    prepareGeometryChange();
    m_label = label;
    update();
}

void ConnectorItem::setMarker(const QString& symbol, const QColor& color) {
    if (symbol == m_marker && color == m_markerColor)
        return;
    m_marker = symbol;
    m_markerColor = color;
    update();
}

void ConnectorItem::rebuild() {
    QPointF start;
    QPointF end;
    QPointF c1;
    QPointF c2;
    switch (m_route) {
    case Route::Forward: {
        start = QPointF(m_from.right(), m_from.center().y());
        end = QPointF(m_to.left(), m_to.center().y());
        const qreal bend = std::max<qreal>(30, std::abs(end.x() - start.x()) / 2);
        c1 = start + QPointF(bend, 0);
        c2 = end - QPointF(bend, 0);
        break;
    }
    case Route::Backward: {
        start = QPointF(m_from.center().x(), m_from.bottom());
        end = QPointF(m_to.center().x(), m_to.bottom());
        const qreal depth = 46 + std::abs(start.x() - end.x()) * 0.08;
        c1 = start + QPointF(0, depth);
        c2 = end + QPointF(0, depth);
        break;
    }
    case Route::Vertical: {
        const bool down = m_to.center().y() > m_from.center().y();
        start = QPointF(m_from.center().x(), down ? m_from.bottom() : m_from.top());
        end = QPointF(m_to.center().x(), down ? m_to.top() : m_to.bottom());
        const qreal bend = std::max<qreal>(30, std::abs(end.y() - start.y()) / 2);
        c1 = start + QPointF(0, down ? bend : -bend);
        c2 = end - QPointF(0, down ? bend : -bend);
        break;
    }
    }
    m_curve = {start, c1, c2, end};
    // Points by the curve's parameter: QPainterPath::pointAtPercent measures the curve's length
    // first, which took most of laying out the arrows of a large map. Every route's curve is
    // symmetric about its middle, so t = 0.5 is halfway along it.
    const auto at = [&](qreal t) {
        const qreal u = 1 - t;
        return u * u * u * start + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * end;
    };
    m_labelAt = at(0.5);

    // The arrow head points along the curve's last stretch.
    const QPointF tangentFrom = at(0.96);
    const qreal angle = std::atan2(end.y() - tangentFrom.y(), end.x() - tangentFrom.x());
    const qreal size = 11;
    m_head = {end, end - QPointF(std::cos(angle - 0.42) * size, std::sin(angle - 0.42) * size),
              end - QPointF(std::cos(angle + 0.42) * size, std::sin(angle + 0.42) * size)};
    m_rect = curve().boundingRect() | head().boundingRect();
    // A long arrow as a polyline of evenly spaced points along the curve: Qt's flattening puts
    // a point every few scene units, thousands along an arrow that crosses a large map, and
    // every frame walked them all.
    m_flattened.clear();
    if (std::max(m_rect.width(), m_rect.height()) > longArrow) {
        m_flattened.reserve(longArrowPoints + 1);
        for (int i = 0; i <= longArrowPoints; ++i)
            m_flattened.append(at(static_cast<qreal>(i) / longArrowPoints));
    }
}

// Made anew for each use: the raster engine keeps a converted copy inside every path it draws,
// kilobytes that a path kept by the item would hold for as long as the item lives.
QPainterPath ConnectorItem::curve() const {
    QPainterPath path(m_curve.start);
    path.cubicTo(m_curve.c1, m_curve.c2, m_curve.end);
    return path;
}

namespace {

// Where a polyline that starts above the area and ends below it (or the other way round)
// crosses the area's top and bottom; nothing for one that enters or leaves at a side.
std::optional<QLineF> topToBottomCrossing(const QPolygonF& line, const QRectF& area) {
    const bool down = line.first().y() < area.top() && line.last().y() > area.bottom();
    const bool up = line.last().y() < area.top() && line.first().y() > area.bottom();
    if (!down && !up)
        return std::nullopt;
    const auto crossing = [&](qreal y) -> std::optional<QPointF> {
        for (qsizetype i = 0; i + 1 < line.size(); ++i) {
            const QPointF a = line[i];
            const QPointF b = line[i + 1];
            if (a.y() != b.y() && (a.y() - y) * (b.y() - y) <= 0)
                return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
        }
        return std::nullopt;
    };
    const std::optional<QPointF> top = crossing(area.top());
    const std::optional<QPointF> bottom = crossing(area.bottom());
    if (!top || !bottom || top->x() < area.left() || top->x() > area.right() ||
        bottom->x() < area.left() || bottom->x() > area.right())
        return std::nullopt;
    return QLineF(*top, *bottom);
}

} // namespace

void ConnectorItem::drawLine(QPainter* painter, const QPen& pen, const QRectF& exposed) const {
    if (m_flattened.size() < 2) {
        painter->setPen(pen);
        painter->drawPath(curve());
        return;
    }
    // The runs of the polyline that cross the exposed part, each with its dashes shifted by the
    // length before it, so they fall where the whole line would put them.
    const qreal margin = pen.widthF() + 2;
    const QRectF area = exposed.adjusted(-margin, -margin, margin, margin);
    QPolygonF run;
    qreal runStart = 0;
    auto flush = [&] {
        if (run.size() < 2)
            return;
        QPen part = pen;
        if (pen.style() != Qt::SolidLine && pen.widthF() > 0)
            part.setDashOffset(pen.dashOffset() + runStart / pen.widthF());
        painter->setPen(part);
        painter->drawPolyline(run);
    };
    qreal lengthBefore = 0; // along the polyline, up to point a
    for (qsizetype i = 0; i + 1 < m_flattened.size(); ++i) {
        const QPointF a = m_flattened[i];
        const QPointF b = m_flattened[i + 1];
        const qreal segment = QLineF(a, b).length();
        if (std::max(a.x(), b.x()) >= area.left() && std::min(a.x(), b.x()) <= area.right() &&
            std::max(a.y(), b.y()) >= area.top() && std::min(a.y(), b.y()) <= area.bottom()) {
            if (run.isEmpty()) {
                run << a;
                runStart = lengthBefore;
            }
            run << b;
        } else if (!run.isEmpty()) {
            flush();
            run.clear();
        }
        lengthBefore += segment;
    }
    flush();
}

QRectF ConnectorItem::boundingRect() const {
    QRectF r = m_rect.adjusted(-8, -8, 8, 8);
    if (!m_label.isEmpty() || !m_marker.isEmpty())
        r |= QRectF(m_labelAt - QPointF(70, 14), QSizeF(140, 52));
    return r;
}

QPainterPath ConnectorItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    QPainterPath p = stroker.createStroke(curve());
    p.addPolygon(head());
    return p;
}

std::optional<QLineF> ConnectorItem::passThrough(const QRectF& visible) const {
    if (m_flattened.size() < 2 || showSelection())
        return std::nullopt;
    const std::optional<QLineF> crossing =
        topToBottomCrossing(m_flattened, mapRectFromScene(visible));
    if (!crossing)
        return std::nullopt;
    return QLineF(mapToScene(crossing->p1()), mapToScene(crossing->p2()));
}

void ConnectorItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool detailed = drawsText(painter);
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    QPen pen = m_pen;
    // The curve is open: with a brush, a bent one would be filled as far as its chord.
    painter->setBrush(Qt::NoBrush);
    if (showSelection()) {
        QPen halo(style::selection(), pen.widthF() + 5);
        halo.setCapStyle(Qt::RoundCap);
        painter->setPen(halo);
        painter->drawPath(curve());
    }
    painter->setBrush(Qt::NoBrush);
    if (!detailed && drawnByPassThroughLayer())
        return;
    drawLine(painter, pen,
             option && !option->exposedRect.isEmpty() ? option->exposedRect : boundingRect());
    painter->setPen(QPen(pen.color(), 1));
    painter->setBrush(pen.color());
    painter->drawPolygon(m_head.data(), static_cast<int>(m_head.size()));
    if (!detailed)
        return; // too small to read: the line and its head only
    if (!m_marker.isEmpty()) {
        const qreal r = 10;
        painter->setPen(QPen(style::paper(), 1.5));
        painter->setBrush(m_markerColor);
        painter->drawEllipse(m_labelAt, r, r);
        QFont f = style::smallFont();
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(style::paper());
        painter->drawText(QRectF(m_labelAt - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter,
                          m_marker);
    }
    if (!m_label.isEmpty()) {
        painter->setFont(style::smallFont());
        const QFontMetricsF metrics(style::smallFont());
        const QPointF at = m_marker.isEmpty() ? m_labelAt : m_labelAt + QPointF(0, 22);
        const QRectF box = QRectF(QPointF(0, 0), QSizeF(metrics.horizontalAdvance(m_label) + 12,
                                                        metrics.height() + 4))
                               .translated(at)
                               .translated(-(metrics.horizontalAdvance(m_label) + 12) / 2,
                                           -(metrics.height() + 4) / 2);
        painter->setPen(QPen(pen.color(), 1));
        painter->setBrush(style::paper());
        painter->drawRoundedRect(box, 4, 4);
        painter->setPen(pen.color());
        painter->drawText(box, Qt::AlignCenter, m_label);
    }
}

} // namespace sb::canvas
