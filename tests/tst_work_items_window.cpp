// Work items in the window: Stream → Import work items… and the stage inspector's measured time.
// Figures for the default period (2026-03-03 to 2026-03-12) are in tests/data/workitems/flow.md.
#include "analysis/analysis.h"
#include "commands/work_item_import.h"
#include "metrics/flow_items.h"
#include "model/document.h"
#include "panels/inspector_panel.h"
#include "panels/metrics_figures.h"
#include "panels/metrics_panel.h"
#include "panels/stage_form.h"
#include "panels/work_item_charts.h"
#include "store/json_interchange.h"
#include "store/sqlite_store.h"
#include "test_main.h"
#include "window/main_window.h"
#include "window/work_item_dialog.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

namespace tst_work_items_window {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

const QString dataDir = QStringLiteral(TEST_DATA_DIR "/workitems/");

Workshop windowWorkshop() {
    QFile file(dataDir + u"workshop.json"_s);
    file.open(QIODevice::ReadOnly);
    QString error;
    return json::read(file.readAll(), &error).value_or(Workshop());
}

WorkItemSetup windowSetup() {
    WorkItemSetup setup;
    setup.states = {u"Backlog"_s, u"Ready"_s, u"Dev"_s, u"Review"_s, u"Done"_s};
    setup.active = {u"Dev"_s};
    setup.start = u"Ready"_s;
    setup.types = defaultWorkItemTypes();
    setup.stages = {{u"Dev"_s, u"dev"_s}, {u"Review"_s, u"review"_s}};
    return setup;
}

class TestWorkItemsWindow : public QObject {
    Q_OBJECT

private slots:
    // The stage's measured median becomes its lead time in one undo entry; a measured day is a
    // day of the map (8-hour days: 3 days are 24 hours, and 8 days 1w 3d of 5-day weeks).
    void stageInspectorUsesTheMeasuredTime_data() {
        QTest::addColumn<double>("dayHours");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<double>("leadTime");
        QTest::newRow("24-hour days")
            << 24.0 << u"median 3d, 85th percentile 1w 1d"_s << 3 * 86400.;
        QTest::newRow("8-hour days") << 8.0 << u"median 3d, 85th percentile 1w 3d"_s << 86400.;
    }
    void stageInspectorUsesTheMeasuredTime() {
        QFETCH(double, dayHours);
        QFETCH(QString, shown);
        QFETCH(double, leadTime);
        Workshop workshop = windowWorkshop();
        workshop.maps[0].info.settings.workingDayHours = dayHours;
        Document doc(workshop);
        const MapUid map = doc.workshop().maps[0].uid;
        QFile csv(dataDir + u"flow.csv"_s);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        doc.push(importWorkItems(&doc, map, u"vs1"_s, csv.readAll(), windowSetup(), false)
                     .command.release());
        panels::InspectorPanel inspector;
        inspector.setDocument(&doc);
        inspector.setMap(map);
        inspector.showElement(commands::ElementRef{ElementKind::Stage, u"dev"_s});
        auto* form = qobject_cast<panels::StageForm*>(inspector.form());
        QVERIFY(form);
        // Dev times of A1, A2, A3, A4, A6: 2, 3, 8, 1/6, 3 days → median 3, p85 (rank 5) 8.
        QVERIFY2(form->measuredLabel()->text().contains(shown),
                 qPrintable(form->measuredLabel()->text()));
        QVERIFY(form->useMeasuredButton()->isEnabled());
        QTest::mouseClick(form->useMeasuredButton(), Qt::LeftButton);
        QCOMPARE(doc.workshop().maps[0].find<Stage>(u"dev"_s)->leadTime, leadTime);
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.undoStack()->undoText(), u"Use measured lead time for “Build”"_s);
        QVERIFY(!form->useMeasuredButton()->isEnabled());

        inspector.showElement(commands::ElementRef{ElementKind::Stage, u"refund"_s});
        form = qobject_cast<panels::StageForm*>(inspector.form());
        QVERIFY(form->measuredLabel()->text().startsWith(u"No work items are mapped"_s));
        QVERIFY(!form->useMeasuredButton()->isEnabled());
    }

    // Where a stream has work items they replace its typed flow items in the Metrics dock:
    // default period 2026-03-03 to 2026-03-12, done A1, A3, A6 (features), A2 (defects), A4
    // (debt); in progress at its end A5 (risks) and A9 (features).
    void metricsCountTheWorkItems() {
        Document doc(windowWorkshop());
        const MapUid map = doc.workshop().maps[0].uid;
        QFile csv(dataDir + u"flow.csv"_s);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        doc.push(importWorkItems(&doc, map, u"vs1"_s, csv.readAll(), windowSetup(), false)
                     .command.release());
        const Map& m = *doc.map(map);
        const panels::MetricsFigures figures = panels::metricsFigures(m, analyze(m), u"vs1"_s);
        QCOMPARE(figures.flow.done, (FlowCounts{3, 1, 0, 1}));
        QCOMPARE(figures.flow.inProgress, (FlowCounts{1, 0, 1, 0}));
        QCOMPARE(figures.flow.periodDays, std::optional<double>(10));
        QVERIFY(figures.flow.measured);
        const FlowMetrics flow = computeFlowMetrics(m.streams[0], StreamMetrics());
        QCOMPARE(flow.velocity, 5);
        QCOMPARE(flow.velocityPerWeek, 3.5); // 5 in 10 days
        QCOMPARE(flow.load, 2);
        // The typed ones stay stored, and count for the stream without items.
        QCOMPARE(m.streams[0].flowItems, (FlowItems{10, {}, {}}));
        QVERIFY(!panels::metricsFigures(m, analyze(m), u"vs2"_s).flow.measured);
    }

