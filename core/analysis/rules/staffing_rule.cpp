#include "rule_text.h"
#include "rules.h"

namespace sb::rules {

namespace {

void smallTeams(const AnalysisContext& context, QList<Finding>& findings) {
    const int fewest = context.map.info.settings.teamSizeMin;
    for (const Team& team : context.map.teams) {
        if (!team.size || *team.size >= fewest)
            continue;
        const QString people =
            *team.size == 1 ? Tr::tr("1 person") : Tr::tr("%1 people").arg(*team.size);
        findings.append(makeFinding(
            "staffing", Severity::Warning, {team.id},
            Tr::tr(
                "Team %1 has %2, fewer than %3: too few to keep its work flowing when someone is "
                "away.")
                .arg(quoted(context.index, team.id), people, QString::number(fewest))));
    }
}

void unstaffedCapabilities(const AnalysisContext& context, QList<Finding>& findings) {
    for (qsizetype i = 0; i < context.map.capabilities.size(); ++i) {
        const Capability& capability = context.map.capabilities[i];
        const qsizetype users = context.capabilityUsers[i].size();
        const Team* owner = context.team(capability.owner);
        const bool hasSla = !capability.sla.trimmed().isEmpty();
        if (users == 0 || (owner && hasSla))
            continue;
        const QString name = quoted(context.index, capability.id);
        QString message;
        if (!owner && !hasSla)
            message =
                Tr::tr("No team owns %1 and it has no SLA, yet %2. Give it an owner and agree "
                       "an SLA.")
                    .arg(name, streamsDependOnIt(users));
        else if (!owner)
            message = Tr::tr("No team owns %1, yet %2. Give it an owner.")
                          .arg(name, streamsDependOnIt(users));
        else
            message = Tr::tr("%1 has no SLA, yet %2. Agree one with its owner, %3.")
                          .arg(name, streamsDependOnIt(users), owner->name);
        findings.append(makeFinding("staffing", Severity::Warning, {capability.id}, message));
    }
}

} // namespace

void staffing(const AnalysisContext& context, QList<Finding>& findings) {
    smallTeams(context, findings);
    unstaffedCapabilities(context, findings);
}

} // namespace sb::rules
