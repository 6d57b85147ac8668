#include "lane_item.h"

#include "canvas_style.h"
#include "map_layout.h"

#include <QCoreApplication>
#include <QPainter>
#include <QtMath>

namespace sb::canvas {

namespace {
struct LaneItemTr {
    Q_DECLARE_TR_FUNCTIONS(sb::canvas)
};
} // namespace

LaneItem::LaneItem(const QString& streamId)
    : ElementItem(ElementKind::Stream, streamId) {
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(-10);
}

void LaneItem::setContent(const Content& content) {
    if (content == m_content)
        return;
    m_content = content;
    setToolTip(content.name);
    update();
}

QRectF LaneItem::headerRect() const {
    return QRectF(0, 0, MapLayout::headerWidth, m_rect.height());
}

void LaneItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const bool detailed = drawsText(painter);
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    painter->setPen(QPen(style::gridLine(), 1));
    painter->setBrush(style::laneFill(m_content.alternate));
    painter->drawRect(m_rect);

    const QRectF header = headerRect();
    painter->setBrush(style::headerFill());
    painter->drawRect(header);
    const bool owned = !m_content.ownerName.isEmpty();
    if (owned) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_content.ownerColor);
        painter->drawRect(QRectF(header.left(), header.top(), 6, header.height()));
    }
    if (!detailed) {
        // Too small to read: the lane and its header without text, a violation still outlined.
        painter->setBrush(Qt::NoBrush);
        if (m_content.oneHopViolation || m_content.inCycle) {
            painter->setPen(QPen(style::violation(), 3));
            painter->drawRect(m_rect.adjusted(1.5, 1.5, -1.5, -1.5));
        }
        paintSelection(painter, 0);
        return;
    }
    const QRectF text = header.adjusted(16, 10, -10, -8);
    painter->setPen(style::mutedInk());
    painter->setFont(style::smallFont());
    painter->drawText(QRectF(text.left(), text.top(), text.width(), 16),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      m_content.supporting ? LaneItemTr::tr("SUPPORTING STREAM")
                                           : LaneItemTr::tr("CUSTOMER STREAM"));
    painter->setPen(style::ink());
    const qreal used = m_texts.draw(0, painter, text.adjusted(0, 18, 0, 0), m_content.name,
                                    style::headerFont(), 2, renderOptions().textFit);
    painter->setPen(owned ? m_content.ownerColor.darker(150) : style::faintInk());
    const qreal ownerUsed =
        m_texts.draw(1, painter, text.adjusted(0, 22 + used, 0, 0),
                     owned ? m_content.ownerName : LaneItemTr::tr("No owner team"),
                     style::bodyFont(), 1, renderOptions().textFit);
    qreal y = 26 + used + ownerUsed;
    if (!m_content.summary.isEmpty()) {
        painter->setPen(m_content.oneHopViolation ? style::violation() : style::mutedInk());
        y += 4 + m_texts.draw(2, painter, text.adjusted(0, y, 0, 0), m_content.summary,
                              style::smallFont(), 1, renderOptions().textFit);
    }
    if (m_content.oneHopViolation) {
        // The path to the farthest team, in a red pill, so the room sees which hop is too many.
        QFont f = style::smallFont();
        f.setBold(true);
        const QRectF pill(text.left() - 4, text.top() + y + 2, text.width() + 4,
                          std::min<qreal>(36, text.bottom() - text.top() - y - 2));
        if (pill.height() > 14) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(style::tint(style::violation(), 0.12));
            painter->drawRoundedRect(pill, 5, 5);
            painter->setPen(style::violation());
            m_texts.draw(3, painter, pill.adjusted(6, 2, -4, -2), m_content.violationPath, f, 2,
                         renderOptions().textFit);
        }
        painter->setPen(QPen(style::violation(), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_rect.adjusted(1.5, 1.5, -1.5, -1.5));
    }
    if (m_content.inCycle) {
        painter->setPen(QPen(style::violation(), 2.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(headerRect().adjusted(4, 4, -4, -4));
    }
    paintSelection(painter, 0);
    paintConnectHandle(painter, QPointF(headerRect().right(), headerRect().center().y()));
}

CapabilityItem::CapabilityItem(const QString& id)
    : ElementItem(ElementKind::Capability, id) {
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(10);
}

void CapabilityItem::setContent(const Content& content) {
    if (content == m_content)
        return;
    m_content = content;
    QString tip = content.name;
    if (!content.ownerName.isEmpty())
        tip += u'\n' + LaneItemTr::tr("Owner: %1").arg(content.ownerName);
    if (!content.sla.isEmpty())
        tip += u'\n' + LaneItemTr::tr("SLA: %1").arg(content.sla);
    if (!content.providedBy.isEmpty())
        tip += u'\n' + LaneItemTr::tr("Provided by: %1").arg(content.providedBy);
    setToolTip(tip);
    update();
}

void CapabilityItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const bool owned = !m_content.ownerName.isEmpty();
    const QColor team = owned ? m_content.ownerColor : style::faintInk();
    if (!drawsText(painter)) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(m_rect, owned ? style::tint(team, 0.14) : style::unownedFill());
        painter->fillRect(QRectF(m_rect.left(), m_rect.top(), m_rect.width(), 4), team);
        paintAnalysisMarks(painter, m_content.onHopPath, m_content.inCycle, 12);
        paintSelection(painter, 12);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    // A service: a box with a doubled top edge, in the owner's tint.
    painter->setPen(QPen(team.darker(120), 1.5));
    painter->setBrush(owned ? style::tint(team, 0.14) : style::unownedFill());
    painter->drawRoundedRect(m_rect, 12, 12);
    painter->setPen(QPen(team, 4));
    painter->drawLine(QPointF(m_rect.left() + 12, m_rect.top() + 2),
                      QPointF(m_rect.right() - 12, m_rect.top() + 2));
    const QRectF text = m_rect.adjusted(12, 9, -10, -6);
    painter->setPen(style::ink());
    m_texts.draw(0, painter, QRectF(text.left(), text.top(), text.width(), 20), m_content.name,
                 style::titleFont(), 1, renderOptions().textFit);
    painter->setPen(style::mutedInk());
    QString detail = owned ? m_content.ownerName : LaneItemTr::tr("No owner");
    detail += QStringLiteral(" · ") + (m_content.sla.isEmpty()
                                           ? LaneItemTr::tr("no SLA")
                                           : LaneItemTr::tr("SLA %1").arg(m_content.sla));
    m_texts.draw(1, painter, QRectF(text.left(), text.top() + 24, text.width(), 28), detail,
                 style::smallFont(), 2, renderOptions().textFit);
    paintAnalysisMarks(painter, m_content.onHopPath, m_content.inCycle, 12);
    paintSelection(painter, 12);
    paintConnectHandle(painter, QPointF(m_rect.right(), m_rect.center().y()));
}

