#pragma once

#include "analysis/analysis.h"
#include "metrics/comparison.h"

namespace sb::exporting {

// The review pack's text pages as rich text for QTextDocument, which lays them out and breaks
// them into pages. Every value is escaped.

// The findings about a stream: those with the stream or one of its stages among their subjects.
QList<Finding> findingsAbout(const Map& map, const Stream& stream, const QList<Finding>& all);

// A stream's page: its Value Stream Card (13 fields, empty ones as "—"), its metrics and its
// findings.
QString streamPageHtml(const Map& map, const Stream& stream, const AnalysisResult& analysis);

// The roadmap: every action of the map in roadmap order (inRoadmapOrder) with its owner, due
// date (marked when overdue on `today`), status, linked elements and the findings it answers
// (their messages while the analysis still raises them).
QString roadmapPageHtml(const Map& map, const QList<Finding>& findings, QDate today);

// The before/after table of a future map against its baseline.
QString comparisonPageHtml(const Map& baseline, const Map& future, const MapComparison& comparison);

} // namespace sb::exporting
