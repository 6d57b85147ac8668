#pragma once

#include "analysis/element_index.h"

namespace sb {

// For each capability (in file order), the streams that depend on it directly: the stream itself
// or one of its stages has a dependency on it. Stream indexes, in file order, each once.
QList<QList<qsizetype>> capabilityUsers(const Map& map, const ElementIndex& index);

} // namespace sb
