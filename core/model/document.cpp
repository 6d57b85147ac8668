#include "document.h"

#include "element_fields.h"
#include "store/store.h"

#include <utility>

namespace sb {

void Journal::merge(const Journal& other) {
    elements.unite(other.elements);
    reordered.unite(other.reordered);
    moved.unite(other.moved);
    maps.unite(other.maps);
    mapsReordered = mapsReordered || other.mapsReordered;
}

Document::Document(Workshop workshop, std::unique_ptr<Store> store, QObject* parent)
    : QObject(parent)
    , m_workshop(std::move(workshop))
    , m_store(std::move(store)) {
    for (const Map& m : m_workshop.maps)
        m_lastUid = std::max(m_lastUid, m.uid);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this](int index) {
        using O = ChangeSet::Origin;
        const O origin = m_pushing ? O::Command : index < m_stackIndex ? O::Undo : O::Redo;
        m_stackIndex = index;
        m_stackMoving = true;
        flush();
        m_stackMoving = false;
        finishChanges(origin);
        emit commandFinished();
    });
}

Document::~Document() {
    flush();
    // The stack announces its clearing while it is destroyed; nobody should hear of it by then.
    m_undoStack.disconnect(this);
    blockSignals(true);
}

bool Document::isReadOnly() const {
    return m_store && m_store->isReadOnly();
}

std::unique_ptr<Store> Document::replaceStore(std::unique_ptr<Store> store) {
    std::swap(store, m_store);
    return store;
}

bool Document::push(QUndoCommand* command) {
    if (isReadOnly()) {
        delete command;
        return false;
    }
    const bool inMacro = m_pushing;
    m_pushing = true;
    m_undoStack.push(command);
    m_pushing = inMacro;
    return true;
}

void Document::beginMacro(const QString& text) {
    m_pushing = true; // what the macro's commands do is announced at endMacro, as a command
    m_undoStack.beginMacro(text);
}

void Document::endMacro() {
    m_undoStack.endMacro();
    m_pushing = false;
}

void Document::applyExternal(const QList<Operation>& operations) {
    m_external = true;
    for (const Operation& operation : operations)
        apply(operation);
    m_external = false;
    finishChanges(ChangeSet::Origin::External);
}

void Document::finishChanges(ChangeSet::Origin origin) {
    if (m_applied.isEmpty())
        return;
    ChangeSet changes{origin, std::exchange(m_applied, {})};
    emit changesApplied(changes);
}

MapUid Document::newMapUid() {
    MapUid uid = m_lastUid + 1;
    if (m_store)
        uid = std::max(uid, m_store->nextMapUid());
    m_lastUid = uid;
    return uid;
}

bool Document::flush() {
    if (m_pending.isEmpty() || !m_store)
        return true;
    if (!m_store->write(m_pending, m_workshop)) {
        if (m_store->lastWriteError() == StoreError::Conflict && showStoredVersions())
            return false;
        emit storeFailed(m_store->errorString());
        return false;
    }
    m_pending.clear();
    return true;
}

void Document::record(Change change) {
    using T = Change::Type;
    ++m_revisions[change.map];
    m_applied.append(change);
    emit changed(change);
    if (m_external)
        return;
    switch (change.type) {
    case T::ElementAdded:
    case T::ElementRemoved:
    case T::ElementModified:
        m_pending.elements.insert({change.map, change.kind, change.key});
        break;
    case T::ElementMoved:
        m_pending.reordered.insert({change.map, change.kind});
        m_pending.moved.insert({change.map, change.kind, change.key});
        break;
    case T::MapAdded:
    case T::MapRemoved:
    case T::MapModified:
        m_pending.maps.insert(change.map);
        break;
    case T::MapMoved:
        m_pending.mapsReordered = true;
        break;
    }
}

