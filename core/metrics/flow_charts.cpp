#include "flow_charts.h"

namespace sb {

namespace {

qsizetype startIndexOf(const WorkItemSetup& setup) {
    return std::max<qsizetype>(0, setup.states.indexOf(setup.startState()));
}

bool fits(const WorkItem& item, const WorkItemSetup& setup) {
    return !setup.states.isEmpty() && item.entered.size() == setup.states.size();
}

} // namespace

QList<FlowTimePoint> flowTimePoints(const WorkItems& items, const MeasuredPeriod& period) {
    QList<FlowTimePoint> points;
    const StateTime begin = midnightOf(period.from);
    const StateTime end = midnightOf(period.to.addDays(1));
    const qsizetype start = startIndexOf(items.setup);
    for (const WorkItem& item : items.items) {
        if (!fits(item, items.setup))
            continue;
        const StateTime done = item.entered.last();
        if (done == notEntered || done < begin || done >= end)
            continue;
        points.append({item.id, done, double(done - startOf(item, start)) / secondsPerCalendarDay});
    }
    return points;
}

QList<QList<int>> cumulativeFlow(const WorkItems& items, const MeasuredPeriod& period) {
    const qsizetype states = items.setup.states.size();
    const qint64 days = period.from.daysTo(period.to) + 1;
    QList<QList<int>> counts(days, QList<int>(states, 0));
    for (const WorkItem& item : items.items) {
        if (!fits(item, items.setup))
            continue;
        for (qint64 d = 0; d < days; ++d) {
            const StateTime end = midnightOf(period.from.addDays(d + 1));
            qsizetype reached = -1; // the latest state entered before the end of the day
            for (qsizetype s = 0; s < states; ++s)
                if (item.entered[s] != notEntered && item.entered[s] < end)
                    reached = s;
            for (qsizetype s = 0; s <= reached; ++s)
                ++counts[d][s];
        }
    }
    return counts;
}

QList<AgingPoint> workItemAging(const WorkItems& items, const MeasuredPeriod& period) {
    QList<AgingPoint> points;
    const StateTime end = midnightOf(period.to.addDays(1));
    const qsizetype start = startIndexOf(items.setup);
    for (const WorkItem& item : items.items) {
        if (!fits(item, items.setup))
            continue;
        const StateTime started = startOf(item, start);
        const StateTime done = item.entered.last();
        if (started == notEntered || started >= end || (done != notEntered && done < end))
            continue;
        qsizetype state = start;
        for (qsizetype s = 0; s < item.entered.size(); ++s)
            if (item.entered[s] != notEntered && item.entered[s] < end)
                state = s;
        points.append({item.id, state, double(end - started) / secondsPerCalendarDay});
    }
    return points;
}

QList<FlowCounts> doneByWeek(const WorkItems& items, const MeasuredPeriod& period) {
    const qint64 days = period.from.daysTo(period.to) + 1;
    QList<FlowCounts> weeks((days + 6) / 7);
    const StateTime begin = midnightOf(period.from);
    const StateTime end = midnightOf(period.to.addDays(1));
    for (const WorkItem& item : items.items) {
        if (!fits(item, items.setup))
            continue;
        const StateTime done = item.entered.last();
        if (done == notEntered || done < begin || done >= end)
            continue;
        ++weeks[(done - begin) / secondsPerCalendarDay / 7].of(item.kind);
    }
    return weeks;
}

} // namespace sb
