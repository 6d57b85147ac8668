#pragma once

#include "analysis/analysis_results.h"
#include "analysis/dependency_graph.h"

namespace sb {

// A flow between stages of two teams; indexes into the map's flows, stages and teams.
struct Handoff {
    qsizetype flow;
    qsizetype from;
    qsizetype to;
    int fromTeam;
    int toTeam;
};

struct TeamAnalysis {
    QList<StreamAnalysis> streams; // one per stream, in file order
    QList<Handoff> handoffs;       // every stream's, stream by stream
};

// Each stream's team graph as DESIGN.md defines it, and what follows from it: hops, counted
// teams, the path to the farthest team and the handoff flows.
TeamAnalysis analyzeTeams(const Map& map, const ElementIndex& index,
                          const DependencyGraph& dependencies);

} // namespace sb
