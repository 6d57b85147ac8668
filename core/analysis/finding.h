#pragma once

#include "model/elements.h"

#include <QList>

namespace sb {

enum class Severity { Error, Warning, Info };
QString toString(Severity severity); // "error", "warning", "info"

// One thing the analysis found. Rule ids are never translated; messages are.
struct Finding {
    QString rule; // "handoff", "one-hop", "timing", …
    Severity severity = Severity::Info;
    QList<Id> subjects;
    QString message;
    bool operator==(const Finding&) const = default;
};

} // namespace sb
