#include "rule_text.h"
#include "rules.h"

namespace sb::rules {

void card(const AnalysisContext& context, QList<Finding>& findings) {
    for (const Stream& stream : context.map.streams) {
        if (stream.kind != StreamKind::Customer)
            continue;
        QStringList missing;
        if (stream.card[CardField::Trigger].trimmed().isEmpty())
            missing.append(Tr::tr("no trigger"));
        if (stream.card[CardField::FinishLine].trimmed().isEmpty())
            missing.append(Tr::tr("no finish line"));
        if (stream.card[CardField::NorthStar].trimmed().isEmpty())
            missing.append(Tr::tr("no north-star metric"));
        if (missing.isEmpty())
            continue;
        findings.append(makeFinding(
            "card", Severity::Warning, {stream.id},
            Tr::tr("The card of %1 has %2. A customer stream needs a trigger, a finish line and a "
                   "north-star metric.")
                .arg(quoted(context.index, stream.id), sentenceList(missing))));
    }
}

} // namespace sb::rules
