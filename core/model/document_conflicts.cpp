#include "document.h"
#include "store/workshop_checks.h"

#include <QStringList>

// Shared workshops: what the document does when another facilitator changed an element that a
// write, an undo or a redo of this one would change.

namespace sb {

QString Document::idPrefix(const QString& base) const {
    return m_store ? base + m_store->idTag() : base;
}

std::optional<Element>
Document::element(const Journal::ElementRef& ref,
                  QHash<Journal::ListRef, QHash<QString, qsizetype>>* indexes) const {
    const Map* map = m_workshop.map(ref.map);
    if (!map)
        return std::nullopt;
    if (!indexes)
        return map->element(ref.kind, ref.key);
    return withKind(ref.kind, [&]<class T>() -> std::optional<Element> {
        const QList<T>& items = map->list<T>();
        auto index = indexes->find({ref.map, ref.kind});
        if (index == indexes->end()) {
            index = indexes->insert({ref.map, ref.kind}, {});
            for (qsizetype i = items.size() - 1; i >= 0; --i)
                index->insert(keyOf(items[i]), i); // the first of a key wins, as Map::find
        }
        const qsizetype i = index->value(ref.key, -1);
        return i >= 0 ? std::optional<Element>(items[i]) : std::nullopt;
    });
}

bool Document::isCurrent(const QList<Operation>& operations, Journal::ElementRef* stale) const {
    // Each operation must find its element as the workshop, after the operations before it,
    // holds it: a command merged from several edits expects what the earlier ones left.
    QHash<Journal::ElementRef, std::optional<Element>> after;
    // Many operations (a large paste or removal) look their elements up in an index of each list.
    constexpr qsizetype indexAbove = 8;
    QHash<Journal::ListRef, QHash<QString, qsizetype>> indexes;
    for (const Operation& operation : operations) {
        std::optional<Journal::ElementRef> ref;
        bool current = true;
        const auto found = [&](MapUid uid, ElementKind kind, const QString& key) {
            ref = Journal::ElementRef{uid, kind, key};
            if (const auto it = after.constFind(*ref); it != after.cend())
                return *it;
            return element(*ref, operations.size() > indexAbove ? &indexes : nullptr);
        };
        std::visit(
            [&](const auto& o) {
                using Op = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<Op, op::InsertElement>) {
                    current = !found(o.map, kindOf(o.element), keyOf(o.element));
                    after.insert(*ref, o.element);
                } else if constexpr (std::is_same_v<Op, op::RemoveElement>) {
                    current = found(o.map, kindOf(o.element), keyOf(o.element)) == o.element;
                    after.insert(*ref, std::nullopt);
                } else if constexpr (std::is_same_v<Op, op::ReplaceElement>) {
                    current = found(o.map, kindOf(o.before), keyOf(o.before)) == o.before;
                    after.insert(*ref, o.after);
                } else if constexpr (std::is_same_v<Op, op::MoveElement>) {
                    current = found(o.map, o.kind, o.key).has_value();
                }
            },
            operation);
        if (!current) {
            if (stale)
                *stale = *ref;
            return false;
        }
    }
    return true;
}

QString Document::describe(const Journal::ElementRef& element) const {
    const Map* map = m_workshop.map(element.map);
    const QString name =
        map && element.kind != ElementKind::Cell ? map->nameOf(element.key) : QString();
    const QString kind = rules::singularName(element.kind);
    return name.isEmpty() ? kind : tr("%1 “%2”").arg(kind, name);
}

void Document::refuseStale(const QString& commandText, const Journal::ElementRef& element) {
    const QString who = m_changedBy.value(element);
    emit writeRefused(
        who.isEmpty()
            ? tr("“%1” was not undone or redone: %2 has been changed by another facilitator "
                 "since.")
                  .arg(commandText, describe(element))
            : tr("“%1” was not undone or redone: %2 has been changed by %3 since.")
                  .arg(commandText, describe(element), who));
}

bool Document::showStoredVersions() {
    const QList<Journal::ElementRef> conflicts = m_store->conflicts();
    const Journal pending = m_pending;
    const QSet<Journal::ElementRef> touched = pending.elements + pending.moved;
    const std::optional<QList<StoredElement>> stored = m_store->reread(touched.values());
    if (!stored)
        return false;
    m_pending.clear(); // the store wrote none of it: the whole command is refused
    ++m_conflicts;
    QList<Operation> operations;
    for (const StoredElement& s : *stored) {
        const Map* map = m_workshop.map(s.ref.map);
        if (!map)
            continue;
        if (!s.changedBy.isEmpty())
            m_changedBy.insert(s.ref, s.changedBy);
        const std::optional<Element> shown = map->element(s.ref.kind, s.ref.key);
        if (!s.element) {
            if (shown)
                operations.append(op::RemoveElement{s.ref.map, *shown});
            continue;
        }
        const qsizetype after =
            s.previousKey.isEmpty() ? -1 : map->indexOf(s.ref.kind, s.previousKey);
        if (!shown) {
            operations.append(op::InsertElement{s.ref.map, after + 1, *s.element});
            continue;
        }
        if (*shown != *s.element)
            operations.append(op::ReplaceElement{s.ref.map, *shown, *s.element});
        const qsizetype at = map->indexOf(s.ref.kind, s.ref.key);
        const qsizetype to = after < at ? after + 1 : after;
        if (to != at && (after >= 0 || s.previousKey.isEmpty()))
            operations.append(op::MoveElement{s.ref.map, s.ref.kind, s.ref.key, to});
    }
    m_external = true;
    for (const Operation& operation : std::as_const(operations))
        apply(operation);
    m_external = false;
    if (!m_stackMoving)
        finishChanges(ChangeSet::Origin::External);

    QStringList named;
    for (const Journal::ElementRef& ref : conflicts) {
        const QString who = m_changedBy.value(ref);
        const Map* map = m_workshop.map(ref.map);
        const bool exists = map && map->indexOf(ref.kind, ref.key) >= 0;
        named.append(!exists ? tr("%1 was deleted by another facilitator").arg(describe(ref))
                     : who.isEmpty()
                         ? tr("%1 was changed by another facilitator").arg(describe(ref))
                         : tr("%1 was changed by %2").arg(describe(ref), who));
    }
    emit writeRefused(tr("Your change was not saved: %1 meanwhile. The map shows it as it is "
                         "now.")
                          .arg(named.join(tr("; "))));
    return true;
}

} // namespace sb
