#include "rule_text.h"
#include "rules.h"

namespace sb::rules {

namespace {

bool providedBySupportingStream(const AnalysisContext& context, const Capability& capability) {
    const Stream* provider = context.index.find<Stream>(capability.providedBy);
    return provider && provider->kind == StreamKind::Supporting;
}

} // namespace

void sharedService(const AnalysisContext& context, QList<Finding>& findings) {
    const int fewest = context.map.info.settings.sharedServiceMinStreams;
    for (qsizetype i = 0; i < context.map.capabilities.size(); ++i) {
        const Capability& capability = context.map.capabilities[i];
        const qsizetype users = context.capabilityUsers[i].size();
        const Team* owner = context.team(capability.owner);
        if (users < fewest || (owner && owner->type == TeamType::Platform) ||
            providedBySupportingStream(context, capability))
            continue;
        const QString message =
            owner
                ? Tr::tr(
                      "%1: %2, but its owner %3 is not a platform team and no supporting stream "
                      "provides it. Run it as a platform service, or give it a supporting stream.")
                      .arg(quoted(context.index, capability.id), streamsDependOnIt(users),
                           owner->name)
                : Tr::tr("%1: %2, but no team owns it and no supporting stream provides it. Run it "
                         "as a platform service, or give it a supporting stream.")
                      .arg(quoted(context.index, capability.id), streamsDependOnIt(users));
        findings.append(makeFinding("shared-service", Severity::Warning, {capability.id}, message));
    }
}

} // namespace sb::rules
