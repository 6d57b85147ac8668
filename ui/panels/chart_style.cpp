#include "chart_style.h"

#include "canvas/canvas_style.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QScrollArea>
#include <QSet>

namespace sb::panels::charts {

QFont labelFont() {
    QFont font;
    font.setPointSizeF(11);
    return font;
}

QFont titleFont() {
    QFont font;
    font.setPointSizeF(12);
    font.setWeight(QFont::DemiBold);
    return font;
}

QColor workColor() {
    return QColor(0x3b, 0x7d, 0xd8);
}
QColor waitColor() {
    return canvas::style::handoff();
}
QColor longestWaitColor() {
    return QColor(0x9c, 0x3d, 0x00);
}
QColor baselineColor() {
    return QColor(0x9a, 0xa3, 0xae);
}
QColor futureColor() {
    return workColor();
}
QColor betterColor() {
    return QColor(0x2e, 0x7d, 0x32);
}
QColor worseColor() {
    return canvas::style::violation();
}

QChart* newChart() {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(canvas::style::paper());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(canvas::style::ink());
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(labelFont());
    chart->legend()->setLabelColor(canvas::style::ink());
    return chart;
}

void setBarValues(QBarSet* set, const QList<qreal>& values) {
    const int wanted = static_cast<int>(values.size());
    if (set->count() > wanted)
        set->remove(wanted, set->count() - wanted);
    for (int i = 0; i < wanted; ++i) {
        if (i >= set->count())
            set->append(values[i]);
        else if (set->at(i) != values[i])
            set->replace(i, values[i]);
    }
}

QStringList categoryNames(const QStringList& names, int maxWidth) {
    const QFontMetrics metrics(labelFont());
    QStringList result;
    QSet<QString> taken;
    for (const QString& full : names) {
        QString name = metrics.elidedText(full, Qt::ElideRight, maxWidth);
        for (int n = 2; taken.contains(name); ++n)
            name = metrics.elidedText(full, Qt::ElideRight, maxWidth - 30) + QStringLiteral(" #") +
                   QString::number(n);
        taken.insert(name);
        result.append(name);
    }
    return result;
}

QLabel* newSectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setFont(titleFont());
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* newNote(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setFont(labelFont());
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, canvas::style::mutedInk());
    label->setPalette(palette);
    return label;
}

QChartView* newChartView(QChart* chart, QWidget* parent) {
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::NoFocus);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

void setScrollContent(QScrollArea* scroll, QWidget* content) {
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
}

} // namespace sb::panels::charts
