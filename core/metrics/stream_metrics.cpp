#include "stream_metrics.h"

#include <QHash>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>
#include <iterator>
#include <vector>

namespace sb {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = Graph::vertex_descriptor;
constexpr Vertex noVertex = static_cast<Vertex>(-1);

// A flow between two stages of one stream, by their index among the stream's stages.
struct LocalFlow {
    Vertex from;
    Vertex to;
    FlowKind kind;
};

// One stream's stages (indexes into map.stages, in file order) and flows.
struct StreamParts {
    QList<qsizetype> stages;
    QList<LocalFlow> flows;
};

// Groups the stages and flows of the given streams (id → slot below slotCount) in one pass over
// each list. A flow belongs to a stream when both its stages do; any other flow is ignored.
QList<StreamParts> partition(const Map& map, const QHash<Id, qsizetype>& streamSlots,
                             qsizetype slotCount) {
    QList<StreamParts> parts(slotCount);
    QHash<QStringView, qsizetype> stageIndex; // views into map.stages
    stageIndex.reserve(map.stages.size());
    QList<qsizetype> slotOfStage(map.stages.size(), -1);
    QList<Vertex> localIndex(map.stages.size(), noVertex);
    // A stream's stages usually follow each other in the file: look its slot up once per run.
    const Id* previousStream = nullptr;
    qsizetype slot = -1;
    for (qsizetype i = 0; i < map.stages.size(); ++i) {
        const Stage& stage = map.stages[i];
        stageIndex.insert(stage.id, i);
        if (!previousStream || stage.stream != *previousStream) {
            slot = streamSlots.value(stage.stream, -1);
            previousStream = &stage.stream;
        }
        if (slot < 0)
            continue;
        slotOfStage[i] = slot;
        localIndex[i] = static_cast<Vertex>(parts[slot].stages.size());
        parts[slot].stages.append(i);
    }
    // Flows are usually drawn in chains, each starting where the one before ended.
    const Id* previousTo = nullptr;
    qsizetype to = -1;
    for (const Flow& flow : map.flows) {
        const qsizetype from =
            previousTo && flow.from == *previousTo ? to : stageIndex.value(flow.from, -1);
        to = stageIndex.value(flow.to, -1);
        previousTo = &flow.to;
        if (from < 0 || to < 0 || slotOfStage[from] < 0 || slotOfStage[from] != slotOfStage[to])
            continue;
        parts[slotOfStage[from]].flows.append({localIndex[from], localIndex[to], flow.kind});
    }
    return parts;
}

// A shortest cycle through start, found breadth-first following flows in file order.
QList<Vertex> shortestCycleThrough(const Graph& graph, Vertex start) {
    std::vector<Vertex> parent(boost::num_vertices(graph), noVertex);
    QList<Vertex> queue{start};
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const Vertex u = queue[head];
        for (const auto edge : boost::make_iterator_range(boost::out_edges(u, graph))) {
            const Vertex w = boost::target(edge, graph);
            if (w == start) {
                QList<Vertex> cycle;
                for (Vertex v = u; v != start; v = parent[v])
                    cycle.prepend(v);
                cycle.prepend(start);
                return cycle;
            }
            if (parent[w] == noVertex) {
                parent[w] = u;
                queue.append(w);
            }
        }
    }
    return {};
}

bool hasSelfLoop(const Graph& graph, Vertex v) {
    for (const auto edge : boost::make_iterator_range(boost::out_edges(v, graph)))
        if (boost::target(edge, graph) == v)
            return true;
    return false;
}

// A shortest cycle through the first stage (in file order) that lies on a cycle; empty for a DAG.
QList<Vertex> firstCycle(const Graph& graph) {
    const Vertex count = boost::num_vertices(graph);
    std::vector<Vertex> component(count);
    const auto components = boost::strong_components(graph, component.data());
    std::vector<int> componentSize(components, 0);
    for (const Vertex c : component)
        ++componentSize[c];
    for (Vertex v = 0; v < count; ++v)
        if (componentSize[component[v]] > 1 || hasSelfLoop(graph, v))
            return shortestCycleThrough(graph, v);
    return {};
}

// The best path from a stage to an exit stage: its summed LT and PT, and the stage after it.
struct Suffix {
    double lead = 0;
    double process = 0;
    Vertex next = noVertex;
};

