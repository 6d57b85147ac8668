#pragma once

#include "map.h"

#include <variant>

namespace sb {

// The primitive edits every command is made of. Each has an exact inverse.
namespace op {

struct InsertElement {
    MapUid map;
    qsizetype index; // position in its list; clamped to the list's end
    Element element;
};
struct RemoveElement {
    MapUid map;
    Element element; // identifies the element by kind and key
};
struct ReplaceElement {
    MapUid map;
    Element before;
    Element after; // same kind and key as before
};
struct MoveElement {
    MapUid map;
    ElementKind kind;
    QString key;
    qsizetype to;
};
struct InsertMap {
    qsizetype index;
    Map map;
};
struct RemoveMap {
    Map map; // identified by its uid
};
struct ReplaceMapInfo {
    MapUid map;
    MapInfo before;
    MapInfo after;
};
struct MoveMap {
    MapUid map;
    qsizetype to;
};

} // namespace op

using Operation =
    std::variant<op::InsertElement, op::RemoveElement, op::ReplaceElement, op::MoveElement,
                 op::InsertMap, op::RemoveMap, op::ReplaceMapInfo, op::MoveMap>;

} // namespace sb
