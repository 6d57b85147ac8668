#pragma once

#include "model/map.h"

#include <optional>

namespace sb {

// The rules every workshop holds to, however it arrives: read from interchange JSON, opened from
// a workshop file, or from any later store. One place, so a file that opens also exports and
// imports again.
//   ids: not empty, unique within a map across kinds, no NUL; references resolve within the map
//   names: not empty or blank, no NUL; map names unique in the workshop
//   numbers: durations from 0 to duration::longest, thresholds and counts in their ranges
//   baselines: name another map of the workshop, and never go round in a loop
namespace rules {

// How a broken rule names its place: by JSON path ("maps[0].stages[3].leadTime") for the
// interchange reader, or by element ("stage “s3” of map “Current”, leadTime") for a workshop file.
enum class Naming { JsonPaths, Elements };

// The first broken rule as one line ("<place>: <what is wrong>"), or nullopt when all hold.
std::optional<QString> firstBroken(const Workshop& workshop, Naming naming);

// One element of a kind as these messages name it ("stage", "capability").
QString singularName(ElementKind kind);

} // namespace rules

} // namespace sb
