#include "rule_text.h"

#include <QCoreApplication>

namespace sb::rules {

QString tr(const char* text) {
    return QCoreApplication::translate("sb::analysis", text);
}

QString quoted(const ElementIndex& index, const Id& id) {
    return tr("“%1”").arg(index.nameOf(id));
}

QString sentenceList(const QStringList& items) {
    if (items.size() < 2)
        return items.value(0);
    return tr("%1 and %2").arg(items.first(items.size() - 1).join(tr(", ")), items.last());
}

QStringList namesOf(const ElementIndex& index, const QList<Id>& ids) {
    QStringList names;
    names.reserve(ids.size());
    for (const Id& id : ids)
        names.append(index.nameOf(id));
    return names;
}

QString streamsDependOnIt(qsizetype streams) {
    return streams == 1 ? tr("1 stream depends on it") : tr("%1 streams depend on it").arg(streams);
}

Finding makeFinding(const char* rule, Severity severity, QList<Id> subjects, QString message) {
    return {QString::fromLatin1(rule), severity, std::move(subjects), std::move(message)};
}

} // namespace sb::rules
