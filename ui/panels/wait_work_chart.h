#pragma once

#include "metrics_figures.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QLabel;
class QValueAxis;
QT_END_NAMESPACE

namespace sb::panels {

// Wait against work as stacked horizontal bars, one per stage (or per stream for the whole map),
// in hours, top to bottom in the order of the bars given. Qt draws the first category of a
// horizontal bar chart at the bottom, so the axis's categories and the sets' values run bottom
// to top: the last bar given comes first. Stages off the critical path are named under the chart.
// The longest wait is drawn in a deeper amber and named under the chart. The chart, its series,
// sets and axes are made once and only their values change, so an edit never makes the chart
// flicker.
class WaitWorkChart : public QWidget {
    Q_OBJECT
public:
    explicit WaitWorkChart(QWidget* parent = nullptr);

    // perStream: the bars are streams (the whole map), not stages.
    void setBars(const QList<WaitWorkBar>& bars, double workingDayHours, bool perStream);

    QChart* chart() const { return m_chart; }
    QChartView* view() const { return m_view; }
    QHorizontalStackedBarSeries* series() const { return m_series; }
    QBarSet* workSet() const { return m_work; }
    QBarSet* waitSet() const { return m_wait; }
    QBarCategoryAxis* categoryAxis() const { return m_categories; }
    QValueAxis* valueAxis() const { return m_values; }
    // The bar (in the order given) with the longest wait, -1 when nothing waits; its value in the
    // wait set (setIndex) is drawn selected, in a deeper amber.
    int longestWait() const { return m_longest; }
    // The index in the sets and categories of a bar in the order given.
    int setIndex(int bar) const;
    QLabel* longestWaitLabel() const { return m_longestLabel; }
    QLabel* offPathLabel() const { return m_offPathLabel; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateCategories();
    int labelWidth() const;
    void showToolTip(bool hovered, int index);

    QChart* m_chart;
    QChartView* m_view;
    QHorizontalStackedBarSeries* m_series;
    QBarSet* m_work;
    QBarSet* m_wait;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
    QLabel* m_longestLabel;
    QLabel* m_offPathLabel;
    QList<WaitWorkBar> m_bars;
    double m_workingDayHours = 24;
    int m_longest = -1;
    int m_labelWidth = 0;
};

} // namespace sb::panels
