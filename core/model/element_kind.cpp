#include "element_kind.h"

#include <QStringList>

namespace sb {

namespace {

template <class E, size_t N>
std::optional<E> parseWord(QStringView s, const std::array<const char*, N>& words) {
    for (size_t i = 0; i < N; ++i)
        if (s == QLatin1String(words[i]))
            return static_cast<E>(i);
    return std::nullopt;
}

constexpr std::array<const char*, 4> teamTypeWords = {"stream-aligned", "platform", "enabling",
                                                      "complicated-subsystem"};
constexpr std::array<const char*, 2> streamKindWords = {"customer", "supporting"};
constexpr std::array<const char*, 3> flowKindWords = {"push", "pull", "rework"};
constexpr std::array<const char*, 2> noteKindWords = {"sticky", "kaizen"};
constexpr std::array<const char*, 2> mapStateWords = {"current", "future"};
constexpr std::array<const char*, cardFieldCount> cardFieldWords = {
    "for",       "trigger",           "finishLine",     "outcome",
    "northStar", "supportingMetrics", "revenueStreams", "policies",
    "owns",      "reliesOn",          "capabilities",   "interfaces",
    "risks"};
constexpr std::array<const char*, elementKindCount> pluralWords = {
    "teams", "slices",       "steps",        "cells", "streams", "stages",
    "flows", "capabilities", "dependencies", "notes", "actions"};
constexpr std::array<const char*, 4> actionStatusWords = {"planned", "in-progress", "done",
                                                          "dropped"};
constexpr std::array<const char*, criterionCount> criterionWords = {
    "timeIntegrity",      "customerClarity", "policyDeltas",
    "cadenceAndLearning", "blastRadius",     "simplicity"};
constexpr std::array<const char*, agendaStepCount> agendaStepWords = {
    "slices", "outcomes", "timeline", "grid", "divergences", "streams", "shared", "staffing"};

template <class E, size_t N> QString word(E value, const std::array<const char*, N>& words) {
    const auto i = static_cast<size_t>(value);
    return i < N ? QString(QLatin1String(words[i])) : QString();
}

} // namespace

QString cellKey(const Id& slice, const Id& step) {
    return slice + QChar(0x1f) + step;
}

QString keyOf(const Element& e) {
    return std::visit([](const auto& element) { return keyOf(element); }, e);
}

QString pluralName(ElementKind kind) {
    return word(kind, pluralWords);
}
QString toString(TeamType t) {
    return word(t, teamTypeWords);
}
QString toString(StreamKind k) {
    return word(k, streamKindWords);
}
QString toString(FlowKind k) {
    return word(k, flowKindWords);
}
QString toString(NoteKind k) {
    return word(k, noteKindWords);
}
QString toString(MapState s) {
    return word(s, mapStateWords);
}
QString toString(CardField f) {
    return word(f, cardFieldWords);
}
QString toString(ActionStatus s) {
    return word(s, actionStatusWords);
}
QString toString(Criterion c) {
    return word(c, criterionWords);
}
QString toString(AgendaStep s) {
    return word(s, agendaStepWords);
}
std::optional<TeamType> parseTeamType(QStringView s) {
    return parseWord<TeamType>(s, teamTypeWords);
}
std::optional<StreamKind> parseStreamKind(QStringView s) {
    return parseWord<StreamKind>(s, streamKindWords);
}
std::optional<FlowKind> parseFlowKind(QStringView s) {
    return parseWord<FlowKind>(s, flowKindWords);
}
std::optional<NoteKind> parseNoteKind(QStringView s) {
    return parseWord<NoteKind>(s, noteKindWords);
}
std::optional<MapState> parseMapState(QStringView s) {
    return parseWord<MapState>(s, mapStateWords);
}
std::optional<CardField> parseCardField(QStringView s) {
    return parseWord<CardField>(s, cardFieldWords);
}
std::optional<ActionStatus> parseActionStatus(QStringView s) {
    return parseWord<ActionStatus>(s, actionStatusWords);
}
std::optional<Criterion> parseCriterion(QStringView s) {
    return parseWord<Criterion>(s, criterionWords);
}
std::optional<AgendaStep> parseAgendaStep(QStringView s) {
    return parseWord<AgendaStep>(s, agendaStepWords);
}

QStringList defaultRoles() {
    return {QStringLiteral("Product"),    QStringLiteral("Engineering"),
            QStringLiteral("Design"),     QStringLiteral("QA"),
            QStringLiteral("Operations"), QStringLiteral("Customer success")};
}
QStringList defaultRequiredRoles() {
    return {QStringLiteral("Product"), QStringLiteral("Engineering")};
}

} // namespace sb
