#include "metric_text.h"

#include "model/duration.h"

#include <QCoreApplication>

namespace sb::panels::metric_text {

namespace {
QString unknown() {
    return QCoreApplication::translate("sb::panels", "unknown");
}
} // namespace

QString percent(double fraction) {
    return QString::number(fraction * 100, 'f', 1) + u'%';
}

QString duration(std::optional<double> seconds, double workingDayHours) {
    return seconds ? duration::format(*seconds, workingDayHours) : unknown();
}

QString percent(std::optional<double> fraction) {
    return fraction ? percent(*fraction) : unknown();
}

QString nothing() {
    return QStringLiteral("—");
}

} // namespace sb::panels::metric_text
