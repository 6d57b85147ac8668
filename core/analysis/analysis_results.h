#pragma once

#include "model/elements.h"

#include <QList>

namespace sb {

// What the analysis found about one stream, besides its metrics: for the canvas and the command
// line.
struct StreamAnalysis {
    Id stream;
    int hops = 0;           // the largest distance from the owner in the stream's team graph
    QList<Id> teams;        // counted teams, in team file order
    QList<Id> farthestPath; // team ids from the owner to the farthest team; empty without owner
    QList<Id> handoffFlows; // the stream's flows between stages of two teams, in file order
    bool operator==(const StreamAnalysis&) const = default;
};

// A strongly connected component of the dependency graph that has a cycle.
struct DependencyCycle {
    QList<Id> members;      // in file order
    QList<Id> cycle;        // a shortest cycle through members.first(), first not repeated
    QList<Id> dependencies; // dependency ids along the cycle: cycle[i] to cycle[i + 1], wrapping
    bool operator==(const DependencyCycle&) const = default;
};

} // namespace sb
