#include "workshop_checks.h"

#include "json_object_reader.h"
#include "model/duration.h"
#include "model/message_text.h"
#include "work_items_csv.h"

#include <QHash>
#include <QSet>
#include <climits>
#include <cmath>

namespace sb::rules {

namespace {

using json::detail::quoted;
using json::detail::ReadError;
using json::detail::Tr;
using K = ElementKind;

struct Place {
    ElementKind kind;
    qsizetype index;
};

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

QString indexed(QStringView key, qsizetype index) {
    return key.toString() + u'[' + QString::number(index) + u']';
}

QString wholeNumberRange(int value, int min, int max) {
    return Tr::tr("%1 is not a whole number from %2 to %3")
        .arg(QString::number(value), QString::number(min), QString::number(max));
}

// Checks one map at a time, then what joins maps. Throws ReadError with the first broken rule.
class Checker {
public:
    Checker(const Workshop& workshop, Naming naming)
        : m_workshop(workshop)
        , m_naming(naming) {}

    void run() {
        QHash<QString, qsizetype> mapNames;
        for (m_mapIndex = 0; m_mapIndex < m_workshop.maps.size(); ++m_mapIndex) {
            const QString& name = map().info.name;
            checkName(name, Where{}, u"name");
            if (const auto found = mapNames.constFind(name); found != mapNames.constEnd())
                fail(Where{}, u"name",
                     Tr::tr("duplicate map name %1, already used by %2")
                         .arg(quoted(name), mapPlace(*found)));
            mapNames.insert(name, m_mapIndex);
            checkMap();
        }
        checkBaselines(mapNames);
    }

private:
    const Map& map() const { return m_workshop.maps[m_mapIndex]; }

    QString mapPlace(qsizetype i) const {
        if (m_naming == Naming::JsonPaths)
            return QStringLiteral("maps[%1]").arg(i);
        const QString& name = m_workshop.maps[i].info.name;
        return name.trimmed().isEmpty() ? Tr::tr("map %1").arg(i + 1)
                                        : Tr::tr("map %1").arg(quoted(name));
    }

    QString place(ElementKind kind, qsizetype index) const {
        if (m_naming == Naming::JsonPaths)
            return mapPlace(m_mapIndex) + u'.' + indexed(pluralName(kind), index);
        QString element;
        if (kind == K::Cell) {
            const Cell& cell = map().cells[index];
            element =
                Tr::tr("cell of slice %1 and step %2").arg(quoted(cell.slice), quoted(cell.step));
        } else {
            const Id id = withKind(kind, [&]<class T>() {
                if constexpr (std::is_same_v<T, Cell>)
                    return Id();
                else
                    return map().list<T>()[index].id;
            });
            element = id.isEmpty() ? Tr::tr("%1 %2").arg(singularName(kind)).arg(index + 1)
                                   : Tr::tr("%1 %2").arg(singularName(kind), quoted(id));
        }
        return Tr::tr("%1 of %2").arg(element, mapPlace(m_mapIndex));
    }
    QString place(Place p) const { return place(p.kind, p.index); }

    // The current map, or one of its elements: named only when a rule is broken.
    struct Where {
        std::optional<ElementKind> kind;
        qsizetype index = 0;
    };

    [[noreturn]] void fail(Where where, QStringView key, const QString& message) const {
        failAt(where.kind ? place(*where.kind, where.index) : mapPlace(m_mapIndex), key, message);
    }
    // "maps[0].stages[3].leadTime: message" or "stage “s3” of map “Current”, leadTime: message".
    [[noreturn]] void failAt(const QString& where, QStringView key, const QString& message) const {
        QString at = where;
        if (!key.isEmpty())
            at += (m_naming == Naming::JsonPaths ? QStringLiteral(".") : QStringLiteral(", ")) +
                  key.toString();
        json::detail::fail(at, message);
    }
    [[noreturn]] void fail(ElementKind kind, qsizetype index, QStringView key,
                           const QString& message) const {
        fail(Where{kind, index}, key, message);
    }

    void checkName(const QString& name, Where where, QStringView key) const {
        if (name.trimmed().isEmpty())
            fail(where, key, Tr::tr("a name cannot be empty"));
        if (name.contains(QChar(0)))
            fail(where, key, Tr::tr("%1 holds a NUL character").arg(quoted(name)));
    }

    void checkId(const Id& id, ElementKind kind, qsizetype index) const {
        if (id.isEmpty())
            fail(kind, index, u"id", Tr::tr("an id cannot be empty"));
        if (id.contains(QChar(0)))
            fail(kind, index, u"id", Tr::tr("%1 holds a NUL character").arg(quoted(id)));
    }

