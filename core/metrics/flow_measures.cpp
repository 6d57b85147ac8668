#include "flow_measures.h"

#include <algorithm>

namespace sb {

namespace {

// The time an item spent in state s: from its date there to its next date; none when it has
// no date there or has not left it.
std::optional<StateTime> timeIn(const WorkItem& item, qsizetype s) {
    if (item.entered[s] == notEntered)
        return std::nullopt;
    for (qsizetype next = s + 1; next < item.entered.size(); ++next)
        if (item.entered[next] != notEntered)
            return item.entered[next] - item.entered[s];
    return std::nullopt;
}

} // namespace

StateTime startOf(const WorkItem& item, qsizetype startIndex) {
    for (qsizetype s = std::max<qsizetype>(startIndex, 0); s < item.entered.size(); ++s)
        if (item.entered[s] != notEntered)
            return item.entered[s];
    return notEntered;
}

std::optional<MeasuredPeriod> defaultPeriod(const WorkItems& items, double periodDays) {
    StateTime latest = notEntered;
    for (const WorkItem& item : items.items)
        for (StateTime t : item.entered)
            latest = std::max(latest, t);
    if (latest == notEntered)
        return std::nullopt;
    const QDate to = dateOf(latest);
    const qint64 days = std::max<qint64>(1, qRound64(periodDays));
    return MeasuredPeriod{to.addDays(1 - days), to};
}

std::optional<double> median(QList<double> values) {
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::optional<double> percentileNearestRank(QList<double> values, int percent) {
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::max<qsizetype>(1, (percent * values.size() + 99) / 100);
    return values[rank - 1];
}

FlowMeasures measureFlow(const WorkItems& items, const MeasuredPeriod& period) {
    const WorkItemSetup& setup = items.setup;
    FlowMeasures measures;
    measures.period = period;
    if (setup.states.isEmpty())
        return measures;
    const qsizetype doneIndex = setup.states.size() - 1;
    const qsizetype startIndex = setup.states.indexOf(setup.startState());
    const StateTime begin = midnightOf(period.from);
    const StateTime end = midnightOf(period.to.addDays(1));
    QList<bool> active(setup.states.size(), false);
    for (const QString& state : setup.active)
        if (const qsizetype i = setup.states.indexOf(state); i >= 0)
            active[i] = true;
    QList<qsizetype> stageStates;
    for (const auto& mapping : setup.stages)
        stageStates.append(setup.states.indexOf(mapping.first));
    QList<QList<double>> stageDays(stageStates.size());

    QList<double> flowDays;
    StateTime flowSeconds = 0;
    StateTime activeSeconds = 0;
    for (const WorkItem& item : items.items) {
        if (item.entered.size() != setup.states.size())
            continue; // not read from this setup's states
        const StateTime done = item.entered.value(doneIndex, notEntered);
        const StateTime start = startOf(item, startIndex);
        if (start != notEntered && start < end && (done == notEntered || done >= end)) {
            ++measures.load;
            ++measures.inProgress.of(item.kind);
        }
        if (done == notEntered || done < begin || done >= end)
            continue;
        ++measures.velocity;
        ++measures.done.of(item.kind);
        flowDays.append((done - start) / double(secondsPerCalendarDay));
        flowSeconds += done - start;
        for (qsizetype s = std::max<qsizetype>(startIndex, 0); s < doneIndex; ++s)
            if (active[s])
                activeSeconds += timeIn(item, s).value_or(0);
        for (qsizetype m = 0; m < stageStates.size(); ++m)
            if (stageStates[m] >= 0)
                if (const std::optional<StateTime> t = timeIn(item, stageStates[m]))
                    stageDays[m].append(*t / double(secondsPerCalendarDay));
    }
    if (measures.velocity > 0) {
        const FlowCounts& d = measures.done;
        const double total = measures.velocity;
        measures.distribution = {d.features / total, d.defects / total, d.risks / total,
                                 d.debt / total};
    }
    measures.flowTimeMedianDays = median(flowDays);
    measures.flowTimeP85Days = percentileNearestRank(flowDays, 85);
    if (flowSeconds > 0)
        measures.flowEfficiency = double(activeSeconds) / double(flowSeconds);
    for (qsizetype m = 0; m < stageStates.size(); ++m)
        measures.stages.append({setup.stages[m].first, setup.stages[m].second, median(stageDays[m]),
                                percentileNearestRank(stageDays[m], 85)});
    return measures;
}

} // namespace sb

namespace sb {

std::optional<MeasuredPeriod> periodOf(const Stream& stream, QDate from, QDate to) {
    if (stream.workItems.isEmpty())
        return std::nullopt;
    if (!to.isValid()) {
        const std::optional<MeasuredPeriod> latest =
            defaultPeriod(stream.workItems, stream.flowItems.periodDays);
        if (!latest)
            return std::nullopt;
        to = latest->to;
    }
    if (!from.isValid())
        from = to.addDays(1 - std::max<qint64>(1, qRound64(stream.flowItems.periodDays)));
    return MeasuredPeriod{from, to};
}

FlowItems effectiveFlowItems(const Stream& stream) {
    const std::optional<FlowMeasures> measured = measureStream(stream);
    if (!measured)
        return stream.flowItems;
    return {double(measured->period.from.daysTo(measured->period.to) + 1), measured->done,
            measured->inProgress};
}

std::optional<FlowMeasures> measureStream(const Stream& stream, QDate from, QDate to) {
    const std::optional<MeasuredPeriod> period = periodOf(stream, from, to);
    if (!period)
        return std::nullopt;
    return measureFlow(stream.workItems, *period);
}

} // namespace sb
