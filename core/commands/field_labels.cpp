#include "field_labels.h"

#include "facilitation/agenda_steps.h"
#include "facilitation/criteria.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace sb::fields {

namespace {

struct FieldsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::fields)
};

struct FieldEntry {
    ElementKind kind;
    const char* field;
    const char* label;
};

// Every plain field the inspector shows, by kind, as the inspector names it (mid-sentence).
constexpr std::array fieldEntries = {
    FieldEntry{ElementKind::Team, "name", QT_TRANSLATE_NOOP("sb::fields", "name")},
    FieldEntry{ElementKind::Team, "type", QT_TRANSLATE_NOOP("sb::fields", "type")},
    FieldEntry{ElementKind::Team, "size", QT_TRANSLATE_NOOP("sb::fields", "size")},
    FieldEntry{ElementKind::Team, "color", QT_TRANSLATE_NOOP("sb::fields", "colour")},
    FieldEntry{ElementKind::Team, "roles", QT_TRANSLATE_NOOP("sb::fields", "roles")},
    FieldEntry{ElementKind::Slice, "name", QT_TRANSLATE_NOOP("sb::fields", "name")},
    FieldEntry{ElementKind::Slice, "outcome", QT_TRANSLATE_NOOP("sb::fields", "outcome")},
    FieldEntry{ElementKind::Step, "name", QT_TRANSLATE_NOOP("sb::fields", "name")},
    FieldEntry{ElementKind::Cell, "intent", QT_TRANSLATE_NOOP("sb::fields", "intent")},
    FieldEntry{ElementKind::Cell, "value", QT_TRANSLATE_NOOP("sb::fields", "value delivered")},
    FieldEntry{ElementKind::Cell, "outcome", QT_TRANSLATE_NOOP("sb::fields", "outcome")},
    FieldEntry{ElementKind::Cell, "metric", QT_TRANSLATE_NOOP("sb::fields", "metric")},
    FieldEntry{ElementKind::Cell, "divergent", QT_TRANSLATE_NOOP("sb::fields", "divergent")},
    FieldEntry{ElementKind::Stream, "name", QT_TRANSLATE_NOOP("sb::fields", "name")},
    FieldEntry{ElementKind::Stream, "kind", QT_TRANSLATE_NOOP("sb::fields", "kind")},
    FieldEntry{ElementKind::Stream, "owner", QT_TRANSLATE_NOOP("sb::fields", "owner team")},
    FieldEntry{ElementKind::Stream, "slice", QT_TRANSLATE_NOOP("sb::fields", "slice")},
    FieldEntry{ElementKind::Stream, "color", QT_TRANSLATE_NOOP("sb::fields", "colour")},
    FieldEntry{ElementKind::Stream, "flowItems.periodDays",
               QT_TRANSLATE_NOOP("sb::fields", "period")},
    FieldEntry{ElementKind::Stream, "flowItems.done",
               QT_TRANSLATE_NOOP("sb::fields", "done items")},
    FieldEntry{ElementKind::Stream, "flowItems.inProgress",
               QT_TRANSLATE_NOOP("sb::fields", "items in progress")},
    FieldEntry{ElementKind::Stream, "criteria",
               QT_TRANSLATE_NOOP("sb::fields", "decision criteria")},
    FieldEntry{ElementKind::Stream, "workItems", QT_TRANSLATE_NOOP("sb::fields", "work items")},
    FieldEntry{ElementKind::Stage, "stream", QT_TRANSLATE_NOOP("sb::fields", "stream")},
    FieldEntry{ElementKind::Stage, "step", QT_TRANSLATE_NOOP("sb::fields", "journey step")},
    FieldEntry{ElementKind::Stage, "name", QT_TRANSLATE_NOOP("sb::fields", "name")},
    FieldEntry{ElementKind::Stage, "owner", QT_TRANSLATE_NOOP("sb::fields", "owner team")},
    FieldEntry{ElementKind::Stage, "processTime", QT_TRANSLATE_NOOP("sb::fields", "process time")},
    FieldEntry{ElementKind::Stage, "leadTime", QT_TRANSLATE_NOOP("sb::fields", "lead time")},
    FieldEntry{ElementKind::Stage, "pctCA", QT_TRANSLATE_NOOP("sb::fields", "%C&A")},
    FieldEntry{ElementKind::Stage, "position", QT_TRANSLATE_NOOP("sb::fields", "position")},
    FieldEntry{ElementKind::Flow, "from", QT_TRANSLATE_NOOP("sb::fields", "from")},
    FieldEntry{ElementKind::Flow, "to", QT_TRANSLATE_NOOP("sb::fields", "to")},
    FieldEntry{ElementKind::Flow, "kind", QT_TRANSLATE_NOOP("sb::fields", "kind")},
    FieldEntry{ElementKind::Capability, "name", QT_TRANSLATE_NOOP("sb::fields", "name")},
    FieldEntry{ElementKind::Capability, "owner", QT_TRANSLATE_NOOP("sb::fields", "owner team")},
    FieldEntry{ElementKind::Capability, "sla", QT_TRANSLATE_NOOP("sb::fields", "SLA")},
    FieldEntry{ElementKind::Capability, "providedBy",
               QT_TRANSLATE_NOOP("sb::fields", "provided by")},
    FieldEntry{ElementKind::Dependency, "from", QT_TRANSLATE_NOOP("sb::fields", "from")},
    FieldEntry{ElementKind::Dependency, "to", QT_TRANSLATE_NOOP("sb::fields", "depends on")},
    FieldEntry{ElementKind::Note, "text", QT_TRANSLATE_NOOP("sb::fields", "text")},
    FieldEntry{ElementKind::Note, "kind", QT_TRANSLATE_NOOP("sb::fields", "kind")},
    FieldEntry{ElementKind::Note, "color", QT_TRANSLATE_NOOP("sb::fields", "colour")},
    FieldEntry{ElementKind::Note, "position", QT_TRANSLATE_NOOP("sb::fields", "position")},
    FieldEntry{ElementKind::Action, "title", QT_TRANSLATE_NOOP("sb::fields", "title")},
    FieldEntry{ElementKind::Action, "owner", QT_TRANSLATE_NOOP("sb::fields", "owner team")},
    FieldEntry{ElementKind::Action, "status", QT_TRANSLATE_NOOP("sb::fields", "status")},
    FieldEntry{ElementKind::Action, "due", QT_TRANSLATE_NOOP("sb::fields", "due")},
    FieldEntry{ElementKind::Action, "note", QT_TRANSLATE_NOOP("sb::fields", "notes")},
    FieldEntry{ElementKind::Action, "links", QT_TRANSLATE_NOOP("sb::fields", "about")},
    FieldEntry{ElementKind::Action, "findings", QT_TRANSLATE_NOOP("sb::fields", "answers")},
};

