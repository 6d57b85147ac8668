#pragma once

#include <QRectF>
#include <QString>
#include <functional>

class QPainter;

namespace sb::canvas {

// One line of the legend: a small drawing of a marking and what it means.
struct LegendEntry {
    QString label;
    std::function<void(QPainter*, const QRectF&)> sample;
};

// Every marking the canvas uses, in the order the legend lists them.
QList<LegendEntry> legendEntries();

// Draws entries top to bottom in rect, in as many columns as needed; returns the height used.
qreal paintLegend(QPainter* painter, const QRectF& rect, const QList<LegendEntry>& entries,
                  int columns = 1);
constexpr qreal legendRowHeight = 30;
constexpr qreal legendSampleWidth = 64;

} // namespace sb::canvas
