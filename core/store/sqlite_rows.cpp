#include "sqlite_rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sb::sqlite {

namespace {

QStringList names(std::initializer_list<const char*> list) {
    QStringList result;
    for (const char* name : list)
        result.append(QLatin1String(name));
    return result;
}

TableSpec spec(const char* table, std::initializer_list<const char*> keys,
               std::initializer_list<const char*> others) {
    return {QLatin1String(table), names(keys), names(keys) + names(others)};
}

// A required text column: a null QString would be stored as NULL.
QVariant text(const QString& s) {
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
// Optional texts and references: NULL when empty.
QVariant optional(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant color(const QColor& c) {
    return c.isValid() ? QVariant(c.name(QColor::HexRgb)) : QVariant();
}
QVariant coordinate(const std::optional<QPointF>& p, bool x) {
    return p ? QVariant(x ? p->x() : p->y()) : QVariant();
}

QString textAt(const QSqlQuery& q, int i) {
    return q.value(i).toString();
}
QColor colorAt(const QSqlQuery& q, int i) {
    const QVariant v = q.value(i);
    return v.isNull() ? QColor() : QColor::fromString(v.toString());
}
std::optional<QPointF> positionAt(const QSqlQuery& q, int x) {
    if (q.value(x).isNull())
        return std::nullopt;
    return QPointF(q.value(x).toDouble(), q.value(x + 1).toDouble());
}

// Lists and small records that no query looks into are JSON texts; NULL when empty.
template <class Json> QString compact(const Json& value) {
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}
template <class Json> QVariant jsonText(const Json& value) {
    return value.isEmpty() ? QVariant() : QVariant(compact(value));
}
QJsonDocument jsonAt(const QSqlQuery& q, int i) {
    return QJsonDocument::fromJson(q.value(i).toString().toUtf8());
}

QVariant stringList(const QStringList& list) {
    return jsonText(QJsonArray::fromStringList(list));
}
QString requiredList(const QStringList& list) { // "[]" when empty
    return compact(QJsonArray::fromStringList(list));
}
QStringList stringListAt(const QSqlQuery& q, int i) {
    QStringList list;
    for (const QJsonValue& v : jsonAt(q, i).array())
        list.append(v.toString());
    return list;
}

QVariant roles(const QList<RoleCount>& roles) {
    QJsonArray array;
    for (const RoleCount& r : roles)
        array.append(
            QJsonObject{{QStringLiteral("role"), r.role}, {QStringLiteral("people"), r.people}});
    return jsonText(array);
}
QList<RoleCount> rolesAt(const QSqlQuery& q, int i) {
    QList<RoleCount> roles;
    for (const QJsonValue& v : jsonAt(q, i).array())
        roles.append({v[QStringLiteral("role")].toString(), v[QStringLiteral("people")].toInt()});
    return roles;
}

QVariant criteria(const DecisionCriteria& criteria) {
    QJsonObject object;
    for (int i = 0; i < criterionCount; ++i) {
        const auto c = static_cast<Criterion>(i);
        if (criteria[c] == CriterionCheck())
            continue;
        object.insert(toString(c), QJsonObject{{QStringLiteral("met"), criteria[c].met},
                                               {QStringLiteral("note"), criteria[c].note}});
    }
    return jsonText(object);
}
DecisionCriteria criteriaAt(const QSqlQuery& q, int i) {
    DecisionCriteria criteria;
    const QJsonObject object = jsonAt(q, i).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (const std::optional<Criterion> c = parseCriterion(it.key())) {
            criteria[*c].met = it.value()[QStringLiteral("met")].toBool();
            criteria[*c].note = it.value()[QStringLiteral("note")].toString();
        }
    return criteria;
}

QVariant timeboxes(const Timeboxes& t) {
    if (t == Timeboxes())
        return {};
    QJsonObject object;
    for (int i = 0; i < agendaStepCount; ++i)
        object.insert(toString(static_cast<AgendaStep>(i)), t.seconds[static_cast<size_t>(i)]);
    return jsonText(object);
}
Timeboxes timeboxesAt(const QSqlQuery& q, int i) {
    Timeboxes t;
    const QJsonObject object = jsonAt(q, i).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (const std::optional<AgendaStep> step = parseAgendaStep(it.key()))
            t[*step] = it.value().toDouble();
    return t;
}

} // namespace

const TableSpec& tableOf(ElementKind kind) {
    static const std::array<TableSpec, elementKindCount> specs = {
        spec("teams", {"id"}, {"name", "type", "size", "color", "roles"}),
        spec("slices", {"id"}, {"name", "outcome"}),
        spec("steps", {"id"}, {"name"}),
        spec("cells", {"slice", "step"}, {"intent", "value", "outcome", "metric", "divergent"}),
        spec("streams", {"id"},
             {"name",
              "kind",
              "owner",
              "slice",
              "card_for",
              "card_trigger",
              "card_finish_line",
              "card_outcome",
              "card_north_star",
              "card_supporting_metrics",
              "card_revenue_streams",
              "card_policies",
              "card_owns",
              "card_relies_on",
              "card_capabilities",
              "card_interfaces",
              "card_risks",
              "color",
              "period_days",
              "done_features",
              "done_defects",
              "done_risks",
              "done_debt",
              "in_progress_features",
              "in_progress_defects",
              "in_progress_risks",
              "in_progress_debt",
              "criteria"}),
        spec("stages", {"id"},
             {"stream", "step", "name", "owner", "process_time", "lead_time", "pct_ca", "x", "y"}),
        spec("flows", {"id"}, {"from_id", "to_id", "kind"}),
        spec("capabilities", {"id"}, {"name", "owner", "sla", "provided_by"}),
        spec("dependencies", {"id"}, {"from_id", "to_id"}),
        spec("notes", {"id"}, {"text", "kind", "color", "x", "y"}),
        spec("actions", {"id"}, {"title", "owner", "due", "status", "note", "links", "findings"}),
    };
    return specs[static_cast<size_t>(kind)];
}

QVariantList keyValues(ElementKind kind, const QString& key) {
    if (kind != ElementKind::Cell)
        return {key};
    const qsizetype separator = key.indexOf(QChar(0x1f));
    return {key.left(separator), key.mid(separator + 1)};
}

QVariantList rowValues(const Team& e) {
    return {
        e.id,           text(e.name),  toString(e.type), e.size ? QVariant(*e.size) : QVariant(),
        color(e.color), roles(e.roles)};
}
void readRow(const QSqlQuery& q, Team& e) {
    e.id = textAt(q, 0);
    e.name = textAt(q, 1);
    e.type = parseTeamType(textAt(q, 2)).value_or(TeamType::StreamAligned);
    e.size = q.value(3).isNull() ? std::nullopt : std::optional<int>(q.value(3).toInt());
    e.color = colorAt(q, 4);
    e.roles = rolesAt(q, 5);
}

QVariantList rowValues(const Slice& e) {
    return {e.id, text(e.name), optional(e.outcome)};
}
void readRow(const QSqlQuery& q, Slice& e) {
    e.id = textAt(q, 0);
    e.name = textAt(q, 1);
    e.outcome = textAt(q, 2);
}

QVariantList rowValues(const Step& e) {
    return {e.id, text(e.name)};
}
void readRow(const QSqlQuery& q, Step& e) {
    e.id = textAt(q, 0);
    e.name = textAt(q, 1);
}

QVariantList rowValues(const Cell& e) {
    return {e.slice,
            e.step,
            optional(e.intent),
            optional(e.value),
            optional(e.outcome),
            optional(e.metric),
            e.divergent ? 1 : 0};
}
void readRow(const QSqlQuery& q, Cell& e) {
    e.slice = textAt(q, 0);
    e.step = textAt(q, 1);
    e.intent = textAt(q, 2);
    e.value = textAt(q, 3);
    e.outcome = textAt(q, 4);
    e.metric = textAt(q, 5);
    e.divergent = q.value(6).toInt() != 0;
}

QVariantList rowValues(const Stream& e) {
    QVariantList values = {e.id, text(e.name), toString(e.kind), optional(e.owner),
                           optional(e.slice)};
    for (const QString& field : e.card.fields)
        values.append(optional(field));
    const FlowItems& f = e.flowItems;
    values += QVariantList{color(e.color),        f.periodDays,         f.done.features,
                           f.done.defects,        f.done.risks,         f.done.debt,
                           f.inProgress.features, f.inProgress.defects, f.inProgress.risks,
                           f.inProgress.debt,     criteria(e.criteria)};
    return values;
}
void readRow(const QSqlQuery& q, Stream& e) {
    e.id = textAt(q, 0);
    e.name = textAt(q, 1);
    e.kind = parseStreamKind(textAt(q, 2)).value_or(StreamKind::Customer);
    e.owner = textAt(q, 3);
    e.slice = textAt(q, 4);
    int i = 5;
    for (QString& field : e.card.fields)
        field = textAt(q, i++);
    e.color = colorAt(q, i++);
    FlowItems& f = e.flowItems;
    f.periodDays = q.value(i++).toDouble();
    for (FlowCounts* counts : {&f.done, &f.inProgress}) {
        counts->features = q.value(i++).toInt();
        counts->defects = q.value(i++).toInt();
        counts->risks = q.value(i++).toInt();
        counts->debt = q.value(i++).toInt();
    }
    e.criteria = criteriaAt(q, i);
}

QVariantList rowValues(const Stage& e) {
    return {e.id,
            optional(e.stream),
            optional(e.step),
            text(e.name),
            optional(e.owner),
            e.processTime,
            e.leadTime,
            e.pctCA,
            coordinate(e.position, true),
            coordinate(e.position, false)};
}
void readRow(const QSqlQuery& q, Stage& e) {
    e.id = textAt(q, 0);
    e.stream = textAt(q, 1);
    e.step = textAt(q, 2);
    e.name = textAt(q, 3);
    e.owner = textAt(q, 4);
    e.processTime = q.value(5).toDouble();
    e.leadTime = q.value(6).toDouble();
    e.pctCA = q.value(7).toDouble();
    e.position = positionAt(q, 8);
}

QVariantList rowValues(const Flow& e) {
    return {e.id, optional(e.from), optional(e.to), toString(e.kind)};
}
void readRow(const QSqlQuery& q, Flow& e) {
    e.id = textAt(q, 0);
    e.from = textAt(q, 1);
    e.to = textAt(q, 2);
    e.kind = parseFlowKind(textAt(q, 3)).value_or(FlowKind::Push);
}

QVariantList rowValues(const Capability& e) {
    return {e.id, text(e.name), optional(e.owner), optional(e.sla), optional(e.providedBy)};
}
void readRow(const QSqlQuery& q, Capability& e) {
    e.id = textAt(q, 0);
    e.name = textAt(q, 1);
    e.owner = textAt(q, 2);
    e.sla = textAt(q, 3);
    e.providedBy = textAt(q, 4);
}

QVariantList rowValues(const Dependency& e) {
    return {e.id, optional(e.from), optional(e.to)};
}
void readRow(const QSqlQuery& q, Dependency& e) {
    e.id = textAt(q, 0);
    e.from = textAt(q, 1);
    e.to = textAt(q, 2);
}

QVariantList rowValues(const Note& e) {
    return {e.id,
            text(e.text),
            toString(e.kind),
            color(e.color),
            coordinate(e.position, true),
            coordinate(e.position, false)};
}
void readRow(const QSqlQuery& q, Note& e) {
    e.id = textAt(q, 0);
    e.text = textAt(q, 1);
    e.kind = parseNoteKind(textAt(q, 2)).value_or(NoteKind::Sticky);
    e.color = colorAt(q, 3);
    e.position = positionAt(q, 4);
}

QVariantList rowValues(const Action& e) {
    return {e.id,
            text(e.title),
            optional(e.owner),
            e.due.isValid() ? QVariant(e.due.toString(Qt::ISODate)) : QVariant(),
            toString(e.status),
            optional(e.note),
            stringList(e.links),
            stringList(e.findings)};
}
void readRow(const QSqlQuery& q, Action& e) {
    e.id = textAt(q, 0);
    e.title = textAt(q, 1);
    e.owner = textAt(q, 2);
    e.due = QDate::fromString(textAt(q, 3), Qt::ISODate);
    e.status = parseActionStatus(textAt(q, 4)).value_or(ActionStatus::Planned);
    e.note = textAt(q, 5);
    e.links = stringListAt(q, 6);
    e.findings = stringListAt(q, 7);
}

const QStringList& mapColumns() {
    static const QStringList columns =
        names({"name", "state", "baseline", "working_day_hours", "coordination_max_teams",
               "shared_service_min_streams", "team_size_min", "team_size_max", "roles",
               "required_roles", "timeboxes", "no_material_divergence"});
    return columns;
}

QVariantList mapValues(const MapInfo& info) {
    const MapSettings& s = info.settings;
    return {text(info.name),
            toString(info.state),
            optional(info.baseline),
            s.workingDayHours,
            s.coordinationMaxTeams,
            s.sharedServiceMinStreams,
            s.teamSizeMin,
            s.teamSizeMax,
            requiredList(s.roles),
            requiredList(s.requiredRoles),
            timeboxes(info.timeboxes),
            info.noMaterialDivergence ? 1 : 0};
}

MapInfo readMapInfo(const QSqlQuery& q, int first) {
    MapInfo info;
    info.name = textAt(q, first);
    info.state = parseMapState(textAt(q, first + 1)).value_or(MapState::Current);
    info.baseline = textAt(q, first + 2);
    info.settings.workingDayHours = q.value(first + 3).toDouble();
    info.settings.coordinationMaxTeams = q.value(first + 4).toInt();
    info.settings.sharedServiceMinStreams = q.value(first + 5).toInt();
    info.settings.teamSizeMin = q.value(first + 6).toInt();
    info.settings.teamSizeMax = q.value(first + 7).toInt();
    info.settings.roles = stringListAt(q, first + 8);
    info.settings.requiredRoles = stringListAt(q, first + 9);
    info.timeboxes = timeboxesAt(q, first + 10);
    info.noMaterialDivergence = q.value(first + 11).toInt() != 0;
    return info;
}

} // namespace sb::sqlite
