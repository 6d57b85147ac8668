#include "analysis_marks.h"

namespace sb::canvas {

namespace {

bool joins(const QList<Id>& path, const Id& a, const Id& b) {
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        if ((path[i] == a && path[i + 1] == b) || (path[i] == b && path[i + 1] == a))
            return true;
    return false;
}

// The dependencies a stream reaches (DESIGN.md's closure): from the stream and its stages, then
// from whatever each dependency reaches, but not into another stream's stages.
QList<const Dependency*> dependencyClosure(const QHash<Id, QList<const Dependency*>>& from,
                                           const Stream& stream,
                                           const QList<const Stage*>& streamStages) {
    QSet<Id> reached{stream.id};
    QList<Id> toVisit{stream.id};
    for (const Stage* s : streamStages)
        if (!reached.contains(s->id)) {
            reached.insert(s->id);
            toVisit.append(s->id);
        }
    QList<const Dependency*> closure;
    while (!toVisit.isEmpty()) {
        const Id at = toVisit.takeLast();
        for (const Dependency* d : from.value(at)) {
            closure.append(d);
            if (!reached.contains(d->to)) {
                reached.insert(d->to);
                toVisit.append(d->to);
            }
        }
    }
    return closure;
}

} // namespace

CanvasMarks computeMarks(const Map& map, const AnalysisResult& analysis) {
    CanvasMarks marks;
    QHash<Id, const Stage*> stages;
    QHash<Id, Id> owners; // of streams, stages and capabilities
    for (const Stage& s : map.stages) {
        stages.insert(s.id, &s);
        owners.insert(s.id, s.owner);
    }
    for (const Stream& s : map.streams)
        owners.insert(s.id, s.owner);
    for (const Capability& c : map.capabilities)
        owners.insert(c.id, c.owner);
    // Each stream's stages, and the flows that leave them, in file order; dependencies by
    // where they start. Built once: every lane with a violation looks at its own.
    QHash<Id, QList<const Stage*>> streamStages;
    for (const Stage& s : map.stages)
        streamStages[s.stream].append(&s);
    QHash<Id, QList<const Flow*>> streamFlows;
    for (const Flow& f : map.flows) {
        const Stage* from = stages.value(f.from);
        if (from && stages.value(f.to))
            streamFlows[from->stream].append(&f);
    }
    QHash<Id, QList<const Dependency*>> dependenciesFrom;
    for (const Dependency& d : map.dependencies)
        dependenciesFrom[d.from].append(&d);
    // By id: an analysis still catching up (AnalysisCache) may list streams as they were.
    QHash<Id, const StreamAnalysis*> analysed;
    for (const StreamAnalysis& a : analysis.streams)
        analysed.insert(a.stream, &a);
    for (const Stream& stream : map.streams) {
        const StreamAnalysis* found = analysed.value(stream.id);
        if (!found)
            continue;
        const StreamAnalysis& a = *found;
        LaneMarks lane;
        lane.handoffs = static_cast<int>(a.handoffFlows.size());
        lane.hops = a.hops;
        for (const Id& f : a.handoffFlows)
            marks.handoffFlows.insert(f);
        lane.oneHopViolation = a.hops >= 2;
        if (lane.oneHopViolation) {
            for (const Id& team : a.farthestPath)
                lane.farthestPath.append(map.nameOf(team));
            // The flows, entry stages and dependencies whose owners are neighbours on the path.
            QSet<Id> hasIncoming;
            for (const Flow* f : streamFlows.value(stream.id)) {
                const Stage* from = stages.value(f->from);
                const Stage* to = stages.value(f->to);
                if (f->kind != FlowKind::Rework)
                    hasIncoming.insert(f->to);
                if (joins(a.farthestPath, from->owner, to->owner)) {
                    marks.pathConnectors.insert(f->id);
                    marks.pathElements.insert(from->id);
                    marks.pathElements.insert(to->id);
                }
            }
            const QList<const Stage*> ownStages = streamStages.value(stream.id);
            for (const Stage* s : ownStages)
                if (!hasIncoming.contains(s->id) && joins(a.farthestPath, stream.owner, s->owner))
                    marks.pathElements.insert(s->id);
            for (const Dependency* d : dependencyClosure(dependenciesFrom, stream, ownStages))
                if (joins(a.farthestPath, owners.value(d->from), owners.value(d->to))) {
                    marks.pathConnectors.insert(d->id);
                    marks.pathElements.insert(d->from);
                    marks.pathElements.insert(d->to);
                }
        }
        marks.lanes.insert(stream.id, lane);
    }
    for (const DependencyCycle& c : analysis.dependencyCycles) {
        for (const Id& m : c.members)
            marks.cycleMembers.insert(m);
        for (const Id& d : c.dependencies)
            marks.cycleDependencies.insert(d);
    }
    return marks;
}

} // namespace sb::canvas
