#include "rule_text.h"
#include "rules.h"

namespace sb::rules {

void oneHop(const AnalysisContext& context, QList<Finding>& findings) {
    const ElementIndex& index = context.index;
    for (const StreamAnalysis& stream : context.teams.streams) {
        if (stream.hops < 2)
            continue;
        const QStringList path = namesOf(index, stream.farthestPath);
        findings.append(makeFinding(
            "one-hop", Severity::Error, QList<Id>{stream.stream} + stream.farthestPath,
            Tr::tr("%1 needs %2 through %3: %4 is %5 hops. A change should need at most one.")
                .arg(quoted(index, stream.stream), path.last(),
                     sentenceList(path.sliced(1, path.size() - 2)), path.join(Tr::tr(" → ")),
                     QString::number(stream.hops))));
    }
}

} // namespace sb::rules
