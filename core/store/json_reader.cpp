#include "json_interchange.h"
#include "json_object_reader.h"
#include "json_scan.h"
#include "workshop_checks.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <algorithm>
#include <climits>

namespace sb::json {

using namespace detail;

QString generatedIdPrefix(ElementKind kind) {
    switch (kind) {
    case ElementKind::Flow:
        return QStringLiteral("f");
    case ElementKind::Dependency:
        return QStringLiteral("d");
    case ElementKind::Note:
        return QStringLiteral("n");
    case ElementKind::Action:
        return QStringLiteral("action");
    default:
        return {};
    }
}

namespace {

// A list of names ("roles": ["Product", "Engineering"]), trimmed.
QStringList readNames(const ObjectReader& o, QStringView key) {
    QStringList names;
    const QJsonArray array = o.requiredArray(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            fail(o.pathOf(key) + u'[' + QString::number(i) + u']',
                 Tr::tr("expected a name, found %1").arg(describe(array.at(i))));
        names.append(array.at(i).toString().trimmed());
    }
    return names;
}

MapSettings readSettings(const ObjectReader& map) {
    MapSettings settings;
    const std::optional<ObjectReader> o = map.optionalObject(u"settings");
    if (!o)
        return settings;
    settings.workingDayHours =
        o->optionalNumber(u"workingDayHours").value_or(settings.workingDayHours);
    auto count = [&](QStringView key, int fallback) {
        return o->optionalInt(key).value_or(fallback);
    };
    settings.coordinationMaxTeams = count(u"coordinationMaxTeams", settings.coordinationMaxTeams);
    settings.sharedServiceMinStreams =
        count(u"sharedServiceMinStreams", settings.sharedServiceMinStreams);
    settings.teamSizeMin = count(u"teamSizeMin", settings.teamSizeMin);
    settings.teamSizeMax = count(u"teamSizeMax", settings.teamSizeMax);
    if (o->has(u"roles"))
        settings.roles = readNames(*o, u"roles");
    if (o->has(u"requiredRoles"))
        settings.requiredRoles = readNames(*o, u"requiredRoles");
    return settings;
}

Timeboxes readTimeboxes(const ObjectReader& map, double workingDayHours) {
    Timeboxes timeboxes;
    if (const std::optional<ObjectReader> o = map.optionalObject(u"timeboxes"))
        for (int i = 0; i < agendaStepCount; ++i) {
            const auto step = static_cast<AgendaStep>(i);
            const QString key = toString(step);
            if (const std::optional<double> seconds = o->optionalDuration(key, workingDayHours))
                timeboxes[step] = *seconds;
        }
    return timeboxes;
}

std::optional<QPointF> readPosition(const ObjectReader& o) {
    const std::optional<double> x = o.optionalNumber(u"x");
    const std::optional<double> y = o.optionalNumber(u"y");
    if (x.has_value() != y.has_value())
        o.fail(x ? u"y" : u"x", Tr::tr("required when %1 is given").arg(QChar(x ? u'x' : u'y')));
    if (!x)
        return std::nullopt;
    return QPointF(*x, *y);
}

Team readTeam(const ObjectReader& o) {
    Team team;
    team.id = o.requiredId(u"id");
    team.name = o.requiredString(u"name");
    team.type = o.optionalEnum(u"type", team.type, parseTeamType,
                               QStringLiteral("stream-aligned, platform, enabling, "
                                              "complicated-subsystem"));
    team.size = o.optionalInt(u"size");
    team.color = o.optionalColor(u"color");
    const QList<ObjectReader> roles = objectsOf(o.optionalArray(u"roles"), o.pathOf(u"roles"));
    qint64 people = 0;
    for (const ObjectReader& r : roles) {
        const RoleCount role{r.requiredString(u"role").trimmed(),
                             r.optionalInt(u"people").value_or(1)};
        team.roles.append(role);
        people += role.people;
    }
    // Without a size, the roles give it; a size that differs is refused by the rules.
    if (!team.roles.isEmpty() && !team.size && people >= 1 && people <= INT_MAX)
        team.size = static_cast<int>(people);
    return team;
}

Slice readSlice(const ObjectReader& o) {
    return Slice{o.requiredId(u"id"), o.requiredString(u"name"), o.optionalString(u"outcome")};
}

Step readStep(const ObjectReader& o) {
    return Step{o.requiredId(u"id"), o.requiredString(u"name")};
}

Cell readCell(const ObjectReader& o) {
    Cell cell;
    cell.slice = o.requiredId(u"slice");
    cell.step = o.requiredId(u"step");
    cell.intent = o.optionalString(u"intent");
    cell.value = o.optionalString(u"value");
    cell.outcome = o.optionalString(u"outcome");
    cell.metric = o.optionalString(u"metric");
    cell.divergent = o.optionalBool(u"divergent", false);
    return cell;
}

Card readCard(const ObjectReader& stream) {
    Card card;
    if (const std::optional<ObjectReader> o = stream.optionalObject(u"card"))
        for (int i = 0; i < cardFieldCount; ++i) {
            const auto field = static_cast<CardField>(i);
            card[field] = o->optionalString(toString(field));
        }
    return card;
}

FlowCounts readFlowCounts(const ObjectReader& items, QStringView key) {
    FlowCounts counts;
    if (const std::optional<ObjectReader> o = items.optionalObject(key)) {
        counts.features = o->optionalInt(u"features").value_or(0);
        counts.defects = o->optionalInt(u"defects").value_or(0);
        counts.risks = o->optionalInt(u"risks").value_or(0);
        counts.debt = o->optionalInt(u"debt").value_or(0);
    }
    return counts;
}

FlowItems readFlowItems(const ObjectReader& stream) {
    FlowItems items;
    const std::optional<ObjectReader> o = stream.optionalObject(u"flowItems");
    if (!o)
        return items;
    items.periodDays = o->optionalNumber(u"periodDays").value_or(items.periodDays);
    items.done = readFlowCounts(*o, u"done");
    items.inProgress = readFlowCounts(*o, u"inProgress");
    return items;
}

FlowItemKind readFlowItemKind(const ObjectReader& o) {
    return o.optionalEnum(u"kind", FlowItemKind::Features, parseFlowItemKind,
                          QStringLiteral("features, defects, risks, debt"));
}

WorkItem readWorkItem(const ObjectReader& o, const QStringList& states) {
    WorkItem item;
    item.id = o.requiredId(u"id");
    item.name = o.optionalString(u"name");
    item.link = o.optionalString(u"link");
    item.type = o.optionalString(u"type");
    item.kind = readFlowItemKind(o);
    item.entered = QList<StateTime>(states.size(), notEntered);
    if (const std::optional<ObjectReader> entered = o.optionalObject(u"entered"))
        for (const QString& state : entered->keys()) {
            const qsizetype s = states.indexOf(state);
            if (s < 0)
                entered->fail(state, Tr::tr("%1 is not one of the states").arg(quoted(state)));
            if (!entered->has(state))
                continue;
            const QString text = entered->requiredString(state);
            const std::optional<StateTime> time = parseStateTime(text);
            if (!time)
                entered->fail(state,
                              Tr::tr("%1 is not an ISO 8601 date or date-time").arg(quoted(text)));
            item.entered[s] = *time;
        }
    return item;
}

// Keys of the interchange: "workItems": {"states", "active", "start", "typeColumn", "types",
// "stages", "items"}; json.md.
WorkItems readWorkItems(const ObjectReader& stream) {
    WorkItems work;
    const std::optional<ObjectReader> o = stream.optionalObject(u"workItems");
    if (!o)
        return work;
    WorkItemSetup& setup = work.setup;
    setup.states = readNames(*o, u"states");
    if (o->has(u"active"))
        setup.active = readNames(*o, u"active");
    setup.start = o->optionalString(u"start");
    setup.typeColumn = o->optionalString(u"typeColumn");
    for (const ObjectReader& t : objectsOf(o->optionalArray(u"types"), o->pathOf(u"types"))) {
        if (!t.has(u"kind"))
            t.fail(u"kind", Tr::tr("required, but missing"));
        setup.types.append({t.requiredString(u"type"), readFlowItemKind(t)});
    }
    for (const ObjectReader& m : objectsOf(o->optionalArray(u"stages"), o->pathOf(u"stages")))
        setup.stages.append({m.requiredString(u"state"), m.requiredId(u"stage")});
    for (const ObjectReader& i : objectsOf(o->optionalArray(u"items"), o->pathOf(u"items")))
        work.items.append(readWorkItem(i, setup.states));
    return work;
}

DecisionCriteria readCriteria(const ObjectReader& stream) {
    DecisionCriteria criteria;
    if (const std::optional<ObjectReader> o = stream.optionalObject(u"criteria"))
        for (int i = 0; i < criterionCount; ++i) {
            const auto criterion = static_cast<Criterion>(i);
            if (const std::optional<ObjectReader> c = o->optionalObject(toString(criterion))) {
                criteria[criterion].met = c->optionalBool(u"met", false);
                criteria[criterion].note = c->optionalString(u"note");
            }
        }
    return criteria;
}

Stream readStream(const ObjectReader& o) {
    Stream stream;
    stream.id = o.requiredId(u"id");
    stream.name = o.requiredString(u"name");
    stream.kind = o.optionalEnum(u"kind", stream.kind, parseStreamKind,
                                 QStringLiteral("customer, supporting"));
    stream.owner = o.optionalId(u"owner");
    stream.slice = o.optionalId(u"slice");
    stream.card = readCard(o);
    stream.color = o.optionalColor(u"color");
    stream.flowItems = readFlowItems(o);
    stream.criteria = readCriteria(o);
    stream.workItems = readWorkItems(o);
    return stream;
}

Stage readStage(const ObjectReader& o, double workingDayHours) {
    Stage stage;
    stage.id = o.requiredId(u"id");
    stage.stream = o.requiredId(u"stream");
    stage.step = o.optionalId(u"step");
    stage.name = o.requiredString(u"name");
    stage.owner = o.optionalId(u"owner");
    stage.processTime = o.optionalDuration(u"processTime", workingDayHours).value_or(0);
    const std::optional<double> lead = o.optionalDuration(u"leadTime", workingDayHours);
    const std::optional<double> wait = o.optionalDuration(u"waitTime", workingDayHours);
    if (lead && wait)
        o.fail(u"waitTime", Tr::tr("give leadTime or waitTime, not both"));
    stage.leadTime = lead ? *lead : stage.processTime + wait.value_or(0);
    stage.pctCA = o.optionalNumber(u"pctCA").value_or(stage.pctCA);
    stage.position = readPosition(o);
    return stage;
}

Flow readFlow(const ObjectReader& o) {
    Flow flow;
    flow.id = o.optionalId(u"id");
    flow.from = o.requiredId(u"from");
    flow.to = o.requiredId(u"to");
    flow.kind =
        o.optionalEnum(u"kind", flow.kind, parseFlowKind, QStringLiteral("push, pull, rework"));
    return flow;
}

Capability readCapability(const ObjectReader& o) {
    Capability capability;
    capability.id = o.requiredId(u"id");
    capability.name = o.requiredString(u"name");
    capability.owner = o.optionalId(u"owner");
    capability.sla = o.optionalString(u"sla");
    capability.providedBy = o.optionalId(u"providedBy");
    return capability;
}

Dependency readDependency(const ObjectReader& o) {
    return Dependency{o.optionalId(u"id"), o.requiredId(u"from"), o.requiredId(u"to")};
}

Note readNote(const ObjectReader& o) {
    Note note;
    note.id = o.optionalId(u"id");
    note.text = o.requiredString(u"text");
    note.kind = o.optionalEnum(u"kind", note.kind, parseNoteKind, QStringLiteral("sticky, kaizen"));
    note.color = o.optionalColor(u"color");
    note.position = readPosition(o);
    return note;
}

Action readAction(const ObjectReader& o) {
    Action action;
    action.id = o.optionalId(u"id");
    action.title = o.requiredString(u"title");
    action.owner = o.optionalId(u"owner");
    if (o.has(u"due")) {
        action.due = QDate::fromString(o.requiredString(u"due"), Qt::ISODate);
        if (!action.due.isValid())
            o.fail(u"due", Tr::tr("%1 is not a date like \"2026-03-31\"")
                               .arg(quoted(o.requiredString(u"due"))));
    }
    action.status = o.optionalEnum(u"status", action.status, parseActionStatus,
                                   QStringLiteral("planned, in-progress, done, dropped"));
    action.note = o.optionalString(u"note");
    const QJsonArray links = o.optionalArray(u"links");
    for (qsizetype i = 0; i < links.size(); ++i) {
        if (!links.at(i).isString() || links.at(i).toString().isEmpty())
            fail(o.pathOf(u"links") + u'[' + QString::number(i) + u']',
                 Tr::tr("expected an id, found %1").arg(describe(links.at(i))));
        action.links.append(links.at(i).toString());
    }
    const QJsonArray findings = o.optionalArray(u"findings");
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (!findings.at(i).isString())
            fail(o.pathOf(u"findings") + u'[' + QString::number(i) + u']',
                 Tr::tr("expected a string, found %1").arg(describe(findings.at(i))));
        action.findings.append(findings.at(i).toString());
    }
    return action;
}

template <class T, class ReadOne>
void readList(const ObjectReader& map, Map& into, ReadOne readOne) {
    const QString key = pluralName(kindOf<T>());
    const QJsonArray array = map.optionalArray(key);
    QList<T>& items = into.list<T>();
    items.reserve(array.size());
    for (const ObjectReader& o : objectsOf(array, map.pathOf(key)))
        items.append(readOne(o));
}

// Gives flows, dependencies, notes and actions without an id the lowest free "f1", "d1", "n1"…
template <class T> void generateIds(Map& map, QSet<Id>& taken, QStringView prefix) {
    int next = 1;
    for (T& element : map.list<T>()) {
        if (!element.id.isEmpty())
            continue;
        do
            element.id = prefix.toString() + QString::number(next++);
        while (taken.contains(element.id));
        taken.insert(element.id);
    }
}

void generateIds(Map& map) {
    QSet<Id> taken;
    forEachKind([&]<class T>() {
        if constexpr (!std::is_same_v<T, Cell>)
            for (const T& element : map.list<T>())
                taken.insert(element.id);
    });
    generateIds<Flow>(map, taken, generatedIdPrefix(ElementKind::Flow));
    generateIds<Dependency>(map, taken, generatedIdPrefix(ElementKind::Dependency));
    generateIds<Note>(map, taken, generatedIdPrefix(ElementKind::Note));
    generateIds<Action>(map, taken, generatedIdPrefix(ElementKind::Action));
}

Map readMap(const ObjectReader& o) {
    Map map;
    map.info.name = o.requiredString(u"name");
    map.info.state =
        o.optionalEnum(u"state", map.info.state, parseMapState, QStringLiteral("current, future"));
    if (o.has(u"baseline")) {
        map.info.baseline = o.requiredString(u"baseline");
        if (map.info.baseline.trimmed().isEmpty()) // "" would read as no baseline at all
            o.fail(u"baseline", Tr::tr("a name cannot be empty"));
    }
    map.info.settings = readSettings(o);
    const double hours = map.info.settings.workingDayHours;
    map.info.timeboxes = readTimeboxes(o, hours);
    map.info.noMaterialDivergence = o.optionalBool(u"noMaterialDivergence", false);
    readList<Team>(o, map, readTeam);
    readList<Slice>(o, map, readSlice);
    readList<Step>(o, map, readStep);
    readList<Cell>(o, map, readCell);
    readList<Stream>(o, map, readStream);
    readList<Stage>(o, map, [&](const ObjectReader& stage) { return readStage(stage, hours); });
    readList<Flow>(o, map, readFlow);
    readList<Capability>(o, map, readCapability);
    readList<Dependency>(o, map, readDependency);
    readList<Note>(o, map, readNote);
    readList<Action>(o, map, readAction);
    generateIds(map);
    return map;
}

Workshop readWorkshop(const QByteArray& data) {
    const ObjectReader root(parseDocument(data), QString());
    const QString format = root.requiredString(u"format");
    if (format != u"streamboard")
        root.fail(u"format", Tr::tr("expected “streamboard”, found %1").arg(quoted(format)));
    if (const double version = root.requiredNumber(u"version"); version != 1)
        root.fail(u"version", Tr::tr("unsupported version %1").arg(QString::number(version)));
    Workshop workshop;
    const QList<ObjectReader> maps = objectsOf(root.requiredArray(u"maps"), QStringLiteral("maps"));
    for (qsizetype i = 0; i < maps.size(); ++i) {
        Map map = readMap(maps[i]);
        map.uid = i + 1;
        workshop.maps.append(std::move(map));
    }
    if (const std::optional<QString> broken =
            rules::firstBroken(workshop, rules::Naming::JsonPaths))
        throw ReadError{*broken};
    return workshop;
}

} // namespace

