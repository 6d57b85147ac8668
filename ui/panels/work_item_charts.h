#pragma once

#include "model/map.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QLabel;
QT_END_NAMESPACE

namespace sb::panels {

// The flow charts of a stream's work items over their default period (flow_charts.h): the
// flow-time scatterplot with its 50th and 85th percentile lines, the cumulative flow diagram,
// work-item aging and the items done per week by kind. Hidden for a stream without items; the
// charts are null until a stream with items was shown.
class WorkItemCharts : public QWidget {
    Q_OBJECT
public:
    explicit WorkItemCharts(QWidget* parent = nullptr);
    void setStream(const Stream* stream);

    QChart* scatterChart() const { return m_scatter; }
    QChart* cumulativeFlowChart() const { return m_cumulative; }
    QChart* agingChart() const { return m_aging; }
    QChart* weeklyChart() const { return m_weekly; }

private:
    void makeCharts();

    QLabel* m_period;
    QChart* m_scatter = nullptr;
    QChart* m_cumulative = nullptr;
    QChart* m_aging = nullptr;
    QChart* m_weekly = nullptr;
};

} // namespace sb::panels
