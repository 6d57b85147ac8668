#pragma once

#include "analysis/analysis.h"
#include "metrics/comparison.h"
#include "metrics/flow_measures.h"
#include "model/map.h"

#include <QJsonArray>
#include <QJsonObject>

class QTextStream;

namespace sb::cli {

// check's --from and --to: the period work items are measured over; invalid when not given
// (flow_measures.h: periodOf).
struct MeasureDates {
    QDate from;
    QDate to;
};

// What `streamboard check` reports about one map: its streams' metrics and its findings, and for
// a future-state map with a baseline, the comparison with it.
// A stream with work items gets a "measured" object (measuredJson).
QJsonObject checkReportJson(const Map& map, const AnalysisResult& result,
                            const std::optional<MapComparison>& comparison = std::nullopt,
                            const MeasureDates& dates = {});
void writeCheckReportText(const Map& map, const AnalysisResult& result, QTextStream& out,
                          const std::optional<MapComparison>& comparison = std::nullopt,
                          const MeasureDates& dates = {});

// {"from", "to", "velocity", "distribution", "flowTimeDays", "load", "flowEfficiency", "stages"}
QJsonObject measuredJson(const FlowMeasures& measures);

// The "agenda" array of a map in `check --format json`: the eight steps in order, each with its
// id, whether it is done and its progress in words.
QJsonArray agendaJson(const Map& map, const AnalysisResult& result);

// The "comparison" object of a map in `check --format json`.
QJsonObject comparisonJson(const MapComparison& comparison);
// The comparison section of `check`'s text report; durations use workingDayHours.
void writeComparisonText(const MapComparison& comparison, double workingDayHours, QTextStream& out);

bool hasErrors(const AnalysisResult& result);

} // namespace sb::cli
