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

LadderItem::LadderItem() {
    setZValue(2);
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

void LadderItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal high = m_ladder.top() + 20;
    const qreal low = m_ladder.bottom() - 20;
    const QFont small = style::smallFont();
    painter->setFont(small);
    // The ladder: up for waiting, down for working, stage after stage along the critical path.
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
    for (const SummaryLine& line : summaryLines()) {
        switch (line.role) {
        case SummaryLine::Role::Label:
        case SummaryLine::Role::Footer:
            painter->setPen(style::mutedInk());
            break;
        case SummaryLine::Role::Value:
            painter->setPen(style::ink());
            break;
        case SummaryLine::Role::Warning:
            painter->setPen(style::violation());
            break;
        }
        painter->setFont(line.font);
        painter->drawText(line.rect, line.flags, line.text);
    }
}

QList<SummaryLine> LadderItem::summaryLines() const {
    return layoutSummaryBox(m_summary,
                            {m_content.leadTime, m_content.processTime, m_content.flowEfficiency,
                             m_content.rolledPctCA},
                            m_content.dayLength);
}

} // namespace sb::canvas
