#include "change.h"

#include <algorithm>

namespace sb {

QSet<MapUid> ChangeSet::maps() const {
    QSet<MapUid> uids;
    for (const Change& c : changes)
        if (c.type != Change::Type::MapMoved)
            uids.insert(c.map);
    return uids;
}

bool ChangeSet::touches(MapUid map) const {
    return std::any_of(changes.cbegin(), changes.cend(), [map](const Change& c) {
        return c.map == map && c.type != Change::Type::MapMoved;
    });
}

bool ChangeSet::changesMapList() const {
    using T = Change::Type;
    return std::any_of(changes.cbegin(), changes.cend(), [](const Change& c) {
        return c.type == T::MapAdded || c.type == T::MapRemoved || c.type == T::MapMoved ||
               (c.type == T::MapModified && c.fields.contains(QStringLiteral("name")));
    });
}

bool ChangeSet::touches(MapUid map, ElementKind kind, const QString& key) const {
    return std::any_of(changes.cbegin(), changes.cend(), [&](const Change& c) {
        return c.map == map && c.isElementChange() && c.kind == kind && c.key == key;
    });
}

} // namespace sb
