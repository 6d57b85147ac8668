#pragma once

#include "metrics/stream_metrics.h"
#include "model/map.h"

#include <optional>

namespace sb {

// Each kind's share of a stream's done items, as fractions that add up to 1; all 0 when nothing
// was done.
struct FlowDistribution {
    double features = 0;
    double defects = 0;
    double risks = 0;
    double debt = 0;
    bool operator==(const FlowDistribution&) const = default;
};

// The flow metrics of one stream over the workshop's period (DESIGN.md, flow items). Decisions
// are in docs/flow.md.
struct FlowMetrics {
    Id stream;
    int velocity = 0;               // done items in the period, every kind
    double velocityPerWeek = 0;     // velocity ÷ periodDays × 7; 0 when periodDays is not above 0
    FlowDistribution distribution;  // each kind's share of the done items
    int load = 0;                   // items in progress, every kind
    FlowCounts loadByKind;          // items in progress per kind
    std::optional<double> flowTime; // seconds: the stream's lead time; null when it has none
    bool operator==(const FlowMetrics&) const = default;
};

// The flow metrics of stream, whose lean metrics are metrics (for the flow time).
FlowMetrics computeFlowMetrics(const Stream& stream, const StreamMetrics& metrics);
// For every stream of the map, in file order; metrics is parallel to map.streams, as
// computeMetrics() and analyze() return it.
QList<FlowMetrics> computeFlowMetrics(const Map& map, const QList<StreamMetrics>& metrics);

} // namespace sb
