#include "flow_items.h"

#include "flow_measures.h"

namespace sb {

namespace {

double share(int part, int whole) {
    return whole == 0 ? 0 : static_cast<double>(part) / whole;
}

} // namespace

FlowMetrics computeFlowMetrics(const Stream& stream, const StreamMetrics& metrics) {
    const FlowItems items = effectiveFlowItems(stream);
    FlowMetrics flow;
    flow.stream = stream.id;
    flow.velocity = items.done.total();
    flow.velocityPerWeek = items.periodDays > 0 ? flow.velocity / items.periodDays * 7 : 0;
    flow.distribution = {
        share(items.done.features, flow.velocity), share(items.done.defects, flow.velocity),
        share(items.done.risks, flow.velocity), share(items.done.debt, flow.velocity)};
    flow.load = items.inProgress.total();
    flow.loadByKind = items.inProgress;
    flow.flowTime = metrics.leadTime;
    return flow;
}

QList<FlowMetrics> computeFlowMetrics(const Map& map, const QList<StreamMetrics>& metrics) {
    Q_ASSERT(metrics.size() == map.streams.size());
    QList<FlowMetrics> flows;
    flows.reserve(map.streams.size());
    for (qsizetype i = 0; i < map.streams.size() && i < metrics.size(); ++i)
        flows.append(computeFlowMetrics(map.streams[i], metrics[i]));
    return flows;
}

} // namespace sb
