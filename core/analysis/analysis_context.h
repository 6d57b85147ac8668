#pragma once

#include "analysis/element_index.h"
#include "metrics/stream_metrics.h"

namespace sb {

// What every rule may read, built once per analysis.
struct AnalysisContext {
    explicit AnalysisContext(const Map& map)
        : map(map)
        , index(map)
        , metrics(computeMetrics(map)) {}

    const Map& map;
    ElementIndex index;
    QList<StreamMetrics> metrics; // parallel to map.streams
};

} // namespace sb
