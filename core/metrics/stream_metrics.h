#pragma once

#include "model/map.h"

#include <optional>

namespace sb {

// The lean metrics of one stream, as DESIGN.md defines them.
struct StreamMetrics {
    Id stream;
    // Null when the stream's non-rework flows form a cycle (then it has no critical path).
    std::optional<double> leadTime;       // seconds, summed LT along the critical path
    std::optional<double> processTime;    // seconds, summed PT along the critical path
    std::optional<double> flowEfficiency; // fraction; 0 when the lead time is 0
    double rolledPctCA = 1;               // fraction: product of every stage's %C&A
    int handoffs = 0;                     // flows (rework too) between stages of different owners
    QList<Id> criticalPath;               // stage ids from first to last
    QList<Id> flowCycle; // one cycle of non-rework flows, stage ids in order; empty if none
    bool operator==(const StreamMetrics&) const = default;
};

StreamMetrics computeStreamMetrics(const Map& map, const Stream& stream);
// For every stream of the map, in file order.
QList<StreamMetrics> computeMetrics(const Map& map);

} // namespace sb
