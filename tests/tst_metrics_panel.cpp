#include "commands/commands.h"
#include "i18n/translations.h"
#include "model/document.h"
#include "panels/chart_style.h"
#include "panels/comparison_chart.h"
#include "panels/comparison_panel.h"
#include "panels/comparison_rows.h"
#include "panels/flow_distribution_chart.h"
#include "panels/headline_cards.h"
#include "panels/metric_card.h"
#include "panels/metrics_panel.h"
#include "panels/team_load_table.h"
#include "panels/wait_work_chart.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>
#include <functional>

namespace tst_metrics_panel {

using namespace sb;
using namespace Qt::Literals::StringLiterals;
using panels::ComparisonPanel;
using panels::FlowDistributionChart;
using panels::HeadlineCards;
using panels::MetricsPanel;
using panels::TeamLoadTable;
using panels::Verdict;

namespace {

constexpr double minute = 60;
constexpr double hour = 3600;

// With 8-hour days (so 1d = 8h):
//   stream vs1 "Orders" (owner Alpha): a "Take order" (Alpha, PT 1h, LT 2h, 90%) → b "Check
//   stock" (Beta, PT 30m, LT 1d, 80%) → c "Ship" (Alpha, PT 2h, LT 4h, 100%), and a → d "Gift
//   wrap" (Gamma, PT 1h, LT 1h, 50%).
//     Paths a b c (LT 14h) and a d (LT 3h): the critical path is a b c; LT 14h = 1d 6h,
//     PT 3h 30m, FE 3.5 ÷ 14 = 25.0%, %C&A .9 × .8 × 1 × .5 = 36.0%, handoffs a→b, b→c, a→d = 3,
//     team graph Alpha–Beta, Alpha–Gamma: hops 1, teams Alpha, Beta, Gamma.
//   stream vs2 "Returns" (owner Beta): e "Receive" (Beta, PT 15m, LT 45m) → f "Refund" (Beta,
//     PT 45m, LT 1h 15m): LT 2h, PT 1h, FE 50%, %C&A 100%, no handoff, hops 0, teams Beta.
//   Whole map: LT 14h + 2h = 16h = 2d, PT 4h 30m, FE 4.5 ÷ 16 = 28.1%, %C&A (36 + 100) ÷ 2 =
//   68.0%, handoffs 3, hops max(1, 0) = 1, distinct teams Alpha, Beta, Gamma = 3.
Map workshopMap() {
    Map m;
    m.uid = 1;
    m.info.name = u"Current state"_s;
    m.info.settings.workingDayHours = 8;
    m.teams = {test::team(u"tA"_s, u"Alpha"_s), test::team(u"tB"_s, u"Beta"_s),
               test::team(u"tC"_s, u"Gamma"_s)};
    m.streams = {test::stream(u"vs1"_s, u"Orders"_s, u"tA"_s),
                 test::stream(u"vs2"_s, u"Returns"_s, u"tB"_s)};
    m.streams[0].flowItems = {14, {6, 3, 1, 2}, {4, 1, 0, 0}};
    m.streams[1].flowItems = {14, {2, 2, 0, 0}, {0, 3, 0, 0}};
    m.stages = {
        test::stage(u"a"_s, u"vs1"_s, u"Take order"_s, u"tA"_s, 1 * hour, 2 * hour, 90),
        test::stage(u"b"_s, u"vs1"_s, u"Check stock"_s, u"tB"_s, 30 * minute, 8 * hour, 80),
        test::stage(u"c"_s, u"vs1"_s, u"Ship"_s, u"tA"_s, 2 * hour, 4 * hour, 100),
        test::stage(u"d"_s, u"vs1"_s, u"Gift wrap"_s, u"tC"_s, 1 * hour, 1 * hour, 50),
        test::stage(u"e"_s, u"vs2"_s, u"Receive"_s, u"tB"_s, 15 * minute, 45 * minute),
        test::stage(u"f"_s, u"vs2"_s, u"Refund"_s, u"tB"_s, 45 * minute, 75 * minute),
    };
    m.flows = {test::flow(u"f1"_s, u"a"_s, u"b"_s), test::flow(u"f2"_s, u"b"_s, u"c"_s),
               test::flow(u"f3"_s, u"a"_s, u"d"_s), test::flow(u"f4"_s, u"e"_s, u"f"_s)};
    return m;
}

// What the chart view holding chart draws: its axis labels and titles and its legend's entries.
QStringList drawnTexts(const QChart* chart) {
    QStringList texts;
    for (QGraphicsItem* item : chart->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            if (const QString plain = text->toPlainText(); !plain.isEmpty())
                texts.append(plain);
    return texts;
}

// The width of the right-hand docks' content when the window first starts: the dock is 500 px
// wide (MainWindow), less its frame and the scroll bar of the panel's scroll area.
constexpr int dockContentWidth = 480;

QList<qreal> values(const QBarSet* set) {
    QList<qreal> v;
    for (int i = 0; i < set->count(); ++i)
        v.append(set->at(i));
    return v;
}

QStringList row(const QTableWidget* table, int r) {
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells.append(table->item(r, c) ? table->item(r, c)->text() : QString());
    return cells;
}

} // namespace

class TestMetricsPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<Document> m_doc;

