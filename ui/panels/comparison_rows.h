#pragma once

#include "metrics/comparison.h"

#include <QList>
#include <QString>

namespace sb::panels {

// Whether a change is for the better: lower lead and process time, handoffs, hops, one-hop
// violations, dependency cycles and teams are better; higher flow efficiency and rolled %C&A
// are better. Process time: less work for the same outcome is better.
enum class Verdict { Same, Better, Worse, Unknown };

// One metric of the comparison table, written out.
struct ComparisonRow {
    QString metric;
    QString before;
    QString after;
    QString change;
    Verdict verdict = Verdict::Unknown;
};

// The rows of the comparison table, one per metric: lead time, process time, flow efficiency,
// rolled %C&A, handoffs, hops, one-hop violations, dependency cycles, teams. A null side is a
// stream that exists only on the other side. Changes: a duration as the difference and its
// share of the before value ("−3h 45m (−26.8%)"); a count the same way ("−1 (−33.3%)"); a
// fraction in percentage points ("+9.1 points"). The share is left out when the before value is
// 0, the change is "no change" when equal, and "–" when either side is unknown.
// Nothing to measure: a side without stages (measuredBefore, measuredAfter false) shows "—" for
// its times, flow efficiency and rolled %C&A, and so does a flow efficiency of a lead time of 0;
// their change is then "–".
QList<ComparisonRow> comparisonRows(const std::optional<ComparedMetrics>& before,
                                    const std::optional<ComparedMetrics>& after,
                                    double workingDayHours, bool measuredBefore = true,
                                    bool measuredAfter = true);

inline constexpr int comparisonRowCount = 9;

} // namespace sb::panels
