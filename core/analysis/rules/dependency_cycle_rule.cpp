#include "rule_text.h"
#include "rules.h"

namespace sb::rules {

void dependencyCycle(const AnalysisContext& context, QList<Finding>& findings) {
    const ElementIndex& index = context.index;
    for (const DependencyCycle& cycle : context.dependencyCycles) {
        QString message;
        if (cycle.members.size() == 1) {
            message = Tr::tr("%1 depends on itself. Remove that dependency.")
                          .arg(quoted(index, cycle.members.first()));
        } else {
            QStringList names = namesOf(index, cycle.cycle);
            names.append(names.first());
            message = Tr::tr("%1 elements depend on each other in a circle: %2. Break one of these "
                             "dependencies so that each can change and ship on its own.")
                          .arg(QString::number(cycle.members.size()), names.join(Tr::tr(" → ")));
        }
        findings.append(makeFinding("dependency-cycle", Severity::Error, cycle.members, message));
    }
}

} // namespace sb::rules
