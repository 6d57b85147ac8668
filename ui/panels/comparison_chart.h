#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace sb::panels {

// Grouped horizontal bars: for each category (a stream) the current state's value beside the
// future state's. Horizontal so that stream names stay
// readable in a narrow dock. The first category given is drawn on top; since Qt draws horizontal
// bars bottom to top, the axis's categories and the sets' values run the other way (the last
// category given first). The chart, series, sets and axes are made once, with the first data
// (null until then); updates change values in place. The axes stay readable at the width the chart
// gets: names are cut short (with "…") to at most 30% of it (Qt's own limit is 40%), and the chart
// is never lower than two groups of bars: lower, Qt squeezes the value axis and cuts its labels and
// title to "...".
class ComparisonChart : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonChart(QWidget* parent = nullptr);

    // The two sets' names ("Current (…)", "Future") and, per category, its full name and the two
    // values.
    void setData(const QString& beforeName, const QString& afterName, const QStringList& categories,
                 const QList<qreal>& before, const QList<qreal>& after, const QString& valueTitle);

    QChart* chart() const { return m_chart; }
    QHorizontalBarSeries* series() const { return m_series; }
    QBarSet* beforeSet() const { return m_before; }
    QBarSet* afterSet() const { return m_after; }
    QBarCategoryAxis* categoryAxis() const { return m_categories; }
    QValueAxis* valueAxis() const { return m_values; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void makeChart();
    // The categories' names cut short for the chart's width.
    void fitToWidth();

    QStringList m_names; // in full, in the order given
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QHorizontalBarSeries* m_series = nullptr;
    QBarSet* m_before = nullptr;
    QBarSet* m_after = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_values = nullptr;
};

} // namespace sb::panels