    void checkInt(Where where, QStringView key, int value, int min) const {
        if (value < min)
            fail(where, key, wholeNumberRange(value, min, INT_MAX));
    }

    void checkFinite(Where where, QStringView key, double value) const {
        if (!std::isfinite(value))
            fail(where, key, Tr::tr("the number is too large"));
    }

    void checkDuration(Where where, QStringView key, double seconds) const {
        checkFinite(where, key, seconds);
        if (seconds < 0)
            fail(where, key, Tr::tr("%1: a duration cannot be negative").arg(numberText(seconds)));
        if (seconds > duration::longestSeconds)
            fail(where, key,
                 Tr::tr("%1 seconds: a duration cannot be longer than 100 years (%2 seconds)")
                     .arg(numberText(seconds), numberText(duration::longestSeconds)));
    }

    void checkNames(Where where, QStringView key, const QStringList& names) const {
        QSet<QString> seen;
        for (qsizetype i = 0; i < names.size(); ++i) {
            checkName(names[i], where, indexed(key, i));
            if (seen.contains(names[i]))
                fail(where, indexed(key, i), Tr::tr("%1 is listed twice").arg(quoted(names[i])));
            seen.insert(names[i]);
        }
    }

    void checkSettings() {
        const MapSettings& s = map().info.settings;
        const Where where;
        auto key = [](const char* name) {
            return QStringLiteral("settings.") + QLatin1String(name);
        };
        checkFinite(where, key("workingDayHours"), s.workingDayHours);
        if (s.workingDayHours <= 0 || s.workingDayHours > 24)
            fail(where, key("workingDayHours"),
                 Tr::tr("%1 is not a number of hours above 0 and at most 24")
                     .arg(numberText(s.workingDayHours)));
        checkInt(where, key("coordinationMaxTeams"), s.coordinationMaxTeams, 1);
        checkInt(where, key("sharedServiceMinStreams"), s.sharedServiceMinStreams, 1);
        checkInt(where, key("teamSizeMin"), s.teamSizeMin, 1);
        checkInt(where, key("teamSizeMax"), s.teamSizeMax, 1);
        if (s.teamSizeMin > s.teamSizeMax)
            fail(where, key("teamSizeMin"),
                 Tr::tr("%1 is larger than teamSizeMax %2").arg(s.teamSizeMin).arg(s.teamSizeMax));
        checkNames(where, key("roles"), s.roles);
        checkNames(where, key("requiredRoles"), s.requiredRoles);
        m_roles = QSet<QString>(s.roles.cbegin(), s.roles.cend());
        for (qsizetype i = 0; i < s.requiredRoles.size(); ++i)
            if (!m_roles.contains(s.requiredRoles[i]))
                fail(where, indexed(key("requiredRoles"), i),
                     Tr::tr("%1 is not one of the roles").arg(quoted(s.requiredRoles[i])));
    }

    void checkTimeboxes() const {
        for (int i = 0; i < agendaStepCount; ++i) {
            const auto step = static_cast<AgendaStep>(i);
            const QString key = QStringLiteral("timeboxes.") + toString(step);
            checkDuration(Where{}, key, map().info.timeboxes[step]);
            if (map().info.timeboxes[step] <= 0)
                fail(Where{}, key, Tr::tr("a timebox must be longer than 0"));
        }
    }

    void checkMap() {
        checkSettings();
        checkTimeboxes();
        if (map().info.baseline.contains(QChar(0)))
            fail(Where{}, u"baseline",
                 Tr::tr("%1 holds a NUL character").arg(quoted(map().info.baseline)));
        m_places.clear();
        forEachKind([&]<class T>() {
            const QList<T>& items = map().list<T>();
            for (qsizetype i = 0; i < items.size(); ++i)
                checkElement(items[i], i);
        });
        checkCells();
        checkReferences();
    }

    // Checks the id of an element with one and notes where it is.
    template <class T> void checkOwnId(const T& element, qsizetype i) {
        checkId(element.id, kindOf<T>(), i);
        const auto found = m_places.constFind(element.id);
        if (found != m_places.constEnd())
            fail(kindOf<T>(), i, u"id",
                 Tr::tr("duplicate id %1, already used by %2")
                     .arg(quoted(element.id), place(*found)));
        m_places.insert(element.id, Place{kindOf<T>(), i});
    }

