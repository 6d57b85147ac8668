#include "element_index.h"

#include <algorithm>
#include <limits>

namespace sb {

ElementIndex::ElementIndex(const Map& map)
    : ElementIndex(map, {ElementKind::Team, ElementKind::Slice, ElementKind::Step,
                         ElementKind::Cell, ElementKind::Stream, ElementKind::Stage,
                         ElementKind::Flow, ElementKind::Capability, ElementKind::Dependency,
                         ElementKind::Note, ElementKind::Action}) {}

ElementIndex::ElementIndex(const Map& map, std::initializer_list<ElementKind> kinds)
    : m_map(map) {
    const auto indexed = [&](ElementKind kind) {
        return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
    };
    qsizetype total = 0;
    forEachKind([&]<class T>() {
        if (indexed(kindOf<T>()))
            total += map.list<T>().size();
    });
    m_rank.reserve(total);

    qsizetype rank = 0;
    size_t kind = 0;
    forEachKind([&]<class T>() {
        m_kindStart[kind++] = rank;
        if (!indexed(kindOf<T>())) {
            rank += map.list<T>().size();
            return;
        }
        for (const T& element : map.list<T>()) {
            const QString key = keyOf(element);
            if (!m_rank.contains(key))
                m_rank.insert(key, rank);
            ++rank;
        }
    });
    m_kindStart[kind] = rank;
}

std::optional<ElementIndex::Location> ElementIndex::locate(const Id& id) const {
    const auto it = m_rank.constFind(id);
    if (it == m_rank.constEnd())
        return std::nullopt;
    const auto next = std::upper_bound(m_kindStart.begin(), m_kindStart.end(), *it);
    const auto kind = std::distance(m_kindStart.begin(), next) - 1;
    return Location{static_cast<ElementKind>(kind), *it - m_kindStart[static_cast<size_t>(kind)]};
}

qsizetype ElementIndex::rank(const Id& id) const {
    return m_rank.value(id, std::numeric_limits<qsizetype>::max());
}

QString ElementIndex::nameOf(const Id& id) const {
    const auto location = locate(id);
    if (!location)
        return id;
    return withKind(location->kind, [&]<class T>() -> QString {
        if constexpr (requires(T t) { t.name; }) {
            const QString& name = m_map.list<T>()[location->index].name;
            return name.isNull() ? id : name;
        } else {
            return id;
        }
    });
}

} // namespace sb
