#include "comparison.h"

#include "analysis/analysis_cache.h"
#include "analysis/capability_users.h"
#include "analysis/element_index.h"

#include <QHash>
#include <QSet>

namespace sb {

namespace {

// For each dependency cycle, the streams it touches (indexes into map.streams): a member that is
// the stream, one of its stages, or a capability the stream depends on directly.
QList<QSet<qsizetype>> streamsTouched(const Map& map, const AnalysisResult& result) {
    const ElementIndex index(map);
    const QList<QList<qsizetype>> users = capabilityUsers(map, index);
    QHash<Id, qsizetype> streamIndex;
    streamIndex.reserve(map.streams.size());
    for (qsizetype i = 0; i < map.streams.size(); ++i)
        streamIndex.insert(map.streams[i].id, i);

    QList<QSet<qsizetype>> touched;
    touched.reserve(result.dependencyCycles.size());
    for (const DependencyCycle& cycle : result.dependencyCycles) {
        QSet<qsizetype> streams;
        for (const Id& member : cycle.members) {
            const auto location = index.locate(member);
            if (!location)
                continue;
            switch (location->kind) {
            case ElementKind::Stream:
                streams.insert(location->index);
                break;
            case ElementKind::Stage: {
                const qsizetype i = streamIndex.value(map.stages[location->index].stream, -1);
                if (i >= 0)
                    streams.insert(i);
                break;
            }
            case ElementKind::Capability:
                for (const qsizetype i : users.value(location->index))
                    streams.insert(i);
                break;
            default:
                break;
            }
        }
        touched.append(streams);
    }
    return touched;
}

// Both sides' figures: one per stream (parallel to map.streams) and the totals.
struct Side {
    QList<ComparedMetrics> streams;
    ComparedMetrics totals;
    int streamsWithoutLeadTime = 0;
};

Side measureSide(const Map& map, const AnalysisResult& result) {
    Side side;
    side.streams.resize(map.streams.size());
    QHash<Id, qsizetype> streamIndex;
    for (qsizetype i = 0; i < map.streams.size(); ++i) {
        streamIndex.insert(map.streams[i].id, i);
        ComparedMetrics& m = side.streams[i];
        const StreamMetrics& metrics = result.metrics.value(i);
        const StreamAnalysis& analysis = result.streams.value(i);
        m.leadTime = metrics.leadTime;
        m.processTime = metrics.processTime;
        m.flowEfficiency = metrics.flowEfficiency;
        m.rolledPctCA = metrics.rolledPctCA;
        m.handoffs = metrics.handoffs;
        m.hops = analysis.hops;
        m.teams = static_cast<int>(analysis.teams.size());
    }
    for (const Finding& finding : result.findings) {
        if (finding.rule != u"one-hop" || finding.subjects.isEmpty())
            continue;
        const qsizetype i = streamIndex.value(finding.subjects.first(), -1);
        if (i >= 0)
            side.streams[i].oneHopViolations = 1;
    }

    ComparedMetrics& totals = side.totals;
    for (const QSet<qsizetype>& streams : streamsTouched(map, result)) {
        for (const qsizetype i : streams)
            ++side.streams[i].dependencyCycles;
        if (!streams.isEmpty())
            ++totals.dependencyCycles;
    }

    double lead = 0;
    double process = 0;
    double rolledSum = 0;
    for (const ComparedMetrics& m : std::as_const(side.streams)) {
        if (m.leadTime) {
            lead += *m.leadTime;
            process += m.processTime.value_or(0);
        } else {
            ++side.streamsWithoutLeadTime;
        }
        rolledSum += m.rolledPctCA;
        totals.handoffs += m.handoffs;
        totals.hops += m.hops;
        totals.oneHopViolations += m.oneHopViolations;
        totals.teams += m.teams;
    }
    const qsizetype count = side.streams.size();
    if (count == 0 || side.streamsWithoutLeadTime < count) {
        totals.leadTime = lead;
        totals.processTime = process;
        totals.flowEfficiency = lead == 0 ? 0 : process / lead;
    }
    totals.rolledPctCA = count == 0 ? 1 : rolledSum / static_cast<double>(count);
    return side;
}

} // namespace

QList<ComparedMetrics> comparedMetrics(const Map& map, const AnalysisResult& result) {
    return measureSide(map, result).streams;
}

MapComparison compareMaps(const Map& baseline, const AnalysisResult& baselineResult,
                          const Map& derived, const AnalysisResult& derivedResult) {
    const Side before = measureSide(baseline, baselineResult);
    const Side after = measureSide(derived, derivedResult);
    QHash<Id, qsizetype> baselineIndex;
    baselineIndex.reserve(baseline.streams.size());
    for (qsizetype i = 0; i < baseline.streams.size(); ++i)
        baselineIndex.insert(baseline.streams[i].id, i);

    MapComparison comparison;
    comparison.baseline = baseline.info.name;
    QSet<Id> derivedIds;
    for (qsizetype i = 0; i < derived.streams.size(); ++i) {
        const Stream& stream = derived.streams[i];
        derivedIds.insert(stream.id);
        StreamComparison row{stream.id, stream.name, std::nullopt, after.streams[i]};
        const qsizetype b = baselineIndex.value(stream.id, -1);
        if (b >= 0)
            row.before = before.streams[b];
        comparison.streams.append(row);
    }
    for (qsizetype i = 0; i < baseline.streams.size(); ++i) {
        const Stream& stream = baseline.streams[i];
        if (!derivedIds.contains(stream.id))
            comparison.streams.append({stream.id, stream.name, before.streams[i], std::nullopt});
    }
    comparison.totalsBefore = before.totals;
    comparison.totalsAfter = after.totals;
    comparison.streamsWithoutLeadTimeBefore = before.streamsWithoutLeadTime;
    comparison.streamsWithoutLeadTimeAfter = after.streamsWithoutLeadTime;
    comparison.elements = diffElements(baseline, derived);
    return comparison;
}

std::optional<MapComparison> compareWithBaseline(const Workshop& workshop, const Map& future,
                                                 const AnalysisResult& futureResult) {
    if (future.info.state != MapState::Future || future.info.baseline.isEmpty())
        return std::nullopt;
    const Map* baseline = workshop.mapNamed(future.info.baseline);
    if (!baseline || baseline == &future)
        return std::nullopt;
    return compareMaps(*baseline, analyze(*baseline), future, futureResult);
}

std::optional<MapComparison> compareWithBaseline(Document& document, const Map& future) {
    if (future.info.state != MapState::Future || future.info.baseline.isEmpty())
        return std::nullopt;
    const Map* baseline = document.workshop().mapNamed(future.info.baseline);
    if (!baseline || baseline == &future)
        return std::nullopt;
    AnalysisCache* cache = AnalysisCache::of(&document);
    return compareMaps(*baseline, *cache->result(baseline->uid), future,
                       *cache->result(future.uid));
}

} // namespace sb
