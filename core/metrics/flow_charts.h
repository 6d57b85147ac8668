#pragma once

#include "flow_measures.h"

namespace sb {

// The data of the flow charts (Metrics dock, review pack) of one stream's work items over a
// period; flow_measures.h defines start, done and the period.

// One item done in the period: when, and its flow time.
struct FlowTimePoint {
    QString item;
    StateTime done;
    double flowDays;
    bool operator==(const FlowTimePoint&) const = default;
};
QList<FlowTimePoint> flowTimePoints(const WorkItems& items, const MeasuredPeriod& period);

// Cumulative flow: per day of the period (index 0 = period.from) and per state, the items that
// by the end of that day had entered that state or a later one (a skipped state counts as
// passed once a later one is reached).
QList<QList<int>> cumulativeFlow(const WorkItems& items, const MeasuredPeriod& period);

// Work-item aging at the end of the period: each item started and not done by then, its
// latest state by then and its age (end − start) in days.
struct AgingPoint {
    QString item;
    qsizetype state; // index into the setup's states
    double ageDays;
    bool operator==(const AgingPoint&) const = default;
};
QList<AgingPoint> workItemAging(const WorkItems& items, const MeasuredPeriod& period);

// Items done per week of the period, per kind: weeks are 7-day blocks from period.from (the
// last may be shorter).
QList<FlowCounts> doneByWeek(const WorkItems& items, const MeasuredPeriod& period);

} // namespace sb
