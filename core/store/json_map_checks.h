#pragma once

#include "model/map.h"

// Helpers of the interchange reader (json_reader.cpp); not part of the store's interface.
namespace sb::json::detail {

// Checks that ids are unique within the map across kinds and that no two cells share a slice
// and step; gives flows, dependencies and notes without an id the lowest free "f1", "d1", "n1"…;
// checks every reference. Throws ReadError naming the path under mapPath ("maps[0]").
void checkIdsAndReferences(Map& map, const QString& mapPath);

} // namespace sb::json::detail
