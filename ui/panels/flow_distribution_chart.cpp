#include "flow_distribution_chart.h"

#include "canvas/canvas_style.h"
#include "chart_style.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>
#include <algorithm>
#include <array>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

namespace {

QString kindName(int kind) {
    switch (kind) {
    case FlowDistributionChart::Features:
        return FlowDistributionChart::tr("Features");
    case FlowDistributionChart::Defects:
        return FlowDistributionChart::tr("Defects");
    case FlowDistributionChart::Risks:
        return FlowDistributionChart::tr("Risks");
    default:
        return FlowDistributionChart::tr("Debt");
    }
}

// The kind within a sentence: "features" (German keeps its capital: "Features").
QString kindWord(int kind) {
    switch (kind) {
    case FlowDistributionChart::Features:
        return FlowDistributionChart::tr("features");
    case FlowDistributionChart::Defects:
        return FlowDistributionChart::tr("defects");
    case FlowDistributionChart::Risks:
        return FlowDistributionChart::tr("risks");
    default:
        return FlowDistributionChart::tr("debt");
    }
}

QColor kindColor(int kind) {
    static const std::array<QColor, FlowDistributionChart::kindCount> colors = {
        QColor(0x3b, 0x7d, 0xd8), QColor(0xc6, 0x28, 0x28), QColor(0xd9, 0x8c, 0x00),
        QColor(0x7b, 0x4f, 0xb5)};
    return colors[static_cast<size_t>(std::clamp(kind, 0, FlowDistributionChart::kindCount - 1))];
}

std::array<int, FlowDistributionChart::kindCount> counts(const FlowCounts& c) {
    return {c.features, c.defects, c.risks, c.debt};
}

// "(features 4, defects 1)": the kinds with a count, in the pie's order.
QString breakdown(const std::array<int, FlowDistributionChart::kindCount>& counts) {
    QStringList parts;
    for (int kind = 0; kind < FlowDistributionChart::kindCount; ++kind)
        if (const int count = counts[static_cast<size_t>(kind)]; count > 0)
            parts.append(u"%1 %2"_s.arg(kindWord(kind)).arg(count));
    return u'(' + parts.join(u", "_s) + u')';
}

QLabel* textLine(QWidget* parent) {
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(11);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

FlowDistributionChart::FlowDistributionChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(charts::newChart())
    , m_view(charts::newChartView(m_chart, this))
    , m_series(new QPieSeries)
    , m_velocity(textLine(this))
    , m_load(textLine(this)) {
    for (int kind = 0; kind < kindCount; ++kind) {
        auto* slice = new QPieSlice(kindName(kind), 0);
        slice->setColor(kindColor(kind));
        slice->setBorderColor(canvas::style::paper());
        slice->setLabelFont(charts::labelFont());
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.08);
        m_series->append(slice);
        m_slices.append(slice);
    }
    m_series->setPieSize(0.7);
    m_chart->addSeries(m_series);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_view->setFixedHeight(200);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_view);
    layout->addWidget(m_velocity);
    layout->addWidget(m_load);
}

QPieSlice* FlowDistributionChart::slice(Kind kind) const {
    return m_slices[std::clamp(static_cast<int>(kind), 0, kindCount - 1)];
}

void FlowDistributionChart::setFlow(const FlowFigures& flow) {
    const auto done = counts(flow.done);
    const int total = flow.velocity();
    for (int kind = 0; kind < kindCount; ++kind) {
        const int count = done[static_cast<size_t>(kind)];
        QPieSlice* slice = m_slices[kind];
        if (slice->value() != count)
            slice->setValue(count);
        // The share beside its slice, the kind in the legend (short enough for a narrow dock);
        // the counts are written under the pie.
        const QString share =
            total > 0 ? QString::number(100.0 * count / total, 'f', 0) + u'%' : u"–"_s;
        slice->setLabel(share);
        slice->setLabelVisible(count > 0);
    }
    const QList<QLegendMarker*> markers = m_chart->legend()->markers(m_series);
    for (int kind = 0; kind < kindCount && kind < markers.size(); ++kind)
        markers[kind]->setLabel(kindName(kind));

    const QString period = !flow.periodDays        ? tr("in the streams' periods")
                           : *flow.periodDays == 1 ? tr("in 1 day")
                                                   : tr("in %1 days").arg(*flow.periodDays);
    if (total == 0) {
        m_velocity->setText(tr("<b>Velocity</b> nothing done %1; enter the stream's flow items "
                               "in the inspector.")
                                .arg(period));
    } else {
        m_velocity->setText(
            tr("<b>Velocity</b> %1 %2, %3 a week %4")
                .arg(total == 1 ? tr("1 item done") : tr("%1 items done").arg(total), period,
                     QString::number(flow.velocityPerWeek, 'f', 1), breakdown(done)));
    }
    const int load = flow.load();
    m_load->setText(
        (load == 1 ? tr("<b>Load</b> 1 item in progress")
                   : tr("<b>Load</b> %1 items in progress").arg(load)) +
        (load > 0 ? u' ' + breakdown(counts(flow.inProgress)) : QString()) +
        (flow.measured ? u"<br>"_s + tr("Measured from the stream's work items.") : QString()));
    m_view->setVisible(total > 0);
}

} // namespace sb::panels
