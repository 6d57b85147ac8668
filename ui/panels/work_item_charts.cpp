#include "work_item_charts.h"

#include "chart_style.h"
#include "metrics/flow_charts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace sb::panels {

namespace {

constexpr double secondsPerDay = 86400;

qint64 msecsOf(QDate date) {
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QColor kindColor(int kind) {
    static const QColor colors[] = {QColor(0x3b, 0x7d, 0xd8), QColor(0xc6, 0x28, 0x28),
                                    QColor(0xd9, 0x8c, 0x00), QColor(0x7b, 0x4f, 0xb5)};
    return colors[std::clamp(kind, 0, 3)];
}

QString kindName(int kind) {
    switch (kind) {
    case 0:
        return WorkItemCharts::tr("Features");
    case 1:
        return WorkItemCharts::tr("Defects");
    case 2:
        return WorkItemCharts::tr("Risks");
    default:
        return WorkItemCharts::tr("Debt");
    }
}

void clear(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QDateTimeAxis* dateAxis(const MeasuredPeriod& period) {
    auto* axis = new QDateTimeAxis;
    axis->setFormat(QLocale().dateFormat(QLocale::ShortFormat).remove(u'y').remove(u'Y'));
    axis->setRange(QDateTime::fromMSecsSinceEpoch(msecsOf(period.from), Qt::UTC),
                   QDateTime::fromMSecsSinceEpoch(msecsOf(period.to.addDays(1)), Qt::UTC));
    axis->setLabelsFont(charts::labelFont());
    axis->setTickCount(5);
    return axis;
}

QValueAxis* valueAxis(const QString& title, double max) {
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, max * 1.1));
    axis->setTitleText(title);
    axis->setTitleFont(charts::titleFont());
    axis->setLabelsFont(charts::labelFont());
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers(); // whole ticks: 0, 2, 4… rather than 0, 2.5, 5
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y) {
    chart->addSeries(series);
    if (!chart->axes(Qt::Horizontal).contains(x))
        chart->addAxis(x, Qt::AlignBottom);
    if (!chart->axes(Qt::Vertical).contains(y))
        chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

QWidget* chartBox(QChart* chart, const QString& title, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(charts::newSectionTitle(title, box));
    QChartView* view = charts::newChartView(chart, box);
    view->setMinimumHeight(240);
    layout->addWidget(view);
    return box;
}

void drawScatter(QChart* chart, const WorkItems& work, const MeasuredPeriod& period,
                 const FlowMeasures& measures) {
    const QList<FlowTimePoint> points = flowTimePoints(work, period);
    auto* items = new QScatterSeries;
    items->setName(WorkItemCharts::tr("Items done"));
    items->setMarkerSize(8);
    items->setColor(charts::workColor());
    double top = 0;
    for (const FlowTimePoint& p : points) {
        items->append(double(p.done) * 1000, p.flowDays);
        top = std::max(top, p.flowDays);
    }
    QDateTimeAxis* x = dateAxis(period);
    QValueAxis* y = valueAxis(WorkItemCharts::tr("Days"), top);
    attach(chart, items, x, y);
    const std::pair<std::optional<double>, QString> lines[] = {
        {measures.flowTimeMedianDays, WorkItemCharts::tr("50%: %1 d")},
        {measures.flowTimeP85Days, WorkItemCharts::tr("85%: %1 d")}};
    int i = 0;
    for (const auto& [value, name] : lines) {
        if (!value)
            continue;
        auto* line = new QLineSeries;
        line->setName(name.arg(QLocale().toString(*value, 'f', 1)));
        line->append(double(msecsOf(period.from)), *value);
        line->append(double(msecsOf(period.to.addDays(1))), *value);
        QPen pen(i++ == 0 ? charts::betterColor() : charts::waitColor());
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        attach(chart, line, x, y);
    }
}

void drawCumulativeFlow(QChart* chart, const WorkItems& work, const MeasuredPeriod& period) {
    const QList<QList<int>> counts = cumulativeFlow(work, period);
    const QStringList& states = work.setup.states;
    QDateTimeAxis* x = dateAxis(period);
    int top = 0;
    for (const QList<int>& day : counts)
        top = std::max(top, day.value(0));
    QValueAxis* y = valueAxis(WorkItemCharts::tr("Items"), top);
    QLineSeries* lower = nullptr;
    // Done at the bottom, the first state on top: each band is the items in that state.
    for (qsizetype s = states.size() - 1; s >= 0; --s) {
        auto* upper = new QLineSeries;
        for (qsizetype d = 0; d < counts.size(); ++d) {
            const double at = double(msecsOf(period.from.addDays(d + 1)));
            upper->append(at, counts[d][s]);
        }
        auto* band = new QAreaSeries(upper, lower);
        band->setName(states[s]);
        const double shade = states.size() > 1 ? double(s) / double(states.size() - 1) : 0;
        band->setColor(
            QColor::fromHsvF(0.58, 0.15 + 0.55 * (1 - shade), 0.95 - 0.35 * (1 - shade)));
        band->setBorderColor(Qt::white);
        attach(chart, band, x, y);
        lower = upper;
    }
}

void drawAging(QChart* chart, const WorkItems& work, const MeasuredPeriod& period) {
    const QList<AgingPoint> points = workItemAging(work, period);
    const QStringList& states = work.setup.states;
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setLabelsFont(charts::labelFont());
    for (qsizetype s = 0; s + 1 < states.size(); ++s)
        x->append(states[s], double(s));
    x->setRange(-0.5, std::max<double>(0.5, double(states.size()) - 1.5));
    auto* items = new QScatterSeries;
    items->setName(WorkItemCharts::tr("Items in progress"));
    items->setMarkerSize(8);
    items->setColor(charts::waitColor());
    double top = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        // Spread a state's items a little so that equal ages stay visible.
        const double spread = (i % 5 - 2) * 0.06;
        items->append(double(points[i].state) + spread, points[i].ageDays);
        top = std::max(top, points[i].ageDays);
    }
    attach(chart, items, x, valueAxis(WorkItemCharts::tr("Days"), top));
}

void drawWeekly(QChart* chart, const WorkItems& work, const MeasuredPeriod& period) {
    const QList<FlowCounts> weeks = doneByWeek(work, period);
    auto* series = new QStackedBarSeries;
    QStringList labels;
    for (qsizetype w = 0; w < weeks.size(); ++w)
        labels.append(QLocale().toString(period.from.addDays(7 * w), u"d MMM"_qs));
    int top = 0;
    for (const FlowCounts& week : weeks)
        top = std::max(top, week.total());
    for (int kind = 0; kind < 4; ++kind) {
        auto* set = new QBarSet(kindName(kind));
        set->setColor(kindColor(kind));
        set->setBorderColor(kindColor(kind));
        for (const FlowCounts& week : weeks) {
            const int values[] = {week.features, week.defects, week.risks, week.debt};
            set->append(values[kind]);
        }
        series->append(set);
    }
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsFont(charts::labelFont());
    attach(chart, series, x, valueAxis(WorkItemCharts::tr("Items done"), top));
}

} // namespace