    QString card(MetricsPanel& panel, HeadlineCards::Card card) {
        return panel.cards()->card(card)->value();
    }

    bool push(commands::CommandPtr command) { return command && m_doc->push(command.release()); }

    bool changeStage(MapUid map, const char* id, std::function<void(Stage&)> change) {
        Stage stage = *m_doc->map(map)->find<Stage>(QString::fromUtf8(id));
        change(stage);
        return push(commands::changeElement(m_doc.get(), map, stage));
    }

    // The future map derived from workshopMap() with d given to Alpha (one handoff less: a → d)
    // and b's wait halved (7h 30m → 3h 45m: LT 4h 15m).
    MapUid deriveFuture() {
        if (!push(commands::deriveFutureMap(m_doc.get(), 1, u"Future state"_s)))
            return 0;
        const MapUid future = m_doc->workshop().maps.last().uid;
        if (!changeStage(future, "d", [](Stage& s) { s.owner = u"tA"_s; }) ||
            !changeStage(future, "b", [](Stage& s) { s.leadTime = 4.25 * hour; }))
            return 0;
        return future;
    }

private slots:
    void init() { m_doc = std::make_unique<Document>(Workshop{{workshopMap()}}); }
    void cleanup() { m_doc.reset(); }

    void cardsShowTheStream() {
        MetricsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        panel.setStream(u"vs1"_s);
        QCOMPARE(panel.title()->text(), u"Orders"_s);
        QCOMPARE(card(panel, HeadlineCards::LeadTime), u"1d 6h"_s);
        QCOMPARE(panel.cards()->card(HeadlineCards::LeadTime)->subLine(),
                 u"Critical path of 3 stages"_s);
        QCOMPARE(card(panel, HeadlineCards::ProcessTime), u"3h 30m"_s);
        QCOMPARE(card(panel, HeadlineCards::FlowEfficiency), u"25.0%"_s);
        QCOMPARE(card(panel, HeadlineCards::RolledPctCA), u"36.0%"_s);
        QCOMPARE(card(panel, HeadlineCards::Handoffs), u"3"_s);
        QCOMPARE(card(panel, HeadlineCards::Hops), u"1"_s);
        QCOMPARE(panel.cards()->card(HeadlineCards::Hops)->subLine(), u"Alpha → Beta"_s);
        QCOMPARE(card(panel, HeadlineCards::Teams), u"3"_s);
        QCOMPARE(panel.cards()->card(HeadlineCards::Teams)->toolTip(), u"Alpha, Beta, Gamma"_s);
    }

    void cardsShowTheWholeMap() {
        MetricsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        QCOMPARE(panel.title()->text(), u"Current state"_s);
        QCOMPARE(card(panel, HeadlineCards::LeadTime), u"2d"_s);
        QCOMPARE(panel.cards()->card(HeadlineCards::LeadTime)->subLine(), u"Sum over 2 streams"_s);
        QCOMPARE(card(panel, HeadlineCards::ProcessTime), u"4h 30m"_s);
        QCOMPARE(card(panel, HeadlineCards::FlowEfficiency), u"28.1%"_s);
        QCOMPARE(card(panel, HeadlineCards::RolledPctCA), u"68.0%"_s);
        QCOMPARE(card(panel, HeadlineCards::Handoffs), u"3"_s);
        QCOMPARE(card(panel, HeadlineCards::Hops), u"1"_s);
        QCOMPARE(card(panel, HeadlineCards::Teams), u"3"_s);
        // A stream that is not there shows the whole map too.
        panel.setStream(u"gone"_s);
        QCOMPARE(card(panel, HeadlineCards::LeadTime), u"2d"_s);
    }