    void checkElement(const Team& team, qsizetype i) {
        checkOwnId(team, i);
        const Where where{K::Team, i};
        checkName(team.name, where, u"name");
        if (team.size)
            checkInt(where, u"size", *team.size, 1);
        QSet<QString> listed;
        qint64 people = 0;
        for (qsizetype r = 0; r < team.roles.size(); ++r) {
            const RoleCount& role = team.roles[r];
            const QString key = indexed(u"roles", r);
            checkName(role.role, where, key + QStringLiteral(".role"));
            if (!m_roles.contains(role.role))
                fail(where, key + QStringLiteral(".role"),
                     Tr::tr("%1 is not one of the map's roles (settings.roles)")
                         .arg(quoted(role.role)));
            if (listed.contains(role.role))
                fail(where, key + QStringLiteral(".role"),
                     Tr::tr("%1 is listed twice").arg(quoted(role.role)));
            listed.insert(role.role);
            checkInt(where, key + QStringLiteral(".people"), role.people, 1);
            people += role.people;
        }
        if (!team.roles.isEmpty() && team.size.value_or(-1) != people)
            fail(where, u"size",
                 Tr::tr("%1 differs from the %2 people of its roles")
                     .arg(team.size ? QString::number(*team.size) : QStringLiteral("null"))
                     .arg(people));
    }
    void checkElement(const Slice& slice, qsizetype i) {
        checkOwnId(slice, i);
        checkName(slice.name, Where{K::Slice, i}, u"name");
    }
    void checkElement(const Step& step, qsizetype i) {
        checkOwnId(step, i);
        checkName(step.name, Where{K::Step, i}, u"name");
    }
    void checkElement(const Cell&, qsizetype) {}
    void checkElement(const Stream& stream, qsizetype i) {
        checkOwnId(stream, i);
        const Where where{K::Stream, i};
        checkName(stream.name, where, u"name");
        const FlowItems& f = stream.flowItems;
        checkFinite(where, u"flowItems.periodDays", f.periodDays);
        if (f.periodDays <= 0 || f.periodDays > duration::longestSeconds / 86400)
            fail(where, u"flowItems.periodDays",
                 Tr::tr("%1 is not a number of days above 0 and at most %2")
                     .arg(numberText(f.periodDays), numberText(duration::longestSeconds / 86400)));
        const std::pair<const char*, const FlowCounts*> groups[] = {{"done", &f.done},
                                                                    {"inProgress", &f.inProgress}};
        for (const auto& [group, counts] : groups) {
            const QString prefix = QStringLiteral("flowItems.") + QLatin1String(group) + u'.';
            checkInt(where, prefix + QStringLiteral("features"), counts->features, 0);
            checkInt(where, prefix + QStringLiteral("defects"), counts->defects, 0);
            checkInt(where, prefix + QStringLiteral("risks"), counts->risks, 0);
            checkInt(where, prefix + QStringLiteral("debt"), counts->debt, 0);
        }
        checkWorkItems(stream.workItems, where);
    }
    // What every import of work items holds to (work_items_csv.h), so a file that has them
    // measures them.
    void checkWorkItems(const WorkItems& work, Where where) {
        const WorkItemSetup& setup = work.setup;
        if (work.items.isEmpty() && setup == WorkItemSetup())
            return;
        if (const QString problem = setupProblem(setup); !problem.isEmpty())
            fail(where, u"workItems.states", problem);
        QSet<QString> ids;
        for (qsizetype j = 0; j < work.items.size(); ++j) {
            const WorkItem& item = work.items[j];
            const QString key = QStringLiteral("workItems.items[%1]").arg(j);
            if (item.id.isEmpty())
                fail(where, key + QStringLiteral(".id"), Tr::tr("required, but missing"));
            if (ids.contains(item.id))
                fail(where, key + QStringLiteral(".id"),
                     Tr::tr("duplicate work item id %1").arg(quoted(item.id)));
            ids.insert(item.id);
            if (item.entered.size() != setup.states.size())
                fail(where, key + QStringLiteral(".entered"),
                     Tr::tr("has %1 dates for %2 states")
                         .arg(item.entered.size())
                         .arg(setup.states.size()));
            StateTime latest = notEntered;
            for (qsizetype s = 0; s < item.entered.size(); ++s) {
                if (item.entered[s] == notEntered)
                    continue;
                if (item.entered[s] < latest)
                    fail(where, key + QStringLiteral(".entered.") + setup.states[s],
                         Tr::tr("%1 is earlier than the date of an earlier state")
                             .arg(stateTimeText(item.entered[s])));
                latest = item.entered[s];
            }
        }
    }
    void checkElement(const Stage& stage, qsizetype i) {
        checkOwnId(stage, i);
        const Where where{K::Stage, i};
        checkName(stage.name, where, u"name");
        checkDuration(where, u"processTime", stage.processTime);
        checkDuration(where, u"leadTime", stage.leadTime);
        checkFinite(where, u"pctCA", stage.pctCA);
        if (stage.pctCA < 0 || stage.pctCA > 100)
            fail(where, u"pctCA",
                 Tr::tr("%1 is not a percentage from 0 to 100").arg(numberText(stage.pctCA)));
        checkPosition(where, stage.position);
    }
    void checkElement(const Flow& flow, qsizetype i) { checkOwnId(flow, i); }
    void checkElement(const Capability& capability, qsizetype i) {
        checkOwnId(capability, i);
        checkName(capability.name, Where{K::Capability, i}, u"name");
    }
    void checkElement(const Dependency& dependency, qsizetype i) { checkOwnId(dependency, i); }
    void checkElement(const Note& note, qsizetype i) {
        checkOwnId(note, i);
        checkPosition(Where{K::Note, i}, note.position);
    }
    void checkElement(const Action& action, qsizetype i) {
        checkOwnId(action, i);
        checkName(action.title, Where{K::Action, i}, u"title");
    }

