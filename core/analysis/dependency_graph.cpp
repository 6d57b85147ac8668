#include "dependency_graph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>
#include <iterator>
#include <numeric>

namespace sb {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

int teamIndex(const ElementIndex& index, const Id& id) {
    if (id.isEmpty())
        return -1;
    const auto location = index.locate(id);
    if (!location || location->kind != ElementKind::Team)
        return -1;
    return static_cast<int>(location->index);
}

} // namespace

DependencyGraph::DependencyGraph(const Map& map, const ElementIndex& index)
    : m_map(map) {
    m_owner.reserve(
        static_cast<size_t>(map.streams.size() + map.stages.size() + map.capabilities.size()));
    for (const Stream& stream : map.streams)
        m_owner.push_back(teamIndex(index, stream.owner));
    for (const Stage& stage : map.stages)
        m_owner.push_back(teamIndex(index, stage.owner));
    for (const Capability& capability : map.capabilities)
        m_owner.push_back(teamIndex(index, capability.owner));
    const int count = vertexCount();

    const auto vertexOfId = [&](const Id& id) {
        const auto location = index.locate(id);
        return location ? vertexOf(location->kind, location->index) : -1;
    };
    std::vector<std::pair<int, int>> ends(static_cast<size_t>(map.dependencies.size()));
    m_arcStart.assign(static_cast<size_t>(count) + 1, 0);
    for (qsizetype d = 0; d < map.dependencies.size(); ++d) {
        auto& [from, to] = ends[static_cast<size_t>(d)];
        from = vertexOfId(map.dependencies[d].from);
        to = vertexOfId(map.dependencies[d].to);
        if (from >= 0 && to >= 0)
            ++m_arcStart[static_cast<size_t>(from) + 1];
    }
    std::partial_sum(m_arcStart.begin(), m_arcStart.end(), m_arcStart.begin());
    m_arcs.resize(static_cast<size_t>(m_arcStart.back()));
    std::vector<int> fill(m_arcStart.begin(), m_arcStart.end() - 1);
    Graph graph(static_cast<size_t>(count));
    for (qsizetype d = 0; d < map.dependencies.size(); ++d) {
        const auto [from, to] = ends[static_cast<size_t>(d)];
        if (from < 0 || to < 0)
            continue;
        m_arcs[static_cast<size_t>(fill[static_cast<size_t>(from)]++)] = {to, d};
        boost::add_edge(static_cast<size_t>(from), static_cast<size_t>(to), graph);
    }

    m_component.resize(static_cast<size_t>(count));
    const int components = static_cast<int>(boost::strong_components(graph, m_component.data()));
    m_members.resize(static_cast<size_t>(components));
    for (int v = 0; v < count; ++v)
        m_members[static_cast<size_t>(componentOf(v))].push_back(v);

    // The condensation: one vertex per component, one edge per pair of components joined.
    std::vector<std::vector<int>> next(static_cast<size_t>(components));
    for (int v = 0; v < count; ++v)
        for (const Arc& arc : arcsFrom(v))
            if (componentOf(arc.to) != componentOf(v))
                next[static_cast<size_t>(componentOf(v))].push_back(componentOf(arc.to));
    Graph condensation(static_cast<size_t>(components));
    m_successorStart.reserve(static_cast<size_t>(components) + 1);
    for (int c = 0; c < components; ++c) {
        std::vector<int>& targets = next[static_cast<size_t>(c)];
        std::sort(targets.begin(), targets.end());
        targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
        m_successorStart.push_back(static_cast<int>(m_successors.size()));
        for (const int target : targets) {
            m_successors.push_back(target);
            boost::add_edge(static_cast<size_t>(c), static_cast<size_t>(target), condensation);
        }
    }
    m_successorStart.push_back(static_cast<int>(m_successors.size()));
    m_sinksFirst.reserve(static_cast<size_t>(components));
    boost::topological_sort(condensation, std::back_inserter(m_sinksFirst));
}

int DependencyGraph::vertexOf(ElementKind kind, qsizetype index) const {
    const auto streams = m_map.streams.size();
    const auto stages = m_map.stages.size();
    switch (kind) {
    case ElementKind::Stream:
        return static_cast<int>(index);
    case ElementKind::Stage:
        return static_cast<int>(streams + index);
    case ElementKind::Capability:
        return static_cast<int>(streams + stages + index);
    default:
        return -1;
    }
}

Id DependencyGraph::idOf(int vertex) const {
    qsizetype i = vertex;
    if (i < m_map.streams.size())
        return m_map.streams[i].id;
    i -= m_map.streams.size();
    if (i < m_map.stages.size())
        return m_map.stages[i].id;
    return m_map.capabilities[i - m_map.stages.size()].id;
}

std::span<const DependencyGraph::Arc> DependencyGraph::arcsFrom(int vertex) const {
    const auto v = static_cast<size_t>(vertex);
    return std::span<const Arc>(m_arcs).subspan(
        static_cast<size_t>(m_arcStart[v]), static_cast<size_t>(m_arcStart[v + 1] - m_arcStart[v]));
}

bool DependencyGraph::dependsOnItself(int vertex) const {
    const auto arcs = arcsFrom(vertex);
    return std::any_of(arcs.begin(), arcs.end(), [&](const Arc& arc) { return arc.to == vertex; });
}

std::span<const int> DependencyGraph::successors(int component) const {
    const auto c = static_cast<size_t>(component);
    return std::span<const int>(m_successors)
        .subspan(static_cast<size_t>(m_successorStart[c]),
                 static_cast<size_t>(m_successorStart[c + 1] - m_successorStart[c]));
}

} // namespace sb
