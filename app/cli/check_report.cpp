#include "check_report.h"

#include "analysis/analysis.h"
#include "analysis/element_index.h"
#include "facilitation/agenda.h"
#include "model/duration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace sb::cli {

namespace {

struct CheckReportTr {
    Q_DECLARE_TR_FUNCTIONS(sb::cli)
};

QJsonValue optionalNumber(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray toJsonArray(const QList<Id>& ids) {
    QJsonArray array;
    for (const Id& id : ids)
        array.append(id);
    return array;
}

QString percent(double fraction) {
    return QLocale().toString(fraction * 100, 'f', 1) + u'%';
}

QJsonValue comparedJson(const std::optional<ComparedMetrics>& m) {
    if (!m)
        return QJsonValue::Null;
    return QJsonObject{
        {u"leadTimeSeconds"_s, optionalNumber(m->leadTime)},
        {u"processTimeSeconds"_s, optionalNumber(m->processTime)},
        {u"flowEfficiency"_s, optionalNumber(m->flowEfficiency)},
        {u"rolledPctCA"_s, m->rolledPctCA},
        {u"handoffs"_s, m->handoffs},
        {u"hops"_s, m->hops},
        {u"oneHopViolations"_s, m->oneHopViolations},
        {u"dependencyCycles"_s, m->dependencyCycles},
        {u"teams"_s, m->teams},
    };
}

// "(−39.4%)": the relative change, or nothing when either side is unknown or before is 0.
QString relativeChange(const std::optional<double>& before, const std::optional<double>& after) {
    if (!before || !after || *before == 0)
        return {};
    const double change = (*after - *before) / *before * 100;
    const QString sign = change < 0 ? u"\u2212"_s : change > 0 ? u"+"_s : QString();
    return u" ("_s + sign + QLocale().toString(std::abs(change), 'f', 1) + u"%)"_s;
}

QString durationOrUnknown(const std::optional<double>& seconds, double dayHours) {
    return seconds ? duration::format(*seconds, dayHours) : CheckReportTr::tr("unknown");
}

QString timeChange(const QString& label, const std::optional<double>& before,
                   const std::optional<double>& after, double dayHours) {
    return CheckReportTr::tr("%1 %2 → %3%4")
        .arg(label, durationOrUnknown(before, dayHours), durationOrUnknown(after, dayHours),
             relativeChange(before, after));
}

QString fractionChange(const QString& label, const std::optional<double>& before,
                       const std::optional<double>& after) {
    const auto shown = [](const std::optional<double>& f) {
        return f ? percent(*f) : CheckReportTr::tr("unknown");
    };
    return CheckReportTr::tr("%1 %2 → %3").arg(label, shown(before), shown(after));
}

// The counts of a comparison, as label and value; every one when all is set, else those that
// changed.
QStringList countChanges(const ComparedMetrics& before, const ComparedMetrics& after, bool all) {
    const std::pair<QString, int ComparedMetrics::*> counts[] = {
        {CheckReportTr::tr("handoffs"), &ComparedMetrics::handoffs},
        {CheckReportTr::tr("hops"), &ComparedMetrics::hops},
        {CheckReportTr::tr("teams"), &ComparedMetrics::teams},
        {CheckReportTr::tr("one-hop violations"), &ComparedMetrics::oneHopViolations},
        {CheckReportTr::tr("dependency cycles"), &ComparedMetrics::dependencyCycles},
    };
    QStringList parts;
    for (const auto& [label, field] : counts)
        if (all || before.*field != after.*field)
            parts.append(
                CheckReportTr::tr("%1 %2 → %3")
                    .arg(label, QString::number(before.*field), QString::number(after.*field)));
    return parts;
}

// Names through an ElementIndex: Map::nameOf searches every list, too slow for large maps.
QString joinedNames(const ElementIndex& index, const QList<Id>& ids, const QString& separator) {
    QStringList names;
    names.reserve(ids.size());
    for (const Id& id : ids)
        names.append(index.nameOf(id));
    return names.join(separator);
}

// An action as the interchange JSON writes it.
QJsonObject actionJson(const Action& action) {
    return QJsonObject{
        {u"id"_s, action.id},
        {u"title"_s, action.title},
        {u"owner"_s, action.owner.isEmpty() ? QJsonValue(QJsonValue::Null) : action.owner},
        {u"due"_s, action.due.isValid() ? QJsonValue(action.due.toString(Qt::ISODate))
                                        : QJsonValue(QJsonValue::Null)},
        {u"status"_s, toString(action.status)},
        {u"note"_s, action.note},
        {u"links"_s, toJsonArray(action.links)},
        {u"findings"_s, QJsonArray::fromStringList(action.findings)},
    };
}

QString days(const std::optional<double>& value) {
    return value ? CheckReportTr::tr("%1 d").arg(QLocale().toString(*value, 'f', 1))
                 : CheckReportTr::tr("none");
}

void writeMeasuredText(const FlowMeasures& m, QTextStream& out) {
    out << u"    "_s
        << CheckReportTr::tr("measured %1 to %2: velocity %3, load %4, flow time median %5, "
                             "85th percentile %6, flow efficiency %7")
               .arg(m.period.from.toString(Qt::ISODate), m.period.to.toString(Qt::ISODate))
               .arg(m.velocity)
               .arg(m.load)
               .arg(days(m.flowTimeMedianDays), days(m.flowTimeP85Days),
                    m.flowEfficiency ? percent(*m.flowEfficiency) : CheckReportTr::tr("none"))
        << u'\n';
}

} // namespace

bool hasErrors(const AnalysisResult& result) {
    return std::any_of(result.findings.cbegin(), result.findings.cend(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

QJsonObject comparisonJson(const MapComparison& comparison) {
    QJsonArray streams;
    for (const StreamComparison& row : comparison.streams)
        streams.append(QJsonObject{{u"id"_s, row.stream},
                                   {u"name"_s, row.name},
                                   {u"before"_s, comparedJson(row.before)},
                                   {u"after"_s, comparedJson(row.after)}});
    return QJsonObject{
        {u"baseline"_s, comparison.baseline},
        {u"streams"_s, streams},
        {u"totals"_s, QJsonObject{{u"before"_s, comparedJson(comparison.totalsBefore)},
                                  {u"after"_s, comparedJson(comparison.totalsAfter)}}}};
}

void writeComparisonText(const MapComparison& comparison, double dayHours, QTextStream& out) {
    const ComparedMetrics& before = comparison.totalsBefore;
    const ComparedMetrics& after = comparison.totalsAfter;
    out << u"  "_s
        << CheckReportTr::tr("Compared with “%1”: %2, %3")
               .arg(comparison.baseline,
                    timeChange(CheckReportTr::tr("lead time"), before.leadTime, after.leadTime,
                               dayHours),
                    timeChange(CheckReportTr::tr("process time"), before.processTime,
                               after.processTime, dayHours))
        << u'\n';
    out << u"    "_s
        << fractionChange(CheckReportTr::tr("flow efficiency"), before.flowEfficiency,
                          after.flowEfficiency)
        << u", "_s
        << fractionChange(CheckReportTr::tr("rolled %C&A"), before.rolledPctCA, after.rolledPctCA)
        << u'\n';
    out << u"    "_s << countChanges(before, after, true).join(u", "_s) << u'\n';
    const int left[] = {comparison.streamsWithoutLeadTimeBefore,
                        comparison.streamsWithoutLeadTimeAfter};
    if (left[0] + left[1] > 0)
        out << u"    "_s
            << CheckReportTr::tr(
                   "Time sums leave out streams whose flows go round in a circle: %1 before, %2 "
                   "after")
                   .arg(left[0])
                   .arg(left[1])
            << u'\n';
    for (const StreamComparison& row : comparison.streams) {
        out << u"    "_s << row.name << u": "_s;
        if (!row.before) {
            out << CheckReportTr::tr("new, lead time %1")
                       .arg(durationOrUnknown(row.after->leadTime, dayHours));
        } else if (!row.after) {
            out << CheckReportTr::tr("only in “%1”, lead time %2")
                       .arg(comparison.baseline, durationOrUnknown(row.before->leadTime, dayHours));
        } else {
            QStringList parts{timeChange(CheckReportTr::tr("lead time"), row.before->leadTime,
                                         row.after->leadTime, dayHours)};
            parts += countChanges(*row.before, *row.after, false);
            out << parts.join(u", "_s);
        }
        out << u'\n';
    }
}

QJsonObject measuredJson(const FlowMeasures& m) {
    QJsonObject distribution;
    for (int k = 0; k < flowItemKindCount; ++k)
        distribution.insert(toString(static_cast<FlowItemKind>(k)), m.distribution[k]);
    QJsonArray stages;
    for (const StageMeasure& stage : m.stages)
        stages.append(QJsonObject{{u"id"_s, stage.stage},
                                  {u"medianDays"_s, optionalNumber(stage.medianDays)},
                                  {u"p85Days"_s, optionalNumber(stage.p85Days)}});
    return QJsonObject{
        {u"from"_s, m.period.from.toString(Qt::ISODate)},
        {u"to"_s, m.period.to.toString(Qt::ISODate)},
        {u"velocity"_s, m.velocity},
        {u"distribution"_s, distribution},
        {u"flowTimeDays"_s, QJsonObject{{u"median"_s, optionalNumber(m.flowTimeMedianDays)},
                                        {u"p85"_s, optionalNumber(m.flowTimeP85Days)}}},
        {u"load"_s, m.load},
        {u"flowEfficiency"_s, optionalNumber(m.flowEfficiency)},
        {u"stages"_s, stages},
    };
}

QJsonArray agendaJson(const Map& map, const AnalysisResult& result) {
    QJsonArray agenda;
    for (const AgendaItem& item : agendaProgress(map, result))
        agenda.append(QJsonObject{{u"id"_s, toString(item.step)},
                                  {u"done"_s, item.done},
                                  {u"progress"_s, item.progress}});
    return agenda;
}

QJsonObject checkReportJson(const Map& map, const AnalysisResult& result,
                            const std::optional<MapComparison>& comparison,
                            const MeasureDates& dates) {
    QJsonArray streams;
    for (qsizetype i = 0; i < map.streams.size(); ++i) {
        const Stream& stream = map.streams[i];
        const StreamMetrics& m = result.metrics[i];
        const StreamAnalysis& a = result.streams[i];
        streams.append(QJsonObject{
            {u"id"_s, stream.id},
            {u"name"_s, stream.name},
            {u"leadTimeSeconds"_s, optionalNumber(m.leadTime)},
            {u"processTimeSeconds"_s, optionalNumber(m.processTime)},
            {u"flowEfficiency"_s, optionalNumber(m.flowEfficiency)},
            {u"rolledPctCA"_s, m.rolledPctCA},
            {u"handoffs"_s, m.handoffs},
            {u"hops"_s, a.hops},
            {u"teams"_s, toJsonArray(a.teams)},
            {u"criticalPath"_s, toJsonArray(m.criticalPath)},
        });
        if (const std::optional<FlowMeasures> measured =
                measureStream(stream, dates.from, dates.to)) {
            QJsonObject last = streams.last().toObject();
            last.insert(u"measured"_s, measuredJson(*measured));
            streams.replace(streams.size() - 1, last);
        }
    }
    QJsonArray findings;
    for (const Finding& f : result.findings)
        findings.append(QJsonObject{{u"rule"_s, f.rule},
                                    {u"severity"_s, toString(f.severity)},
                                    {u"subjects"_s, toJsonArray(f.subjects)},
                                    {u"message"_s, f.message}});
    QJsonObject report{{u"name"_s, map.info.name},
                       {u"state"_s, toString(map.info.state)},
                       {u"streams"_s, streams},
                       {u"findings"_s, findings}};
    QJsonArray actions;
    for (const Action& action : map.actions)
        actions.append(actionJson(action));
    report.insert(u"actions"_s, actions);
    if (comparison)
        report.insert(u"comparison"_s, comparisonJson(*comparison));
    report.insert(u"agenda"_s, agendaJson(map, result));
    return report;
}

void writeCheckReportText(const Map& map, const AnalysisResult& result, QTextStream& out,
                          const std::optional<MapComparison>& comparison,
                          const MeasureDates& dates) {
    const double dayHours = map.info.settings.workingDayHours;
    const ElementIndex index(map);
    const QString state = map.info.state == MapState::Future
                              ? CheckReportTr::tr("future-state map")
                              : CheckReportTr::tr("current-state map");
    out << map.info.name << u" ("_s << state;
    if (!map.info.baseline.isEmpty())
        out << u", "_s << CheckReportTr::tr("baseline “%1”").arg(map.info.baseline);
    out << u")\n"_s;
    if (map.streams.isEmpty())
        out << u"  "_s << CheckReportTr::tr("No streams.") << u'\n';
    for (qsizetype i = 0; i < map.streams.size(); ++i) {
        const StreamMetrics& m = result.metrics[i];
        out << u"  "_s << map.streams[i].name << u'\n';
        if (m.leadTime) {
            out << u"    "_s
                << CheckReportTr::tr("lead time %1, process time %2, flow efficiency %3")
                       .arg(duration::format(*m.leadTime, dayHours),
                            duration::format(*m.processTime, dayHours), percent(*m.flowEfficiency))
                << u'\n';
        } else {
            out << u"    "_s
                << CheckReportTr::tr("lead time unknown: its flows go round in a circle") << u'\n';
        }
        out << u"    "_s
            << CheckReportTr::tr("rolled %C&A %1, handoffs %2")
                   .arg(percent(m.rolledPctCA))
                   .arg(m.handoffs)
            << u'\n';
        const StreamAnalysis& a = result.streams[i];
        out << u"    "_s
            << CheckReportTr::tr("hops %1, teams: %2")
                   .arg(QString::number(a.hops), a.teams.isEmpty()
                                                     ? CheckReportTr::tr("none")
                                                     : joinedNames(index, a.teams, u", "_s))
            << u'\n';
        if (!m.criticalPath.isEmpty())
            out << u"    "_s
                << CheckReportTr::tr("critical path: %1")
                       .arg(joinedNames(index, m.criticalPath, u" → "_s))
                << u'\n';
        if (const std::optional<FlowMeasures> measured =
                measureStream(map.streams[i], dates.from, dates.to))
            writeMeasuredText(*measured, out);
    }
    if (comparison)
        writeComparisonText(*comparison, dayHours, out);
    qsizetype counts[3] = {0, 0, 0};
    for (const Finding& f : result.findings)
        ++counts[static_cast<int>(f.severity)];
    out << u"  "_s
        << CheckReportTr::tr("Findings: %1, %2, %3")
               .arg(counts[0] == 1 ? CheckReportTr::tr("1 error")
                                   : CheckReportTr::tr("%1 errors").arg(counts[0]),
                    counts[1] == 1 ? CheckReportTr::tr("1 warning")
                                   : CheckReportTr::tr("%1 warnings").arg(counts[1]),
                    CheckReportTr::tr("%n info", nullptr, static_cast<int>(counts[2])))
        << u'\n';
    for (const Finding& f : result.findings)
        out << u"    "_s << toString(f.severity).leftJustified(8) << f.rule.leftJustified(17)
            << f.message << u'\n';
}

} // namespace sb::cli
