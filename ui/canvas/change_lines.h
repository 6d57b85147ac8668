#pragma once

#include "model/map.h"

namespace sb::canvas {

// What changed in one element since the baseline, a line per field: the field as the inspector
// names it, then the value before and after as the window shows it ("Lead time: 2w → 3d",
// "Owner team: Checkout → Payments"). Fields are named as element_diff.h names them; a field
// whose value has no short form (a position, the decision criteria) is its label alone.
QStringList changeLines(ElementKind kind, const QString& key, const QStringList& fields,
                        const Map& baseline, const Map& derived);

} // namespace sb::canvas
