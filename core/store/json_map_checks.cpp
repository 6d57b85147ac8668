#include "json_map_checks.h"

#include "json_object_reader.h"

#include <QHash>

namespace sb::json::detail {

namespace {

struct Place {
    ElementKind kind;
    qsizetype index;
};

QString singularName(ElementKind kind) {
    switch (kind) {
    case ElementKind::Team:
        return Tr::tr("team");
    case ElementKind::Slice:
        return Tr::tr("slice");
    case ElementKind::Step:
        return Tr::tr("step");
    case ElementKind::Cell:
        return Tr::tr("cell");
    case ElementKind::Stream:
        return Tr::tr("stream");
    case ElementKind::Stage:
        return Tr::tr("stage");
    case ElementKind::Flow:
        return Tr::tr("flow");
    case ElementKind::Capability:
        return Tr::tr("capability");
    case ElementKind::Dependency:
        return Tr::tr("dependency");
    case ElementKind::Note:
        return Tr::tr("note");
    case ElementKind::Action:
        break;
    }
    return Tr::tr("action");
}

// "team", "stream or stage", "stream, stage or capability".
QString alternatives(const QList<ElementKind>& kinds) {
    QString text;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (i > 0)
            text += i + 1 == kinds.size() ? Tr::tr(" or ") : Tr::tr(", ");
        text += singularName(kinds[i]);
    }
    return text;
}

class Checker {
public:
    Checker(Map& map, const QString& mapPath)
        : m_map(map)
        , m_mapPath(mapPath) {}

    void run() {
        indexIds();
        checkCells();
        generateIds<Flow>(u"f");
        generateIds<Dependency>(u"d");
        generateIds<Note>(u"n");
        generateIds<Action>(u"action");
        checkReferences();
    }

private:
    QString pathOf(ElementKind kind, qsizetype index) const {
        return m_mapPath + u'.' + pluralName(kind) + u'[' + QString::number(index) + u']';
    }
    QString pathOf(Place place) const { return pathOf(place.kind, place.index); }
    QString pathOf(ElementKind kind, qsizetype index, QStringView key) const {
        return pathOf(kind, index) + u'.' + key.toString();
    }

    void indexIds() {
        forEachKind([&]<class T>() {
            if constexpr (!std::is_same_v<T, Cell>) {
                const QList<T>& items = m_map.list<T>();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    if (items[i].id.isEmpty()) // given none: generated once every given id is known
                        continue;
                    const auto found = m_places.constFind(items[i].id);
                    if (found != m_places.constEnd())
                        fail(pathOf(kindOf<T>(), i, u"id"),
                             Tr::tr("duplicate id %1, already used by %2")
                                 .arg(quoted(items[i].id), pathOf(*found)));
                    m_places.insert(items[i].id, Place{kindOf<T>(), i});
                }
            }
        });
    }

