#include "element_diff.h"

#include "model/element_fields.h"

#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

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
        const QStringList fields = differingFields(baseline[i], element);
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

} // namespace sb
