#include "finding.h"

namespace sb {

QString toString(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString findingKey(const Finding& finding) {
    return finding.rule + u':' + finding.subjects.join(u',');
}

} // namespace sb
