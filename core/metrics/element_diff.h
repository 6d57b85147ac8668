#pragma once

#include "model/element_fields.h"
#include "model/map.h"

#include <array>

namespace sb {

// A changed element: its key (the id; slice and step joined by cellKey for a cell) and the fields
// that differ, named as in the interchange JSON ("owner", "leadTime", "card.northStar", …).
struct ChangedElement {
    QString key;
    QStringList fields;
    bool operator==(const ChangedElement&) const = default;
};

// What happened to the elements of one kind between a baseline and a map derived from it.
struct KindDiff {
    QStringList added;             // keys only in the derived map, in its file order
    QStringList removed;           // keys only in the baseline, in the baseline's file order
    QList<ChangedElement> changed; // in both with different fields, in the derived map's order
    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    bool operator==(const KindDiff&) const = default;
};

// Every kind's KindDiff, elements matched by key (a derived map keeps the ids it copied).
struct ElementDiff {
    std::array<KindDiff, elementKindCount> kinds;

    const KindDiff& operator[](ElementKind kind) const;
    KindDiff& operator[](ElementKind kind);
    bool isEmpty() const;
    bool operator==(const ElementDiff&) const = default;
};

ElementDiff diffElements(const Map& baseline, const Map& derived);

} // namespace sb
