#include "rules.h"

#include <QCoreApplication>

namespace sb::rules {

void flowCycle(const AnalysisContext& context, QList<Finding>& findings) {
    for (qsizetype i = 0; i < context.map.streams.size(); ++i) {
        const QList<Id>& cycle = context.metrics[i].flowCycle;
        if (cycle.isEmpty())
            continue;
        const Stream& stream = context.map.streams[i];
        QStringList names;
        for (const Id& stage : cycle)
            names.append(context.index.nameOf(stage));
        names.append(names.first());

        Finding finding;
        finding.rule = QStringLiteral("flow-cycle");
        finding.severity = Severity::Error;
        finding.subjects = QList<Id>{stream.id} + cycle;
        finding.message =
            QCoreApplication::translate(
                "sb::analysis", "Flows of “%1” go round in a circle: %2. Mark the backward flow "
                                "as rework, or remove it; lead time cannot be computed until then.")
                .arg(context.index.nameOf(stream.id), names.join(QStringLiteral(" → ")));
        findings.append(finding);
    }
}

} // namespace sb::rules
