#include "rule_text.h"
#include "rules.h"

namespace sb::rules {

void handoff(const AnalysisContext& context, QList<Finding>& findings) {
    const ElementIndex& index = context.index;
    for (const StreamAnalysis& stream : context.streams) {
        for (const Id& id : stream.handoffFlows) {
            const Flow& flow = *index.find<Flow>(id);
            const Stage& from = *index.find<Stage>(flow.from);
            const Stage& to = *index.find<Stage>(flow.to);
            findings.append(
                makeFinding("handoff", Severity::Info, {flow.id, from.id, to.id},
                            tr("%1 → %2 is a handoff from %3 to %4.")
                                .arg(quoted(index, from.id), quoted(index, to.id),
                                     index.nameOf(from.owner), index.nameOf(to.owner))));
        }
    }
}

} // namespace sb::rules
