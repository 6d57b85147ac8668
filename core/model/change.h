#pragma once

#include "map.h"

#include <QMetaType>
#include <QSet>

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
    // For ElementModified and MapModified: the fields that differ, named as in the interchange
    // JSON (differingFields()).
    QStringList fields = {};

    bool isElementChange() const { return type <= Type::ElementMoved; }
};

// Everything one command did (or its undo or redo, or a change that was made elsewhere and
// reached this Document without its undo stack), in the order it happened. Views bring
// themselves up to date from it alone.
struct ChangeSet {
    enum class Origin { Command, Undo, Redo, External };
    Origin origin = Origin::Command;
    QList<Change> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    // The maps whose info or elements changed, or that were added or removed.
    QSet<MapUid> maps() const;
    bool touches(MapUid map) const;
    // A map was added, removed, renamed or moved: the list of maps is not what it was.
    bool changesMapList() const;
    // The element changed (was added, removed, modified or moved) in the map.
    bool touches(MapUid map, ElementKind kind, const QString& key) const;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::Change)
Q_DECLARE_METATYPE(sb::ChangeSet)