    // A stream whose flows go round in a circle has no lead time; the whole map leaves it out.
    void circularStreamIsUnknownAndLeftOutOfTheSums() {
        QVERIFY(push(commands::addElement(m_doc.get(), 1, test::flow(u"f5"_s, u"f"_s, u"e"_s))));
        MetricsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        panel.setStream(u"vs2"_s);
        QCOMPARE(card(panel, HeadlineCards::LeadTime), u"unknown"_s);
        QCOMPARE(card(panel, HeadlineCards::FlowEfficiency), u"unknown"_s);
        QVERIFY(panel.waitWorkChart()->categoryAxis()->categories().size() == 2);
        panel.setStream(std::nullopt);
        QCOMPARE(card(panel, HeadlineCards::LeadTime), u"1d 6h"_s); // Orders only
        QCOMPARE(panel.cards()->card(HeadlineCards::LeadTime)->subLine(),
                 u"Sum over 1 stream; 1 left out (flows in a circle)"_s);
        QCOMPARE(panel.waitWorkChart()->categoryAxis()->categories(), QStringList{u"Orders"_s});
    }

    void waitWorkBarsFollowTheCriticalPath() {
        MetricsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        panel.setStream(u"vs1"_s);
        const panels::WaitWorkChart* chart = panel.waitWorkChart();
        // The critical path a b c in path order, then d (off the path) in file order, top to
        // bottom; the axis and the sets hold them bottom to top (Qt draws the first at the
        // bottom), in hours.
        QCOMPARE(chart->categoryAxis()->categories(),
                 (QStringList{u"Gift wrap"_s, u"Ship"_s, u"Check stock"_s, u"Take order"_s}));
        QCOMPARE(values(chart->workSet()), (QList<qreal>{1, 2, 0.5, 1}));
        QCOMPARE(values(chart->waitSet()), (QList<qreal>{0, 2, 7.5, 1}));
        QCOMPARE(chart->offPathLabel()->text(),
                 u"Off the critical path (listed last): Gift wrap"_s);
        QVERIFY(chart->offPathLabel()->isVisibleTo(&panel));
        QCOMPARE(chart->workSet()->label(), u"Work"_s);
        QCOMPARE(chart->waitSet()->label(), u"Wait"_s);
        QCOMPARE(chart->longestWait(), 1); // b
        QCOMPARE(chart->setIndex(1), 2);
        QCOMPARE(chart->waitSet()->selectedBars(), QList<int>{2});
        QCOMPARE(chart->longestWaitLabel()->text(), u"Longest wait: <b>Check stock</b>, 7h 30m"_s);
        QCOMPARE(chart->chart()->animationOptions(), QChart::NoAnimation);

        // The whole map: one bar per stream, its process time and the rest of its lead time.
        panel.setStream(std::nullopt);
        QCOMPARE(chart->categoryAxis()->categories(), (QStringList{u"Returns"_s, u"Orders"_s}));
        QCOMPARE(values(chart->workSet()), (QList<qreal>{1, 3.5}));
        QCOMPARE(values(chart->waitSet()), (QList<qreal>{1, 10.5}));
        QCOMPARE(chart->longestWait(), 0);
        QCOMPARE(chart->waitSet()->selectedBars(), QList<int>{1});
        QVERIFY(!chart->offPathLabel()->isVisibleTo(&panel));
    }

