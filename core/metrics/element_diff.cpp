#include "element_diff.h"

#include <QHash>
#include <QSet>
#include <algorithm>

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

// Interchange key order, as docs/json.md lists each kind's keys.
QStringList differing(const Team& a, const Team& b) {
    return Fields()
        .check(a.name, b.name, u"name"_s)
        .check(a.type, b.type, u"type"_s)
        .check(a.size, b.size, u"size"_s)
        .check(a.color, b.color, u"color"_s)
        .check(a.roles, b.roles, u"roles"_s)
        .names();
}

QStringList differing(const Slice& a, const Slice& b) {
    return Fields()
        .check(a.name, b.name, u"name"_s)
        .check(a.outcome, b.outcome, u"outcome"_s)
        .names();
}

QStringList differing(const Step& a, const Step& b) {
    return Fields().check(a.name, b.name, u"name"_s).names();
}

QStringList differing(const Cell& a, const Cell& b) {
    return Fields()
        .check(a.intent, b.intent, u"intent"_s)
        .check(a.value, b.value, u"value"_s)
        .check(a.outcome, b.outcome, u"outcome"_s)
        .check(a.metric, b.metric, u"metric"_s)
        .check(a.divergent, b.divergent, u"divergent"_s)
        .names();
}

QStringList differing(const Stream& a, const Stream& b) {
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
        .names();
}

QStringList differing(const Stage& a, const Stage& b) {
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

QStringList differing(const Flow& a, const Flow& b) {
    return Fields()
        .check(a.from, b.from, u"from"_s)
        .check(a.to, b.to, u"to"_s)
        .check(a.kind, b.kind, u"kind"_s)
        .names();
}

QStringList differing(const Capability& a, const Capability& b) {
    return Fields()
        .check(a.name, b.name, u"name"_s)
        .check(a.owner, b.owner, u"owner"_s)
        .check(a.sla, b.sla, u"sla"_s)
        .check(a.providedBy, b.providedBy, u"providedBy"_s)
        .names();
}

QStringList differing(const Dependency& a, const Dependency& b) {
    return Fields().check(a.from, b.from, u"from"_s).check(a.to, b.to, u"to"_s).names();
}

QStringList differing(const Action& a, const Action& b) {
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

QStringList differing(const Note& a, const Note& b) {
    return Fields()
        .check(a.text, b.text, u"text"_s)
        .check(a.kind, b.kind, u"kind"_s)
        .check(a.color, b.color, u"color"_s)
        .check(a.position, b.position, u"position"_s)
        .names();
}

template <class T> KindDiff diffList(const QList<T>& baseline, const QList<T>& derived) {
    QHash<QString, qsizetype> baselineIndex;
    baselineIndex.reserve(baseline.size());
    for (qsizetype i = 0; i < baseline.size(); ++i)
        baselineIndex.insert(keyOf(baseline[i]), i);
    KindDiff diff;
    QSet<QString> derivedKeys;
    derivedKeys.reserve(derived.size());
    for (const T& element : derived) {
        const QString key = keyOf(element);
        derivedKeys.insert(key);
        const qsizetype i = baselineIndex.value(key, -1);
        if (i < 0) {
            diff.added.append(key);
            continue;
        }
        const QStringList fields = differing(baseline[i], element);
        if (!fields.isEmpty())
            diff.changed.append({key, fields});
    }
    for (const T& element : baseline) {
        const QString key = keyOf(element);
        if (!derivedKeys.contains(key))
            diff.removed.append(key);
    }
    return diff;
}

std::size_t slot(ElementKind kind) {
    const auto i = static_cast<std::size_t>(kind);
    Q_ASSERT(i < static_cast<std::size_t>(elementKindCount));
    return i < static_cast<std::size_t>(elementKindCount) ? i : 0;
}

} // namespace

const KindDiff& ElementDiff::operator[](ElementKind kind) const {
    return kinds[slot(kind)];
}
KindDiff& ElementDiff::operator[](ElementKind kind) {
    return kinds[slot(kind)];
}

bool ElementDiff::isEmpty() const {
    return std::all_of(kinds.cbegin(), kinds.cend(), [](const KindDiff& d) { return d.isEmpty(); });
}

ElementDiff diffElements(const Map& baseline, const Map& derived) {
    ElementDiff diff;
    // Actions are the room's plan for the map, not part of the map, so they are no change.
    forEachKind([&]<class T>() {
        if constexpr (!std::is_same_v<T, Action>)
            diff[kindOf<T>()] = diffList(baseline.list<T>(), derived.list<T>());
    });
    return diff;
}

QStringList differingFields(const Element& before, const Element& after) {
    return std::visit(
        [](const auto& a, const auto& b) -> QStringList {
            if constexpr (std::is_same_v<std::decay_t<decltype(a)>, std::decay_t<decltype(b)>>)
                return differing(a, b);
            else
                return {};
        },
        before, after);
}

} // namespace sb
