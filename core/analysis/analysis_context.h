#pragma once

#include "analysis/analysis_results.h"
#include "analysis/dependency_graph.h"
#include "analysis/element_index.h"
#include "analysis/team_graph.h"
#include "metrics/stream_metrics.h"

namespace sb {

// What every rule may read, built once per analysis.
struct AnalysisContext {
    explicit AnalysisContext(const Map& map);

    const Map& map;
    ElementIndex index;
    QList<StreamMetrics> metrics; // parallel to map.streams
    DependencyGraph dependencies;
    TeamAnalysis teams; // streams parallel to map.streams, and every handoff
    QList<DependencyCycle> dependencyCycles;
    // Per capability, the streams that depend on it directly (indexes, file order).
    QList<QList<qsizetype>> capabilityUsers;

    // The team with this id, or nullptr.
    const Team* team(const Id& id) const { return index.find<Team>(id); }
};

} // namespace sb