    void checkPosition(Where where, const std::optional<QPointF>& position) const {
        if (!position)
            return;
        checkFinite(where, u"x", position->x());
        checkFinite(where, u"y", position->y());
    }

    void checkCells() const {
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < map().cells.size(); ++i) {
            const Cell& cell = map().cells[i];
            const QString key = keyOf(cell);
            if (const auto found = seen.constFind(key); found != seen.constEnd())
                fail(K::Cell, i, {},
                     Tr::tr("a second cell for slice %1 and step %2, first given at %3")
                         .arg(quoted(cell.slice), quoted(cell.step), place(K::Cell, *found)));
            seen.insert(key, i);
        }
    }

    // Checks that id, unless empty, names an element of one of the kinds; returns where it is.
    std::optional<Place> expect(const Id& id, const QList<ElementKind>& kinds, ElementKind kind,
                                qsizetype index, QStringView key) const {
        if (id.isEmpty())
            return std::nullopt;
        const auto found = m_places.constFind(id);
        if (found == m_places.constEnd())
            fail(kind, index, key, Tr::tr("no %1 with id %2").arg(alternatives(kinds), quoted(id)));
        if (!kinds.contains(found->kind))
            fail(kind, index, key,
                 Tr::tr("%1 is a %2, not a %3")
                     .arg(quoted(id), singularName(found->kind), alternatives(kinds)));
        return *found;
    }
    // The same for a reference that must be given.
    Place require(const Id& id, const QList<ElementKind>& kinds, ElementKind kind, qsizetype index,
                  QStringView key) const {
        if (id.isEmpty())
            fail(kind, index, key, Tr::tr("required, but missing"));
        return *expect(id, kinds, kind, index, key);
    }

    void checkReferences() const {
        const Map& m = map();
        for (qsizetype i = 0; i < m.cells.size(); ++i) {
            require(m.cells[i].slice, {K::Slice}, K::Cell, i, u"slice");
            require(m.cells[i].step, {K::Step}, K::Cell, i, u"step");
        }
        for (qsizetype i = 0; i < m.streams.size(); ++i) {
            expect(m.streams[i].owner, {K::Team}, K::Stream, i, u"owner");
            expect(m.streams[i].slice, {K::Slice}, K::Stream, i, u"slice");
            const auto& stages = m.streams[i].workItems.setup.stages;
            for (qsizetype j = 0; j < stages.size(); ++j)
                require(stages[j].second, {K::Stage}, K::Stream, i,
                        QStringLiteral("workItems.stages[%1].stage").arg(j));
        }
        for (qsizetype i = 0; i < m.stages.size(); ++i) {
            require(m.stages[i].stream, {K::Stream}, K::Stage, i, u"stream");
            expect(m.stages[i].step, {K::Step}, K::Stage, i, u"step");
            expect(m.stages[i].owner, {K::Team}, K::Stage, i, u"owner");
        }
        for (qsizetype i = 0; i < m.flows.size(); ++i)
            checkFlow(i);
        for (qsizetype i = 0; i < m.capabilities.size(); ++i) {
            const Capability& capability = m.capabilities[i];
            expect(capability.owner, {K::Team}, K::Capability, i, u"owner");
            if (const std::optional<Place> provider =
                    expect(capability.providedBy, {K::Stream}, K::Capability, i, u"providedBy");
                provider && m.streams[provider->index].kind != StreamKind::Supporting)
                fail(K::Capability, i, u"providedBy",
                     Tr::tr("%1 is a customer stream; only a supporting stream "
                            "provides a capability")
                         .arg(quoted(capability.providedBy)));
        }
        const QList<K> ends = {K::Stream, K::Stage, K::Capability};
        for (qsizetype i = 0; i < m.dependencies.size(); ++i) {
            require(m.dependencies[i].from, ends, K::Dependency, i, u"from");
            require(m.dependencies[i].to, ends, K::Dependency, i, u"to");
        }
        checkActions();
    }

