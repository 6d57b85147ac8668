#pragma once

#include "model/map.h"

namespace sb {

// Edits of a team's composition and of a map's role list that keep the model consistent: a team
// with roles has the sum of their people as its size, lists only roles of the map (in the map's
// order, each with at least one person), and the required roles are a subset of the map's roles.

// The team with this many people in the role (0 takes the role out); its size follows.
Team withRolePeople(const Team& team, const QStringList& mapRoles, const QString& role, int people);

// A change of the role list: the map's new info and the teams that change with it.
struct RoleListEdit {
    MapInfo info;
    QList<Team> teams; // changed teams only
};

// Nullopt when the edit is refused: an empty or duplicate name, an unknown role.
std::optional<RoleListEdit> addRole(const Map& map, const QString& role);
std::optional<RoleListEdit> renameRole(const Map& map, const QString& role, const QString& name);
// Teams lose the role's people (their size follows); the role is no longer required.
std::optional<RoleListEdit> removeRole(const Map& map, const QString& role);
std::optional<RoleListEdit> setRoleRequired(const Map& map, const QString& role, bool required);

} // namespace sb