NoteItem::NoteItem(const QString& id)
    : ElementItem(ElementKind::Note, id) {
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable);
    setZValue(20);
}

void NoteItem::setNote(const Note& note) {
    if (note == m_note)
        return;
    m_note = note;
    setToolTip(note.text);
    update();
}

void NoteItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const bool kaizen = m_note.kind == NoteKind::Kaizen;
    const QColor fill = m_note.color.isValid() ? m_note.color
                        : kaizen               ? style::kaizenFill()
                                               : style::stickyFill();
    if (!drawsText(painter)) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        if (kaizen)
            painter->fillRect(m_rect.adjusted(m_rect.width() * 0.15, m_rect.height() * 0.15,
                                              -m_rect.width() * 0.15, -m_rect.height() * 0.15),
                              fill);
        else
            painter->fillRect(m_rect, fill);
        paintSelection(painter, 2);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QRectF text = m_rect.adjusted(14, 14, -14, -14);
    if (kaizen) {
        // A kaizen burst: a star of sixteen points.
        QPolygonF burst;
        const QPointF c = m_rect.center();
        for (int i = 0; i < 32; ++i) {
            const qreal r = (i % 2 ? 0.39 : 0.5) * m_rect.width();
            const qreal a = i * M_PI / 16;
            burst << c + QPointF(std::cos(a) * r, std::sin(a) * r);
        }
        painter->setPen(QPen(fill.darker(150), 1.5));
        painter->setBrush(fill);
        painter->drawPolygon(burst);
        text = QRectF(c - QPointF(m_rect.width() * 0.3, m_rect.height() * 0.25),
                      QSizeF(m_rect.width() * 0.6, m_rect.height() * 0.5));
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, 30));
        painter->drawRect(m_rect.translated(3, 4));
        painter->setPen(QPen(fill.darker(125), 1));
        painter->setBrush(fill);
        painter->drawRect(m_rect);
    }
    painter->setPen(style::ink());
    m_texts.draw(0, painter, text, m_note.text, style::bodyFont(), kaizen ? 4 : 7,
                 renderOptions().textFit, kaizen ? Qt::AlignHCenter : Qt::AlignLeft);
    paintSelection(painter, 2);
}

} // namespace sb::canvas
