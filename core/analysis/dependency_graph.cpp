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
    // Only vertices with a dependency, from or to them, go into the Boost graph.
    std::vector<int> active(static_cast<size_t>(count), -1);
    std::vector<int> vertexOfActive;
    const auto activate = [&](int v) {
        if (active[static_cast<size_t>(v)] < 0) {
            active[static_cast<size_t>(v)] = static_cast<int>(vertexOfActive.size());
            vertexOfActive.push_back(v);
        }
    };
    for (qsizetype d = 0; d < map.dependencies.size(); ++d) {
        auto& [from, to] = ends[static_cast<size_t>(d)];
        from = vertexOfId(map.dependencies[d].from);
        to = vertexOfId(map.dependencies[d].to);
        if (from < 0 || to < 0)
            continue;
        ++m_arcStart[static_cast<size_t>(from) + 1];
        activate(from);
        activate(to);
    }
    std::partial_sum(m_arcStart.begin(), m_arcStart.end(), m_arcStart.begin());
    m_arcs.resize(static_cast<size_t>(m_arcStart.back()));
    std::vector<int> fill(m_arcStart.begin(), m_arcStart.end() - 1);
    Graph graph(vertexOfActive.size());
    for (qsizetype d = 0; d < map.dependencies.size(); ++d) {
        const auto [from, to] = ends[static_cast<size_t>(d)];
        if (from < 0 || to < 0)
            continue;
        m_arcs[static_cast<size_t>(fill[static_cast<size_t>(from)]++)] = {to, d};
        boost::add_edge(static_cast<size_t>(active[static_cast<size_t>(from)]),
                        static_cast<size_t>(active[static_cast<size_t>(to)]), graph);
    }

    std::vector<int> componentOfActive(vertexOfActive.size());
    const auto components =
        static_cast<int>(boost::strong_components(graph, componentOfActive.data()));
    m_component.assign(static_cast<size_t>(count), -1);
    m_memberStart.assign(static_cast<size_t>(components) + 1, 0);
    for (size_t a = 0; a < vertexOfActive.size(); ++a) {
        m_component[static_cast<size_t>(vertexOfActive[a])] = componentOfActive[a];
        ++m_memberStart[static_cast<size_t>(componentOfActive[a]) + 1];
    }
    std::partial_sum(m_memberStart.begin(), m_memberStart.end(), m_memberStart.begin());
    m_members.resize(vertexOfActive.size());
    fill.assign(m_memberStart.begin(), m_memberStart.end() - 1);
    for (int v = 0; v < count; ++v) // in file order, so members come in file order
        if (const int c = componentOf(v); c >= 0)
            m_members[static_cast<size_t>(fill[static_cast<size_t>(c)]++)] = v;

    // The condensation: one vertex per component, one edge per pair of components joined.
    std::vector<std::pair<int, int>> joins;
    for (const int v : vertexOfActive)
        for (const Arc& arc : arcsFrom(v))
            if (componentOf(arc.to) != componentOf(v))
                joins.emplace_back(componentOf(v), componentOf(arc.to));
    std::sort(joins.begin(), joins.end());
    joins.erase(std::unique(joins.begin(), joins.end()), joins.end());
    Graph condensation(static_cast<size_t>(components));
    m_successorStart.assign(static_cast<size_t>(components) + 1, 0);
    m_successors.reserve(joins.size());
    for (const auto& [from, to] : joins) {
        ++m_successorStart[static_cast<size_t>(from) + 1];
        m_successors.push_back(to);
        boost::add_edge(static_cast<size_t>(from), static_cast<size_t>(to), condensation);
    }
    std::partial_sum(m_successorStart.begin(), m_successorStart.end(), m_successorStart.begin());
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

std::span<const int> DependencyGraph::members(int component) const {
    const auto c = static_cast<size_t>(component);
    return std::span<const int>(m_members).subspan(
        static_cast<size_t>(m_memberStart[c]),
        static_cast<size_t>(m_memberStart[c + 1] - m_memberStart[c]));
}

std::span<const int> DependencyGraph::successors(int component) const {
    const auto c = static_cast<size_t>(component);
    return std::span<const int>(m_successors)
        .subspan(static_cast<size_t>(m_successorStart[c]),
                 static_cast<size_t>(m_successorStart[c + 1] - m_successorStart[c]));
}

} // namespace sb
