#pragma once

#include "analysis/analysis_context.h"
#include "analysis/finding.h"

#include <QCoreApplication>

// Pieces of the messages the rules share. Messages are translated in the context sb::analysis.
namespace sb::rules {

// The rules' messages are translated in the context sb::analysis: Tr::tr("…").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sb::analysis)
};

// The element's name in quotes: “Checkout”.
QString quoted(const ElementIndex& index, const Id& id);

// Names joined for a sentence: "A", "A and B", "A, B and C".
QString sentenceList(const QStringList& items);
QStringList namesOf(const ElementIndex& index, const QList<Id>& ids);
// "1 stream depends on it" or "3 streams depend on it".
QString streamsDependOnIt(qsizetype streams);

Finding makeFinding(const char* rule, Severity severity, QList<Id> subjects, QString message);

} // namespace sb::rules