// Larger LT, then larger PT, then the first stage in file order: the first differing stage of
// two paths that agreed so far is where they branch, so comparing the branches' first stages
// decides.
bool better(const Suffix& a, Vertex aFirst, const Suffix& b, Vertex bFirst) {
    if (a.lead != b.lead)
        return a.lead > b.lead;
    if (a.process != b.process)
        return a.process > b.process;
    return aFirst < bFirst;
}

// The critical path of an acyclic stream: it runs from an entry stage (no incoming flow) to an
// exit stage (no outgoing flow); a stage with no flows is both.
QList<Vertex> criticalPath(const Graph& graph, const std::vector<double>& lead,
                           const std::vector<double>& process) {
    const Vertex count = boost::num_vertices(graph);
    std::vector<Vertex> reverseTopological;
    reverseTopological.reserve(count);
    boost::topological_sort(graph, std::back_inserter(reverseTopological));

    std::vector<Suffix> best(count);
    std::vector<bool> isEntry(count, true);
    for (const Vertex v : reverseTopological) {
        Suffix& own = best[v];
        for (const auto edge : boost::make_iterator_range(boost::out_edges(v, graph))) {
            const Vertex w = boost::target(edge, graph);
            isEntry[w] = false;
            if (own.next == noVertex || better(best[w], w, best[own.next], own.next))
                own.next = w;
        }
        own.lead = lead[v] + (own.next == noVertex ? 0 : best[own.next].lead);
        own.process = process[v] + (own.next == noVertex ? 0 : best[own.next].process);
    }

    Vertex start = noVertex;
    for (Vertex v = 0; v < count; ++v)
        if (isEntry[v] && (start == noVertex || better(best[v], v, best[start], start)))
            start = v;
    QList<Vertex> path;
    for (Vertex v = start; v != noVertex; v = best[v].next)
        path.append(v);
    return path;
}

StreamMetrics measure(const Map& map, const Stream& stream, const StreamParts& parts) {
    StreamMetrics metrics;
    metrics.stream = stream.id;
    const auto stageAt = [&](Vertex v) -> const Stage& { return map.stages[parts.stages[v]]; };
    const auto idsOf = [&](const QList<Vertex>& vertices) {
        QList<Id> ids;
        ids.reserve(vertices.size());
        for (const Vertex v : vertices)
            ids.append(stageAt(v).id);
        return ids;
    };

    const auto count = static_cast<Vertex>(parts.stages.size());
    std::vector<double> lead(count), process(count);
    for (Vertex v = 0; v < count; ++v) {
        const Stage& stage = stageAt(v);
        lead[v] = stage.leadTime;
        process[v] = stage.processTime;
        metrics.rolledPctCA *= stage.pctCA / 100;
    }

    Graph graph(count);
    for (const LocalFlow& flow : parts.flows) {
        const Id& fromOwner = stageAt(flow.from).owner;
        const Id& toOwner = stageAt(flow.to).owner;
        if (!fromOwner.isEmpty() && !toOwner.isEmpty() && fromOwner != toOwner)
            ++metrics.handoffs;
        if (flow.kind != FlowKind::Rework)
            boost::add_edge(flow.from, flow.to, graph);
    }

    metrics.flowCycle = idsOf(firstCycle(graph));
    if (!metrics.flowCycle.isEmpty())
        return metrics;

    const QList<Vertex> path = criticalPath(graph, lead, process);
    double leadTime = 0;
    double processTime = 0;
    for (const Vertex v : path) {
        leadTime += lead[v];
        processTime += process[v];
    }
    metrics.criticalPath = idsOf(path);
    metrics.leadTime = leadTime;
    metrics.processTime = processTime;
    metrics.flowEfficiency = leadTime == 0 ? 0 : processTime / leadTime;
    return metrics;
}

} // namespace

StreamMetrics computeStreamMetrics(const Map& map, const Stream& stream) {
    const QList<StreamParts> parts = partition(map, {{stream.id, 0}}, 1);
    return measure(map, stream, parts.first());
}

QList<StreamMetrics> computeMetrics(const Map& map) {
    QHash<Id, qsizetype> streamSlots;
    streamSlots.reserve(map.streams.size());
    for (qsizetype i = 0; i < map.streams.size(); ++i)
        streamSlots.insert(map.streams[i].id, i);
    const QList<StreamParts> parts = partition(map, streamSlots, map.streams.size());

    QList<StreamMetrics> metrics;
    metrics.reserve(map.streams.size());
    for (qsizetype i = 0; i < map.streams.size(); ++i)
        metrics.append(measure(map, map.streams[i], parts[i]));
    return metrics;
}

} // namespace sb
