#include "comparison_rows.h"

#include "metric_text.h"
#include "model/duration.h"

#include <QCoreApplication>
#include <cmath>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

namespace {

struct ComparisonRowsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::panels::ComparisonPanel)
};

const QString minus = QString(QChar(0x2212));

QString signedText(double difference, const QString& magnitude) {
    return (difference < 0 ? minus : u"+"_s) + magnitude;
}

QString share(double difference, double before) {
    if (before == 0)
        return {};
    return u" ("_s +
           signedText(difference,
                      QString::number(std::abs(difference / before) * 100, 'f', 1) + u'%') +
           u')';
}

enum class Kind { Duration, Fraction, Count };

struct Metric {
    const char* name;
    Kind kind;
    bool higherIsBetter;
    std::optional<double> (*value)(const ComparedMetrics&);
    // What the figure needs to measure anything: nothing, stages, or stages and a lead time
    // above 0 (flow efficiency: 0 ÷ 0).
    enum class Needs { Nothing, Stages, LeadTime } needs = Needs::Nothing;
};
using Needs = Metric::Needs;

const Metric metrics[comparisonRowCount] = {
    {QT_TRANSLATE_NOOP("sb::panels::ComparisonPanel", "Lead time"), Kind::Duration, false,
     [](const ComparedMetrics& m) { return m.leadTime; }, Needs::Stages},
    {QT_TRANSLATE_NOOP("sb::panels::ComparisonPanel", "Process time"), Kind::Duration, false,
     [](const ComparedMetrics& m) { return m.processTime; }, Needs::Stages},
    {QT_TRANSLATE_NOOP("sb::panels::ComparisonPanel", "Flow efficiency"), Kind::Fraction, true,
     [](const ComparedMetrics& m) { return m.flowEfficiency; }, Needs::LeadTime},
    {QT_TRANSLATE_NOOP("sb::panels::ComparisonPanel", "Rolled %C&A"), Kind::Fraction, true,
     [](const ComparedMetrics& m) { return std::optional<double>(m.rolledPctCA); }, Needs::Stages},
    {QT_TRANSLATE_NOOP("sb::panels::ComparisonPanel", "Handoffs"), Kind::Count, false,
     [](const ComparedMetrics& m) { return std::optional<double>(m.handoffs); }},
    {QT_TRANSLATE_NOOP("sb::panels::ComparisonPanel", "Hops"), Kind::Count, false,
     [](const ComparedMetrics& m) { return std::optional<double>(m.hops); }},
    {QT_TRANSLATE_NOOP("sb::panels::ComparisonPanel", "One-hop violations"), Kind::Count, false,
     [](const ComparedMetrics& m) { return std::optional<double>(m.oneHopViolations); }},
    {QT_TRANSLATE_NOOP("sb::panels::ComparisonPanel", "Dependency cycles"), Kind::Count, false,
     [](const ComparedMetrics& m) { return std::optional<double>(m.dependencyCycles); }},
    {QT_TRANSLATE_NOOP("sb::panels::ComparisonPanel", "Teams"), Kind::Count, false,
     [](const ComparedMetrics& m) { return std::optional<double>(m.teams); }},
};

// Whether side has something for metric to measure: stages, and for flow efficiency a lead time.
bool measurable(const Metric& metric, const ComparedMetrics& side, bool hasStages) {
    switch (metric.needs) {
    case Needs::Nothing:
        return true;
    case Needs::Stages:
        return hasStages;
    case Needs::LeadTime:
        return hasStages && (!side.leadTime || *side.leadTime > 0);
    }
    return true;
}

QString valueText(const Metric& metric, const std::optional<ComparedMetrics>& side,
                  double workingDayHours, bool measured) {
    if (!side)
        return u"–"_s;
    if (!measurable(metric, *side, measured))
        return metric_text::nothing();
    const std::optional<double> value = metric.value(*side);
    switch (metric.kind) {
    case Kind::Duration:
        return metric_text::duration(value, workingDayHours);
    case Kind::Fraction:
        return metric_text::percent(value);
    case Kind::Count:
        break;
    }
    return QString::number(qRound(value.value_or(0)));
}

ComparisonRow row(const Metric& metric, const std::optional<ComparedMetrics>& before,
                  const std::optional<ComparedMetrics>& after, double workingDayHours,
                  bool measuredBefore, bool measuredAfter) {
    ComparisonRow r;
    r.metric = ComparisonRowsTr::tr(metric.name);
    r.before = valueText(metric, before, workingDayHours, measuredBefore);
    r.after = valueText(metric, after, workingDayHours, measuredAfter);
    if (!before || !after) {
        r.change =
            before ? ComparisonRowsTr::tr("stream removed") : ComparisonRowsTr::tr("new stream");
        return r;
    }
    const std::optional<double> b = metric.value(*before);
    const std::optional<double> a = metric.value(*after);
    if (!b || !a || !measurable(metric, *before, measuredBefore) ||
        !measurable(metric, *after, measuredAfter)) {
        r.change = u"–"_s;
        return r;
    }
    const double difference = *a - *b;
    // Differences too small to show are no change: half a second, 0.05 points.
    const double smallest = metric.kind == Kind::Fraction ? 0.0005 : 0.5;
    if (std::abs(difference) < smallest) {
        r.change = ComparisonRowsTr::tr("no change");
        r.verdict = Verdict::Same;
        return r;
    }
    r.verdict = (difference > 0) == metric.higherIsBetter ? Verdict::Better : Verdict::Worse;
    switch (metric.kind) {
    case Kind::Duration:
        r.change = signedText(difference, duration::format(std::abs(difference), workingDayHours)) +
                   share(difference, *b);
        break;
    case Kind::Fraction:
        r.change = signedText(difference, QString::number(std::abs(difference) * 100, 'f', 1)) +
                   u' ' + ComparisonRowsTr::tr("points");
        break;
    case Kind::Count:
        r.change = signedText(difference, QString::number(qRound(std::abs(difference)))) +
                   share(difference, *b);
        break;
    }
    return r;
}

} // namespace

QList<ComparisonRow> comparisonRows(const std::optional<ComparedMetrics>& before,
                                    const std::optional<ComparedMetrics>& after,
                                    double workingDayHours, bool measuredBefore,
                                    bool measuredAfter) {
    QList<ComparisonRow> rows;
    for (const Metric& metric : metrics)
        rows.append(row(metric, before, after, workingDayHours, measuredBefore, measuredAfter));
    return rows;
}

} // namespace sb::panels
