#include "rule_text.h"
#include "rules.h"

namespace sb::rules {

void tangledStream(const AnalysisContext& context, QList<Finding>& findings) {
    const Map& map = context.map;
    for (qsizetype i = 0; i < map.capabilities.size(); ++i) {
        const Capability& capability = map.capabilities[i];
        qsizetype customers = 0;
        const Stream* ownedByItsOwner = nullptr;
        for (const qsizetype s : context.capabilityUsers[i]) {
            const Stream& stream = map.streams[s];
            if (stream.kind != StreamKind::Customer)
                continue;
            ++customers;
            if (!ownedByItsOwner && !capability.owner.isEmpty() && stream.owner == capability.owner)
                ownedByItsOwner = &stream;
        }
        if (customers < 2 || !ownedByItsOwner || !context.team(capability.owner))
            continue;
        findings.append(makeFinding(
            "tangled-stream", Severity::Warning, {capability.id},
            Tr::tr("%1 is owned by %2, which owns %3, yet %4 customer streams depend on it: their "
                   "work is tangled through it. Give it to a platform team or a supporting stream.")
                .arg(quoted(context.index, capability.id), context.index.nameOf(capability.owner),
                     quoted(context.index, ownedByItsOwner->id), QString::number(customers))));
    }
}

} // namespace sb::rules
