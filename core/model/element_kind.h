#pragma once

#include "elements.h"

#include <QStringView>
#include <variant>

namespace sb {

// The kinds of element a map holds, in the order the file and the interchange list them.
enum class ElementKind {
    Team,
    Slice,
    Step,
    Cell,
    Stream,
    Stage,
    Flow,
    Capability,
    Dependency,
    Note,
    Action,
};
inline constexpr int elementKindCount = 11;

using Element = std::variant<Team, Slice, Step, Cell, Stream, Stage, Flow, Capability, Dependency,
                             Note, Action>;

template <class T> constexpr ElementKind kindOf();
template <> constexpr ElementKind kindOf<Team>() {
    return ElementKind::Team;
}
template <> constexpr ElementKind kindOf<Slice>() {
    return ElementKind::Slice;
}
template <> constexpr ElementKind kindOf<Step>() {
    return ElementKind::Step;
}
template <> constexpr ElementKind kindOf<Cell>() {
    return ElementKind::Cell;
}
template <> constexpr ElementKind kindOf<Stream>() {
    return ElementKind::Stream;
}
template <> constexpr ElementKind kindOf<Stage>() {
    return ElementKind::Stage;
}
template <> constexpr ElementKind kindOf<Flow>() {
    return ElementKind::Flow;
}
template <> constexpr ElementKind kindOf<Capability>() {
    return ElementKind::Capability;
}
template <> constexpr ElementKind kindOf<Dependency>() {
    return ElementKind::Dependency;
}
template <> constexpr ElementKind kindOf<Note>() {
    return ElementKind::Note;
}
template <> constexpr ElementKind kindOf<Action>() {
    return ElementKind::Action;
}

inline ElementKind kindOf(const Element& e) {
    return static_cast<ElementKind>(e.index());
}

// A cell has no id of its own: its key joins its slice and step.
QString cellKey(const Id& slice, const Id& step);

template <class T> QString keyOf(const T& element) {
    if constexpr (std::is_same_v<T, Cell>)
        return cellKey(element.slice, element.step);
    else
        return element.id;
}
QString keyOf(const Element& e);

// Names used in the interchange JSON and the workshop file ("teams", "stages", …).
QString pluralName(ElementKind kind);

// Interchange spellings of the enumerations; parse returns nullopt for an unknown word.
QString toString(TeamType t);
QString toString(StreamKind k);
QString toString(FlowKind k);
QString toString(NoteKind k);
QString toString(MapState s);
QString toString(CardField f);
QString toString(ActionStatus s);
QString toString(Criterion c);
QString toString(AgendaStep s);
std::optional<TeamType> parseTeamType(QStringView s);
std::optional<StreamKind> parseStreamKind(QStringView s);
std::optional<FlowKind> parseFlowKind(QStringView s);
std::optional<NoteKind> parseNoteKind(QStringView s);
std::optional<MapState> parseMapState(QStringView s);
std::optional<CardField> parseCardField(QStringView s);
std::optional<ActionStatus> parseActionStatus(QStringView s);
std::optional<Criterion> parseCriterion(QStringView s);
std::optional<AgendaStep> parseAgendaStep(QStringView s);

} // namespace sb
