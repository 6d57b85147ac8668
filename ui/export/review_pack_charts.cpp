#include "review_pack_charts.h"

#include "canvas/canvas_style.h"
#include "model/duration.h"
#include "panels/comparison_chart.h"
#include "panels/labels.h"
#include "panels/work_item_charts.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <array>

namespace sb::exporting {

namespace {

struct ReviewPackChartsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::exporting)
};

} // namespace

void drawComparisonCharts(QPainter* painter, const QRectF& area, const Map& future,
                          const MapComparison& comparison) {
    const double day = duration::secondsPerDay(future.info.settings.workingDayHours);
    QStringList streams;
    QList<qreal> leadBefore, leadAfter, handoffsBefore, handoffsAfter, hopsBefore, hopsAfter;
    for (const StreamComparison& s : comparison.streams) {
        streams.append(s.name);
        leadBefore.append(s.before ? s.before->leadTime.value_or(0) / day : 0);
        leadAfter.append(s.after ? s.after->leadTime.value_or(0) / day : 0);
        handoffsBefore.append(s.before ? s.before->handoffs : 0);
        handoffsAfter.append(s.after ? s.after->handoffs : 0);
        hopsBefore.append(s.before ? s.before->hops : 0);
        hopsAfter.append(s.after ? s.after->hops : 0);
    }
    const QString before = sb::panels::nameWithState(comparison.baseline, MapState::Current);
    const QString after = sb::panels::nameWithState(future.info.name, MapState::Future);
    struct Panel {
        QString title;
        QList<qreal> before;
        QList<qreal> after;
        QString unit;
    };
    const QList<Panel> panels = {
        {ReviewPackChartsTr::tr("Lead time per stream"), leadBefore, leadAfter,
         ReviewPackChartsTr::tr("Days (%1-hour days)").arg(future.info.settings.workingDayHours)},
        {ReviewPackChartsTr::tr("Handoffs per stream"), handoffsBefore, handoffsAfter,
         ReviewPackChartsTr::tr("Handoffs")},
        {ReviewPackChartsTr::tr("Hops per stream"), hopsBefore, hopsAfter,
         ReviewPackChartsTr::tr("Hops")},
    };
    painter->save();
    painter->setPen(canvas::style::ink());
    QFont title = canvas::style::headerFont();
    title.setPixelSize(22);
    painter->setFont(title);
    painter->drawText(QRectF(area.left(), area.top(), area.width(), 32),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      ReviewPackChartsTr::tr("Before and after in charts"));
    // Lead time across the page on top, handoffs and hops side by side under it; each is the
    // panel's chart drawn as vector shapes, tall enough for its axes to keep their labels.
    const qreal gap = 16;
    const qreal top = area.top() + 40;
    const qreal height = (area.bottom() - top - gap) / 2;
    const qreal half = (area.width() - gap) / 2;
    const std::array<QRectF, 3> targets = {
        QRectF(area.left(), top, area.width(), height),
        QRectF(area.left(), top + height + gap, half, height),
        QRectF(area.left() + half + gap, top + height + gap, half, height)};
    for (size_t i = 0; i < targets.size(); ++i) {
        const Panel& p = panels[static_cast<qsizetype>(i)];
        panels::ComparisonChart chart;
        chart.setData(before, after, streams, p.before, p.after, p.unit);
        chart.chart()->setTitle(p.title);
        chart.chart()->resize(targets[i].size());
        chart.chart()->scene()->render(painter, targets[i], chart.chart()->geometry());
    }
    painter->restore();
}

void drawWorkItemCharts(QPainter* painter, const QRectF& area, const Stream& stream) {
    panels::WorkItemCharts charts;
    charts.setStream(&stream);
    if (!charts.scatterChart())
        return; // nothing measured: no charts
    painter->save();
    painter->setPen(canvas::style::ink());
    QFont title = canvas::style::headerFont();
    title.setPixelSize(22);
    painter->setFont(title);
    painter->drawText(
        QRectF(area.left(), area.top(), area.width(), 32), Qt::AlignLeft | Qt::AlignVCenter,
        ReviewPackChartsTr::tr("Flow of “%1”, measured from its work items").arg(stream.name));
    const qreal gap = 16;
    const qreal top = area.top() + 40;
    const qreal height = (area.bottom() - top - gap) / 2;
    const qreal half = (area.width() - gap) / 2;
    const std::array<std::pair<QChart*, QString>, 4> grid = {{
        {charts.scatterChart(), ReviewPackChartsTr::tr("Flow time of the items done")},
        {charts.cumulativeFlowChart(), ReviewPackChartsTr::tr("Cumulative flow")},
        {charts.agingChart(), ReviewPackChartsTr::tr("Work-item aging")},
        {charts.weeklyChart(), ReviewPackChartsTr::tr("Done per week")},
    }};
    for (size_t i = 0; i < grid.size(); ++i) {
        const QRectF target(area.left() + (i % 2) * (half + gap), top + (i / 2) * (height + gap),
                            half, height);
        QChart* chart = grid[i].first;
        chart->setTitle(grid[i].second);
        chart->resize(target.size());
        chart->scene()->render(painter, target, chart->geometry());
    }
    painter->restore();
}

} // namespace sb::exporting
