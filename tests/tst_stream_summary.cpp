// What a stream's figures say about themselves: the summary box names the day length the times
// are written in, Map settings says what a day and a week are, and where there is nothing to
// measure the canvas and the Metrics dock show "—" while the analysis keeps its defined values.
#include "analysis/analysis.h"
#include "canvas/ladder_item.h"
#include "canvas/map_scene.h"
#include "commands/commands.h"
#include "model/document.h"
#include "panels/comparison_panel.h"
#include "panels/fitted_table.h"
#include "panels/headline_cards.h"
#include "panels/map_info_form.h"
#include "panels/metric_card.h"
#include "panels/metrics_panel.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

namespace tst_stream_summary {

using namespace sb;
using namespace Qt::Literals::StringLiterals;
using Card = panels::HeadlineCards::Card;

namespace {

// smallMap's stream vs1 (a → b → c: LT 1h + 4h + 24h = 29h = 3d 5h in 8-hour days, PT 0 + 2h +
// 10m = 2h 10m, FE 7800 ÷ 104400 = 7.5%, %C&A 1 × .9 × .8 = 72.0%), a stream vs2 without stages
// and a stream vs3 whose one stage has no times yet (LT 0).
Map summaryMap() {
    Map m = test::smallMap();
    m.info.settings.workingDayHours = 8;
    m.streams.append(test::stream(u"vs2"_s, u"Empty"_s, u"t1"_s));
    m.streams.append(test::stream(u"vs3"_s, u"Untimed"_s, u"t1"_s));
    m.stages.append(test::stage(u"u"_s, u"vs3"_s, u"Sketch"_s, u"t1"_s, 0, 0));
    return m;
}

QStringList tableRow(const QTableWidget* table, int r) {
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells.append(table->item(r, c)->text());
    return cells;
}

QString cardValue(const panels::MetricsPanel& panel, Card card) {
    return panel.cards()->card(card)->value();
}

} // namespace

class TestStreamSummary : public QObject {
    Q_OBJECT

private slots:
    void summaryBoxNamesTheDayLength() {
        Document doc(Workshop{{summaryMap()}});
        canvas::MapScene scene(&doc, 1);
        const canvas::LadderItem::Content& content = scene.ladderFor(u"vs1"_s)->content();
        QCOMPARE(content.leadTime, u"3d 5h"_s);
        QCOMPARE(content.processTime, u"2h 10m"_s);
        QCOMPARE(content.flowEfficiency, u"7.5%"_s);
        QCOMPARE(content.rolledPctCA, u"72.0%"_s);
        QCOMPARE(content.dayLength, u"Days of 8 h"_s);
        // Drawn as the box's last line.
        const QList<canvas::SummaryLine> lines = scene.ladderFor(u"vs1"_s)->summaryLines();
        QCOMPARE(lines.last().text, u"Days of 8 h"_s);
        QVERIFY(lines.last().role == canvas::SummaryLine::Role::Footer);

        MapInfo info = doc.map(1)->info;
        info.settings.workingDayHours = 7.5;
        QVERIFY(doc.push(commands::changeMapInfo(&doc, 1, info).release()));
        QCOMPARE(scene.ladderFor(u"vs1"_s)->content().dayLength, u"Days of 7.5 h"_s);
    }

    void mapSettingsSayWhatADayIs() {
        Document doc(Workshop{{summaryMap()}});
        panels::MapInfoForm form(&doc, 1);
        QCOMPARE(form.workingDayHoursField()->value(), 8.0);
        QCOMPARE(form.dayLengthNote()->text(),
                 u"1d is 8 hours of work and 1w is 5 days (40 hours)."_s);
        MapInfo info = doc.map(1)->info;
        info.settings.workingDayHours = 24;
        QVERIFY(doc.push(commands::changeMapInfo(&doc, 1, info).release()));
        form.refresh();
        QCOMPARE(form.dayLengthNote()->text(),
                 u"1d is 24 hours of work and 1w is 7 days (168 hours)."_s);
    }

    void nothingToMeasureOnTheCanvas() {
        Document doc(Workshop{{summaryMap()}});
        canvas::MapScene scene(&doc, 1);
        const canvas::LadderItem::Content& empty = scene.ladderFor(u"vs2"_s)->content();
        QCOMPARE(empty.leadTime, u"—"_s);
        QCOMPARE(empty.processTime, u"—"_s);
        QCOMPARE(empty.flowEfficiency, u"—"_s);
        QCOMPARE(empty.rolledPctCA, u"—"_s);
        // A stage without times: a lead time of 0, but no flow efficiency to speak of.
        const canvas::LadderItem::Content& untimed = scene.ladderFor(u"vs3"_s)->content();
        QCOMPARE(untimed.leadTime, u"0s"_s);
        QCOMPARE(untimed.flowEfficiency, u"—"_s);
        QCOMPARE(untimed.rolledPctCA, u"100.0%"_s);

        // The analysis (and so `check`'s JSON) keeps its defined values.
        const AnalysisResult result = analyze(*doc.map(1));
        QCOMPARE(result.metrics[1].leadTime, std::optional<double>(0));
        QCOMPARE(result.metrics[1].flowEfficiency, std::optional<double>(0));
        QCOMPARE(result.metrics[1].rolledPctCA, 1.0);
    }

