#include "model/duration.h"
#include "rules.h"

#include <QCoreApplication>

namespace sb::rules {

void timing(const AnalysisContext& context, QList<Finding>& findings) {
    const double dayHours = context.map.info.settings.workingDayHours;
    for (const Stage& stage : context.map.stages) {
        if (!(stage.leadTime < stage.processTime))
            continue;
        Finding finding;
        finding.rule = QStringLiteral("timing");
        finding.severity = Severity::Error;
        finding.subjects = {stage.id};
        finding.message =
            QCoreApplication::translate(
                "sb::analysis", "“%1” waits less than it works: lead time %2 is shorter than "
                                "process time %3. Lead time includes process time.")
                .arg(context.index.nameOf(stage.id), duration::format(stage.leadTime, dayHours),
                     duration::format(stage.processTime, dayHours));
        findings.append(finding);
    }
}

} // namespace sb::rules
