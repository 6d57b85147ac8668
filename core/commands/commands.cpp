#include "commands.h"

#include "facilitation/agenda_steps.h"
#include "field_labels.h"
#include "metrics/element_diff.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

struct CommandsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::commands)
};

QString kindName(ElementKind kind) {
    static const std::array<const char*, elementKindCount> names = {
        QT_TRANSLATE_NOOP("sb::commands", "team"),
        QT_TRANSLATE_NOOP("sb::commands", "slice"),
        QT_TRANSLATE_NOOP("sb::commands", "step"),
        QT_TRANSLATE_NOOP("sb::commands", "cell"),
        QT_TRANSLATE_NOOP("sb::commands", "stream"),
        QT_TRANSLATE_NOOP("sb::commands", "stage"),
        QT_TRANSLATE_NOOP("sb::commands", "flow"),
        QT_TRANSLATE_NOOP("sb::commands", "capability"),
        QT_TRANSLATE_NOOP("sb::commands", "dependency"),
        QT_TRANSLATE_NOOP("sb::commands", "note"),
        QT_TRANSLATE_NOOP("sb::commands", "action")};
    return CommandsTr::tr(names[static_cast<size_t>(kind)]);
}

QString elementLabel(const Element& e) {
    return std::visit(
        [](const auto& x) -> QString {
            if constexpr (requires { x.name; })
                return x.name;
            else if constexpr (requires { x.title; })
                return x.title;
            else
                return {};
        },
        e);
}

using commands::CommandPtr;
using commands::ElementRef;

// Names the change of one element for Edit ▸ Undo: the field the inspector shows, when one field
// changed (field names it, else the difference does), and the element's name before the change.
QString changeText(const Element& before, const Element& after, const QString& field) {
    const ElementKind kind = kindOf(after);
    QString label = fields::label(kind, field);
    if (label.isEmpty()) {
        const QStringList changed = differingFields(before, after);
        if (changed.size() == 1)
            label = fields::label(kind, changed.first());
    }
    QString name = elementLabel(before);
    if (name.isEmpty())
        name = elementLabel(after);
    if (!label.isEmpty())
        return name.isEmpty() ? CommandsTr::tr("Change %1 of the %2").arg(label, kindName(kind))
                              : CommandsTr::tr("Change %1 of “%2”").arg(label, name);
    return name.isEmpty() ? CommandsTr::tr("Change %1").arg(kindName(kind))
                          : CommandsTr::tr("Change %1 “%2”").arg(kindName(kind), name);
}

// The map fields (as fields::mapLabel names them) that differ, the name left out.
QStringList differingMapFields(const MapInfo& a, const MapInfo& b) {
    QStringList names;
    auto check = [&](const auto& x, const auto& y, const QString& name) {
        if (!(x == y))
            names.append(name);
    };
    const MapSettings& s = a.settings;
    const MapSettings& t = b.settings;
    check(s.workingDayHours, t.workingDayHours, u"workingDayHours"_s);
    check(s.coordinationMaxTeams, t.coordinationMaxTeams, u"coordinationMaxTeams"_s);
    check(s.sharedServiceMinStreams, t.sharedServiceMinStreams, u"sharedServiceMinStreams"_s);
    check(s.teamSizeMin, t.teamSizeMin, u"teamSizeMin"_s);
    check(s.teamSizeMax, t.teamSizeMax, u"teamSizeMax"_s);
    check(s.roles, t.roles, u"roles"_s);
    check(s.requiredRoles, t.requiredRoles, u"requiredRoles"_s);
    for (AgendaStep step : agendaSteps())
        check(a.timeboxes[step], b.timeboxes[step], u"timeboxes."_s + toString(step));
    check(a.noMaterialDivergence, b.noMaterialDivergence, u"noMaterialDivergence"_s);
    check(a.state, b.state, u"state"_s);
    check(a.baseline, b.baseline, u"baseline"_s);
    return names;
}

// Successive edits of one field of one element share this key, so they merge while typing.
QString fieldMergeKey(MapUid map, const Element& element, const QString& field) {
    return QString::number(map) + u'/' + QString::number(static_cast<int>(kindOf(element))) + u'/' +
           keyOf(element) + u'/' + field;
}

