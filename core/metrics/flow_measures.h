#pragma once

#include "model/elements.h"

#include <QDate>
#include <array>

namespace sb {

// The days a stream's work items are measured over, both included (UTC).
struct MeasuredPeriod {
    QDate from;
    QDate to;
    bool operator==(const MeasuredPeriod&) const = default;
};

struct StageMeasure {
    QString state;
    Id stage;
    std::optional<double> medianDays; // none when no item of the period passed through it
    std::optional<double> p85Days;
    bool operator==(const StageMeasure&) const = default;
};

// The Flow Framework's measures of one stream over a period, taken from its work items.
struct FlowMeasures {
    MeasuredPeriod period;
    int velocity = 0;                         // items done in the period
    FlowCounts done;                          // those items per kind
    std::array<double, 4> distribution{};     // each kind's share of them; 0 when none were done
    std::optional<double> flowTimeMedianDays; // none when no item was done in the period
    std::optional<double> flowTimeP85Days;
    int load = 0;                         // items started and not done at the end of the period
    FlowCounts inProgress;                // those items per kind
    std::optional<double> flowEfficiency; // none when the done items' summed flow time is 0
    QList<StageMeasure> stages;           // per mapped state, in the setup's order
    bool operator==(const FlowMeasures&) const = default;
};

// The periodDays days (rounded, at least 1) that end on the day of the latest date in the
// items; none when they hold no date.
std::optional<MeasuredPeriod> defaultPeriod(const WorkItems& items, double periodDays);

FlowMeasures measureFlow(const WorkItems& items, const MeasuredPeriod& period);

// The period a stream is measured over: from and to as given; a missing end is the day of the
// latest date in its items, a missing start lies the stream's periodDays (rounded) before the
// end. None when the stream has no work items, or an end is needed and they hold no date.
std::optional<MeasuredPeriod> periodOf(const Stream& stream, QDate from = {}, QDate to = {});
// The stream's measures over periodOf(stream, from, to); none when it has none.
std::optional<FlowMeasures> measureStream(const Stream& stream, QDate from = {}, QDate to = {});

// The flow items the metrics count: measured from the stream's work items over their default
// period where it has them (periodDays the period's days), else the typed ones, which stay stored.
FlowItems effectiveFlowItems(const Stream& stream);

// The middle value, or the mean of the two middle values; none for no values.
std::optional<double> median(QList<double> values);
// The nearest-rank percentile: the smallest value with at least p percent of the values at or
// below it; none for no values.
std::optional<double> percentileNearestRank(QList<double> values, int percent);

// When an item started: its date in the start state, or, when it skipped that state, its first
// date in a later one; notEntered when it has neither.
StateTime startOf(const WorkItem& item, qsizetype startIndex);

} // namespace sb
