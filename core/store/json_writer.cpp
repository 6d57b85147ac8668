#include "json_interchange.h"

#include <QByteArrayList>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace sb::json {

namespace {

bool needsEscape(QChar c) {
    return c.unicode() < 0x20 || c == u'"' || c == u'\\';
}

QByteArray string(const QString& text) {
    if (std::none_of(text.begin(), text.end(), needsEscape))
        return '"' + text.toUtf8() + '"';
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            escaped += QStringLiteral("\\\"");
            break;
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u'\b':
            escaped += QStringLiteral("\\b");
            break;
        case u'\f':
            escaped += QStringLiteral("\\f");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        case u'\r':
            escaped += QStringLiteral("\\r");
            break;
        case u'\t':
            escaped += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                escaped += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
    }
    escaped += u'"';
    return escaped.toUtf8();
}

// Whole numbers without a decimal point; others in the shortest form that reads back the same.
QByteArray number(double value) {
    if (!std::isfinite(value))
        return "null";
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QByteArray::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

QByteArray reference(const Id& id) {
    return id.isEmpty() ? QByteArray("null") : string(id);
}

QByteArray color(const QColor& c) {
    return c.isValid() ? string(c.name(QColor::HexRgb)) : QByteArray("null");
}

QByteArray boolean(bool value) {
    return value ? "true" : "false";
}

// One JSON object on one line, keys in the order they are added.
class Line {
public:
    Line& add(const char* key, const QByteArray& value) {
        m_parts.append('"' + QByteArray(key) + "\": " + value);
        return *this;
    }
    Line& add(const QString& key, const QByteArray& value) {
        m_parts.append(string(key) + ": " + value);
        return *this;
    }
    Line& position(const std::optional<QPointF>& p) {
        return add("x", p ? number(p->x()) : "null").add("y", p ? number(p->y()) : "null");
    }
    QByteArray text() const { return '{' + m_parts.join(", ") + '}'; }
    bool isEmpty() const { return m_parts.isEmpty(); }

private:
    QByteArrayList m_parts;
};

QByteArray strings(const QStringList& list) {
    QByteArrayList items;
    for (const QString& s : list)
        items.append(string(s));
    return '[' + items.join(", ") + ']';
}

// Keys added after version 1 of the format are written only when they say something, so a
// file without them exports as it was read.
Line line(const Team& t) {
    Line team;
    team.add("id", string(t.id))
        .add("name", string(t.name))
        .add("type", string(toString(t.type)))
        .add("size", t.size ? QByteArray::number(*t.size) : QByteArray("null"))
        .add("color", color(t.color));
    if (!t.roles.isEmpty()) {
        QByteArrayList roles;
        for (const RoleCount& r : t.roles)
            roles.append(Line()
                             .add("role", string(r.role))
                             .add("people", QByteArray::number(r.people))
                             .text());
        team.add("roles", '[' + roles.join(", ") + ']');
    }
    return team;
}

Line line(const Slice& s) {
    return Line()
        .add("id", string(s.id))
        .add("name", string(s.name))
        .add("outcome", string(s.outcome));
}

Line line(const Step& s) {
    return Line().add("id", string(s.id)).add("name", string(s.name));
}

Line line(const Cell& c) {
    return Line()
        .add("slice", string(c.slice))
        .add("step", string(c.step))
        .add("intent", string(c.intent))
        .add("value", string(c.value))
        .add("outcome", string(c.outcome))
        .add("metric", string(c.metric))
        .add("divergent", boolean(c.divergent));
}

QByteArray card(const Card& card) {
    Line fields;
    for (int i = 0; i < cardFieldCount; ++i) {
        const auto field = static_cast<CardField>(i);
        fields.add(toString(field).toLatin1().constData(), string(card[field]));
    }
    return fields.text();
}

QByteArray counts(const FlowCounts& c) {
    return Line()
        .add("features", QByteArray::number(c.features))
        .add("defects", QByteArray::number(c.defects))
        .add("risks", QByteArray::number(c.risks))
        .add("debt", QByteArray::number(c.debt))
        .text();
}

QByteArray flowItems(const FlowItems& items) {
    return Line()
        .add("periodDays", number(items.periodDays))
        .add("done", counts(items.done))
        .add("inProgress", counts(items.inProgress))
        .text();
}

QByteArray criteria(const DecisionCriteria& criteria) {
    Line checks;
    for (int i = 0; i < criterionCount; ++i) {
        const auto c = static_cast<Criterion>(i);
        if (criteria[c] == CriterionCheck())
            continue;
        checks.add(toString(c).toLatin1().constData(), Line()
                                                           .add("met", boolean(criteria[c].met))
                                                           .add("note", string(criteria[c].note))
                                                           .text());
    }
    return checks.text();
}

QByteArray workItem(const WorkItem& item, const QStringList& states) {
    Line line;
    line.add("id", string(item.id));
    if (!item.name.isEmpty())
        line.add("name", string(item.name));
    if (!item.link.isEmpty())
        line.add("link", string(item.link));
    if (!item.type.isEmpty())
        line.add("type", string(item.type));
    line.add("kind", string(toString(item.kind)));
    Line entered;
    for (qsizetype s = 0; s < states.size() && s < item.entered.size(); ++s)
        if (item.entered[s] != notEntered)
            entered.add(states[s], string(stateTimeText(item.entered[s])));
    return line.add("entered", entered.text()).text();
}

QByteArray workItems(const WorkItems& work) {
    const WorkItemSetup& setup = work.setup;
    QByteArrayList types;
    for (const auto& [type, kind] : setup.types)
        types.append(Line().add("type", string(type)).add("kind", string(toString(kind))).text());
    QByteArrayList stages;
    for (const auto& [state, stage] : setup.stages)
        stages.append(Line().add("state", string(state)).add("stage", string(stage)).text());
    QByteArrayList items;
    items.reserve(work.items.size());
    for (const WorkItem& item : work.items)
        items.append(workItem(item, setup.states));
    return Line()
        .add("states", strings(setup.states))
        .add("active", strings(setup.active))
        .add("start", setup.start.isEmpty() ? QByteArray("null") : string(setup.start))
        .add("typeColumn",
             setup.typeColumn.isEmpty() ? QByteArray("null") : string(setup.typeColumn))
        .add("types", '[' + types.join(", ") + ']')
        .add("stages", '[' + stages.join(", ") + ']')
        .add("items", '[' + items.join(", ") + ']')
        .text();
}

Line line(const Stream& s) {
    Line stream;
    stream.add("id", string(s.id))
        .add("name", string(s.name))
        .add("kind", string(toString(s.kind)))
        .add("owner", reference(s.owner))
        .add("slice", reference(s.slice))
        .add("card", card(s.card))
        .add("color", color(s.color))
        .add("flowItems", flowItems(s.flowItems));
    if (!(s.criteria == DecisionCriteria()))
        stream.add("criteria", criteria(s.criteria));
    if (!(s.workItems == WorkItems()))
        stream.add("workItems", workItems(s.workItems));
    return stream;
}

Line line(const Stage& s) {
    return Line()
        .add("id", string(s.id))
        .add("stream", string(s.stream))
        .add("step", reference(s.step))
        .add("name", string(s.name))
        .add("owner", reference(s.owner))
        .add("processTime", number(s.processTime))
        .add("leadTime", number(s.leadTime))
        .add("pctCA", number(s.pctCA))
        .position(s.position);
}

Line line(const Flow& f) {
    return Line()
        .add("id", string(f.id))
        .add("from", string(f.from))
        .add("to", string(f.to))
        .add("kind", string(toString(f.kind)));
}

Line line(const Capability& c) {
    return Line()
        .add("id", string(c.id))
        .add("name", string(c.name))
        .add("owner", reference(c.owner))
        .add("sla", string(c.sla))
        .add("providedBy", reference(c.providedBy));
}

Line line(const Dependency& d) {
    return Line().add("id", string(d.id)).add("from", string(d.from)).add("to", string(d.to));
}

Line line(const Note& n) {
    return Line()
        .add("id", string(n.id))
        .add("text", string(n.text))
        .add("kind", string(toString(n.kind)))
        .add("color", color(n.color))
        .position(n.position);
}

Line line(const Action& a) {
    return Line()
        .add("id", string(a.id))
        .add("title", string(a.title))
        .add("owner", reference(a.owner))
        .add("due", a.due.isValid() ? string(a.due.toString(Qt::ISODate)) : QByteArray("null"))
        .add("status", string(toString(a.status)))
        .add("note", string(a.note))
        .add("links", strings(a.links))
        .add("findings", strings(a.findings));
}

QByteArray settings(const MapSettings& s) {
    Line settings;
    settings.add("workingDayHours", number(s.workingDayHours))
        .add("coordinationMaxTeams", QByteArray::number(s.coordinationMaxTeams))
        .add("sharedServiceMinStreams", QByteArray::number(s.sharedServiceMinStreams))
        .add("teamSizeMin", QByteArray::number(s.teamSizeMin))
        .add("teamSizeMax", QByteArray::number(s.teamSizeMax));
    if (s.roles != defaultRoles() || s.requiredRoles != defaultRequiredRoles())
        settings.add("roles", strings(s.roles)).add("requiredRoles", strings(s.requiredRoles));
    return settings.text();
}

QByteArray timeboxes(const Timeboxes& t) {
    Line steps;
    for (int i = 0; i < agendaStepCount; ++i)
        steps.add(toString(static_cast<AgendaStep>(i)).toLatin1().constData(),
                  number(t.seconds[static_cast<size_t>(i)]));
    return steps.text();
}

// A list of items, one per line, at the given indentation ("[]" when empty).
QByteArray block(const QByteArrayList& items, const QByteArray& indent) {
    if (items.isEmpty())
        return "[]";
    const QByteArray inner = indent + "  ";
    return "[\n" + inner + items.join(",\n" + inner) + '\n' + indent + ']';
}

QByteArray map(const Map& m) {
    const QByteArray indent = "      ";
    QByteArrayList keys = {
        "\"name\": " + string(m.info.name),
        "\"state\": " + string(toString(m.info.state)),
        "\"baseline\": " + (m.info.baseline.isEmpty() ? "null" : string(m.info.baseline)),
        "\"settings\": " + settings(m.info.settings),
    };
    if (!(m.info.timeboxes == Timeboxes()))
        keys.append("\"timeboxes\": " + timeboxes(m.info.timeboxes));
    if (m.info.noMaterialDivergence)
        keys.append("\"noMaterialDivergence\": true");
    forEachKind([&]<class T>() {
        if constexpr (std::is_same_v<T, Action>)
            if (m.actions.isEmpty())
                return;
        QByteArrayList items;
        for (const T& element : m.list<T>())
            items.append(line(element).text());
        keys.append('"' + pluralName(kindOf<T>()).toLatin1() + "\": " + block(items, indent));
    });
    return "{\n" + indent + keys.join(",\n" + indent) + "\n    }";
}

} // namespace

QByteArray writeElement(const Element& element) {
    return std::visit([](const auto& e) { return line(e).text(); }, element);
}

QByteArray write(const Workshop& workshop) {
    QByteArrayList maps;
    for (const Map& m : workshop.maps)
        maps.append(map(m));
    return "{\n  \"format\": \"streamboard\",\n  \"version\": 1,\n  \"maps\": " +
           block(maps, "  ") + "\n}\n";
}

} // namespace sb::json