    void nothingToMeasureInTheMetricsDock() {
        Document doc(Workshop{{summaryMap()}});
        panels::MetricsPanel panel;
        panel.setDocument(&doc);
        panel.setMap(1);
        panel.setStream(u"vs2"_s);
        for (Card card :
             {Card::LeadTime, Card::ProcessTime, Card::FlowEfficiency, Card::RolledPctCA})
            QCOMPARE(cardValue(panel, card), u"—"_s);
        QCOMPARE(panel.cards()->card(Card::LeadTime)->subLine(), u"No stage yet"_s);
        QCOMPARE(cardValue(panel, Card::Handoffs), u"0"_s);

        panel.setStream(u"vs3"_s);
        QCOMPARE(cardValue(panel, Card::LeadTime), u"0s"_s);
        QCOMPARE(cardValue(panel, Card::FlowEfficiency), u"—"_s);
        QCOMPARE(panel.cards()->card(Card::FlowEfficiency)->subLine(),
                 u"No lead time to divide by"_s);
        QCOMPARE(cardValue(panel, Card::RolledPctCA), u"100.0%"_s);

        panel.setStream(u"vs1"_s);
        QCOMPARE(cardValue(panel, Card::FlowEfficiency), u"7.5%"_s);

        // A map whose only stream has no stage: nothing to measure for the whole map either.
        Map bare = test::smallMap();
        bare.stages.clear();
        bare.flows.clear();
        bare.dependencies.removeLast();
        Document bareDoc(Workshop{{bare}});
        panel.setDocument(&bareDoc);
        panel.setStream(std::nullopt);
        QCOMPARE(cardValue(panel, Card::LeadTime), u"—"_s);
        QCOMPARE(cardValue(panel, Card::FlowEfficiency), u"—"_s);
        QCOMPARE(cardValue(panel, Card::RolledPctCA), u"—"_s);
        QCOMPARE(panel.cards()->card(Card::RolledPctCA)->subLine(), u"No stream has a stage yet"_s);
    }

    // The future map gives the empty stream vs2 a stage "Start" (PT 1h, LT 2h, 50%).
    void nothingToMeasureInTheComparison() {
        Document doc(Workshop{{summaryMap()}});
        QVERIFY(doc.push(commands::deriveFutureMap(&doc, 1, u"Future state"_s).release()));
        const MapUid future = doc.workshop().maps.last().uid;
        QVERIFY(doc.push(
            commands::addElement(&doc, future,
                                 test::stage(u"s"_s, u"vs2"_s, u"Start"_s, u"t1"_s, 3600, 7200, 50))
                .release()));
        panels::ComparisonPanel panel;
        panel.setDocument(&doc);
        panel.setMap(future);
        panel.setStream(u"vs2"_s);
        const QTableWidget* table = panel.table();
        QCOMPARE(tableRow(table, 0), (QStringList{u"Lead time"_s, u"—"_s, u"2h"_s, u"–"_s}));
        QCOMPARE(tableRow(table, 1), (QStringList{u"Process time"_s, u"—"_s, u"1h"_s, u"–"_s}));
        QCOMPARE(tableRow(table, 2),
                 (QStringList{u"Flow efficiency"_s, u"—"_s, u"50.0%"_s, u"–"_s}));
        QCOMPARE(tableRow(table, 3), (QStringList{u"Rolled %C&A"_s, u"—"_s, u"50.0%"_s, u"–"_s}));
        QCOMPARE(tableRow(table, 4), (QStringList{u"Handoffs"_s, u"0"_s, u"0"_s, u"no change"_s}));

        // A lead time of 0 on both sides: no flow efficiency to compare.
        panel.setStream(u"vs3"_s);
        QCOMPARE(tableRow(table, 0),
                 (QStringList{u"Lead time"_s, u"0s"_s, u"0s"_s, u"no change"_s}));
        QCOMPARE(tableRow(table, 2), (QStringList{u"Flow efficiency"_s, u"—"_s, u"—"_s, u"–"_s}));
        QCOMPARE(tableRow(table, 3),
                 (QStringList{u"Rolled %C&A"_s, u"100.0%"_s, u"100.0%"_s, u"no change"_s}));
    }
};

STREAMBOARD_TEST_MAIN(TestStreamSummary)
} // namespace tst_stream_summary
#include "tst_stream_summary.moc"