WorkItemCharts::WorkItemCharts(QWidget* parent)
    : QWidget(parent)
    , m_period(charts::newNote({}, this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_period);
    setVisible(false);
}

// Made when a stream first has items to chart: most maps have none, and four chart views took
// a quarter of a megabyte of every window.
void WorkItemCharts::makeCharts() {
    if (m_scatter)
        return;
    m_scatter = charts::newChart();
    m_cumulative = charts::newChart();
    m_aging = charts::newChart();
    m_weekly = charts::newChart();
    layout()->addWidget(chartBox(m_scatter, tr("Flow time of the items done"), this));
    layout()->addWidget(chartBox(m_cumulative, tr("Cumulative flow"), this));
    layout()->addWidget(chartBox(m_aging, tr("Work-item aging"), this));
    layout()->addWidget(chartBox(m_weekly, tr("Done per week"), this));
}

void WorkItemCharts::setStream(const Stream* stream) {
    const std::optional<FlowMeasures> measures =
        stream ? measureStream(*stream) : std::optional<FlowMeasures>();
    if (m_scatter)
        for (QChart* chart : {m_scatter, m_cumulative, m_aging, m_weekly})
            clear(chart);
    setVisible(measures.has_value());
    if (!measures)
        return;
    makeCharts();
    const WorkItems& work = stream->workItems;
    const MeasuredPeriod& period = measures->period;
    m_period->setText(tr("Measured from %1 work items, %2 to %3.")
                          .arg(work.items.size())
                          .arg(QLocale().toString(period.from, QLocale::ShortFormat),
                               QLocale().toString(period.to, QLocale::ShortFormat)));
    drawScatter(m_scatter, work, period, *measures);
    drawCumulativeFlow(m_cumulative, work, period);
    drawAging(m_aging, work, period);
    drawWeekly(m_weekly, work, period);
}

} // namespace sb::panels
