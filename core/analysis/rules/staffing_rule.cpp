#include "rule_text.h"
#include "rules.h"

#include <algorithm>

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

// The role checks apply only where some team of the map lists roles; from then on a team that
// lists none brings no role to its streams.
bool declaresRoles(const Map& map) {
    return std::any_of(map.teams.cbegin(), map.teams.cend(),
                       [](const Team& team) { return !team.roles.isEmpty(); });
}

void singlePersonRoles(const AnalysisContext& context, QList<Finding>& findings) {
    for (const Team& team : context.map.teams)
        for (const RoleCount& role : team.roles)
            if (role.people == 1)
                findings.append(makeFinding(
                    "staffing", Severity::Warning, {team.id},
                    Tr::tr("Team %1 has one person for %2: there is no cover when they are away.")
                        .arg(quoted(context.index, team.id), role.role)));
}

QStringList missingRoles(const AnalysisContext& context, const QList<Id>& teams) {
    QStringList missing;
    for (const QString& required : context.map.info.settings.requiredRoles) {
        const bool held = std::any_of(teams.cbegin(), teams.cend(), [&](const Id& id) {
            const Team* team = context.team(id);
            return team && std::any_of(team->roles.cbegin(), team->roles.cend(),
                                       [&](const RoleCount& role) {
                                           return role.role == required && role.people > 0;
                                       });
        });
        if (!held)
            missing.append(required);
    }
    return missing;
}

void streamsMissingRoles(const AnalysisContext& context, QList<Finding>& findings) {
    const MapSettings& settings = context.map.info.settings;
    for (qsizetype i = 0; i < context.map.streams.size(); ++i) {
        const Stream& stream = context.map.streams[i];
        if (stream.kind != StreamKind::Customer)
            continue;
        const QList<Id>& teams = context.teams.streams[i].teams;
        const QStringList missing = missingRoles(context, teams);
        if (missing.isEmpty())
            continue;
        const QString name = quoted(context.index, stream.id);
        const QString required = sentenceList(settings.requiredRoles);
        const QString message =
            teams.isEmpty()
                ? Tr::tr("No team works on %1, so it lacks %2. Every customer stream needs %3.")
                      .arg(name, sentenceList(missing), required)
                : Tr::tr("The teams of %1 (%2) lack %3. Every customer stream needs %4.")
                      .arg(name, sentenceList(namesOf(context.index, teams)), sentenceList(missing),
                           required);
        findings.append(makeFinding("staffing", Severity::Warning, {stream.id}, message));
    }
}

} // namespace

void staffing(const AnalysisContext& context, QList<Finding>& findings) {
    smallTeams(context, findings);
    unstaffedCapabilities(context, findings);
    if (!declaresRoles(context.map))
        return;
    singlePersonRoles(context, findings);
    streamsMissingRoles(context, findings);
}

} // namespace sb::rules
