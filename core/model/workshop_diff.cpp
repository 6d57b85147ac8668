#include "workshop_diff.h"

#include "element_fields.h"

#include <QSet>

namespace sb {

namespace {

template <class T>
void diffList(MapUid map, const QList<T>& from, const QList<T>& to, QList<Operation>& out) {
    QSet<QString> wanted;
    for (const T& element : to)
        wanted.insert(keyOf(element));
    QList<T> current;
    for (const T& element : from) {
        if (wanted.contains(keyOf(element)))
            current.append(element);
        else
            out.append(op::RemoveElement{map, element});
    }
    for (qsizetype i = 0; i < to.size(); ++i) {
        const T& target = to[i];
        const QString key = keyOf(target);
        qsizetype at = -1;
        for (qsizetype j = i; j < current.size(); ++j)
            if (keyOf(current[j]) == key) {
                at = j;
                break;
            }
        if (at < 0) {
            out.append(op::InsertElement{map, i, target});
            current.insert(i, target);
            continue;
        }
        if (at != i) {
            out.append(op::MoveElement{map, kindOf<T>(), key, i});
            current.move(at, i);
        }
        if (!(current[i] == target)) {
            out.append(op::ReplaceElement{map, current[i], target});
            current[i] = target;
        }
    }
}

} // namespace

QList<Operation> operationsBetween(const Workshop& from, const Workshop& to) {
    QList<Operation> out;
    QList<MapUid> current;
    for (const Map& map : from.maps) {
        if (to.map(map.uid))
            current.append(map.uid);
        else
            out.append(op::RemoveMap{map});
    }
    for (const MapUid uid : std::as_const(current)) {
        const Map& before = *from.map(uid);
        const Map& after = *to.map(uid);
        if (!differingFields(before.info, after.info).isEmpty())
            out.append(op::ReplaceMapInfo{uid, before.info, after.info});
        forEachKind([&]<class T>() { diffList<T>(uid, before.list<T>(), after.list<T>(), out); });
    }
    for (qsizetype i = 0; i < to.maps.size(); ++i) {
        const MapUid uid = to.maps[i].uid;
        const qsizetype at = current.indexOf(uid);
        if (at < 0) {
            out.append(op::InsertMap{i, to.maps[i]});
            current.insert(i, uid);
        } else if (at != i) {
            out.append(op::MoveMap{uid, i});
            current.move(at, i);
        }
    }
    return out;
}

} // namespace sb
