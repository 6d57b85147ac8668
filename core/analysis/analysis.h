#pragma once

#include "analysis/analysis_results.h"
#include "analysis/finding.h"
#include "metrics/stream_metrics.h"

namespace sb {

struct AnalysisResult {
    QList<Finding> findings;       // by severity, then rule id, then first subject in file order
    QList<StreamMetrics> metrics;  // one per stream, in file order
    QList<StreamAnalysis> streams; // one per stream, in file order: hops, teams, paths, handoffs
    QList<DependencyCycle> dependencyCycles; // by first member in file order
    bool operator==(const AnalysisResult&) const = default;
};

struct AnalysisContext;

// Runs every rule of DESIGN.md's "Analysis rules" over the map.
AnalysisResult analyze(const Map& map);
// The same over graphs and metrics built already (IncrementalAnalysis keeps them).
AnalysisResult analyze(const AnalysisContext& context);
// The analysis after changes of stages' times and %C&A alone: the context's metrics (brought up
// to date by the caller) and the findings of the rules that read times; everything else as in
// the previous result.
AnalysisResult analyzeTimes(const AnalysisContext& context, const AnalysisResult& previous);

} // namespace sb
