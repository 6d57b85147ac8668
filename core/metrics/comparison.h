#pragma once

#include "analysis/analysis.h"
#include "metrics/element_diff.h"
#include "model/map.h"

#include <optional>

namespace sb {

class Document;

// The figures a comparison shows for one stream on one side, or the totals of one side.
// Decisions are in docs/flow.md.
struct ComparedMetrics {
    std::optional<double> leadTime;       // seconds; null when the stream's flows form a cycle
    std::optional<double> processTime;    // seconds; null with the lead time
    std::optional<double> flowEfficiency; // fraction; null with the lead time
    double rolledPctCA = 1;               // fraction
    int handoffs = 0;
    int hops = 0;
    int oneHopViolations = 0; // 1 when the stream has a one-hop finding
    int dependencyCycles = 0; // dependency-cycle findings that touch the stream
    int teams = 0;            // counted teams
    bool operator==(const ComparedMetrics&) const = default;
};

// One stream, matched by id; a side where the stream does not exist is null.
struct StreamComparison {
    Id stream;
    QString name; // in the derived map; in the baseline when only the baseline has the stream
    std::optional<ComparedMetrics> before;
    std::optional<ComparedMetrics> after;
    bool operator==(const StreamComparison&) const = default;
};

// A derived (future-state) map against its baseline.
struct MapComparison {
    QString baseline;                     // the baseline map's name
    QList<StreamComparison> streams;      // the derived map's streams in file order, then the
                                          // baseline-only streams in the baseline's file order
    ComparedMetrics totalsBefore;         // over every stream of the baseline
    ComparedMetrics totalsAfter;          // over every stream of the derived map
    int streamsWithoutLeadTimeBefore = 0; // left out of totalsBefore's time sums
    int streamsWithoutLeadTimeAfter = 0;  // left out of totalsAfter's time sums
    ElementDiff elements;
    bool operator==(const MapComparison&) const = default;
};

// The figures of every stream of map, parallel to map.streams, from its analysis.
QList<ComparedMetrics> comparedMetrics(const Map& map, const AnalysisResult& result);

// Compares derived with baseline, given both maps' analyses.
MapComparison compareMaps(const Map& baseline, const AnalysisResult& baselineResult,
                          const Map& derived, const AnalysisResult& derivedResult);

// The comparison of a future-state map with the workshop map its info.baseline names (analysed
// here); nullopt for a current-state map, a map without a baseline, or a baseline that names no
// map of the workshop.
std::optional<MapComparison> compareWithBaseline(const Workshop& workshop, const Map& future,
                                                 const AnalysisResult& futureResult);
// The same for a map of the document, both analyses taken from the document's AnalysisCache.
std::optional<MapComparison> compareWithBaseline(Document& document, const Map& future);

} // namespace sb
