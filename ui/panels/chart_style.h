#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QScrollArea;
class QWidget;
QT_END_NAMESPACE

namespace sb::panels::charts {

// The look every chart of the Metrics and Comparison docks shares: readable on a projector
// (11 pt and up), calm colours, no animation (values change in place after every edit).

QFont labelFont(); // axis labels and legends: 11 pt
QFont titleFont(); // chart and axis titles: 12 pt, demi-bold

QColor workColor();        // process time: a calm blue
QColor waitColor();        // waiting: the canvas's handoff amber
QColor longestWaitColor(); // the longest wait: a deeper amber
QColor baselineColor();    // the current state in a comparison: grey
QColor futureColor();      // the future state: the calm blue
QColor betterColor();      // a change for the better: green
QColor worseColor();       // a change for the worse: the canvas's violation red

// A chart with the shared look: no animation, legend at the bottom, white background, small
// margins.
QChart* newChart();
// Gives set exactly these values, changing those it has in place (no flicker).
void setBarValues(QBarSet* set, const QList<qreal>& values);

// Names cut to maxWidth pixels of the label font (at the end) and made unique with “#2”,
// “#3”…, as bar category axes need.
QStringList categoryNames(const QStringList& names, int maxWidth);

// A section heading of a dock: 12 pt, demi-bold.
QLabel* newSectionTitle(const QString& text, QWidget* parent);
// Puts a dock's content in its scroll area: vertical scrolling only, no frame.
void setScrollContent(QScrollArea* scroll, QWidget* content);
// A calm sentence in muted ink that wraps: 11 pt.
QLabel* newNote(const QString& text, QWidget* parent);

// A view for chart that antialiases, takes no focus and does not scroll.
QChartView* newChartView(QChart* chart, QWidget* parent);

} // namespace sb::panels::charts