// A name the rules of every workshop refuse (store/workshop_checks.h): a file holding it would
// not open again, so no edit makes one.
bool nameIsBlank(const Element& element) {
    return std::visit(
        [](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Action>)
                return e.title.trimmed().isEmpty();
            else if constexpr (requires { e.name; })
                return e.name.trimmed().isEmpty();
            else
                return false;
        },
        element);
}

// A stream that becomes a customer stream stops providing capabilities: only a supporting
// stream provides one.
QList<Operation> providersCleared(const Map& map, const Element& changed) {
    QList<Operation> ops;
    const Stream* stream = std::get_if<Stream>(&changed);
    if (!stream || stream->kind != StreamKind::Customer)
        return ops;
    for (const Capability& c : map.capabilities)
        if (c.providedBy == stream->id) {
            Capability cleared = c;
            cleared.providedBy.clear();
            ops.append(op::ReplaceElement{map.uid, c, cleared});
        }
    return ops;
}

// Future maps follow their baseline's new name, or lose a baseline that is gone (newName empty).
QList<Operation> baselinesFollowing(const Workshop& workshop, const QString& oldName,
                                    const QString& newName) {
    QList<Operation> ops;
    for (const Map& m : workshop.maps)
        if (m.info.baseline == oldName) {
            MapInfo info = m.info;
            info.baseline = newName;
            ops.append(op::ReplaceMapInfo{m.uid, m.info, info});
        }
    return ops;
}

CommandPtr make(Document* doc, const QString& text, QList<Operation> ops,
                MergeId mergeId = MergeId::None, const QString& mergeKey = {}) {
    if (ops.isEmpty())
        return nullptr;
    return std::make_unique<EditCommand>(doc, text, std::move(ops), mergeId, mergeKey);
}

struct RefKey {
    ElementKind kind;
    QString key;
    friend bool operator==(const RefKey&, const RefKey&) = default;
    friend size_t qHash(const RefKey& r, size_t seed = 0) {
        return qHashMulti(seed, static_cast<int>(r.kind), r.key);
    }
};

// Works out every element that goes with the named ones, following what hangs on what.
QSet<RefKey> removalClosure(const Map& map, const QList<ElementRef>& roots) {
    QSet<RefKey> removed;
    QList<RefKey> todo;
    auto add = [&](ElementKind kind, const QString& key) {
        RefKey r{kind, key};
        if (!removed.contains(r) && map.indexOf(kind, key) >= 0) {
            removed.insert(r);
            todo.append(r);
        }
    };
    for (const ElementRef& r : roots)
        add(r.kind, r.key);
    while (!todo.isEmpty()) {
        const RefKey r = todo.takeLast();
        switch (r.kind) {
        case ElementKind::Stream:
            for (const Stage& s : map.stages)
                if (s.stream == r.key)
                    add(ElementKind::Stage, s.id);
            break;
        case ElementKind::Slice:
            for (const Cell& c : map.cells)
                if (c.slice == r.key)
                    add(ElementKind::Cell, keyOf(c));
            break;
        case ElementKind::Step:
            for (const Cell& c : map.cells)
                if (c.step == r.key)
                    add(ElementKind::Cell, keyOf(c));
            break;
        default:
            break;
        }
        if (r.kind == ElementKind::Stage)
            for (const Flow& f : map.flows)
                if (f.from == r.key || f.to == r.key)
                    add(ElementKind::Flow, f.id);
        if (r.kind == ElementKind::Stage || r.kind == ElementKind::Stream ||
            r.kind == ElementKind::Capability)
            for (const Dependency& d : map.dependencies)
                if (d.from == r.key || d.to == r.key)
                    add(ElementKind::Dependency, d.id);
    }
    return removed;
}

template <class T> bool isRemoved(const QSet<RefKey>& removed, const T& e) {
    return removed.contains({kindOf<T>(), keyOf(e)});
}

} // namespace

