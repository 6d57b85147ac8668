#include "team_graph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <cstdint>

namespace sb {

namespace {

// An undirected edge between two teams (indexes into map.teams), the smaller index in the high
// half: sorting keys sorts edges by their first team, then their second.
using TeamEdge = std::uint64_t;

TeamEdge teamEdge(int a, int b) {
    const auto [low, high] = std::minmax(a, b);
    return (static_cast<TeamEdge>(low) << 32) | static_cast<TeamEdge>(high);
}
int firstTeam(TeamEdge edge) {
    return static_cast<int>(edge >> 32);
}
int secondTeam(TeamEdge edge) {
    return static_cast<int>(edge & 0xffffffffU);
}

template <class T> void sortUnique(std::vector<T>& values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

// For every component of the dependency graph, the team edges of every dependency reachable from
// it: its members' own dependencies and, through them, those of every component they lead to.
// Computed once per component, sinks first; a component that adds nothing to its only successor
// shares that successor's set.
class ReachableTeamEdges {
public:
    explicit ReachableTeamEdges(const DependencyGraph& graph)
        : m_setOf(static_cast<size_t>(graph.componentCount()), 0)
        , m_sets(1) {
        std::vector<int> successorSets;
        for (const int c : graph.componentsSinksFirst()) {
            std::vector<TeamEdge> edges;
            for (const int v : graph.members(c))
                for (const DependencyGraph::Arc& arc : graph.arcsFrom(v))
                    addEdge(edges, graph.ownerOf(v), graph.ownerOf(arc.to));
            successorSets.clear();
            for (const int next : graph.successors(c))
                if (const int set = m_setOf[static_cast<size_t>(next)]; set != 0)
                    successorSets.push_back(set);
            sortUnique(successorSets);
            if (edges.empty() && successorSets.size() <= 1) {
                m_setOf[static_cast<size_t>(c)] = successorSets.empty() ? 0 : successorSets[0];
                continue;
            }
            for (const int set : successorSets)
                edges.insert(edges.end(), m_sets[static_cast<size_t>(set)].begin(),
                             m_sets[static_cast<size_t>(set)].end());
            sortUnique(edges);
            m_setOf[static_cast<size_t>(c)] = static_cast<int>(m_sets.size());
            m_sets.push_back(std::move(edges));
        }
    }

    static void addEdge(std::vector<TeamEdge>& edges, int a, int b) {
        if (a >= 0 && b >= 0 && a != b)
            edges.push_back(teamEdge(a, b));
    }

    // Sets are numbered; equal numbers mean the same set, and 0 is the empty set.
    int setOf(int component) const { return m_setOf[static_cast<size_t>(component)]; }
    const std::vector<TeamEdge>& edges(int set) const { return m_sets[static_cast<size_t>(set)]; }

private:
    std::vector<int> m_setOf;
    std::vector<std::vector<TeamEdge>> m_sets;
};

// A flow of a stream, with its two stages; all by index into the map's lists.
struct StreamFlow {
    qsizetype flow;
    qsizetype from;
    qsizetype to;
};

// A stream's stages and flows, in file order.
struct StreamParts {
    std::vector<qsizetype> stages;
    std::vector<StreamFlow> flows;
};

std::vector<StreamParts> partition(const Map& map, const ElementIndex& index) {
    std::vector<StreamParts> parts(static_cast<size_t>(map.streams.size()));
    std::vector<qsizetype> streamOfStage(static_cast<size_t>(map.stages.size()), -1);
    for (qsizetype i = 0; i < map.stages.size(); ++i) {
        const auto stream = index.locate(map.stages[i].stream);
        if (!stream || stream->kind != ElementKind::Stream)
            continue;
        streamOfStage[static_cast<size_t>(i)] = stream->index;
        parts[static_cast<size_t>(stream->index)].stages.push_back(i);
    }
    const auto stageIndex = [&](const Id& id) -> qsizetype {
        const auto stage = index.locate(id);
        return stage && stage->kind == ElementKind::Stage ? stage->index : -1;
    };
    for (qsizetype f = 0; f < map.flows.size(); ++f) {
        const qsizetype from = stageIndex(map.flows[f].from);
        const qsizetype to = stageIndex(map.flows[f].to);
        if (from < 0 || to < 0)
            continue;
        const qsizetype stream = streamOfStage[static_cast<size_t>(from)];
        if (stream >= 0 && stream == streamOfStage[static_cast<size_t>(to)])
            parts[static_cast<size_t>(stream)].flows.push_back({f, from, to});
    }
    return parts;
}

using TeamGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Breadth-first from the owner: hops, and the path to the farthest team. Neighbours are visited
// in team file order, so each team's path is, among its shortest paths, the one whose first
// differing team comes first in team file order.
void measureDistances(const Map& map, const std::vector<int>& teams,
                      const std::vector<TeamEdge>& edges, int owner, StreamAnalysis& result) {
    const auto local = [&](int team) {
        return static_cast<size_t>(std::lower_bound(teams.begin(), teams.end(), team) -
                                   teams.begin());
    };
    TeamGraph graph(teams.size());
    for (const TeamEdge edge : edges) // sorted, so every team's neighbours are in file order
        boost::add_edge(local(firstTeam(edge)), local(secondTeam(edge)), graph);

    const size_t source = local(owner);
    std::vector<int> distance(teams.size(), -1);
    std::vector<size_t> parent(teams.size(), source);
    distance[source] = 0;
    boost::breadth_first_search(
        graph, source,
        boost::visitor(boost::make_bfs_visitor(
            std::make_pair(boost::record_distances(distance.data(), boost::on_tree_edge()),
                           boost::record_predecessors(parent.data(), boost::on_tree_edge())))));

    const auto farthest = std::max_element(distance.begin(), distance.end());
    result.hops = *farthest;
    for (auto v = static_cast<size_t>(farthest - distance.begin()); v != source; v = parent[v])
        result.farthestPath.prepend(map.teams[teams[v]].id);
    result.farthestPath.prepend(map.teams[owner].id);
}

class StreamTeams {
public:
    StreamTeams(const Map& map, const DependencyGraph& dependencies)
        : m_map(map)
        , m_dependencies(dependencies)
        , m_reachable(dependencies)
        , m_hasIncoming(static_cast<size_t>(map.stages.size()), false) {}

    StreamAnalysis analyze(qsizetype streamIndex, const StreamParts& parts,
                           QList<Handoff>& handoffs) {
        StreamAnalysis result;
        result.stream = m_map.streams[streamIndex].id;
        const int owner =
            m_dependencies.ownerOf(m_dependencies.vertexOf(ElementKind::Stream, streamIndex));
        m_edges.clear();
        addWorkEdges(parts, owner, result, handoffs);
        const size_t workEdges = m_edges.size();
        addDependencyEdges(streamIndex, parts);

        // Teams with an edge from work (a flow or an entry stage) rather than a dependency.
        m_teams.clear();
        for (size_t i = 0; i < workEdges; ++i) {
            m_teams.push_back(firstTeam(m_edges[i]));
            m_teams.push_back(secondTeam(m_edges[i]));
        }
        sortUnique(m_teams);
        m_workTeams.assign(m_teams.begin(), m_teams.end());

        sortUnique(m_edges);
        for (const TeamEdge edge : m_edges) {
            m_teams.push_back(firstTeam(edge));
            m_teams.push_back(secondTeam(edge));
        }
        if (owner >= 0)
            m_teams.push_back(owner);
        sortUnique(m_teams);

        for (const int team : m_teams) {
            const bool platformService =
                m_map.teams[team].type == TeamType::Platform && team != owner &&
                !std::binary_search(m_workTeams.begin(), m_workTeams.end(), team);
            if (!platformService)
                result.teams.append(m_map.teams[team].id);
        }
        if (owner >= 0)
            measureDistances(m_map, m_teams, m_edges, owner, result);
        return result;
    }

private:
    // Edges from the stream's flows (rework included) and from its owner to its entry stages.
    void addWorkEdges(const StreamParts& parts, int owner, StreamAnalysis& result,
                      QList<Handoff>& handoffs) {
        const auto stageOwner = [&](qsizetype stage) {
            return m_dependencies.ownerOf(m_dependencies.vertexOf(ElementKind::Stage, stage));
        };
        for (const StreamFlow& flow : parts.flows) {
            const int from = stageOwner(flow.from);
            const int to = stageOwner(flow.to);
            if (from >= 0 && to >= 0 && from != to) {
                m_edges.push_back(teamEdge(from, to));
                result.handoffFlows.append(m_map.flows[flow.flow].id);
                handoffs.append({flow.flow, flow.from, flow.to, from, to});
            }
            if (m_map.flows[flow.flow].kind != FlowKind::Rework)
                m_hasIncoming[static_cast<size_t>(flow.to)] = true;
        }
        for (const qsizetype stage : parts.stages)
            if (!m_hasIncoming[static_cast<size_t>(stage)])
                ReachableTeamEdges::addEdge(m_edges, owner, stageOwner(stage));
        for (const StreamFlow& flow : parts.flows)
            m_hasIncoming[static_cast<size_t>(flow.to)] = false;
    }

    void addDependencyEdges(qsizetype streamIndex, const StreamParts& parts) {
        m_sets.clear();
        const auto addSetOf = [&](int vertex) {
            const int component = m_dependencies.componentOf(vertex);
            if (const int set = component < 0 ? 0 : m_reachable.setOf(component); set != 0)
                m_sets.push_back(set);
        };
        addSetOf(m_dependencies.vertexOf(ElementKind::Stream, streamIndex));
        for (const qsizetype stage : parts.stages)
            addSetOf(m_dependencies.vertexOf(ElementKind::Stage, stage));
        sortUnique(m_sets);
        for (const int set : m_sets)
            m_edges.insert(m_edges.end(), m_reachable.edges(set).begin(),
                           m_reachable.edges(set).end());
    }

    const Map& m_map;
    const DependencyGraph& m_dependencies;
    ReachableTeamEdges m_reachable;
    std::vector<bool> m_hasIncoming;
    // Scratch space reused from stream to stream.
    std::vector<TeamEdge> m_edges;
    std::vector<int> m_teams;
    std::vector<int> m_workTeams;
    std::vector<int> m_sets;
};

} // namespace

TeamAnalysis analyzeTeams(const Map& map, const ElementIndex& index,
                          const DependencyGraph& dependencies) {
    const std::vector<StreamParts> parts = partition(map, index);
    StreamTeams teams(map, dependencies);
    TeamAnalysis analysis;
    analysis.streams.reserve(map.streams.size());
    for (qsizetype i = 0; i < map.streams.size(); ++i)
        analysis.streams.append(teams.analyze(i, parts[static_cast<size_t>(i)], analysis.handoffs));
    return analysis;
}

} // namespace sb
