#pragma once

#include "map.h"

#include <QStringList>

namespace sb {

// The fields in which two versions of one element differ, named as in the interchange JSON
// ("owner", "leadTime", "card.northStar", …) and in its key order.
// Empty for two elements of different kinds.
QStringList differingFields(const Element& before, const Element& after);
QStringList differingFields(const Team& before, const Team& after);
QStringList differingFields(const Slice& before, const Slice& after);
QStringList differingFields(const Step& before, const Step& after);
QStringList differingFields(const Cell& before, const Cell& after);
QStringList differingFields(const Stream& before, const Stream& after);
QStringList differingFields(const Stage& before, const Stage& after);
QStringList differingFields(const Flow& before, const Flow& after);
QStringList differingFields(const Capability& before, const Capability& after);
QStringList differingFields(const Dependency& before, const Dependency& after);
QStringList differingFields(const Note& before, const Note& after);
QStringList differingFields(const Action& before, const Action& after);
// The same for a map's info ("name", "state", "baseline", "settings", "timeboxes",
// "noMaterialDivergence").
QStringList differingFields(const MapInfo& before, const MapInfo& after);

} // namespace sb
