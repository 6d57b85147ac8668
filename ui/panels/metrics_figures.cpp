#include "metrics_figures.h"

#include "metrics/flow_measures.h"

#include <QSet>
#include <algorithm>

namespace sb::panels {

namespace {

QStringList teamNames(const Map& map, const QSet<Id>& teams) {
    QStringList names;
    for (const Team& team : map.teams)
        if (teams.contains(team.id))
            names.append(team.name.isEmpty() ? team.id : team.name);
    return names;
}

double waitOf(double leadTime, double processTime) {
    return std::max(0.0, leadTime - processTime);
}

// The stream's stages: the critical path's in path order, then the others in file order.
QList<WaitWorkBar> stageBars(const Map& map, const Id& stream, const StreamMetrics& metrics) {
    QList<WaitWorkBar> bars;
    auto bar = [](const Stage& stage, bool onPath) {
        return WaitWorkBar{stage.id, stage.name.isEmpty() ? stage.id : stage.name,
                           stage.processTime, waitOf(stage.leadTime, stage.processTime), onPath};
    };
    const QSet<Id> onPath(metrics.criticalPath.cbegin(), metrics.criticalPath.cend());
    for (const Id& id : metrics.criticalPath)
        if (const Stage* stage = map.find<Stage>(id))
            bars.append(bar(*stage, true));
    for (const Stage& stage : map.stages)
        if (stage.stream == stream && !onPath.contains(stage.id))
            bars.append(bar(stage, false));
    return bars;
}

void addFlow(FlowFigures& flow, const Stream& stream, const FlowMetrics& metrics, bool first) {
    const FlowItems items = effectiveFlowItems(stream);
    flow.measured = flow.measured || !stream.workItems.isEmpty();
    auto add = [](FlowCounts& sum, const FlowCounts& counts) {
        sum.features += counts.features;
        sum.defects += counts.defects;
        sum.risks += counts.risks;
        sum.debt += counts.debt;
    };
    add(flow.done, items.done);
    add(flow.inProgress, items.inProgress);
    flow.velocityPerWeek += metrics.velocityPerWeek;
    if (first)
        flow.periodDays = items.periodDays;
    else if (flow.periodDays && *flow.periodDays != items.periodDays)
        flow.periodDays.reset();
}

// Stages, streams and handoffs per team over the streams whose indexes are given.
QList<TeamLoad> teamLoads(const Map& map, const AnalysisResult& result,
                          const QList<qsizetype>& streams) {
    QHash<Id, TeamLoad> loads;
    QSet<Id> inScope;
    // Map::find and Map::ownerOf, indexed once: the first flow of an id; a stream's owner before
    // a stage's before a capability's.
    QHash<Id, const Flow*> flows;
    for (const Flow& f : map.flows)
        if (!flows.contains(f.id))
            flows.insert(f.id, &f);
    QHash<Id, Id> owners;
    auto addOwners = [&owners](const auto& elements) {
        for (const auto& e : elements)
            if (!owners.contains(e.id))
                owners.insert(e.id, e.owner);
    };
    addOwners(map.streams);
    addOwners(map.stages);
    addOwners(map.capabilities);
    for (qsizetype i : streams) {
        const Stream& stream = map.streams[i];
        inScope.insert(stream.id);
        if (!stream.owner.isEmpty())
            ++loads[stream.owner].streams;
        for (const Id& flowId : result.streams[i].handoffFlows) {
            const Flow* flow = flows.value(flowId);
            if (!flow)
                continue;
            ++loads[owners.value(flow->from)].handoffsOut;
            ++loads[owners.value(flow->to)].handoffsIn;
        }
    }
    for (const Stage& stage : map.stages)
        if (inScope.contains(stage.stream) && !stage.owner.isEmpty())
            ++loads[stage.owner].stages;

    QList<TeamLoad> rows;
    const QHash<Id, QColor> colors = map.teamColors();
    for (const Team& team : map.teams) {
        const auto it = loads.constFind(team.id);
        if (it == loads.cend())
            continue;
        TeamLoad row = *it;
        if (row.stages == 0 && row.streams == 0 && row.handoffsIn == 0 && row.handoffsOut == 0)
            continue;
        row.team = team.id;
        row.name = team.name.isEmpty() ? team.id : team.name;
        row.color = colors.value(team.id);
        rows.append(row);
    }
    return rows;
}

MetricsFigures streamFigures(const Map& map, const AnalysisResult& result, qsizetype index,
                             const QList<FlowMetrics>& flows) {
    const Stream& stream = map.streams[index];
    const StreamMetrics& metrics = result.metrics[index];
    const StreamAnalysis& analysis = result.streams[index];
    MetricsFigures figures;
    figures.stream = stream.id;
    figures.title = stream.name.isEmpty() ? stream.id : stream.name;
    HeadlineFigures& h = figures.headline;
    h.leadTime = metrics.leadTime;
    h.processTime = metrics.processTime;
    h.flowEfficiency = metrics.flowEfficiency;
    h.rolledPctCA = metrics.rolledPctCA;
    h.handoffs = metrics.handoffs;
    h.hops = analysis.hops;
    h.teams = teamNames(map, QSet<Id>(analysis.teams.cbegin(), analysis.teams.cend()));
    for (const Id& team : analysis.farthestPath)
        h.farthestPath.append(map.nameOf(team));
    h.criticalPathStages = static_cast<int>(metrics.criticalPath.size());
    for (const Stage& stage : map.stages)
        h.stages += stage.stream == stream.id ? 1 : 0;
    h.streams = 1;
    h.streamsWithoutLeadTime = metrics.leadTime ? 0 : 1;
    figures.bars = stageBars(map, stream.id, metrics);
    addFlow(figures.flow, stream, flows[index], true);
    figures.teams = teamLoads(map, result, {index});
    return figures;
}

MetricsFigures mapFigures(const Map& map, const AnalysisResult& result,
                          const QList<FlowMetrics>& flows) {
    MetricsFigures figures;
    figures.title = map.info.name;
    HeadlineFigures& h = figures.headline;
    h.streams = static_cast<int>(map.streams.size());
    double leadTime = 0;
    double processTime = 0;
    double rolledSum = 0;
    QSet<Id> teams;
    QList<qsizetype> all;
    for (qsizetype i = 0; i < map.streams.size(); ++i) {
        all.append(i);
        const StreamMetrics& metrics = result.metrics[i];
        if (metrics.leadTime && metrics.processTime) {
            leadTime += *metrics.leadTime;
            processTime += *metrics.processTime;
            figures.bars.append(WaitWorkBar{map.streams[i].id, map.streams[i].name,
                                            *metrics.processTime,
                                            waitOf(*metrics.leadTime, *metrics.processTime), true});
        } else {
            ++h.streamsWithoutLeadTime;
        }
        rolledSum += metrics.rolledPctCA;
        h.handoffs += metrics.handoffs;
        h.hops = std::max(h.hops, result.streams[i].hops);
        for (const Id& team : result.streams[i].teams)
            teams.insert(team);
        addFlow(figures.flow, map.streams[i], flows[i], i == 0);
    }
    if (h.streams == 0 || h.streamsWithoutLeadTime < h.streams) {
        h.leadTime = leadTime;
        h.processTime = processTime;
        h.flowEfficiency = leadTime > 0 ? processTime / leadTime : 0;
    }
    h.rolledPctCA = h.streams > 0 ? rolledSum / h.streams : 1;
    QSet<Id> streams;
    for (const Stream& stream : map.streams)
        streams.insert(stream.id);
    for (const Stage& stage : map.stages)
        h.stages += streams.contains(stage.stream) ? 1 : 0;
    h.teams = teamNames(map, teams);
    figures.teams = teamLoads(map, result, all);
    return figures;
}

} // namespace

MetricsFigures metricsFigures(const Map& map, const AnalysisResult& result,
                              const std::optional<Id>& stream) {
    Q_ASSERT(result.metrics.size() == map.streams.size());
    Q_ASSERT(result.streams.size() == map.streams.size());
    if (result.metrics.size() != map.streams.size() || result.streams.size() != map.streams.size())
        return {};
    const QList<FlowMetrics> flows = computeFlowMetrics(map, result.metrics);
    const qsizetype index = stream ? map.indexOf<Stream>(*stream) : -1;
    return index >= 0 ? streamFigures(map, result, index, flows) : mapFigures(map, result, flows);
}

} // namespace sb::panels