QList<Operation> removalOperations(const Map& map, const QList<ElementRef>& elements) {
    const QSet<RefKey> removed = removalClosure(map, elements);
    auto gone = [&](ElementKind kind, const Id& id) {
        return !id.isEmpty() && removed.contains({kind, id});
    };
    QList<Operation> ops;
    auto clearRefs = [&]<class T>(const QList<T>& items, auto&& clear) {
        for (const T& e : items) {
            if (isRemoved(removed, e))
                continue;
            T changed = e;
            clear(changed);
            if (!(changed == e))
                ops.append(op::ReplaceElement{map.uid, e, changed});
        }
    };
    clearRefs(map.streams, [&](Stream& s) {
        if (gone(ElementKind::Team, s.owner))
            s.owner.clear();
        if (gone(ElementKind::Slice, s.slice))
            s.slice.clear();
        s.workItems.setup.stages.removeIf(
            [&](const auto& mapping) { return gone(ElementKind::Stage, mapping.second); });
    });
    clearRefs(map.stages, [&](Stage& s) {
        if (gone(ElementKind::Team, s.owner))
            s.owner.clear();
        if (gone(ElementKind::Step, s.step))
            s.step.clear();
    });
    clearRefs(map.capabilities, [&](Capability& c) {
        if (gone(ElementKind::Team, c.owner))
            c.owner.clear();
        if (gone(ElementKind::Stream, c.providedBy))
            c.providedBy.clear();
    });
    clearRefs(map.actions, [&](Action& a) {
        if (gone(ElementKind::Team, a.owner))
            a.owner.clear();
        a.links.removeIf([&](const Id& id) {
            const std::optional<ElementKind> kind = map.kindOfId(id);
            return kind && gone(*kind, id);
        });
    });
    // Dependents first (flows before stages, stages before streams), each list back to front.
    const std::array<ElementKind, elementKindCount> order = {
        ElementKind::Action, ElementKind::Dependency, ElementKind::Flow,       ElementKind::Cell,
        ElementKind::Note,   ElementKind::Stage,      ElementKind::Capability, ElementKind::Stream,
        ElementKind::Step,   ElementKind::Slice,      ElementKind::Team};
    for (ElementKind kind : order)
        withKind(kind, [&]<class T>() {
            const QList<T>& items = map.list<T>();
            for (qsizetype i = items.size() - 1; i >= 0; --i)
                if (isRemoved(removed, items[i]))
                    ops.append(op::RemoveElement{map.uid, items[i]});
        });
    return ops;
}

Id freeId(const Map& map, const QString& prefix) {
    QSet<QString> used;
    forEachKind([&]<class T>() {
        for (const T& e : map.list<T>())
            if constexpr (!std::is_same_v<T, Cell>)
                used.insert(e.id);
    });
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!used.contains(id))
            return id;
    }
}