    void checkActions() const {
        const QList<K> linkable = {K::Team, K::Slice,      K::Step,       K::Stream, K::Stage,
                                   K::Flow, K::Capability, K::Dependency, K::Note};
        for (qsizetype i = 0; i < map().actions.size(); ++i) {
            const Action& action = map().actions[i];
            expect(action.owner, {K::Team}, K::Action, i, u"owner");
            for (qsizetype j = 0; j < action.links.size(); ++j)
                require(action.links[j], linkable, K::Action, i, indexed(u"links", j));
        }
    }

    void checkFlow(qsizetype i) const {
        const Flow& flow = map().flows[i];
        const Place from = require(flow.from, {K::Stage}, K::Flow, i, u"from");
        const Place to = require(flow.to, {K::Stage}, K::Flow, i, u"to");
        const Stage& a = map().stages[from.index];
        const Stage& b = map().stages[to.index];
        if (a.stream != b.stream)
            fail(K::Flow, i, u"to",
                 Tr::tr("stage %1 is in stream %2 but stage %3 is in stream %4; a flow "
                        "joins stages of one stream, what crosses streams is a dependency")
                     .arg(quoted(a.id), quoted(a.stream), quoted(b.id), quoted(b.stream)));
    }

    // Each map names at most one baseline, so following them from every map in turn, and never
    // twice from a map already followed, finds any loop in one pass over the maps.
    void checkBaselines(const QHash<QString, qsizetype>& mapNames) const {
        const QList<Map>& maps = m_workshop.maps;
        QList<qsizetype> baselineOf(maps.size(), -1);
        for (qsizetype i = 0; i < maps.size(); ++i) {
            const QString& baseline = maps[i].info.baseline;
            if (baseline.isEmpty())
                continue;
            if (baseline == maps[i].info.name)
                failAt(mapPlace(i), u"baseline", Tr::tr("a map cannot be its own baseline"));
            const auto found = mapNames.constFind(baseline);
            if (found == mapNames.constEnd())
                failAt(mapPlace(i), u"baseline",
                       Tr::tr("no map named %1 in this workshop").arg(quoted(baseline)));
            baselineOf[i] = *found;
        }
        enum : char { Unvisited, OnPath, Done };
        QList<char> state(maps.size(), Unvisited);
        for (qsizetype start = 0; start < maps.size(); ++start) {
            qsizetype at = start;
            while (at >= 0 && state[at] == Unvisited) {
                state[at] = OnPath;
                at = baselineOf[at];
            }
            if (at >= 0 && state[at] == OnPath)
                failLoop(at, baselineOf);
            for (qsizetype i = start; i >= 0 && state[i] == OnPath; i = baselineOf[i])
                state[i] = Done;
        }
    }

    [[noreturn]] void failLoop(qsizetype first, const QList<qsizetype>& baselineOf) const {
        constexpr int shownMaps = 6;
        QStringList names = {quoted(m_workshop.maps[first].info.name)};
        for (qsizetype i = baselineOf[first]; names.size() <= shownMaps; i = baselineOf[i]) {
            names.append(quoted(m_workshop.maps[i].info.name));
            if (i == first)
                break;
        }
        if (names.size() > shownMaps)
            names.last() = QStringLiteral("…");
        failAt(
            mapPlace(first), u"baseline",
            Tr::tr("the baselines go round in a loop: %1").arg(names.join(QStringLiteral(" → "))));
    }

    const Workshop& m_workshop;
    Naming m_naming;
    qsizetype m_mapIndex = 0;
    QHash<Id, Place> m_places;
    QSet<QString> m_roles; // the current map's settings.roles
};

} // namespace

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

std::optional<QString> firstBroken(const Workshop& workshop, Naming naming) {
    try {
        Checker(workshop, naming).run();
    } catch (const ReadError& e) {
        return e.message;
    }
    return std::nullopt;
}

} // namespace sb::rules