    // The Metrics dock draws the stream's work items over the default period (2026-03-03 to
    // 2026-03-12, flow.md): five items done, A5 and A9 in progress, two weekly blocks.
    void metricsDockChartsTheWorkItems() {
        Document doc(windowWorkshop());
        const MapUid map = doc.workshop().maps[0].uid;
        QFile csv(dataDir + u"flow.csv"_s);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        doc.push(importWorkItems(&doc, map, u"vs1"_s, csv.readAll(), windowSetup(), false)
                     .command.release());
        panels::MetricsPanel panel;
        // No charts until a stream with items is shown: most maps have none.
        QCOMPARE(panel.workItemCharts()->scatterChart(), nullptr);
        panel.setDocument(&doc);
        panel.setMap(map);
        panel.setStream(u"vs1"_s);
        panel.show();
        QTRY_VERIFY(panel.workItemCharts()->isVisible());
        panels::WorkItemCharts* charts = panel.workItemCharts();
        const QList<QAbstractSeries*> scatter = charts->scatterChart()->series();
        QCOMPARE(scatter.size(), 3); // the items, the 50% and the 85% lines
        QCOMPARE(static_cast<QScatterSeries*>(scatter[0])->count(), 5);
        QCOMPARE(scatter[1]->name(), u"50%: 4.0 d"_s); // 1.5, 4, 4, 6, 11
        QCOMPARE(scatter[2]->name(), u"85%: 11.0 d"_s);
        QCOMPARE(charts->cumulativeFlowChart()->series().size(), 5);
        const auto* aging = static_cast<QScatterSeries*>(charts->agingChart()->series()[0]);
        QCOMPARE(aging->count(), 2);
        QCOMPARE(aging->at(0).y(), 10.0); // A5, started 03-03
        QCOMPARE(aging->at(1).y(), 1.0);  // A9, started 03-12
        const auto* weekly = static_cast<QAbstractBarSeries*>(charts->weeklyChart()->series()[0]);
        QCOMPARE(weekly->barSets()[0]->at(0), 2.0); // features: A1, A3
        QCOMPARE(weekly->barSets()[0]->at(1), 1.0); // A6
        QCOMPARE(weekly->barSets()[1]->at(0), 1.0); // defects: A2
        QCOMPARE(weekly->barSets()[3]->at(0), 1.0); // debt: A4

        panel.setStream(u"vs2"_s);
        QTRY_VERIFY(!panel.workItemCharts()->isVisible());
    }

    void windowImportsIntoTheStream() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"window.vsmap"_s);
        QVERIFY(SqliteStore::create(path, windowWorkshop()));
        MainWindow window;
        QVERIFY(window.openFile(path));
        QCOMPARE(window.streamForMenu(), u"vs1"_s);
        bool ok = false;
        const QString message =
            window.importWorkItems(u"vs1"_s, dataDir + u"flow.csv"_s, windowSetup(), false, &ok);
        QVERIFY(ok);
        QCOMPARE(message, u"Read 9 work items into “Checkout”. Type “Epic” is not mapped: 1 "
                          u"item counts as features."_s);
        QCOMPARE(window.document()->undoStack()->count(), 1);
        QCOMPARE(window.document()->undoStack()->undoText(),
                 u"Import work items into “Checkout”"_s);

        const QString bad = dir.filePath(u"bad.csv"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ID,Backlog,Ready,Dev,Review,Done\nX1,2026-01-02,2026-01-01,,,\n");
        file.close();
        QCOMPARE(window.importWorkItems(u"vs1"_s, bad, windowSetup(), false, &ok),
                 u"Line 2: Ready (2026-01-01) is earlier than Backlog (2026-01-02)"_s);
        QVERIFY(!ok);
        QCOMPARE(window.document()->undoStack()->count(), 1);

        // The dialog starts from the choices the stream remembers.
        WorkItemDialog dialog(*window.document()->map(window.currentMap()), u"vs1"_s);
        QCOMPARE(dialog.statesField()->text(), u"Backlog, Ready, Dev, Review, Done"_s);
        QCOMPARE(dialog.stateFieldOf(u"dev"_s)->text(), u"Dev"_s);
        QCOMPARE(dialog.stateFieldOf(u"review"_s)->text(), u"Review"_s);
        QVERIFY(!dialog.stateFieldOf(u"refund"_s)); // a stage of another stream
        QCOMPARE(dialog.setup(), windowSetup());
        QCOMPARE(dialog.problem(), u"Choose the file to import."_s);
        dialog.fileField()->setText(dataDir + u"flow.csv"_s);
        QCOMPARE(dialog.problem(), QString());
    }
};

STREAMBOARD_TEST_MAIN(TestWorkItemsWindow)

} // namespace tst_work_items_window
#include "tst_work_items_window.moc"
