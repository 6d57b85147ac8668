#pragma once

#include "analysis/analysis_results.h"
#include "analysis/dependency_graph.h"

namespace sb {

// Each stream's team graph as DESIGN.md defines it, and what follows from it: hops, counted
// teams, the path to the farthest team and the handoff flows. One entry per stream, in file
// order.
QList<StreamAnalysis> analyzeTeams(const Map& map, const ElementIndex& index,
                                   const DependencyGraph& dependencies);

} // namespace sb