struct MapFieldEntry {
    const char* field;
    const char* label;
};

constexpr std::array mapFieldEntries = {
    MapFieldEntry{"name", QT_TRANSLATE_NOOP("sb::fields", "name")},
    MapFieldEntry{"workingDayHours", QT_TRANSLATE_NOOP("sb::fields", "working day")},
    MapFieldEntry{"coordinationMaxTeams",
                  QT_TRANSLATE_NOOP("sb::fields", "teams to coordinate, at most")},
    MapFieldEntry{"sharedServiceMinStreams",
                  QT_TRANSLATE_NOOP("sb::fields", "shared-service streams, from")},
    MapFieldEntry{"teamSizeMin", QT_TRANSLATE_NOOP("sb::fields", "team size, minimum")},
    MapFieldEntry{"teamSizeMax", QT_TRANSLATE_NOOP("sb::fields", "team size, maximum")},
    MapFieldEntry{"roles", QT_TRANSLATE_NOOP("sb::fields", "roles")},
    MapFieldEntry{"requiredRoles", QT_TRANSLATE_NOOP("sb::fields", "required roles")},
    MapFieldEntry{"noMaterialDivergence",
                  QT_TRANSLATE_NOOP("sb::fields", "no material divergence")},
};

// The flow item kinds, as the Flow items section names its rows, mid-sentence.
QString flowItemKind(QStringView key) {
    if (key == u"features")
        return FieldsTr::tr("features");
    if (key == u"defects")
        return FieldsTr::tr("defects");
    if (key == u"risks")
        return FieldsTr::tr("risks");
    if (key == u"debt")
        return FieldsTr::tr("debt");
    return {};
}

