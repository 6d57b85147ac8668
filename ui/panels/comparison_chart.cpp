#include "comparison_chart.h"

#include "chart_style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int groupHeight = 46;
constexpr int chrome = 120;
constexpr int minimumBarGroups = 2; // below, Qt squeezes the value axis's labels and title to "..."
constexpr int longestCategoryName =
    150; // pixels of a category's name, where the chart is wide enough
} // namespace

ComparisonChart::ComparisonChart(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

// Made with the first data: a window opens with three of these, most often on a map that
// compares with nothing, and each chart took a few hundred kilobytes.
void ComparisonChart::makeChart() {
    if (m_chart)
        return;
    m_chart = charts::newChart();
    m_view = charts::newChartView(m_chart, this);
    m_series = new QHorizontalBarSeries;
    m_before = new QBarSet(tr("Current"));
    m_after = new QBarSet(tr("Future"));
    m_categories = new QBarCategoryAxis;
    m_values = new QValueAxis;
    m_before->setColor(charts::baselineColor());
    m_before->setBorderColor(charts::baselineColor());
    m_after->setColor(charts::futureColor());
    m_after->setBorderColor(charts::futureColor());
    // Qt draws a horizontal bar chart bottom to top, bar sets too: the future set comes first so
    // the current state's bar is above it, and the legend lists them the other way round.
    m_series->append(m_after);
    m_series->append(m_before);
    m_chart->legend()->setReverseMarkers(true);
    m_series->setBarWidth(0.8);
    m_chart->addSeries(m_series);
    m_categories->setLabelsFont(charts::labelFont());
    m_categories->setGridLineVisible(false);
    m_values->setLabelsFont(charts::labelFont());
    m_values->setTitleFont(charts::labelFont());
    m_values->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);

    layout()->addWidget(m_view);
}

void ComparisonChart::setData(const QString& beforeName, const QString& afterName,
                              const QStringList& categories, const QList<qreal>& before,
                              const QList<qreal>& after, const QString& valueTitle) {
    makeChart();
    m_before->setLabel(beforeName);
    m_after->setLabel(afterName);
    m_names = categories;
    // Bottom to top: the last category given comes first.
    charts::setBarValues(m_before, QList<qreal>(before.crbegin(), before.crend()));
    charts::setBarValues(m_after, QList<qreal>(after.crbegin(), after.crend()));
    qreal largest = 0;
    for (qreal v : before + after)
        largest = std::max(largest, v);
    m_values->setRange(0, largest > 0 ? largest * 1.05 : 1);
    m_values->applyNiceNumbers();
    if (largest > 0 && largest < 5) // counts: whole steps
        m_values->setTickCount(static_cast<int>(std::ceil(m_values->max())) + 1);
    m_values->setTitleText(valueTitle);
    fitToWidth();
    m_view->setFixedHeight(
        chrome +
        groupHeight * std::max<int>(minimumBarGroups, static_cast<int>(categories.size())));
}

void ComparisonChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitToWidth();
}

void ComparisonChart::fitToWidth() {
    if (!m_chart)
        return;
    const QStringList names =
        charts::categoryNames(m_names, std::min(longestCategoryName, width() * 3 / 10));
    const QStringList bottomUp(names.crbegin(), names.crend());
    if (bottomUp != m_categories->categories())
        m_categories->setCategories(bottomUp);
}

} // namespace sb::panels
