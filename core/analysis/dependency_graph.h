#pragma once

#include "analysis/element_index.h"

#include <span>
#include <vector>

namespace sb {

// The map's dependencies as a directed graph over its streams, stages and capabilities, with its
// strongly connected components. Vertices are numbered in file order: streams, then stages, then
// capabilities. A dependency whose end is not a stream, stage or capability is left out.
class DependencyGraph {
public:
    DependencyGraph(const Map& map, const ElementIndex& index);

    struct Arc {
        int to;
        qsizetype dependency; // index in map.dependencies
    };

    int vertexCount() const { return static_cast<int>(m_owner.size()); }
    int vertexOf(ElementKind kind, qsizetype index) const; // -1 for other kinds
    Id idOf(int vertex) const;
    // The owner team's index in map.teams, or -1 when the element has none.
    int ownerOf(int vertex) const { return m_owner[static_cast<size_t>(vertex)]; }
    // Outgoing dependencies, in file order.
    std::span<const Arc> arcsFrom(int vertex) const;
    bool dependsOnItself(int vertex) const;

    // Components of the vertices that have a dependency, from or to them; a vertex without any
    // is in no component (-1): it can be on no cycle and leads nowhere.
    int componentCount() const { return static_cast<int>(m_memberStart.size()) - 1; }
    int componentOf(int vertex) const { return m_component[static_cast<size_t>(vertex)]; }
    // Members of a component, in file order.
    std::span<const int> members(int component) const;
    // Every component, each after all the components it reaches.
    const std::vector<int>& componentsSinksFirst() const { return m_sinksFirst; }
    // The components another component's dependencies lead to (itself excluded), each once.
    std::span<const int> successors(int component) const;

private:
    const Map& m_map;
    std::vector<int> m_owner;
    std::vector<int> m_arcStart; // CSR: arcs of v are m_arcs[m_arcStart[v] .. m_arcStart[v+1])
    std::vector<Arc> m_arcs;
    std::vector<int> m_component;
    std::vector<int> m_memberStart; // CSR, like the arcs
    std::vector<int> m_members;
    std::vector<int> m_sinksFirst;
    std::vector<int> m_successorStart;
    std::vector<int> m_successors;
};

} // namespace sb
