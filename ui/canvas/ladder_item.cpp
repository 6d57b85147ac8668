#include "ladder_item.h"

#include "canvas_style.h"
#include "element_item.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sb::canvas {

namespace {
struct LadderItemTr {
    Q_DECLARE_TR_FUNCTIONS(sb::canvas)
};
} // namespace

LadderItem::LadderItem() {
    setZValue(2);
    setFlag(ItemUsesExtendedStyleOption); // for the exposed part: paint the rungs in view only
}

void LadderItem::setGeometry(const QRectF& ladder, const QRectF& summary) {
    if (ladder == m_ladder && summary == m_summary)
        return;
    prepareGeometryChange();
    m_ladder = ladder;
    m_summary = summary;
}

void LadderItem::setContent(const Content& content) {
    if (content == m_content)
        return;
    m_content = content;
    update();
}

QRectF LadderItem::boundingRect() const {
    return (m_ladder | m_summary).adjusted(-2, -2, 2, 2);
}

void LadderItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool detailed = ElementItem::drawsTextIn(scene(), painter);
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    const qreal high = m_ladder.top() + 20;
    const qreal low = m_ladder.bottom() - 20;
    const QFont small = style::smallFont();
    painter->setFont(small);
    // The ladder: up for waiting, down for working, stage after stage along the critical path.
    // Only the rungs that reach into the exposed part are drawn: a lane of a thousand stages
    // pans as fast as a short one.
    const QRectF exposed = option ? option->exposedRect : boundingRect();
    QPainterPath ladder;
    bool previousDrawn = false;
    for (qsizetype i = 0; i < m_content.rungs.size(); ++i) {
        const Rung& r = m_content.rungs[i];
        const qreal split = r.left + (r.right - r.left) * 0.45;
        const qreal from = i == 0 ? r.left : m_content.rungs[i - 1].right;
        const qreal leftmost = std::min(from, r.left);
        const qreal rightmost = std::max({from, r.right, split + 30});
        if (rightmost < exposed.left() || leftmost > exposed.right()) {
            previousDrawn = false;
            continue;
        }
        if (i == 0) {
            ladder.moveTo(r.left, high);
        } else {
            if (!previousDrawn)
                ladder.moveTo(from, low);
            ladder.lineTo(r.left, high);
        }
        previousDrawn = true;
        ladder.lineTo(split, high);
        ladder.lineTo(split, low);
        ladder.lineTo(r.right, low);
        if (!detailed)
            continue;
        // "wait 2d 3h", or only the time where the words do not fit.
        const QFontMetricsF metrics(painter->font());
        const auto label = [&](const QString& words, const QString& time, qreal width) {
            return metrics.horizontalAdvance(words) <= width ? words : time;
        };
        const QRectF waitRect(r.left, m_ladder.top(), split - r.left + 30, 18);
        const QRectF workRect(split + 4, low + 2, r.right - split, 18);
        painter->setPen(style::handoff().darker(120));
        painter->drawText(waitRect, Qt::AlignLeft | Qt::AlignVCenter,
                          label(LadderItemTr::tr("wait %1").arg(r.wait), r.wait, waitRect.width()));
        painter->setPen(style::selection().darker(130));
        painter->drawText(workRect, Qt::AlignLeft | Qt::AlignVCenter,
                          label(LadderItemTr::tr("work %1").arg(r.work), r.work, workRect.width()));
    }
    painter->setPen(QPen(style::ink(), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(ladder);

    // The summary at the end of the lane.
    painter->setPen(QPen(style::gridLine(), 1));
    painter->setBrush(style::paper());
    painter->drawRoundedRect(m_summary, 6, 6);
    if (!detailed)
        return;
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
