#include "team_roles.h"

namespace sb {

namespace {

int peopleIn(const QList<RoleCount>& roles) {
    int sum = 0;
    for (const RoleCount& r : roles)
        sum += r.people;
    return sum;
}

// Roles in the map's order; a team with none keeps the size it had.
Team withRoles(Team team, const QStringList& mapRoles, const QList<RoleCount>& counts) {
    const bool had = !team.roles.isEmpty();
    team.roles.clear();
    for (const QString& role : mapRoles)
        for (const RoleCount& c : counts)
            if (c.role == role && c.people > 0) {
                team.roles.append(c);
                break;
            }
    if (!team.roles.isEmpty())
        team.size = peopleIn(team.roles);
    else if (had)
        team.size = std::nullopt; // the roles were its size; none are left to count
    return team;
}

QString trimmedName(const QString& name) {
    return name.simplified();
}

} // namespace

Team withRolePeople(const Team& team, const QStringList& mapRoles, const QString& role,
                    int people) {
    QList<RoleCount> counts = team.roles;
    counts.removeIf([&](const RoleCount& c) { return c.role == role; });
    if (people > 0)
        counts.append({role, people});
    return withRoles(team, mapRoles, counts);
}

std::optional<RoleListEdit> addRole(const Map& map, const QString& role) {
    const QString name = trimmedName(role);
    if (name.isEmpty() || map.info.settings.roles.contains(name))
        return std::nullopt;
    RoleListEdit edit{map.info, {}};
    edit.info.settings.roles.append(name);
    return edit;
}

std::optional<RoleListEdit> renameRole(const Map& map, const QString& role, const QString& name) {
    const QString newName = trimmedName(name);
    const QStringList& roles = map.info.settings.roles;
    if (newName.isEmpty() || !roles.contains(role) || roles.contains(newName))
        return std::nullopt;
    RoleListEdit edit{map.info, {}};
    edit.info.settings.roles.replace(roles.indexOf(role), newName);
    QStringList& required = edit.info.settings.requiredRoles;
    if (const qsizetype i = required.indexOf(role); i >= 0)
        required.replace(i, newName);
    for (const Team& t : map.teams) {
        Team changed = t;
        for (RoleCount& c : changed.roles)
            if (c.role == role)
                c.role = newName;
        if (!(changed == t))
            edit.teams.append(changed);
    }
    return edit;
}

std::optional<RoleListEdit> removeRole(const Map& map, const QString& role) {
    if (!map.info.settings.roles.contains(role))
        return std::nullopt;
    RoleListEdit edit{map.info, {}};
    edit.info.settings.roles.removeAll(role);
    edit.info.settings.requiredRoles.removeAll(role);
    for (const Team& t : map.teams) {
        const Team changed = withRolePeople(t, edit.info.settings.roles, role, 0);
        if (!(changed == t))
            edit.teams.append(changed);
    }
    return edit;
}

std::optional<RoleListEdit> setRoleRequired(const Map& map, const QString& role, bool required) {
    const MapSettings& s = map.info.settings;
    if (!s.roles.contains(role) || s.requiredRoles.contains(role) == required)
        return std::nullopt;
    RoleListEdit edit{map.info, {}};
    QStringList& list = edit.info.settings.requiredRoles;
    if (required) {
        // In the order of the role list.
        list.clear();
        for (const QString& r : s.roles)
            if (r == role || s.requiredRoles.contains(r))
                list.append(r);
    } else {
        list.removeAll(role);
    }
    return edit;
}

} // namespace sb
