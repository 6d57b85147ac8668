#include "rule_text.h"

#include <QCoreApplication>

namespace sb::rules {

QString quoted(const ElementIndex& index, const Id& id) {
    return Tr::tr("“%1”").arg(index.nameOf(id));
}

QString sentenceList(const QStringList& items) {
    if (items.size() < 2)
        return items.value(0);
    return Tr::tr("%1 and %2").arg(items.first(items.size() - 1).join(Tr::tr(", ")), items.last());
}

QStringList namesOf(const ElementIndex& index, const QList<Id>& ids) {
    QStringList names;
    names.reserve(ids.size());
    for (const Id& id : ids)
        names.append(index.nameOf(id));
    return names;
}

QString streamsDependOnIt(qsizetype streams) {
    return streams == 1 ? Tr::tr("1 stream depends on it")
                        : Tr::tr("%1 streams depend on it").arg(streams);
}

Finding makeFinding(const char* rule, Severity severity, QList<Id> subjects, QString message) {
    return {QString::fromLatin1(rule), severity, std::move(subjects), std::move(message)};
}

} // namespace sb::rules
