#include "rule_text.h"
#include "rules.h"

namespace sb::rules {

void coordination(const AnalysisContext& context, QList<Finding>& findings) {
    const int most = context.map.info.settings.coordinationMaxTeams;
    for (const StreamAnalysis& stream : context.teams.streams) {
        if (stream.teams.size() <= most)
            continue;
        findings.append(makeFinding(
            "coordination", Severity::Warning, QList<Id>{stream.stream} + stream.teams,
            Tr::tr("%1 teams must coordinate on %2: %3. No more than %4 should.")
                .arg(QString::number(stream.teams.size()), quoted(context.index, stream.stream),
                     sentenceList(namesOf(context.index, stream.teams)), QString::number(most))));
    }
}

} // namespace sb::rules
