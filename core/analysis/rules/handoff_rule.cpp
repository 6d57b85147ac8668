#include "rule_text.h"
#include "rules.h"

namespace sb::rules {

void handoff(const AnalysisContext& context, QList<Finding>& findings) {
    const Map& map = context.map;
    // Looked up once: a large map has tens of thousands of handoffs.
    const QString message = Tr::tr("%1 → %2 is a handoff from %3 to %4.");
    const QString quote = Tr::tr("“%1”");
    const auto quoted = [&](const Stage& stage) {
        return quote.arg(stage.name.isNull() ? stage.id : stage.name);
    };
    for (const Handoff& handoff : context.teams.handoffs) {
        const Stage& from = map.stages[handoff.from];
        const Stage& to = map.stages[handoff.to];
        findings.append(
            makeFinding("handoff", Severity::Info, {map.flows[handoff.flow].id, from.id, to.id},
                        message.arg(quoted(from), quoted(to), map.teams[handoff.fromTeam].name,
                                    map.teams[handoff.toTeam].name)));
    }
}

} // namespace sb::rules
