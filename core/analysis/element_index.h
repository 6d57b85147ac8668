#pragma once

#include "model/map.h"

#include <QHash>

namespace sb {

// Finds any element of a map by id in constant time, and knows the map's file order: kinds in
// ElementKind order, then each element's position in its list.
class ElementIndex {
public:
    explicit ElementIndex(const Map& map);
    // Indexes the elements of these kinds alone (ranks still count every kind): lighter for a
    // reader that looks up a few kinds of a large map.
    ElementIndex(const Map& map, std::initializer_list<ElementKind> kinds);

    struct Location {
        ElementKind kind;
        qsizetype index; // in the map's list of that kind
    };
    std::optional<Location> locate(const Id& id) const;

    // Position in file order; ids the map does not hold come after every element.
    qsizetype rank(const Id& id) const;
    bool before(const Id& a, const Id& b) const { return rank(a) < rank(b); }

    template <class T> const T* find(const Id& id) const {
        const auto location = locate(id);
        if (!location || location->kind != kindOf<T>())
            return nullptr;
        return &m_map.list<T>()[location->index];
    }

    // Same as Map::nameOf: the element's name, or the id when it has none.
    QString nameOf(const Id& id) const;

private:
    const Map& m_map;
    QHash<Id, qsizetype> m_rank;
    std::array<qsizetype, elementKindCount + 1> m_kindStart{}; // rank of each kind's first
};

} // namespace sb
