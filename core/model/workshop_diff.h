#pragma once

#include "map.h"
#include "operation.h"

#include <QList>

namespace sb {

// The primitive edits that turn `from` into `to`, in the order to apply them: maps removed,
// then each kept map's info and lists (removals, then insertions, moves and replacements from
// the front), then maps added and the maps' order. Empty when they are equal.
QList<Operation> operationsBetween(const Workshop& from, const Workshop& to);

} // namespace sb