    void flowDistributionAndVelocity() {
        MetricsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        panel.setStream(u"vs1"_s);
        const FlowDistributionChart* flow = panel.flowChart();
        // Done in 14 days: 6 features, 3 defects, 1 risk, 2 debt = 12, 12 ÷ 14 × 7 = 6.0 a week.
        QCOMPARE(flow->series()->count(), 4);
        QCOMPARE(flow->slice(FlowDistributionChart::Features)->value(), 6.0);
        QCOMPARE(flow->slice(FlowDistributionChart::Defects)->value(), 3.0);
        QCOMPARE(flow->slice(FlowDistributionChart::Risks)->value(), 1.0);
        QCOMPARE(flow->slice(FlowDistributionChart::Debt)->value(), 2.0);
        QCOMPARE(flow->slice(FlowDistributionChart::Features)->percentage(), 0.5);
        QCOMPARE(flow->slice(FlowDistributionChart::Defects)->percentage(), 0.25);
        QCOMPARE(flow->slice(FlowDistributionChart::Risks)->percentage(), 1.0 / 12);
        QCOMPARE(flow->slice(FlowDistributionChart::Debt)->percentage(), 2.0 / 12);
        QCOMPARE(flow->slice(FlowDistributionChart::Features)->label(), u"50%"_s);
        QCOMPARE(flow->slice(FlowDistributionChart::Risks)->label(), u"8%"_s);
        const QList<QLegendMarker*> markers = flow->chart()->legend()->markers(flow->series());
        QCOMPARE(markers.size(), 4);
        QCOMPARE(markers[0]->label(), u"Features"_s);
        QCOMPARE(markers[3]->label(), u"Debt"_s);
        QCOMPARE(flow->velocityLabel()->text(),
                 u"<b>Velocity</b> 12 items done in 14 days, 6.0 a week (features 6, defects 3, "
                 "risks 1, debt 2)"_s);
        QCOMPARE(flow->loadLabel()->text(),
                 u"<b>Load</b> 5 items in progress (features 4, defects 1)"_s);

        // The whole map sums the streams: done 8, 5, 1, 2 = 16; 6.0 + 4 ÷ 14 × 7 = 8.0 a week.
        panel.setStream(std::nullopt);
        QCOMPARE(flow->slice(FlowDistributionChart::Features)->value(), 8.0);
        QCOMPARE(flow->slice(FlowDistributionChart::Defects)->value(), 5.0);
        QCOMPARE(flow->slice(FlowDistributionChart::Features)->percentage(), 0.5);
        QCOMPARE(flow->slice(FlowDistributionChart::Defects)->percentage(), 0.3125);
        QCOMPARE(flow->slice(FlowDistributionChart::Risks)->percentage(), 0.0625);
        QCOMPARE(flow->slice(FlowDistributionChart::Debt)->percentage(), 0.125);
        QCOMPARE(flow->velocityLabel()->text(),
                 u"<b>Velocity</b> 16 items done in 14 days, 8.0 a week (features 8, defects 5, "
                 "risks 1, debt 2)"_s);
        QCOMPARE(flow->loadLabel()->text(),
                 u"<b>Load</b> 8 items in progress (features 4, defects 4)"_s);
    }

