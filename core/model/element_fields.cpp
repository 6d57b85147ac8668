#include "element_fields.h"

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

// Collects the names of the fields that differ, in the order they are checked.
class Fields {
public:
    template <class V> Fields& check(const V& before, const V& after, const QString& name) {
        if (!(before == after))
            m_names.append(name);
        return *this;
    }
    QStringList names() const { return m_names; }

private:
    QStringList m_names;
};

} // namespace

QStringList differingFields(const Team& a, const Team& b) {
    return Fields()
        .check(a.name, b.name, u"name"_s)
        .check(a.type, b.type, u"type"_s)
        .check(a.size, b.size, u"size"_s)
        .check(a.color, b.color, u"color"_s)
        .check(a.roles, b.roles, u"roles"_s)
        .names();
}

QStringList differingFields(const Slice& a, const Slice& b) {
    return Fields()
        .check(a.name, b.name, u"name"_s)
        .check(a.outcome, b.outcome, u"outcome"_s)
        .names();
}

QStringList differingFields(const Step& a, const Step& b) {
    return Fields().check(a.name, b.name, u"name"_s).names();
}

QStringList differingFields(const Cell& a, const Cell& b) {
    return Fields()
        .check(a.intent, b.intent, u"intent"_s)
        .check(a.value, b.value, u"value"_s)
        .check(a.outcome, b.outcome, u"outcome"_s)
        .check(a.metric, b.metric, u"metric"_s)
        .check(a.divergent, b.divergent, u"divergent"_s)
        .names();
}

QStringList differingFields(const Stream& a, const Stream& b) {
    Fields fields;
    fields.check(a.name, b.name, u"name"_s)
        .check(a.kind, b.kind, u"kind"_s)
        .check(a.owner, b.owner, u"owner"_s)
        .check(a.slice, b.slice, u"slice"_s);
    for (int i = 0; i < cardFieldCount; ++i) {
        const auto field = static_cast<CardField>(i);
        fields.check(a.card[field], b.card[field], u"card."_s + toString(field));
    }
    return fields.check(a.color, b.color, u"color"_s)
        .check(a.flowItems.periodDays, b.flowItems.periodDays, u"flowItems.periodDays"_s)
        .check(a.flowItems.done, b.flowItems.done, u"flowItems.done"_s)
        .check(a.flowItems.inProgress, b.flowItems.inProgress, u"flowItems.inProgress"_s)
        .check(a.criteria, b.criteria, u"criteria"_s)
        .check(a.workItems, b.workItems, u"workItems"_s)
        .names();
}

QStringList differingFields(const Stage& a, const Stage& b) {
    return Fields()
        .check(a.stream, b.stream, u"stream"_s)
        .check(a.step, b.step, u"step"_s)
        .check(a.name, b.name, u"name"_s)
        .check(a.owner, b.owner, u"owner"_s)
        .check(a.processTime, b.processTime, u"processTime"_s)
        .check(a.leadTime, b.leadTime, u"leadTime"_s)
        .check(a.pctCA, b.pctCA, u"pctCA"_s)
        .check(a.position, b.position, u"position"_s)
        .names();
}

QStringList differingFields(const Flow& a, const Flow& b) {
    return Fields()
        .check(a.from, b.from, u"from"_s)
        .check(a.to, b.to, u"to"_s)
        .check(a.kind, b.kind, u"kind"_s)
        .names();
}

QStringList differingFields(const Capability& a, const Capability& b) {
    return Fields()
        .check(a.name, b.name, u"name"_s)
        .check(a.owner, b.owner, u"owner"_s)
        .check(a.sla, b.sla, u"sla"_s)
        .check(a.providedBy, b.providedBy, u"providedBy"_s)
        .names();
}

QStringList differingFields(const Dependency& a, const Dependency& b) {
    return Fields().check(a.from, b.from, u"from"_s).check(a.to, b.to, u"to"_s).names();
}

QStringList differingFields(const Note& a, const Note& b) {
    return Fields()
        .check(a.text, b.text, u"text"_s)
        .check(a.kind, b.kind, u"kind"_s)
        .check(a.color, b.color, u"color"_s)
        .check(a.position, b.position, u"position"_s)
        .names();
}

QStringList differingFields(const Action& a, const Action& b) {
    return Fields()
        .check(a.title, b.title, u"title"_s)
        .check(a.owner, b.owner, u"owner"_s)
        .check(a.due, b.due, u"due"_s)
        .check(a.status, b.status, u"status"_s)
        .check(a.note, b.note, u"note"_s)
        .check(a.links, b.links, u"links"_s)
        .check(a.findings, b.findings, u"findings"_s)
        .names();
}

QStringList differingFields(const Element& before, const Element& after) {
    return std::visit(
        [&](const auto& a) -> QStringList {
            using T = std::decay_t<decltype(a)>;
            const T* b = std::get_if<T>(&after);
            return b ? differingFields(a, *b) : QStringList();
        },
        before);
}

QStringList differingFields(const MapInfo& before, const MapInfo& after) {
    return Fields()
        .check(before.name, after.name, u"name"_s)
        .check(before.state, after.state, u"state"_s)
        .check(before.baseline, after.baseline, u"baseline"_s)
        .check(before.settings, after.settings, u"settings"_s)
        .check(before.timeboxes, after.timeboxes, u"timeboxes"_s)
        .check(before.noMaterialDivergence, after.noMaterialDivergence, u"noMaterialDivergence"_s)
        .names();
}

} // namespace sb
