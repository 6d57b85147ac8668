#pragma once

#include "model/elements.h"

#include <QList>

namespace sb {

enum class Severity { Error, Warning, Info };
inline constexpr Severity allSeverities[] = {Severity::Error, Severity::Warning, Severity::Info};
QString toString(Severity severity); // "error", "warning", "info"

// One thing the analysis found. Rule ids are never translated; messages are.
struct Finding {
    QString rule; // "handoff", "one-hop", "timing", …
    Severity severity = Severity::Info;
    QList<Id> subjects;
    QString message;
    bool operator==(const Finding&) const = default;
};

// How an action refers to a finding: the rule id, a colon and the subject ids joined by commas,
// "one-hop:s-checkout,t-web,t-api". Neither is translated, so a key survives a change of
// language and of message; it names what the finding is about, not its wording. Findings of one
// rule about the same subjects share a key (a team's small size and its single-person roles are
// all "staffing:t-web"): an action that answers the key answers all of them.
QString findingKey(const Finding& finding);

} // namespace sb
