#pragma once

#include "metrics/comparison.h"

#include <QRectF>

class QPainter;

namespace sb::exporting {

// The review pack's last page: lead time, handoffs and hops per stream, before and after, as the
// same grouped bar charts the Current vs future panel shows (vector in the PDF).
void drawComparisonCharts(QPainter* painter, const QRectF& area, const Map& future,
                          const MapComparison& comparison);

// A page per stream with work items: the Metrics dock's four flow charts of them (flow-time
// scatterplot, cumulative flow, aging, done per week) in a 2 × 2 grid, vector in the PDF.
void drawWorkItemCharts(QPainter* painter, const QRectF& area, const Stream& stream);

} // namespace sb::exporting
