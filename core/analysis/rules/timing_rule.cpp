#include "rules.h"

#include <QCoreApplication>
#include <array>
#include <cmath>

namespace sb::rules {

namespace {

// Stand-in for sb::duration::format until core/model/duration.cpp lands: the two largest units,
// rounded to the smaller one ("1d 4h", "45m").
QString formatDuration(double seconds, double workingDayHours) {
    struct Unit {
        double seconds;
        QChar symbol;
    };
    const double day = workingDayHours * 3600;
    const std::array<Unit, 5> units = {{{day * (workingDayHours < 24 ? 5 : 7), u'w'},
                                        {day, u'd'},
                                        {3600, u'h'},
                                        {60, u'm'},
                                        {1, u's'}}};
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    double rest = std::abs(seconds);
    size_t large = 0;
    while (large + 1 < units.size() && rest < units[large].seconds)
        ++large;
    const Unit& small = units[std::min(large + 1, units.size() - 1)];
    rest = std::round(rest / small.seconds) * small.seconds;
    while (large > 0 && rest >= units[large - 1].seconds)
        --large;
    const double whole = std::floor(rest / units[large].seconds);
    QString text = sign + QString::number(whole, 'f', 0) + units[large].symbol;
    if (large + 1 < units.size()) {
        const double part = std::round((rest - whole * units[large].seconds) / small.seconds);
        if (part > 0)
            text += QLatin1Char(' ') + QString::number(part, 'f', 0) + small.symbol;
    }
    return text;
}

} // namespace

void timing(const AnalysisContext& context, QList<Finding>& findings) {
    const double dayHours = context.map.info.settings.workingDayHours;
    for (const Stage& stage : context.map.stages) {
        if (!(stage.leadTime < stage.processTime))
            continue;
        Finding finding;
        finding.rule = QStringLiteral("timing");
        finding.severity = Severity::Error;
        finding.subjects = {stage.id};
        finding.message =
            QCoreApplication::translate(
                "sb::analysis", "“%1” waits less than it works: lead time %2 is shorter than "
                                "process time %3. Lead time includes process time.")
                .arg(context.index.nameOf(stage.id), formatDuration(stage.leadTime, dayHours),
                     formatDuration(stage.processTime, dayHours));
        findings.append(finding);
    }
}

} // namespace sb::rules
