#include "ladder_item.h"

#include "canvas_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace sb::canvas {

namespace {
struct LadderItemTr {
    Q_DECLARE_TR_FUNCTIONS(sb::canvas)
};
} // namespace

LadderItem::LadderItem(Layer layer)
    : m_layer(layer) {
    setZValue(layer == Layer::Labels ? labelsZ : rungsZ);
    // Clicks go through to the flows and stages underneath.
    setAcceptedMouseButtons(Qt::NoButton);
}

void LadderItem::setGeometry(const QRectF& ladder, const QRectF& summary) {
    if (ladder == m_ladder && summary == m_summary)
        return;
    prepareGeometryChange();
    m_ladder = ladder;
    m_summary = summary;
}

void LadderItem::setAlternateLane(bool alternate) {
    if (alternate == m_alternateLane)
        return;
    m_alternateLane = alternate;
    update();
}

void LadderItem::setContent(const Content& content) {
    if (content == m_content)
        return;
    m_content = content;
    update();
}

QRectF LadderItem::boundingRect() const {
    if (m_layer == Layer::Labels)
        return m_ladder.adjusted(-6, -2, 6, 2);
    return (m_ladder | m_summary).adjusted(-2, -2, 2, 2);
}

void LadderItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_layer == Layer::Labels) {
        paintLabels(painter);
        return;
    }
    paintRungs(painter);
    paintSummary(painter);
}

QList<LadderItem::Label> LadderItem::labels() const {
    QList<Label> result;
    const qreal low = m_ladder.bottom() - 20;
    const QFontMetricsF metrics(style::smallFont());
    for (const Rung& r : m_content.rungs) {
        const qreal split = r.left + (r.right - r.left) * 0.45;
        // "wait 2d 3h", or only the time where the words do not fit.
        const auto label = [&](const QString& words, const QString& time, const QRectF& room,
                               bool wait) {
            const QString text = metrics.horizontalAdvance(words) <= room.width() ? words : time;
            const qreal width = metrics.horizontalAdvance(text);
            const QRectF plate(room.left() - 3, room.center().y() - metrics.height() / 2 - 1,
                               width + 6, metrics.height() + 2);
            result.append({text, plate, wait});
        };
        label(LadderItemTr::tr("wait %1").arg(r.wait), r.wait,
              QRectF(r.left, m_ladder.top(), split - r.left + 30, 18), true);
        label(LadderItemTr::tr("work %1").arg(r.work), r.work,
              QRectF(split + 4, low + 2, r.right - split, 18), false);
    }
    return result;
}

void LadderItem::paintLabels(QPainter* painter) {
    painter->setFont(style::smallFont());
    for (const Label& label : labels()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(style::laneFill(m_alternateLane));
        painter->drawRoundedRect(label.plate, 3, 3);
        painter->setPen(label.wait ? style::handoff().darker(120) : style::selection().darker(130));
        painter->drawText(label.plate, Qt::AlignCenter, label.text);
    }
}

void LadderItem::paintRungs(QPainter* painter) {
    // The ladder: up for waiting, down for working, stage after stage along the critical path.
    const qreal high = m_ladder.top() + 20;
    const qreal low = m_ladder.bottom() - 20;
    QPainterPath ladder;
    for (qsizetype i = 0; i < m_content.rungs.size(); ++i) {
        const Rung& r = m_content.rungs[i];
        const qreal split = r.left + (r.right - r.left) * 0.45;
        if (i == 0)
            ladder.moveTo(r.left, high);
        else
            ladder.lineTo(r.left, high);
        ladder.lineTo(split, high);
        ladder.lineTo(split, low);
        ladder.lineTo(r.right, low);
    }
    painter->setPen(QPen(style::ink(), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(ladder);
}

void LadderItem::paintSummary(QPainter* painter) {
    const QFont small = style::smallFont();
    // The summary at the end of the lane.
    painter->setPen(QPen(style::gridLine(), 1));
    painter->setBrush(style::paper());
    painter->drawRoundedRect(m_summary, 6, 6);
    const QRectF text = m_summary.adjusted(12, 8, -10, -8);
    if (m_content.leadTime.isEmpty()) {
        painter->setPen(style::violation());
        painter->setFont(style::bodyFont());
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          LadderItemTr::tr("No lead time: the flows go round in a circle."));
        return;
    }
    const QStringList labels = {LadderItemTr::tr("Lead time"), LadderItemTr::tr("Process time"),
                                LadderItemTr::tr("Flow efficiency"),
                                LadderItemTr::tr("Rolled %C&A")};
    const QStringList values = {m_content.leadTime, m_content.processTime, m_content.flowEfficiency,
                                m_content.rolledPctCA};
    const qreal rowHeight = std::min<qreal>(30, text.height() / 4);
    QFont valueFont = style::titleFont();
    for (int i = 0; i < 4; ++i) {
        const QRectF row(text.left(), text.top() + i * rowHeight, text.width(), rowHeight);
        // The value whole; the label cut short where a language makes both too long.
        const qreal valueWidth = QFontMetricsF(valueFont).horizontalAdvance(values[i]);
        const QFontMetricsF labelMetrics(small);
        painter->setFont(small);
        painter->setPen(style::mutedInk());
        painter->drawText(
            row, Qt::AlignLeft | Qt::AlignVCenter,
            labelMetrics.elidedText(labels[i], Qt::ElideRight,
                                    std::max<qreal>(0, row.width() - valueWidth - 6)));
        painter->setFont(valueFont);
        painter->setPen(style::ink());
        painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, values[i]);
    }
}

} // namespace sb::canvas