QString roleLabel(const QString& role) {
    return role.isEmpty() ? QString() : FieldsTr::tr("role “%1”").arg(role);
}

QString cardLabel(QStringView key) {
    const std::optional<CardField> field = parseCardField(key);
    return field ? FieldsTr::tr("card field “%1”").arg(cardFieldName(*field)) : QString();
}

QString flowItemsLabel(QStringView rest) {
    if (rest.startsWith(u"done.")) {
        const QString kind = flowItemKind(rest.mid(5));
        //: A count in a stream's Flow items: "done features"
        return kind.isEmpty() ? QString() : FieldsTr::tr("done %1").arg(kind);
    }
    if (rest.startsWith(u"inProgress.")) {
        const QString kind = flowItemKind(rest.mid(11));
        //: A count in a stream's Flow items: "features in progress"
        return kind.isEmpty() ? QString() : FieldsTr::tr("%1 in progress").arg(kind);
    }
    return {};
}

QString criteriaLabel(QStringView rest) {
    const bool note = rest.endsWith(u".note");
    const std::optional<Criterion> criterion = parseCriterion(note ? rest.chopped(5) : rest);
    if (!criterion)
        return {};
    return note ? FieldsTr::tr("note on “%1”").arg(criterionLabel(*criterion))
                : FieldsTr::tr("decision criterion “%1”").arg(criterionLabel(*criterion));
}

} // namespace

QString label(ElementKind kind, const QString& field) {
    for (const FieldEntry& e : fieldEntries)
        if (e.kind == kind && field == QLatin1String(e.field))
            return FieldsTr::tr(e.label);
    const QStringView f(field);
    if (kind == ElementKind::Team && f.startsWith(u"roles."))
        return roleLabel(field.mid(6));
    if (kind == ElementKind::Stream) {
        if (f.startsWith(u"card."))
            return cardLabel(f.mid(5));
        if (f.startsWith(u"flowItems."))
            return flowItemsLabel(f.mid(10));
        if (f.startsWith(u"criteria."))
            return criteriaLabel(f.mid(9));
    }
    return {};
}

QString mapLabel(const QString& field) {
    for (const MapFieldEntry& e : mapFieldEntries)
        if (field == QLatin1String(e.field))
            return FieldsTr::tr(e.label);
    if (field.startsWith(u"timeboxes.")) {
        const std::optional<AgendaStep> step = parseAgendaStep(QStringView(field).mid(10));
        if (step)
            return FieldsTr::tr("timebox for “%1”").arg(agendaTitle(*step));
    }
    return {};
}

QString capitalized(const QString& label) {
    if (label.isEmpty())
        return label;
    return label.front().toUpper() + label.mid(1);
}

QString cardFieldName(CardField field) {
    static const std::array<const char*, cardFieldCount> words = {
        QT_TRANSLATE_NOOP("sb::fields", "For"),
        QT_TRANSLATE_NOOP("sb::fields", "Trigger"),
        QT_TRANSLATE_NOOP("sb::fields", "Finish line"),
        QT_TRANSLATE_NOOP("sb::fields", "Outcome"),
        QT_TRANSLATE_NOOP("sb::fields", "North-star metric"),
        QT_TRANSLATE_NOOP("sb::fields", "Supporting metrics"),
        QT_TRANSLATE_NOOP("sb::fields", "Revenue streams"),
        QT_TRANSLATE_NOOP("sb::fields", "Policies, SLAs, constraints"),
        QT_TRANSLATE_NOOP("sb::fields", "Owns"),
        QT_TRANSLATE_NOOP("sb::fields", "Relies on"),
        QT_TRANSLATE_NOOP("sb::fields", "Capabilities and systems"),
        QT_TRANSLATE_NOOP("sb::fields", "Interfaces and dependencies"),
        QT_TRANSLATE_NOOP("sb::fields", "Risks and failure modes")};
    const auto i = static_cast<size_t>(field);
    return i < words.size() ? FieldsTr::tr(words[i]) : QString();
}

} // namespace sb::fields