    void teamLoadCountsStagesStreamsAndHandoffs() {
        MetricsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        panel.setStream(u"vs1"_s);
        const TeamLoadTable* table = panel.teamLoad();
        // Orders: Alpha owns a, c and the stream, hands off a→b and a→d and takes b→c; Beta owns
        // b, takes a→b, hands off b→c; Gamma owns d and takes a→d.
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(row(table, 0), (QStringList{u"Alpha"_s, u"2"_s, u"1"_s, u"1"_s, u"2"_s}));
        QCOMPARE(row(table, 1), (QStringList{u"Beta"_s, u"1"_s, u"0"_s, u"1"_s, u"1"_s}));
        QCOMPARE(row(table, 2), (QStringList{u"Gamma"_s, u"1"_s, u"0"_s, u"1"_s, u"0"_s}));

        // The whole map adds Returns: Beta owns e, f and the stream.
        panel.setStream(std::nullopt);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(row(table, 0), (QStringList{u"Alpha"_s, u"2"_s, u"1"_s, u"1"_s, u"2"_s}));
        QCOMPARE(row(table, 1), (QStringList{u"Beta"_s, u"3"_s, u"1"_s, u"1"_s, u"1"_s}));
        QCOMPARE(row(table, 2), (QStringList{u"Gamma"_s, u"1"_s, u"0"_s, u"1"_s, u"0"_s}));

        // Returns alone: only Beta has anything to do.
        panel.setStream(u"vs2"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(row(table, 0), (QStringList{u"Beta"_s, u"2"_s, u"1"_s, u"0"_s, u"0"_s}));
    }

    // After a command the same chart, series and sets show the new values.
    void commandsUpdateTheChartsInPlace() {
        MetricsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        panel.setStream(u"vs1"_s);
        panels::WaitWorkChart* waitWork = panel.waitWorkChart();
        QChart* chart = waitWork->chart();
        QHorizontalStackedBarSeries* series = waitWork->series();
        QBarSet* work = waitWork->workSet();
        QBarSet* wait = waitWork->waitSet();
        QBarCategoryAxis* axis = waitWork->categoryAxis();
        QPieSeries* pie = panel.flowChart()->series();
        QPieSlice* defects = panel.flowChart()->slice(FlowDistributionChart::Defects);

        // b waits 2d − 30m = 15h 30m: LT 2h + 16h + 4h = 22h = 2d 6h, FE 3.5 ÷ 22 = 15.9%.
        QVERIFY(changeStage(1, "b", [](Stage& s) { s.leadTime = 16 * hour; }));
        QCOMPARE(card(panel, HeadlineCards::LeadTime), u"2d 6h"_s);
        QCOMPARE(card(panel, HeadlineCards::FlowEfficiency), u"15.9%"_s);
        QCOMPARE(values(waitWork->waitSet()), (QList<qreal>{0, 2, 15.5, 1}));
        QCOMPARE(waitWork->chart(), chart);
        QCOMPARE(chart->series().size(), 1);
        QCOMPARE(chart->series().first(), series);
        QCOMPARE(series->barSets(), (QList<QBarSet*>{work, wait}));
        QCOMPARE(waitWork->categoryAxis(), axis);
        QCOMPARE(chart->axes().size(), 2);

        // A new stage at the end of the path: one more bar in the same sets.
        QVERIFY(push(commands::addElements(
            m_doc.get(), 1,
            {test::stage(u"g"_s, u"vs1"_s, u"Invoice"_s, u"tA"_s, 1 * hour, 5 * hour),
             test::flow(u"f6"_s, u"c"_s, u"g"_s)},
            u"Add stage"_s)));
        QCOMPARE(axis->categories(), (QStringList{u"Gift wrap"_s, u"Invoice"_s, u"Ship"_s,
                                                  u"Check stock"_s, u"Take order"_s}));
        QCOMPARE(values(work), (QList<qreal>{1, 1, 2, 0.5, 1}));
        QCOMPARE(values(wait), (QList<qreal>{0, 4, 2, 15.5, 1}));
        QCOMPARE(series->barSets(), (QList<QBarSet*>{work, wait}));

        // Undo takes the bar away again.
        m_doc->undoStack()->undo();
        QCOMPARE(values(wait), (QList<qreal>{0, 2, 15.5, 1}));

        // Flow items: 3 defects more done; the same slice holds the new count.
        Stream orders = m_doc->map(1)->streams[0];
        orders.flowItems.done.defects = 6;
        QVERIFY(push(commands::changeElement(m_doc.get(), 1, orders)));
        QCOMPARE(panel.flowChart()->series(), pie);
        QCOMPARE(pie->slices().size(), 4);
        QCOMPARE(panel.flowChart()->slice(FlowDistributionChart::Defects), defects);
        QCOMPARE(defects->value(), 6.0);
        QCOMPARE(defects->percentage(), 6.0 / 15);
    }

    void comparisonTableForOneStream() {
        const MapUid future = deriveFuture();
        QVERIFY(future != 0);
        ComparisonPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(future);
        QVERIFY(!panel.showsExplanation());
        panel.setStream(u"vs1"_s);
        QCOMPARE(panel.streamSelector()->currentText(), u"Orders"_s);
        const QTableWidget* table = panel.table();
        // Orders after: path a b c has LT 2h + 4h 15m + 4h = 10h 15m = 1d 2h (two units),
        // 3h 45m less (3.75 ÷ 14 = 26.8%); FE 3.5 ÷ 10.25 = 34.1% (+9.1 points); handoffs a→b,
        // b→c; teams Alpha, Beta.
        QCOMPARE(table->rowCount(), 9);
        QCOMPARE(row(table, 0),
                 (QStringList{u"Lead time"_s, u"1d 6h"_s, u"1d 2h"_s, u"−3h 45m (−26.8%)"_s}));
        QCOMPARE(row(table, 1),
                 (QStringList{u"Process time"_s, u"3h 30m"_s, u"3h 30m"_s, u"no change"_s}));
        QCOMPARE(row(table, 2),
                 (QStringList{u"Flow efficiency"_s, u"25.0%"_s, u"34.1%"_s, u"+9.1 points"_s}));
        QCOMPARE(row(table, 3),
                 (QStringList{u"Rolled %C&A"_s, u"36.0%"_s, u"36.0%"_s, u"no change"_s}));
        QCOMPARE(row(table, 4), (QStringList{u"Handoffs"_s, u"3"_s, u"2"_s, u"−1 (−33.3%)"_s}));
        QCOMPARE(row(table, 5), (QStringList{u"Hops"_s, u"1"_s, u"1"_s, u"no change"_s}));
        QCOMPARE(row(table, 6),
                 (QStringList{u"One-hop violations"_s, u"0"_s, u"0"_s, u"no change"_s}));
        QCOMPARE(row(table, 7),
                 (QStringList{u"Dependency cycles"_s, u"0"_s, u"0"_s, u"no change"_s}));
        QCOMPARE(row(table, 8), (QStringList{u"Teams"_s, u"3"_s, u"2"_s, u"−1 (−33.3%)"_s}));
        const QColor green = panels::charts::betterColor();
        QCOMPARE(table->item(0, ComparisonPanel::Change)->foreground().color(), green);
        QCOMPARE(table->item(2, ComparisonPanel::Change)->foreground().color(), green);
        QCOMPARE(table->item(4, ComparisonPanel::Change)->foreground().color(), green);
        QVERIFY(table->item(1, ComparisonPanel::Change)->foreground().color() != green);
    }

    void comparisonTableForTheWholeMap() {
        const MapUid future = deriveFuture();
        QVERIFY(future != 0);
        ComparisonPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(future);
        QCOMPARE(panel.streamSelector()->currentText(), u"Whole map"_s);
        QCOMPARE(panel.streamSelector()->count(), 3);
        const QTableWidget* table = panel.table();
        // LT 16h = 2d → 12h 15m = 1d 4h (3.75 ÷ 16 = 23.4%); FE 4.5 ÷ 16 = 28.1% → 4.5 ÷ 12.25
        // = 36.7% (+8.6 points); teams summed over the streams: 3 + 1 → 2 + 1.
        QCOMPARE(row(table, 0),
                 (QStringList{u"Lead time"_s, u"2d"_s, u"1d 4h"_s, u"−3h 45m (−23.4%)"_s}));
        QCOMPARE(row(table, 2),
                 (QStringList{u"Flow efficiency"_s, u"28.1%"_s, u"36.7%"_s, u"+8.6 points"_s}));
        QCOMPARE(row(table, 3),
                 (QStringList{u"Rolled %C&A"_s, u"68.0%"_s, u"68.0%"_s, u"no change"_s}));
        QCOMPARE(row(table, 4), (QStringList{u"Handoffs"_s, u"3"_s, u"2"_s, u"−1 (−33.3%)"_s}));
        QCOMPARE(row(table, 8), (QStringList{u"Teams"_s, u"4"_s, u"3"_s, u"−1 (−25.0%)"_s}));

        // Picking a stream in the selector shows it.
        panel.streamSelector()->setCurrentIndex(2);
        emit panel.streamSelector()->activated(2);
        QCOMPARE(panel.stream(), std::optional<Id>(u"vs2"_s));
        QCOMPARE(row(table, 0), (QStringList{u"Lead time"_s, u"2h"_s, u"2h"_s, u"no change"_s}));
    }

    void comparisonChartsPerStream() {
        const MapUid future = deriveFuture();
        QVERIFY(future != 0);
        ComparisonPanel panel;
        // No chart until there is something to compare: a window holds three of these.
        QCOMPARE(panel.leadTimeChart()->chart(), nullptr);
        panel.setDocument(m_doc.get());
        panel.setMap(future);
        QVERIFY(panel.leadTimeChart()->chart() != nullptr);
        const panels::ComparisonChart* lead = panel.leadTimeChart();
        // The maps' names, which say their states already (not "Current (Current state)").
        QCOMPARE(lead->beforeSet()->label(), u"Current state"_s);
        QCOMPARE(lead->afterSet()->label(), u"Future state"_s);
        // Orders on top: the axis and the sets run bottom to top.
        QCOMPARE(lead->categoryAxis()->categories(), (QStringList{u"Returns"_s, u"Orders"_s}));
        QCOMPARE(values(lead->beforeSet()), (QList<qreal>{2, 14}));
        QCOMPARE(values(lead->afterSet()), (QList<qreal>{2, 10.25}));
        const panels::ComparisonChart* handoffs = panel.handoffsChart();
        QCOMPARE(handoffs->categoryAxis()->categories(), (QStringList{u"Returns"_s, u"Orders"_s}));
        QCOMPARE(values(handoffs->beforeSet()), (QList<qreal>{0, 3}));
        QCOMPARE(values(handoffs->afterSet()), (QList<qreal>{0, 2}));
        const panels::ComparisonChart* hops = panel.hopsChart();
        QCOMPARE(values(hops->beforeSet()), (QList<qreal>{0, 1}));
        QCOMPARE(values(hops->afterSet()), (QList<qreal>{0, 1}));
        QCOMPARE(hops->afterSet()->label(), u"Future state"_s);

        // Another edit of the future map: the same sets change.
        QBarSet* after = lead->afterSet();
        QVERIFY(changeStage(future, "c", [](Stage& s) { s.leadTime = 2 * hour; }));
        QCOMPARE(lead->afterSet(), after);
        QCOMPARE(values(after), (QList<qreal>{2, 8.25}));
        QCOMPARE(row(panel.table(), 0),
                 (QStringList{u"Lead time"_s, u"2d"_s, u"1d 2h"_s, u"−5h 45m (−35.9%)"_s}));
    }

    void comparisonRowsForWorseNewAndUnknown() {
        ComparedMetrics before;
        before.leadTime = 2 * hour;
        before.processTime = 1 * hour;
        before.flowEfficiency = 0.5;
        before.handoffs = 1;
        ComparedMetrics after = before;
        after.leadTime = 3 * hour;
        after.flowEfficiency = 1.0 / 3;
        after.handoffs = 2;
        after.hops = 2; // from 0: no share of 0
        QList<panels::ComparisonRow> rows = panels::comparisonRows(before, after, 8);
        QCOMPARE(rows[0].change, u"+1h (+50.0%)"_s);
        QVERIFY(rows[0].verdict == Verdict::Worse);
        QCOMPARE(rows[2].change, u"−16.7 points"_s);
        QVERIFY(rows[2].verdict == Verdict::Worse);
        QCOMPARE(rows[4].change, u"+1 (+100.0%)"_s);
        QVERIFY(rows[4].verdict == Verdict::Worse);
        QCOMPARE(rows[5].change, u"+2"_s);
        QVERIFY(rows[5].verdict == Verdict::Worse);

        rows = panels::comparisonRows(std::nullopt, after, 8);
        QCOMPARE(rows[0].before, u"–"_s);
        QCOMPARE(rows[0].after, u"3h"_s);
        QCOMPARE(rows[0].change, u"new stream"_s);
        QVERIFY(rows[0].verdict == Verdict::Unknown);

        after.leadTime.reset(); // flows in a circle
        rows = panels::comparisonRows(before, after, 8);
        QCOMPARE(rows[0].after, u"unknown"_s);
        QCOMPARE(rows[0].change, u"–"_s);
        QVERIFY(rows[0].verdict == Verdict::Unknown);
    }

    void noBaselineExplains() {
        ComparisonPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        QVERIFY(panel.showsExplanation());
        QCOMPARE(panel.explanation()->text(),
                 u"Derive a future-state map (Map → Derive future-state map) to compare it with "
                 "its current state."_s);
        // Deriving one and showing it replaces the explanation.
        const MapUid future = deriveFuture();
        panel.setMap(future);
        QVERIFY(!panel.showsExplanation());
    }

    // At the width the Current vs future dock starts with, no axis label or title of a chart is
    // cut short, in English and in German, with one stream (the lowest chart) and with two.
    void comparisonAxesWholeAtTheDockWidth_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("streams");
        QTest::addColumn<double>("longestWait"); // hours
        QTest::addColumn<int>("width");
        QTest::newRow("English, one stream") << u"en"_s << 1 << 8.0 << dockContentWidth;
        QTest::newRow("English, two streams") << u"en"_s << 2 << 8.0 << dockContentWidth;
        QTest::newRow("German, one stream") << u"de"_s << 1 << 8.0 << dockContentWidth;
        QTest::newRow("German, two streams") << u"de"_s << 2 << 8.0 << dockContentWidth;
        QTest::newRow("English, long waits") << u"en"_s << 2 << 12345.0 << dockContentWidth;
        // The dock narrowed by hand.
        QTest::newRow("English, narrow") << u"en"_s << 2 << 4950.0 << 360;
    }
    void comparisonAxesWholeAtTheDockWidth() {
        QFETCH(QString, language);
        QFETCH(int, streams);
        QFETCH(double, longestWait);
        QFETCH(int, width);
        Map m = workshopMap();
        m.stages[1].leadTime = longestWait * hour;
        m.streams[0].name = u"Orders placed online by shoppers"_s; // cut short by the panel
        if (streams == 1) {
            m.streams.removeLast();
            m.stages.resize(4);
            m.flows.removeLast();
        }
        m_doc = std::make_unique<Document>(Workshop{{m}});
        const MapUid future = deriveFuture();
        QVERIFY(future != 0);
        QVERIFY(i18n::install(language));
        const auto restore = qScopeGuard([] { i18n::install(u"en"_s); });
        ComparisonPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(future);
        panel.resize(width, 1400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QApplication::processEvents();
        for (const panels::ComparisonChart* chart :
             {panel.leadTimeChart(), panel.handoffsChart(), panel.hopsChart()}) {
            const QStringList texts = drawnTexts(chart->chart());
            // Qt writes "..." where it cuts a label, an axis title or a legend entry short.
            QVERIFY2(!texts.join(u'|').contains(u"..."_s), qPrintable(texts.join(u'|')));
            QVERIFY(texts.contains(chart->valueAxis()->titleText()));
            for (const QString& name : chart->categoryAxis()->categories())
                QVERIFY2(texts.contains(name), qPrintable(name));
            QVERIFY(chart->valueAxis()->tickCount() >= 2);
        }
    }

    // A current-state map shows the future-state map derived from it, the first one in file
    // order, and says which.
    void currentMapShowsItsDerivedFuture() {
        const MapUid future = deriveFuture();
        QVERIFY(future != 0);
        ComparisonPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        QVERIFY(!panel.showsExplanation());
        QCOMPARE(panel.comparedMap(), future);
        QVERIFY(!panel.derivedNote()->isHidden());
        QCOMPARE(panel.derivedNote()->text(),
                 u"Shown for this current state: “Future state”, the future-state map derived "
                 "from it."_s);
        // The same figures as on the future map (see comparisonTableForTheWholeMap).
        QCOMPARE(row(panel.table(), 0),
                 (QStringList{u"Lead time"_s, u"2d"_s, u"1d 4h"_s, u"−3h 45m (−23.4%)"_s}));
        QCOMPARE(panel.leadTimeChart()->afterSet()->label(), u"Future state"_s);

        // A second derived map goes right after the current map's tab, so it is first in file
        // order now and on show.
        QVERIFY(push(commands::deriveFutureMap(m_doc.get(), 1, u"Bolder future"_s)));
        QCOMPARE(m_doc->workshop().maps[1].info.name, u"Bolder future"_s);
        QCOMPARE(panel.comparedMap(), m_doc->workshop().maps[1].uid);
        QCOMPARE(panel.derivedNote()->text(),
                 u"Shown for this current state: “Bolder future”, the first of the 2 future-state "
                 "maps derived from it (each has its own tab)."_s);
        QCOMPARE(row(panel.table(), 0),
                 (QStringList{u"Lead time"_s, u"2d"_s, u"2d"_s, u"no change"_s}));

        // The future map itself shows its comparison without the note.
        panel.setMap(future);
        QCOMPARE(panel.comparedMap(), future);
        QVERIFY(panel.derivedNote()->isHidden());
    }

    // The panels drawn at a dock's width: bars in the wait and work colours, the longest wait in
    // its deeper amber, and the comparison's bars.
    void panelsRenderTheirCharts() {
        MetricsPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        panel.setStream(u"vs1"_s);
        panel.resize(420, 1600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage image = panel.waitWorkChart()->view()->grab().toImage();
        QVERIFY(!image.isNull());
        QHash<QRgb, int> colours;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ++colours[image.pixel(x, y)];
        QVERIFY(colours.size() > 20); // not blank
        QVERIFY(colours.value(panels::charts::workColor().rgb()) > 200);
        QVERIFY(colours.value(panels::charts::waitColor().rgb()) > 200);
        QVERIFY(colours.value(panels::charts::longestWaitColor().rgb()) > 200);

        const MapUid future = deriveFuture();
        ComparisonPanel comparison;
        comparison.setDocument(m_doc.get());
        comparison.setMap(future);
        comparison.resize(420, 1400);
        comparison.show();
        QVERIFY(QTest::qWaitForWindowExposed(&comparison));
        const QImage bars = comparison.leadTimeChart()->grab().toImage();
        int future_ = 0, current = 0;
        for (int y = 0; y < bars.height(); ++y)
            for (int x = 0; x < bars.width(); ++x) {
                future_ += bars.pixel(x, y) == panels::charts::futureColor().rgb();
                current += bars.pixel(x, y) == panels::charts::baselineColor().rgb();
            }
        QVERIFY(future_ > 200);
        QVERIFY(current > 200);
    }
};

STREAMBOARD_TEST_MAIN(TestMetricsPanel)
} // namespace tst_metrics_panel
#include "tst_metrics_panel.moc"