namespace detail {

QJsonObject parseDocument(const QByteArray& data) {
    const QString documentPath = QStringLiteral("(document)");
    scanLimitsAndKeys(data);
    if (std::all_of(data.begin(), data.end(), [](char c) { return QChar::isSpace(uchar(c)); }))
        fail(documentPath, Tr::tr("the file is empty"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        fail(documentPath,
             Tr::tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        fail(documentPath,
             Tr::tr("expected an object at the top level, found %1")
                 .arg(describe(document.isArray() ? QJsonValue(document.array()) : QJsonValue())));
    return document.object();
}

Element readElement(ElementKind kind, const ObjectReader& o, double workingDayHours) {
    switch (kind) {
    case ElementKind::Team:
        return readTeam(o);
    case ElementKind::Slice:
        return readSlice(o);
    case ElementKind::Step:
        return readStep(o);
    case ElementKind::Cell:
        return readCell(o);
    case ElementKind::Stream:
        return readStream(o);
    case ElementKind::Stage:
        return readStage(o, workingDayHours);
    case ElementKind::Flow:
        return readFlow(o);
    case ElementKind::Capability:
        return readCapability(o);
    case ElementKind::Dependency:
        return readDependency(o);
    case ElementKind::Note:
        return readNote(o);
    case ElementKind::Action:
        break;
    }
    return readAction(o);
}

} // namespace detail

std::optional<Workshop> read(const QByteArray& data, QString* error) {
    try {
        return readWorkshop(data);
    } catch (const ReadError& e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

} // namespace sb::json
