#pragma once

#include "analysis/analysis.h"

#include <optional>

namespace sb::exporting {

// The figures of one stream that a review compares before and after.
struct StreamFigures {
    std::optional<double> leadTime;       // seconds; null when the stream's flows form a cycle
    std::optional<double> processTime;    // seconds
    std::optional<double> flowEfficiency; // fraction
    int handoffs = 0;
    int hops = 0;
    bool operator==(const StreamFigures&) const = default;
};

// One row of the before/after table. Streams match by id (a derived map keeps its ids).
struct StreamComparison {
    Id stream;
    QString name;                        // the future map's name, or the baseline's if removed
    std::optional<StreamFigures> before; // null: the stream is new in the future map
    std::optional<StreamFigures> after;  // null: the stream was removed
    bool operator==(const StreamComparison&) const = default;
};

// The future map's streams in file order, then the baseline's streams it no longer has.
QList<StreamComparison> compareStreams(const Map& baseline, const AnalysisResult& before,
                                       const Map& future, const AnalysisResult& after);

// The baseline a future map names, when the workshop holds it; null otherwise.
const Map* baselineOf(const Workshop& workshop, const Map& map);

} // namespace sb::exporting
