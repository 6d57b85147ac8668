#pragma once

#include "analysis/analysis.h"

#include <QHash>
#include <QSet>

namespace sb::canvas {

// What the analysis means for each item of the canvas.
struct LaneMarks {
    int handoffs = 0;
    int hops = 0;
    bool oneHopViolation = false;
    QStringList farthestPath; // team names, owner first, when hops are 2 or more
    bool operator==(const LaneMarks&) const = default;
};

struct CanvasMarks {
    QSet<Id> handoffFlows;   // flows between stages of two teams
    QSet<Id> pathConnectors; // flows and dependencies that make up a one-hop violation's path
    QSet<Id> pathElements;   // stages and capabilities at the ends of those
    QSet<Id> cycleMembers;   // streams, stages and capabilities in a dependency cycle
    QSet<Id> cycleDependencies;
    QHash<Id, LaneMarks> lanes;
};

CanvasMarks computeMarks(const Map& map, const AnalysisResult& analysis);

} // namespace sb::canvas