QString freeMapName(const Workshop& workshop, const QString& base) {
    if (!workshop.mapNamed(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = base + QLatin1Char(' ') + QString::number(n);
        if (!workshop.mapNamed(name))
            return name;
    }
}

namespace commands {

CommandPtr addElement(Document* doc, MapUid mapUid, const Element& element, qsizetype index) {
    const Map* map = doc->map(mapUid);
    if (!map || map->indexOf(kindOf(element), keyOf(element)) >= 0 || nameIsBlank(element))
        return nullptr;
    if (index < 0)
        index = map->count(kindOf(element));
    const QString label = elementLabel(element);
    const QString text = label.isEmpty()
                             ? CommandsTr::tr("Add %1").arg(kindName(kindOf(element)))
                             : CommandsTr::tr("Add %1 “%2”").arg(kindName(kindOf(element)), label);
    return make(doc, text, {op::InsertElement{mapUid, index, element}});
}

CommandPtr addElements(Document* doc, MapUid mapUid, const QList<Element>& elements,
                       const QString& text) {
    const Map* map = doc->map(mapUid);
    if (!map)
        return nullptr;
    QSet<QString> keys;
    QList<Operation> ops;
    for (const Element& e : elements) {
        const QString key = QString::number(static_cast<int>(kindOf(e))) + u'/' + keyOf(e);
        if (map->indexOf(kindOf(e), keyOf(e)) >= 0 || keys.contains(key))
            return nullptr;
        keys.insert(key);
        ops.append(op::InsertElement{mapUid, std::numeric_limits<qsizetype>::max(), e});
    }
    return make(doc, text, std::move(ops));
}

CommandPtr changeElements(Document* doc, MapUid mapUid, const QList<Element>& changed,
                          const QString& text) {
    const Map* map = doc->map(mapUid);
    if (!map)
        return nullptr;
    QList<Operation> ops;
    for (const Element& e : changed) {
        const std::optional<Element> current = map->element(kindOf(e), keyOf(e));
        if (current && nameIsBlank(e) && !nameIsBlank(*current))
            return nullptr;
        if (current && !(*current == e))
            ops.append(op::ReplaceElement{mapUid, *current, e});
    }
    return make(doc, text, std::move(ops));
}

CommandPtr changeElement(Document* doc, MapUid mapUid, const Element& changed,
                         const QString& field) {
    const Map* map = doc->map(mapUid);
    if (!map)
        return nullptr;
    const std::optional<Element> current = map->element(kindOf(changed), keyOf(changed));
    if (!current || *current == changed || (nameIsBlank(changed) && !nameIsBlank(*current)))
        return nullptr;
    QList<Operation> ops = {op::ReplaceElement{mapUid, *current, changed}};
    const QList<Operation> cleared = providersCleared(*map, changed);
    ops += cleared;
    return make(doc, changeText(*current, changed, field), std::move(ops),
                field.isEmpty() || !cleared.isEmpty() ? MergeId::None : MergeId::EditField,
                fieldMergeKey(mapUid, changed, field));
}

CommandPtr addElementForField(Document* doc, MapUid mapUid, const Element& element,
                              const QString& field) {
    const Map* map = doc->map(mapUid);
    if (!map || map->indexOf(kindOf(element), keyOf(element)) >= 0)
        return nullptr;
    return make(doc, changeText(element, element, field),
                {op::InsertElement{mapUid, map->count(kindOf(element)), element}},
                MergeId::EditField, fieldMergeKey(mapUid, element, field));
}

CommandPtr removeElements(Document* doc, MapUid mapUid, const QList<ElementRef>& elements) {
    const Map* map = doc->map(mapUid);
    if (!map)
        return nullptr;
    QList<Operation> ops = removalOperations(*map, elements);
    QString text;
    if (elements.size() == 1) {
        const std::optional<Element> e = map->element(elements[0].kind, elements[0].key);
        const QString label = e ? elementLabel(*e) : QString();
        text = label.isEmpty()
                   ? CommandsTr::tr("Delete %1").arg(kindName(elements[0].kind))
                   : CommandsTr::tr("Delete %1 “%2”").arg(kindName(elements[0].kind), label);
    } else {
        text = CommandsTr::tr("Delete %1 elements").arg(elements.size());
    }
    return make(doc, text, std::move(ops));
}

CommandPtr moveElements(Document* doc, MapUid mapUid,
                        const QList<std::pair<ElementRef, QPointF>>& positions) {
    const Map* map = doc->map(mapUid);
    if (!map)
        return nullptr;
    QList<Operation> ops;
    for (const auto& [ref, pos] : positions) {
        if (ref.kind == ElementKind::Stage) {
            if (const Stage* s = map->find<Stage>(ref.key); s && s->position != pos) {
                Stage moved = *s;
                moved.position = pos;
                ops.append(op::ReplaceElement{mapUid, *s, moved});
            }
        } else if (ref.kind == ElementKind::Note) {
            if (const Note* n = map->find<Note>(ref.key); n && n->position != pos) {
                Note moved = *n;
                moved.position = pos;
                ops.append(op::ReplaceElement{mapUid, *n, moved});
            }
        }
    }
    const QString text = ops.size() == 1 ? CommandsTr::tr("Move 1 element")
                                         : CommandsTr::tr("Move %1 elements").arg(ops.size());
    return make(doc, text, std::move(ops));
}

CommandPtr reorderElement(Document* doc, MapUid mapUid, ElementRef element, qsizetype toIndex) {
    const Map* map = doc->map(mapUid);
    if (!map)
        return nullptr;
    const qsizetype from = map->indexOf(element.kind, element.key);
    toIndex = std::clamp<qsizetype>(toIndex, 0, map->count(element.kind) - 1);
    if (from < 0 || from == toIndex)
        return nullptr;
    return make(doc, CommandsTr::tr("Reorder %1").arg(kindName(element.kind)),
                {op::MoveElement{mapUid, element.kind, element.key, toIndex}});
}

CommandPtr addMap(Document* doc, Map map, qsizetype index) {
    if (doc->workshop().mapNamed(map.info.name))
        return nullptr;
    map.uid = doc->newMapUid();
    if (index < 0)
        index = doc->workshop().maps.size();
    const QString text = CommandsTr::tr("Add map “%1”").arg(map.info.name);
    return make(doc, text, {op::InsertMap{index, std::move(map)}});
}

CommandPtr removeMap(Document* doc, MapUid uid) {
    const Map* map = doc->map(uid);
    if (!map)
        return nullptr;
    QList<Operation> ops = baselinesFollowing(doc->workshop(), map->info.name, {});
    ops.append(op::RemoveMap{*map});
    return make(doc, CommandsTr::tr("Delete map “%1”").arg(map->info.name), std::move(ops));
}

CommandPtr changeMapInfo(Document* doc, MapUid uid, const MapInfo& info) {
    const Map* map = doc->map(uid);
    if (!map || map->info == info)
        return nullptr;
    const Map* sameName = doc->workshop().mapNamed(info.name);
    if (info.name.isEmpty() || (sameName && sameName->uid != uid))
        return nullptr;
    QString text = CommandsTr::tr("Change map settings");
    const QStringList changed = differingMapFields(map->info, info);
    const QString label = changed.size() == 1 ? fields::mapLabel(changed.first()) : QString();
    if (map->info.name != info.name)
        text = CommandsTr::tr("Rename map to “%1”").arg(info.name);
    else if (!label.isEmpty())
        text = CommandsTr::tr("Change %1 of map “%2”").arg(label, map->info.name);
    QList<Operation> ops = {op::ReplaceMapInfo{uid, map->info, info}};
    if (map->info.name != info.name)
        ops += baselinesFollowing(doc->workshop(), map->info.name, info.name);
    return make(doc, text, std::move(ops));
}

CommandPtr changeMapInfoAndElements(Document* doc, MapUid uid, const MapInfo& info,
                                    const QList<Element>& changed, const QString& text) {
    const Map* map = doc->map(uid);
    if (!map)
        return nullptr;
    const Map* sameName = doc->workshop().mapNamed(info.name);
    if (info.name.isEmpty() || (sameName && sameName->uid != uid))
        return nullptr;
    QList<Operation> ops;
    if (!(map->info == info))
        ops.append(op::ReplaceMapInfo{uid, map->info, info});
    if (map->info.name != info.name)
        ops += baselinesFollowing(doc->workshop(), map->info.name, info.name);
    for (const Element& e : changed) {
        const std::optional<Element> current = map->element(kindOf(e), keyOf(e));
        if (!current)
            return nullptr;
        if (!(*current == e))
            ops.append(op::ReplaceElement{uid, *current, e});
    }
    return make(doc, text, std::move(ops));
}

CommandPtr reorderMap(Document* doc, MapUid uid, qsizetype toIndex) {
    const qsizetype from = doc->workshop().indexOfMap(uid);
    toIndex = std::clamp<qsizetype>(toIndex, 0, doc->workshop().maps.size() - 1);
    if (from < 0 || from == toIndex)
        return nullptr;
    return make(doc, CommandsTr::tr("Reorder maps"), {op::MoveMap{uid, toIndex}});
}

CommandPtr deriveFutureMap(Document* doc, MapUid source, const QString& name) {
    const Map* map = doc->map(source);
    if (!map || name.isEmpty() || doc->workshop().mapNamed(name))
        return nullptr;
    Map future = *map;
    future.uid = doc->newMapUid();
    future.info.name = name;
    future.info.state = MapState::Future;
    future.info.baseline = map->info.name;
    const qsizetype index = doc->workshop().indexOfMap(source) + 1;
    return make(doc, CommandsTr::tr("Derive future-state map “%1”").arg(name),
                {op::InsertMap{index, std::move(future)}});
}

} // namespace commands

} // namespace sb
