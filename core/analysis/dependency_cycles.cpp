#include "dependency_cycles.h"

#include <algorithm>

namespace sb {

namespace {

DependencyCycle describe(const DependencyGraph& graph, const Map& map,
                         std::span<const int> members) {
    const int start = members.front();
    const int component = graph.componentOf(start);
    const auto local = [&](int v) {
        return static_cast<size_t>(std::lower_bound(members.begin(), members.end(), v) -
                                   members.begin());
    };
    // The dependency that first reached each member, breadth-first from start.
    std::vector<qsizetype> reachedBy(members.size(), -1);
    std::vector<int> parent(members.size(), -1);
    std::vector<int> queue{start};
    int last = -1;
    qsizetype closing = -1;
    for (size_t head = 0; head < queue.size() && closing < 0; ++head) {
        const int u = queue[head];
        for (const DependencyGraph::Arc& arc : graph.arcsFrom(u)) {
            if (arc.to == start) {
                last = u;
                closing = arc.dependency;
                break;
            }
            if (graph.componentOf(arc.to) != component || reachedBy[local(arc.to)] >= 0)
                continue;
            reachedBy[local(arc.to)] = arc.dependency;
            parent[local(arc.to)] = u;
            queue.push_back(arc.to);
        }
    }

    DependencyCycle cycle;
    for (const int v : members)
        cycle.members.append(graph.idOf(v));
    cycle.dependencies.append(map.dependencies[closing].id);
    for (int v = last; v != start; v = parent[local(v)]) {
        cycle.cycle.prepend(graph.idOf(v));
        cycle.dependencies.prepend(map.dependencies[reachedBy[local(v)]].id);
    }
    cycle.cycle.prepend(graph.idOf(start));
    return cycle;
}

} // namespace

QList<DependencyCycle> findDependencyCycles(const DependencyGraph& graph, const Map& map) {
    std::vector<int> cyclic;
    for (int c = 0; c < graph.componentCount(); ++c) {
        const std::span<const int> members = graph.members(c);
        if (members.size() > 1 || graph.dependsOnItself(members.front()))
            cyclic.push_back(c);
    }
    std::sort(cyclic.begin(), cyclic.end(),
              [&](int a, int b) { return graph.members(a).front() < graph.members(b).front(); });
    QList<DependencyCycle> cycles;
    for (const int c : cyclic)
        cycles.append(describe(graph, map, graph.members(c)));
    return cycles;
}

} // namespace sb
