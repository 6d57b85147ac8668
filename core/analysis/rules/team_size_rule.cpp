#include "rule_text.h"
#include "rules.h"

namespace sb::rules {

void teamSize(const AnalysisContext& context, QList<Finding>& findings) {
    const int most = context.map.info.settings.teamSizeMax;
    for (const Team& team : context.map.teams) {
        if (!team.size || *team.size <= most)
            continue;
        findings.append(makeFinding(
            "team-size", Severity::Warning, {team.id},
            Tr::tr("Team %1 has %2 people, more than %3: split it so that each team can hold its "
                   "work in mind.")
                .arg(quoted(context.index, team.id), QString::number(*team.size),
                     QString::number(most))));
    }
}

} // namespace sb::rules
