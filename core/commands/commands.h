#pragma once

#include "edit_command.h"
#include "model/map.h"

#include <memory>

namespace sb {

class Document;

// Builders for every kind of edit. Each returns a command to push onto the Document's undo
// stack (Document::push), or nullptr when the edit would change nothing or names an element
// that does not exist. Texts are what Edit → Undo shows.
namespace commands {

using CommandPtr = std::unique_ptr<EditCommand>;

struct ElementRef {
    ElementKind kind;
    QString key;
};

// Adds an element at index in its list (-1: at the end).
CommandPtr addElement(Document* doc, MapUid map, const Element& element, qsizetype index = -1);

// Adds several elements as one undo entry (a stage with the flow that leads to it, a paste).
CommandPtr addElements(Document* doc, MapUid map, const QList<Element>& elements,
                       const QString& text);

// Replaces several elements by changed copies as one undo entry (a drag, a drop).
CommandPtr changeElements(Document* doc, MapUid map, const QList<Element>& changed,
                          const QString& text);

// Replaces an element by a changed copy of it (same kind and key). Successive changes of the
// same element tagged with the same field merge into one undo entry while typing.
CommandPtr changeElement(Document* doc, MapUid map, const Element& changed,
                         const QString& field = {});

// Adds an element as the first keystroke of typing in one of its fields (a grid cell that is
// not stored yet): later changes of that field merge into this undo entry, which is named like
// a change of that field ("Change intent of the cell").
CommandPtr addElementForField(Document* doc, MapUid map, const Element& element,
                              const QString& field);

// Removes elements with everything that hangs on them: a stage's flows and dependencies, a
// stream's stages, a slice's or step's cells; references to them (owners, slices, steps,
// providers) are cleared. Undo brings all of it back.
CommandPtr removeElements(Document* doc, MapUid map, const QList<ElementRef>& elements);

// Moves stages and notes to new positions as one undo entry (one drag).
CommandPtr moveElements(Document* doc, MapUid map,
                        const QList<std::pair<ElementRef, QPointF>>& positions);

// Moves an element to another place in its list (reordering steps, slices, streams…).
CommandPtr reorderElement(Document* doc, MapUid map, ElementRef element, qsizetype toIndex);

// Maps. A new map's uid is assigned by the document.
CommandPtr addMap(Document* doc, Map map, qsizetype index = -1);
CommandPtr removeMap(Document* doc, MapUid map);
CommandPtr changeMapInfo(Document* doc, MapUid map, const MapInfo& info);
// Replaces the map's info and elements that change with it as one undo entry (renaming a role
// renames it in the teams that list it). Refused like changeMapInfo; nullptr when nothing changes.
CommandPtr changeMapInfoAndElements(Document* doc, MapUid map, const MapInfo& info,
                                    const QList<Element>& changed, const QString& text);
CommandPtr reorderMap(Document* doc, MapUid map, qsizetype toIndex);
// Copies a map into a new future-state map whose baseline is the source; ids are kept so the
// two can be compared element by element.
CommandPtr deriveFutureMap(Document* doc, MapUid source, const QString& name);

} // namespace commands

// Everything removeElements takes away or changes with these elements, as operations.
QList<Operation> removalOperations(const Map& map, const QList<commands::ElementRef>& elements);

// An id not used by any element of the map: prefix followed by the lowest free number.
Id freeId(const Map& map, const QString& prefix);
// A map name not used in the workshop: base, or base followed by " 2", " 3"…
QString freeMapName(const Workshop& workshop, const QString& base);

} // namespace sb
