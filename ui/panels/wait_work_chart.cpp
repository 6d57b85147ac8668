#include "wait_work_chart.h"

#include "chart_style.h"
#include "model/duration.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int rowHeight = 30;
constexpr int chrome = 120;       // legend, value axis and its title, margins
constexpr int minLabelWidth = 90; // pixels of a stage name, however narrow the dock
} // namespace

WaitWorkChart::WaitWorkChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(charts::newChart())
    , m_view(charts::newChartView(m_chart, this))
    , m_series(new QHorizontalStackedBarSeries)
    , m_work(new QBarSet(tr("Work")))
    , m_wait(new QBarSet(tr("Wait")))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
    , m_longestLabel(new QLabel(this))
    , m_offPathLabel(charts::newNote({}, this)) {
    m_work->setColor(charts::workColor());
    m_work->setBorderColor(charts::workColor());
    m_wait->setColor(charts::waitColor());
    m_wait->setBorderColor(charts::waitColor());
    m_wait->setSelectedColor(charts::longestWaitColor());
    m_series->append(m_work);
    m_series->append(m_wait);
    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);

    m_categories->setLabelsFont(charts::labelFont());
    m_categories->setGridLineVisible(false);
    m_values->setLabelsFont(charts::labelFont());
    m_values->setTitleFont(charts::labelFont());
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);

    m_longestLabel->setWordWrap(true);
    m_longestLabel->setTextFormat(Qt::RichText);
    QFont font = m_longestLabel->font();
    font.setPointSizeF(11);
    m_longestLabel->setFont(font);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addWidget(m_longestLabel);
    layout->addWidget(m_offPathLabel);
    m_offPathLabel->setTextFormat(Qt::RichText);

    connect(m_work, &QBarSet::hovered, this, &WaitWorkChart::showToolTip);
    connect(m_wait, &QBarSet::hovered, this, &WaitWorkChart::showToolTip);
}

void WaitWorkChart::setBars(const QList<WaitWorkBar>& bars, double workingDayHours,
                            bool perStream) {
    m_bars = bars;
    m_workingDayHours = workingDayHours;
    // Qt draws a horizontal bar chart's first category at the bottom: the sets hold the bars
    // bottom to top, so the first bar given is on top.
    QList<qreal> work;
    QList<qreal> wait;
    QStringList offPath;
    double largest = 0;
    m_longest = -1;
    for (int i = 0; i < bars.size(); ++i) {
        work.prepend(bars[i].work / 3600);
        wait.prepend(bars[i].wait / 3600);
        if (!bars[i].onCriticalPath)
            offPath.append(bars[i].name.toHtmlEscaped());
        largest = std::max(largest, (bars[i].work + bars[i].wait) / 3600);
        if (bars[i].wait > 0 && (m_longest < 0 || bars[i].wait > bars[m_longest].wait))
            m_longest = i;
    }
    // Categories first: the sets' new values then always have a category to sit in.
    updateCategories();
    charts::setBarValues(m_work, work);
    charts::setBarValues(m_wait, wait);
    m_wait->deselectAllBars();
    if (m_longest >= 0)
        m_wait->selectBar(setIndex(m_longest));

    m_values->setRange(0, largest > 0 ? largest * 1.05 : 1);
    m_values->applyNiceNumbers();
    m_values->setLabelFormat(m_values->max() <= 5 ? u"%.1f"_s : u"%.0f"_s); // no "0 0 1 1"
    m_values->setTitleText(tr("Hours (%1-hour days)").arg(workingDayHours));
    m_view->setFixedHeight(chrome + rowHeight * std::max<int>(2, static_cast<int>(bars.size())));
    m_view->setVisible(!bars.isEmpty());

    if (bars.isEmpty()) {
        m_longestLabel->setText(perStream ? tr("No stream has a lead time to show.")
                                          : tr("The stream has no stages yet."));
    } else if (m_longest < 0) {
        m_longestLabel->setText(tr("Nothing waits: every stage's lead time is its process time."));
    } else {
        const WaitWorkBar& longest = bars[m_longest];
        const QString what = perStream ? tr("Longest wait: stream <b>%1</b>, %2")
                                       : tr("Longest wait: <b>%1</b>, %2");
        m_longestLabel->setText(what.arg(longest.name.toHtmlEscaped(),
                                         duration::format(longest.wait, workingDayHours)));
    }
    m_offPathLabel->setVisible(!offPath.isEmpty());
    m_offPathLabel->setText(
        tr("Off the critical path (listed last): %1").arg(offPath.join(u", "_s)));
}

int WaitWorkChart::setIndex(int bar) const {
    return static_cast<int>(m_bars.size()) - 1 - bar;
}

int WaitWorkChart::labelWidth() const {
    // Qt Charts gives a vertical axis's labels about a third of the chart's width and cuts what
    // is longer; names cut here first keep their start and end readable.
    return std::max(minLabelWidth, width() / 3 - 12);
}

void WaitWorkChart::updateCategories() {
    m_labelWidth = labelWidth();
    QStringList full;
    for (auto bar = m_bars.crbegin(); bar != m_bars.crend(); ++bar)
        full.append(bar->name);
    const QStringList names = charts::categoryNames(full, m_labelWidth);
    if (names != m_categories->categories())
        m_categories->setCategories(names);
}

void WaitWorkChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (labelWidth() != m_labelWidth)
        updateCategories();
}

void WaitWorkChart::showToolTip(bool hovered, int index) {
    const int i = setIndex(index);
    if (!hovered || i < 0 || i >= m_bars.size()) {
        QToolTip::hideText();
        return;
    }
    const WaitWorkBar& bar = m_bars[i];
    QToolTip::showText(QCursor::pos(),
                       tr("%1\nWork %2, wait %3")
                           .arg(bar.name, duration::format(bar.work, m_workingDayHours),
                                duration::format(bar.wait, m_workingDayHours)),
                       m_view);
}

} // namespace sb::panels
