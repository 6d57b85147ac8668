#pragma once

#include "analysis/analysis_results.h"
#include "analysis/dependency_graph.h"

namespace sb {

// Every component of two or more members, and every element that depends on itself, ordered by
// their first member in file order. The cycle shown is a shortest one through the first member,
// found breadth-first following dependencies in file order.
QList<DependencyCycle> findDependencyCycles(const DependencyGraph& graph, const Map& map);

} // namespace sb
