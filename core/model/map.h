#pragma once

#include "element_kind.h"

#include <QHash>
#include <QList>

namespace sb {

// A map's own properties, as opposed to the elements it holds.
struct MapInfo {
    QString name;
    MapState state = MapState::Current;
    QString baseline; // name of the map a future map was derived from; empty for none
    MapSettings settings;
    Timeboxes timeboxes = {};
    bool noMaterialDivergence = false; // the room looked and found no fork worth a stream
    bool operator==(const MapInfo&) const = default;
};

// Identifies a map within an open workshop; survives renames and reordering.
using MapUid = qint64;

struct Map {
    MapUid uid = 0;
    MapInfo info;
    QList<Team> teams;
    QList<Slice> slices;
    QList<Step> steps;
    QList<Cell> cells;
    QList<Stream> streams;
    QList<Stage> stages;
    QList<Flow> flows;
    QList<Capability> capabilities;
    QList<Dependency> dependencies;
    QList<Note> notes;
    QList<Action> actions;

    template <class T> QList<T>& list();
    template <class T> const QList<T>& list() const { return const_cast<Map*>(this)->list<T>(); }

    // Index of the element with this key in its list, or -1.
    template <class T> qsizetype indexOf(const QString& key) const {
        const auto& items = list<T>();
        for (qsizetype i = 0; i < items.size(); ++i) {
            // Compared in place: building each element's key would copy a string per element.
            if constexpr (std::is_same_v<T, Cell>) {
                if (keyOf(items[i]) == key)
                    return i;
            } else if (items[i].id == key) {
                return i;
            }
        }
        return -1;
    }
    template <class T> const T* find(const QString& key) const {
        const qsizetype i = indexOf<T>(key);
        return i < 0 ? nullptr : &list<T>()[i];
    }
    qsizetype indexOf(ElementKind kind, const QString& key) const;
    std::optional<Element> element(ElementKind kind, const QString& key) const;
    qsizetype count(ElementKind kind) const;

    // Which kind of element carries this id (cells have none), if any.
    std::optional<ElementKind> kindOfId(const Id& id) const;

    // The team that owns a stream, stage or capability; empty when it has none.
    Id ownerOf(const Id& id) const;
    QString nameOf(const Id& id) const;

    // The colour a team is shown in: its own, or the next palette colour in file order that no
    // other team of the map shows, so no two teams look alike.
    QColor teamColor(const Id& teamId) const;
    QHash<Id, QColor> teamColors() const;

    bool operator==(const Map& other) const; // compares everything but uid
};

template <> inline QList<Team>& Map::list<Team>() {
    return teams;
}
template <> inline QList<Slice>& Map::list<Slice>() {
    return slices;
}
template <> inline QList<Step>& Map::list<Step>() {
    return steps;
}
template <> inline QList<Cell>& Map::list<Cell>() {
    return cells;
}
template <> inline QList<Stream>& Map::list<Stream>() {
    return streams;
}
template <> inline QList<Stage>& Map::list<Stage>() {
    return stages;
}
template <> inline QList<Flow>& Map::list<Flow>() {
    return flows;
}
template <> inline QList<Capability>& Map::list<Capability>() {
    return capabilities;
}
template <> inline QList<Dependency>& Map::list<Dependency>() {
    return dependencies;
}
template <> inline QList<Note>& Map::list<Note>() {
    return notes;
}
template <> inline QList<Action>& Map::list<Action>() {
    return actions;
}

// Calls f.template operator()<T>() for every element type, in ElementKind order.
template <class F> void forEachKind(F&& f) {
    f.template operator()<Team>();
    f.template operator()<Slice>();
    f.template operator()<Step>();
    f.template operator()<Cell>();
    f.template operator()<Stream>();
    f.template operator()<Stage>();
    f.template operator()<Flow>();
    f.template operator()<Capability>();
    f.template operator()<Dependency>();
    f.template operator()<Note>();
    f.template operator()<Action>();
}

// Calls f.template operator()<T>() for the type of kind.
template <class F> decltype(auto) withKind(ElementKind kind, F&& f) {
    switch (kind) {
    case ElementKind::Team:
        return f.template operator()<Team>();
    case ElementKind::Slice:
        return f.template operator()<Slice>();
    case ElementKind::Step:
        return f.template operator()<Step>();
    case ElementKind::Cell:
        return f.template operator()<Cell>();
    case ElementKind::Stream:
        return f.template operator()<Stream>();
    case ElementKind::Stage:
        return f.template operator()<Stage>();
    case ElementKind::Flow:
        return f.template operator()<Flow>();
    case ElementKind::Capability:
        return f.template operator()<Capability>();
    case ElementKind::Dependency:
        return f.template operator()<Dependency>();
    case ElementKind::Note:
        return f.template operator()<Note>();
    case ElementKind::Action:
        break;
    }
    return f.template operator()<Action>();
}

// The whole content of one workshop file: its maps in file order.
struct Workshop {
    QList<Map> maps;

    Map* map(MapUid uid);
    const Map* map(MapUid uid) const;
    qsizetype indexOfMap(MapUid uid) const;
    const Map* mapNamed(const QString& name) const;
    bool operator==(const Workshop&) const = default;
};

// The fixed palette teams without a colour of their own take, in file order.
QColor paletteColor(qsizetype index);

} // namespace sb
