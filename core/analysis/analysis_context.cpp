#include "analysis_context.h"

#include "analysis/capability_users.h"
#include "analysis/dependency_cycles.h"

namespace sb {

AnalysisContext::AnalysisContext(const Map& map)
    : map(map)
    , index(map)
    , metrics(computeMetrics(map))
    , dependencies(map, index)
    , teams(analyzeTeams(map, index, dependencies))
    , dependencyCycles(findDependencyCycles(dependencies, map))
    , capabilityUsers(sb::capabilityUsers(map, index)) {}

} // namespace sb
