#include "change_lines.h"

#include "commands/field_labels.h"
#include "model/duration.h"
#include "panels/labels.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace sb::canvas {

namespace change_values {

namespace {

struct ChangeLinesTr {
    Q_DECLARE_TR_FUNCTIONS(sb::canvas)
};

QString none() {
    return ChangeLinesTr::tr("None");
}

QString nameOr(const Map& map, const Id& id, const QString& empty) {
    return id.isEmpty() ? empty : map.nameOf(id);
}

// A text field's first line, short enough for a tooltip line.
QString shortText(const QString& text) {
    const QString line = text.trimmed().section(u'\n', 0, 0).trimmed();
    if (line.isEmpty())
        return ChangeLinesTr::tr("Empty");
    constexpr qsizetype longest = 40;
    const bool cut = line.size() > longest || line.size() < text.trimmed().size();
    return u"“"_s + (line.size() > longest ? line.left(longest - 1) : line) +
           (cut ? u"…”"_s : u"”"_s);
}

QString counts(const FlowCounts& c) {
    return ChangeLinesTr::tr("%1 features, %2 defects, %3 risks, %4 debt")
        .arg(c.features)
        .arg(c.defects)
        .arg(c.risks)
        .arg(c.debt);
}

QString roleCounts(const QList<RoleCount>& roles) {
    if (roles.isEmpty())
        return none();
    QStringList parts;
    for (const RoleCount& r : roles)
        parts.append(u"%1 %2"_s.arg(r.role).arg(r.people));
    return parts.join(u", "_s);
}

QString colorName(const QColor& color) {
    return color.isValid() ? color.name() : none();
}

// The value of one field as the window shows it; empty when it has no short form.
QString valueOf(const Map& map, const Element& element, const QString& field) {
    const double dayHours = map.info.settings.workingDayHours;
    return std::visit(
        [&](const auto& e) -> QString {
            using T = std::decay_t<decltype(e)>;
            if constexpr (requires { e.owner; })
                if (field == u"owner")
                    return nameOr(map, e.owner, ChangeLinesTr::tr("No owner"));
            if constexpr (requires { e.name; })
                if (field == u"name")
                    return e.name;
            if constexpr (requires { e.color; })
                if (field == u"color")
                    return colorName(e.color);
            if constexpr (std::is_same_v<T, Team>) {
                if (field == u"type")
                    return panels::teamTypeLabel(e.type);
                if (field == u"size")
                    return e.size ? QString::number(*e.size) : ChangeLinesTr::tr("No size");
                if (field == u"roles")
                    return roleCounts(e.roles);
            } else if constexpr (std::is_same_v<T, Slice>) {
                if (field == u"outcome")
                    return shortText(e.outcome);
            } else if constexpr (std::is_same_v<T, Cell>) {
                if (field == u"intent")
                    return shortText(e.intent);
                if (field == u"value")
                    return shortText(e.value);
                if (field == u"outcome")
                    return shortText(e.outcome);
                if (field == u"metric")
                    return shortText(e.metric);
                if (field == u"divergent")
                    return e.divergent ? ChangeLinesTr::tr("Yes") : ChangeLinesTr::tr("No");
            } else if constexpr (std::is_same_v<T, Stream>) {
                if (field == u"kind")
                    return panels::streamKindLabel(e.kind);
                if (field == u"slice")
                    return nameOr(map, e.slice, ChangeLinesTr::tr("No slice"));
                if (field.startsWith(u"card."))
                    if (const auto card = parseCardField(QStringView(field).mid(5)))
                        return shortText(e.card[*card]);
                if (field == u"flowItems.periodDays")
                    return ChangeLinesTr::tr("%n day(s)", nullptr, qRound(e.flowItems.periodDays));
                if (field == u"flowItems.done")
                    return counts(e.flowItems.done);
                if (field == u"flowItems.inProgress")
                    return counts(e.flowItems.inProgress);
            } else if constexpr (std::is_same_v<T, Stage>) {
                if (field == u"stream")
                    return map.nameOf(e.stream);
                if (field == u"step")
                    return nameOr(map, e.step, ChangeLinesTr::tr("No step"));
                if (field == u"processTime")
                    return duration::format(e.processTime, dayHours);
                if (field == u"leadTime")
                    return duration::format(e.leadTime, dayHours);
                if (field == u"pctCA")
                    return ChangeLinesTr::tr("%1%").arg(QLocale().toString(e.pctCA, 'g', 4));
            } else if constexpr (std::is_same_v<T, Flow>) {
                if (field == u"from")
                    return map.nameOf(e.from);
                if (field == u"to")
                    return map.nameOf(e.to);
                if (field == u"kind")
                    return panels::flowKindLabel(e.kind);
            } else if constexpr (std::is_same_v<T, Capability>) {
                if (field == u"sla")
                    return shortText(e.sla);
                if (field == u"providedBy")
                    return nameOr(map, e.providedBy, none());
            } else if constexpr (std::is_same_v<T, Dependency>) {
                if (field == u"from")
                    return map.nameOf(e.from);
                if (field == u"to")
                    return map.nameOf(e.to);
            } else if constexpr (std::is_same_v<T, Note>) {
                if (field == u"text")
                    return shortText(e.text);
                if (field == u"kind")
                    return panels::noteKindLabel(e.kind);
            } else if constexpr (std::is_same_v<T, Action>) {
                if (field == u"title")
                    return e.title;
                if (field == u"status")
                    return panels::actionStatusLabel(e.status);
                if (field == u"due")
                    return e.due.isValid() ? QLocale().toString(e.due, QLocale::ShortFormat)
                                           : none();
                if (field == u"note")
                    return shortText(e.note);
            }
            return {};
        },
        element);
}

} // namespace

} // namespace change_values

QStringList changeLines(ElementKind kind, const QString& key, const QStringList& fields,
                        const Map& baseline, const Map& derived) {
    const std::optional<Element> before = baseline.element(kind, key);
    const std::optional<Element> after = derived.element(kind, key);
    using change_values::ChangeLinesTr;
    using change_values::valueOf;
    QStringList lines;
    if (!before || !after)
        return lines;
    for (const QString& field : fields) {
        const QString label = fields::capitalized(fields::label(kind, field));
        if (label.isEmpty())
            continue;
        const QString was = valueOf(baseline, *before, field);
        const QString is = valueOf(derived, *after, field);
        lines.append(was.isEmpty() && is.isEmpty()
                         ? label
                         : ChangeLinesTr::tr("%1: %2 → %3").arg(label, was, is));
    }
    return lines;
}

} // namespace sb::canvas
