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

LadderItem::LadderItem(Layer layer)
    : m_layer(layer) {
    setZValue(layer == Layer::Labels ? labelsZ : rungsZ);
    // Clicks go through to the flows and stages underneath.
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // for the exposed part: paint the rungs in view only
}

void LadderItem::setGeometry(const QRectF& ladder, const QRectF& summary) {
    if (ladder == m_ladder && summary == m_summary)
        return;
    prepareGeometryChange();
    m_ladder = ladder;
    m_summary = summary;
    m_labels.reset();
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
    m_labels.reset();
    update();
}

QRectF LadderItem::boundingRect() const {
    if (m_layer == Layer::Labels)
        return m_ladder.adjusted(-6, -2, 6, 2);
    return (m_ladder | m_summary).adjusted(-2, -2, 2, 2);
}

void LadderItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    // Zoomed out too far to read, the ladder keeps its line and its box, without words.
    const bool detailed = ElementItem::drawsTextIn(scene(), painter);
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    const QRectF exposed = option ? option->exposedRect : boundingRect();
    if (m_layer == Layer::Labels) {
        if (detailed)
            paintLabels(painter, exposed);
        return;
    }
    paintRungs(painter, exposed);
    paintSummary(painter, detailed);
}

QList<LadderItem::Label> LadderItem::labels() const {
    // Measured once per content, geometry and theme: panning paints them again and again.
    const QFont font = style::smallFont();
    if (!m_labels || m_labelsFont != font) {
        m_labels = measureLabels();
        m_labelsFont = font;
    }
    return *m_labels;
}

QList<LadderItem::Label> LadderItem::measureLabels() const {
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

void LadderItem::paintLabels(QPainter* painter, const QRectF& exposed) {
    painter->setFont(style::smallFont());
    for (const Label& label : labels()) {
        if (!label.plate.intersects(exposed))
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(style::laneFill(m_alternateLane));
        painter->drawRoundedRect(label.plate, 3, 3);
        painter->setPen(label.wait ? style::handoff().darker(120) : style::selection().darker(130));
        painter->drawText(label.plate, Qt::AlignCenter, label.text);
    }
}

void LadderItem::paintRungs(QPainter* painter, const QRectF& exposed) {
    // The ladder: up for waiting, down for working, stage after stage along the critical path.
    // Only the rungs that reach into the exposed part are drawn: a lane of a thousand stages
    // pans as fast as a short one.
    const qreal high = m_ladder.top() + 20;
    const qreal low = m_ladder.bottom() - 20;
    QPainterPath ladder;
    bool previousDrawn = false;
    for (qsizetype i = 0; i < m_content.rungs.size(); ++i) {
        const Rung& r = m_content.rungs[i];
        const qreal split = r.left + (r.right - r.left) * 0.45;
        const qreal from = i == 0 ? r.left : m_content.rungs[i - 1].right;
        const qreal leftmost = std::min(from, r.left);
        const qreal rightmost = std::max(from, r.right);
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
    }
    painter->setPen(QPen(style::ink(), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(ladder);
}

void LadderItem::paintSummary(QPainter* painter, bool detailed) {
    // The summary at the end of the lane.
    painter->setPen(QPen(style::gridLine(), 1));
    painter->setBrush(style::paper());
    painter->drawRoundedRect(m_summary, 6, 6);
    if (!detailed)
        return;
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