Operation Document::apply(Operation operation) {
    using T = Change::Type;
    return std::visit(
        [this](auto& o) -> Operation {
            using Op = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<Op, op::InsertElement>) {
                Map* map = m_workshop.map(o.map);
                Q_ASSERT(map);
                const ElementKind kind = kindOf(o.element);
                const QString key = keyOf(o.element);
                qsizetype index = 0;
                std::visit(
                    [&](const auto& e) {
                        auto& items = map->list<std::decay_t<decltype(e)>>();
                        index = std::clamp<qsizetype>(o.index, 0, items.size());
                        items.insert(index, e);
                        if (index != items.size() - 1 && !m_external)
                            m_pending.reordered.insert({map->uid, kind});
                    },
                    o.element);
                record({T::ElementAdded, o.map, kind, key});
                return op::RemoveElement{o.map, o.element};
            } else if constexpr (std::is_same_v<Op, op::RemoveElement>) {
                Map* map = m_workshop.map(o.map);
                Q_ASSERT(map);
                const ElementKind kind = kindOf(o.element);
                const QString key = keyOf(o.element);
                const qsizetype index = map->indexOf(kind, key);
                Q_ASSERT(index >= 0);
                Element removed = *map->element(kind, key);
                withKind(kind, [&]<class E>() { map->list<E>().removeAt(index); });
                record({T::ElementRemoved, o.map, kind, key});
                return op::InsertElement{o.map, index, std::move(removed)};
            } else if constexpr (std::is_same_v<Op, op::ReplaceElement>) {
                Map* map = m_workshop.map(o.map);
                Q_ASSERT(map);
                const ElementKind kind = kindOf(o.after);
                const QString key = keyOf(o.after);
                const qsizetype index = map->indexOf(kind, key);
                Q_ASSERT(index >= 0 && kindOf(o.before) == kind && keyOf(o.before) == key);
                Element current = *map->element(kind, key);
                std::visit(
                    [&](const auto& e) { map->list<std::decay_t<decltype(e)>>()[index] = e; },
                    o.after);
                record({T::ElementModified, o.map, kind, key, differingFields(current, o.after)});
                return op::ReplaceElement{o.map, o.after, std::move(current)};
            } else if constexpr (std::is_same_v<Op, op::MoveElement>) {
                Map* map = m_workshop.map(o.map);
                Q_ASSERT(map);
                const qsizetype from = map->indexOf(o.kind, o.key);
                Q_ASSERT(from >= 0);
                qsizetype to = 0;
                withKind(o.kind, [&]<class E>() {
                    auto& items = map->list<E>();
                    to = std::clamp<qsizetype>(o.to, 0, items.size() - 1);
                    items.move(from, to);
                });
                record({T::ElementMoved, o.map, o.kind, o.key});
                return op::MoveElement{o.map, o.kind, o.key, from};
            } else if constexpr (std::is_same_v<Op, op::InsertMap>) {
                const qsizetype index = std::clamp<qsizetype>(o.index, 0, m_workshop.maps.size());
                m_workshop.maps.insert(index, o.map);
                m_lastUid = std::max(m_lastUid, o.map.uid);
                record({T::MapAdded, o.map.uid, {}, {}});
                if (index != m_workshop.maps.size() - 1 && !m_external)
                    m_pending.mapsReordered = true;
                return op::RemoveMap{o.map};
            } else if constexpr (std::is_same_v<Op, op::RemoveMap>) {
                const qsizetype index = m_workshop.indexOfMap(o.map.uid);
                Q_ASSERT(index >= 0);
                Map removed = m_workshop.maps.takeAt(index);
                record({T::MapRemoved, removed.uid, {}, {}});
                return op::InsertMap{index, std::move(removed)};
            } else if constexpr (std::is_same_v<Op, op::ReplaceMapInfo>) {
                Map* map = m_workshop.map(o.map);
                Q_ASSERT(map);
                MapInfo current = map->info;
                map->info = o.after;
                record({T::MapModified, o.map, {}, {}, differingFields(current, o.after)});
                return op::ReplaceMapInfo{o.map, o.after, std::move(current)};
            } else {
                static_assert(std::is_same_v<Op, op::MoveMap>);
                const qsizetype from = m_workshop.indexOfMap(o.map);
                Q_ASSERT(from >= 0);
                const qsizetype to = std::clamp<qsizetype>(o.to, 0, m_workshop.maps.size() - 1);
                m_workshop.maps.move(from, to);
                record({T::MapMoved, o.map, {}, {}});
                return op::MoveMap{o.map, from};
            }
        },
        operation);
}

} // namespace sb
