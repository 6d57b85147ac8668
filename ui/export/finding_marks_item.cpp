#include "finding_marks_item.h"

#include "marker_glyphs.h"

#include <QPainter>
#include <QSet>

namespace sb::exporting {

namespace {

// Where a flow's arrow arrives (see ConnectorItem's routes): the badge sits just beside it, in
// the gap between columns, or centred in the 14-unit gap above or below the stage.
QPointF handoffSpot(const QRectF& from, const QRectF& to, FlowKind kind) {
    const qreal r = FindingMarksItem::badgeRadius;
    const qreal gap = canvas::MapLayout::stageGap / 2;
    if (kind == FlowKind::Rework || to.left() < from.left())
        return QPointF(to.center().x() + r + 6, to.bottom() + gap);
    if (qFuzzyCompare(to.left(), from.left())) {
        const bool down = to.center().y() > from.center().y();
        return QPointF(to.center().x() + r + 6, down ? to.top() - gap : to.bottom() + gap);
    }
    return QPointF(to.left() - r - 6, to.center().y() - r - 5);
}

} // namespace

FindingMarksItem::FindingMarksItem(const Map& map, const canvas::MapLayout& layout,
                                   const AnalysisResult& analysis) {
    setZValue(50);
    for (const StreamAnalysis& stream : analysis.streams) {
        for (const Id& flowId : stream.handoffFlows)
            if (const Flow* f = map.find<Flow>(flowId))
                m_handoffs.append(
                    handoffSpot(layout.stages.value(f->from), layout.stages.value(f->to), f->kind));
        if (stream.hops >= 2 && layout.laneHeaders.contains(stream.stream)) {
            const QRectF header = layout.laneHeaders.value(stream.stream);
            m_hops.append(
                {stream.hops, oneHopPillRect(stream.hops, header.right() - 8, header.top() + 8)});
        }
    }
    // Cycle members, each once: streams on their lane header, stages and capabilities on a
    // corner.
    QSet<Id> members;
    for (const DependencyCycle& cycle : analysis.dependencyCycles)
        for (const Id& id : cycle.members)
            members.insert(id);
    for (const StreamMetrics& m : analysis.metrics)
        for (const Id& id : m.flowCycle)
            members.insert(id);
    for (const Id& id : layout.laneOrder)
        if (members.contains(id))
            m_cycles.append(layout.laneHeaders.value(id).topRight() + QPointF(0, 14));
    for (const Stage& s : map.stages)
        if (members.contains(s.id))
            m_cycles.append(layout.stages.value(s.id).topRight());
    for (const Capability& c : map.capabilities)
        if (members.contains(c.id))
            m_cycles.append(layout.capabilities.value(c.id).topRight());

    const QPointF r(badgeRadius + 2, badgeRadius + 2);
    for (const QPointF& p : std::as_const(m_handoffs))
        m_bounds |= QRectF(p - r, p + r);
    for (const QPointF& p : std::as_const(m_cycles))
        m_bounds |= QRectF(p - r, p + r);
    for (const auto& [hops, rect] : std::as_const(m_hops))
        m_bounds |= rect;
}

void FindingMarksItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    for (const QPointF& p : std::as_const(m_handoffs))
        drawHandoffBadge(painter, p, badgeRadius);
    for (const QPointF& p : std::as_const(m_cycles))
        drawCycleBadge(painter, p, badgeRadius);
    for (const auto& [hops, rect] : std::as_const(m_hops))
        drawOneHopPill(painter, hops, rect);
}

} // namespace sb::exporting
