#pragma once

#include "metrics_figures.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QPieSeries;
class QPieSlice;
QT_END_NAMESPACE

namespace sb::panels {

// Flow distribution as a pie of the items done (features, defects, risks, debt), with flow
// velocity and flow load written beside it. The pie and its four slices are made once; an edit
// only changes their values and labels.
class FlowDistributionChart : public QWidget {
    Q_OBJECT
public:
    enum Kind { Features, Defects, Risks, Debt };
    static constexpr int kindCount = 4;

    explicit FlowDistributionChart(QWidget* parent = nullptr);

    void setFlow(const FlowFigures& flow);

    QChart* chart() const { return m_chart; }
    QPieSeries* series() const { return m_series; }
    // A kind's slice: its value is the count done, its label the share ("43%").
    QPieSlice* slice(Kind kind) const;
    QLabel* velocityLabel() const { return m_velocity; }
    QLabel* loadLabel() const { return m_load; }

private:
    QChart* m_chart;
    QChartView* m_view;
    QPieSeries* m_series;
    QList<QPieSlice*> m_slices;
    QLabel* m_velocity;
    QLabel* m_load;
};

} // namespace sb::panels
