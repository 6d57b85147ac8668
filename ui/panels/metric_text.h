#pragma once

#include <QString>
#include <optional>

namespace sb::panels::metric_text {

// How the Metrics and Comparison docks write figures.

// A fraction as a percentage with one decimal: 0.3625 → "36.3%".
QString percent(double fraction);
// Seconds with the map's working day ("1d 6h"), or "unknown" when null.
QString duration(std::optional<double> seconds, double workingDayHours);
// A fraction as a percentage, or "unknown" when null.
QString percent(std::optional<double> fraction);
// Where there is nothing to measure (a stream without stages): "—".
QString nothing();

} // namespace sb::panels::metric_text
