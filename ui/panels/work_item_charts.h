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
// work-item aging and the items done per week by kind. Hidden for a stream without items.
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
    QLabel* m_period;
    QChart* m_scatter;
    QChart* m_cumulative;
    QChart* m_aging;
    QChart* m_weekly;
};

} // namespace sb::panels
