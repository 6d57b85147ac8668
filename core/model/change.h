#pragma once

#include "map.h"

#include <QMetaType>

namespace sb {

// What one step of a command did to the workshop; the Document announces each one.
struct Change {
    enum class Type {
        ElementAdded,
        ElementRemoved,
        ElementModified,
        ElementMoved, // its position in its list changed
        MapAdded,
        MapRemoved,
        MapModified, // the map's info (name, state, baseline, settings)
        MapMoved,
    };
    Type type;
    MapUid map = 0;
    ElementKind kind = ElementKind::Team; // for element changes
    QString key;                          // for element changes
};

} // namespace sb

Q_DECLARE_METATYPE(sb::Change)
