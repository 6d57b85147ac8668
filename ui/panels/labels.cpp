#include "labels.h"

#include "commands/field_labels.h"

#include <QCoreApplication>
#include <array>

namespace sb::panels {

namespace {

struct LabelsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::panels)
};

template <class E, size_t N> QString pick(E value, const std::array<const char*, N>& words) {
    const auto i = static_cast<size_t>(value);
    return i < N ? LabelsTr::tr(words[i]) : QString();
}

} // namespace

QString kindTitle(ElementKind kind) {
    static const std::array<const char*, elementKindCount> words = {
        QT_TRANSLATE_NOOP("sb::panels", "Team"),
        QT_TRANSLATE_NOOP("sb::panels", "Customer slice"),
        QT_TRANSLATE_NOOP("sb::panels", "Journey step"),
        QT_TRANSLATE_NOOP("sb::panels", "Grid cell"),
        QT_TRANSLATE_NOOP("sb::panels", "Value stream"),
        QT_TRANSLATE_NOOP("sb::panels", "Stage"),
        QT_TRANSLATE_NOOP("sb::panels", "Flow"),
        QT_TRANSLATE_NOOP("sb::panels", "Capability"),
        QT_TRANSLATE_NOOP("sb::panels", "Dependency"),
        QT_TRANSLATE_NOOP("sb::panels", "Note"),
        QT_TRANSLATE_NOOP("sb::panels", "Action")};
    return pick(kind, words);
}

QString teamTypeLabel(TeamType type) {
    static const std::array<const char*, 4> words = {
        QT_TRANSLATE_NOOP("sb::panels", "Stream-aligned"),
        QT_TRANSLATE_NOOP("sb::panels", "Platform"), QT_TRANSLATE_NOOP("sb::panels", "Enabling"),
        QT_TRANSLATE_NOOP("sb::panels", "Complicated subsystem")};
    return pick(type, words);
}

QString streamKindLabel(StreamKind kind) {
    static const std::array<const char*, 2> words = {QT_TRANSLATE_NOOP("sb::panels", "Customer"),
                                                     QT_TRANSLATE_NOOP("sb::panels", "Supporting")};
    return pick(kind, words);
}

QString flowKindLabel(FlowKind kind) {
    static const std::array<const char*, 3> words = {QT_TRANSLATE_NOOP("sb::panels", "Push"),
                                                     QT_TRANSLATE_NOOP("sb::panels", "Pull"),
                                                     QT_TRANSLATE_NOOP("sb::panels", "Rework")};
    return pick(kind, words);
}

QString actionStatusLabel(ActionStatus status) {
    static const std::array<const char*, 4> words = {
        QT_TRANSLATE_NOOP("sb::panels", "Planned"), QT_TRANSLATE_NOOP("sb::panels", "In progress"),
        QT_TRANSLATE_NOOP("sb::panels", "Done"), QT_TRANSLATE_NOOP("sb::panels", "Dropped")};
    return pick(status, words);
}

QString noteKindLabel(NoteKind kind) {
    static const std::array<const char*, 2> words = {
        QT_TRANSLATE_NOOP("sb::panels", "Sticky note"),
        QT_TRANSLATE_NOOP("sb::panels", "Kaizen burst")};
    return pick(kind, words);
}

QString mapStateLabel(MapState state) {
    static const std::array<const char*, 2> words = {
        QT_TRANSLATE_NOOP("sb::panels", "Current state"),
        QT_TRANSLATE_NOOP("sb::panels", "Future state")};
    return pick(state, words);
}

QString nameWithState(const QString& name, MapState state) {
    const bool future = state == MapState::Future;
    //: The word that names a map's state in "Future state" and "%1 (future)"
    const QString word = future ? LabelsTr::tr("future") : LabelsTr::tr("current");
    if (name.contains(word, Qt::CaseInsensitive))
        return name;
    return future ? LabelsTr::tr("%1 (future)").arg(name) : LabelsTr::tr("%1 (current)").arg(name);
}

QString cardFieldLabel(CardField field) {
    return fields::cardFieldName(field);
}

QString cardFieldHint(CardField field) {
    static const std::array<const char*, cardFieldCount> words = {
        QT_TRANSLATE_NOOP("sb::panels", "Which customers, segments or jobs it serves"),
        QT_TRANSLATE_NOOP("sb::panels", "What starts the stream"),
        QT_TRANSLATE_NOOP("sb::panels", "When value is realised"),
        QT_TRANSLATE_NOOP("sb::panels", "We win when … happens for …"),
        QT_TRANSLATE_NOOP("sb::panels", "The one measure of success"),
        QT_TRANSLATE_NOOP("sb::panels", "Measures that explain the north star"),
        QT_TRANSLATE_NOOP("sb::panels", "How this stream makes money, if it does"),
        QT_TRANSLATE_NOOP("sb::panels", "Rules, service levels and limits it works under"),
        QT_TRANSLATE_NOOP("sb::panels", "What this stream owns outright"),
        QT_TRANSLATE_NOOP("sb::panels", "What it uses from others"),
        QT_TRANSLATE_NOOP("sb::panels", "Key capabilities and systems, owned or used"),
        QT_TRANSLATE_NOOP("sb::panels", "Contracts with other streams and services"),
        QT_TRANSLATE_NOOP("sb::panels", "How it typically fails")};
    return pick(field, words);
}

} // namespace sb::panels
