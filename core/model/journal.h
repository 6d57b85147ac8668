#pragma once

#include "map.h"

#include <QSet>

namespace sb {

// What changed since the store last wrote, so the store writes only that, in one transaction.
struct Journal {
    struct ElementRef {
        MapUid map;
        ElementKind kind;
        QString key;
        friend bool operator==(const ElementRef&, const ElementRef&) = default;
        friend size_t qHash(const ElementRef& r, size_t seed = 0) {
            return qHashMulti(seed, r.map, static_cast<int>(r.kind), r.key);
        }
    };
    struct ListRef {
        MapUid map;
        ElementKind kind;
        friend bool operator==(const ListRef&, const ListRef&) = default;
        friend size_t qHash(const ListRef& r, size_t seed = 0) {
            return qHashMulti(seed, r.map, static_cast<int>(r.kind));
        }
    };

    QSet<ElementRef> elements; // written if present in the workshop, deleted if not
    QSet<ListRef> reordered;   // every element of the list gets its position written again
    QSet<ElementRef> moved;    // elements that moved in their list (a subset of reordered's)
    QSet<MapUid> maps;         // map rows (info, and existence) to write or delete
    bool mapsReordered = false;

    bool isEmpty() const {
        return elements.isEmpty() && reordered.isEmpty() && maps.isEmpty() && !mapsReordered;
    }
    void merge(const Journal& other);
    void clear() { *this = {}; }
};

} // namespace sb