    void checkCells() const {
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < m_map.cells.size(); ++i) {
            const Cell& cell = m_map.cells[i];
            const QString key = keyOf(cell);
            if (seen.contains(key))
                fail(pathOf(ElementKind::Cell, i),
                     Tr::tr("a second cell for slice %1 and step %2, first given at %3")
                         .arg(quoted(cell.slice), quoted(cell.step),
                              pathOf(ElementKind::Cell, seen.value(key))));
            seen.insert(key, i);
        }
    }

    template <class T> void generateIds(QStringView prefix) {
        QList<T>& items = m_map.list<T>();
        int next = 1;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items[i].id.isEmpty())
                continue;
            Id id;
            do
                id = prefix.toString() + QString::number(next++);
            while (m_places.contains(id));
            items[i].id = id;
            m_places.insert(id, Place{kindOf<T>(), i});
        }
    }

    // Checks that id, unless empty, names an element of one of the kinds; returns where it is.
    std::optional<Place> expect(const Id& id, const QList<ElementKind>& kinds,
                                const QString& path) const {
        if (id.isEmpty())
            return std::nullopt;
        const auto found = m_places.constFind(id);
        if (found == m_places.constEnd())
            fail(path, Tr::tr("no %1 with id %2").arg(alternatives(kinds), quoted(id)));
        if (!kinds.contains(found->kind))
            fail(path, Tr::tr("%1 is a %2, not a %3")
                           .arg(quoted(id), singularName(found->kind), alternatives(kinds)));
        return *found;
    }

    void checkReferences() const {
        using K = ElementKind;
        for (qsizetype i = 0; i < m_map.cells.size(); ++i) {
            expect(m_map.cells[i].slice, {K::Slice}, pathOf(K::Cell, i, u"slice"));
            expect(m_map.cells[i].step, {K::Step}, pathOf(K::Cell, i, u"step"));
        }
        for (qsizetype i = 0; i < m_map.streams.size(); ++i) {
            expect(m_map.streams[i].owner, {K::Team}, pathOf(K::Stream, i, u"owner"));
            expect(m_map.streams[i].slice, {K::Slice}, pathOf(K::Stream, i, u"slice"));
        }
        for (qsizetype i = 0; i < m_map.stages.size(); ++i) {
            expect(m_map.stages[i].stream, {K::Stream}, pathOf(K::Stage, i, u"stream"));
            expect(m_map.stages[i].step, {K::Step}, pathOf(K::Stage, i, u"step"));
            expect(m_map.stages[i].owner, {K::Team}, pathOf(K::Stage, i, u"owner"));
        }
        for (qsizetype i = 0; i < m_map.flows.size(); ++i)
            checkFlow(i);
        for (qsizetype i = 0; i < m_map.capabilities.size(); ++i) {
            const Capability& capability = m_map.capabilities[i];
            expect(capability.owner, {K::Team}, pathOf(K::Capability, i, u"owner"));
            const QString path = pathOf(K::Capability, i, u"providedBy");
            if (const std::optional<Place> provider =
                    expect(capability.providedBy, {K::Stream}, path);
                provider && m_map.streams[provider->index].kind != StreamKind::Supporting)
                fail(path, Tr::tr("%1 is a customer stream; only a supporting stream "
                                  "provides a capability")
                               .arg(quoted(capability.providedBy)));
        }
        for (qsizetype i = 0; i < m_map.dependencies.size(); ++i) {
            const QList<K> ends = {K::Stream, K::Stage, K::Capability};
            expect(m_map.dependencies[i].from, ends, pathOf(K::Dependency, i, u"from"));
            expect(m_map.dependencies[i].to, ends, pathOf(K::Dependency, i, u"to"));
        }
        checkActions();
    }

    void checkActions() const {
        using K = ElementKind;
        const QList<K> linkable = {K::Team, K::Slice,      K::Step,       K::Stream, K::Stage,
                                   K::Flow, K::Capability, K::Dependency, K::Note};
        for (qsizetype i = 0; i < m_map.actions.size(); ++i) {
            const Action& action = m_map.actions[i];
            expect(action.owner, {K::Team}, pathOf(K::Action, i, u"owner"));
            for (qsizetype j = 0; j < action.links.size(); ++j)
                expect(action.links[j], linkable,
                       pathOf(K::Action, i, u"links") + u'[' + QString::number(j) + u']');
        }
    }

    void checkFlow(qsizetype i) const {
        const Flow& flow = m_map.flows[i];
        const Place from =
            *expect(flow.from, {ElementKind::Stage}, pathOf(ElementKind::Flow, i, u"from"));
        const Place to =
            *expect(flow.to, {ElementKind::Stage}, pathOf(ElementKind::Flow, i, u"to"));
        const Stage& a = m_map.stages[from.index];
        const Stage& b = m_map.stages[to.index];
        if (a.stream != b.stream)
            fail(pathOf(ElementKind::Flow, i, u"to"),
                 Tr::tr("stage %1 is in stream %2 but stage %3 is in stream %4; a flow "
                        "joins stages of one stream, what crosses streams is a dependency")
                     .arg(quoted(a.id), quoted(a.stream), quoted(b.id), quoted(b.stream)));
    }

    Map& m_map;
    const QString& m_mapPath;
    QHash<Id, Place> m_places;
};

} // namespace

void checkIdsAndReferences(Map& map, const QString& mapPath) {
    Checker(map, mapPath).run();
}

} // namespace sb::json::detail
