#include "check_report.h"

#include "analysis/analysis.h"
#include "analysis/element_index.h"
#include "model/duration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace sb::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sb::cli", text);
}

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

// Names through an ElementIndex: Map::nameOf searches every list, too slow for large maps.
QString joinedNames(const ElementIndex& index, const QList<Id>& ids, const QString& separator) {
    QStringList names;
    names.reserve(ids.size());
    for (const Id& id : ids)
        names.append(index.nameOf(id));
    return names.join(separator);
}

} // namespace

bool hasErrors(const AnalysisResult& result) {
    return std::any_of(result.findings.cbegin(), result.findings.cend(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

QJsonObject checkReportJson(const Map& map, const AnalysisResult& result) {
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
    }
    QJsonArray findings;
    for (const Finding& f : result.findings)
        findings.append(QJsonObject{{u"rule"_s, f.rule},
                                    {u"severity"_s, toString(f.severity)},
                                    {u"subjects"_s, toJsonArray(f.subjects)},
                                    {u"message"_s, f.message}});
    return QJsonObject{{u"name"_s, map.info.name},
                       {u"state"_s, toString(map.info.state)},
                       {u"streams"_s, streams},
                       {u"findings"_s, findings}};
}

void writeCheckReportText(const Map& map, const AnalysisResult& result, QTextStream& out) {
    const double dayHours = map.info.settings.workingDayHours;
    const ElementIndex index(map);
    const QString state =
        map.info.state == MapState::Future ? tr("future-state map") : tr("current-state map");
    out << map.info.name << u" ("_s << state;
    if (!map.info.baseline.isEmpty())
        out << u", "_s << tr("baseline “%1”").arg(map.info.baseline);
    out << u")\n"_s;
    if (map.streams.isEmpty())
        out << u"  "_s << tr("No streams.") << u'\n';
    for (qsizetype i = 0; i < map.streams.size(); ++i) {
        const StreamMetrics& m = result.metrics[i];
        out << u"  "_s << map.streams[i].name << u'\n';
        if (m.leadTime) {
            out << u"    "_s
                << tr("lead time %1, process time %2, flow efficiency %3")
                       .arg(duration::format(*m.leadTime, dayHours),
                            duration::format(*m.processTime, dayHours), percent(*m.flowEfficiency))
                << u'\n';
        } else {
            out << u"    "_s << tr("lead time unknown: its flows go round in a circle") << u'\n';
        }
        out << u"    "_s
            << tr("rolled %C&A %1, handoffs %2").arg(percent(m.rolledPctCA)).arg(m.handoffs)
            << u'\n';
        const StreamAnalysis& a = result.streams[i];
        out << u"    "_s
            << tr("hops %1, teams: %2")
                   .arg(QString::number(a.hops),
                        a.teams.isEmpty() ? tr("none") : joinedNames(index, a.teams, u", "_s))
            << u'\n';
        if (!m.criticalPath.isEmpty())
            out << u"    "_s
                << tr("critical path: %1").arg(joinedNames(index, m.criticalPath, u" → "_s))
                << u'\n';
    }
    qsizetype counts[3] = {0, 0, 0};
    for (const Finding& f : result.findings)
        ++counts[static_cast<int>(f.severity)];
    out << u"  "_s
        << tr("Findings: %1, %2, %3")
               .arg(counts[0] == 1 ? tr("1 error") : tr("%1 errors").arg(counts[0]),
                    counts[1] == 1 ? tr("1 warning") : tr("%1 warnings").arg(counts[1]),
                    tr("%1 info").arg(counts[2]))
        << u'\n';
    for (const Finding& f : result.findings)
        out << u"    "_s << toString(f.severity).leftJustified(8) << f.rule.leftJustified(17)
            << f.message << u'\n';
}

} // namespace sb::cli
