#include "analysis/analysis_cache.h"
#include "analysis/capability_users.h"
#include "analysis/element_index.h"
#include "analysis/incremental_analysis.h"
#include "canvas/map_scene.h"
#include "canvas/stage_item.h"
#include "commands/commands.h"
#include "example_workshop.h"
#include "model/document.h"
#include "panels/analysis_watcher.h"
#include "panels/metrics_panel.h"
#include "store/json_interchange.h"
#include "test_main.h"
#include "test_paths.h"
#include "test_workshops.h"
#include "window/main_window.h"

#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace tst_changes {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

using test::exampleWorkshop;

// Two copies of the small map, so that one can be shown while the other is not.
Workshop twoMaps() {
    Workshop w;
    w.maps = {test::smallMap(1), test::smallMap(2, u"Other"_s)};
    return w;
}

ChangeSet changesOf(const QSignalSpy& spy, qsizetype i) {
    return spy.at(i).at(0).value<ChangeSet>();
}

QString shownName(const canvas::MapScene& scene, const QString& stage) {
    auto* item = dynamic_cast<canvas::StageItem*>(scene.itemFor(ElementKind::Stage, stage));
    return item ? item->content().name : QString();
}

// The Document announces every change with its map, element and fields, whichever way it came:
// a command, its undo and redo, or an edit made elsewhere; the views follow that alone, the
// scenes of maps not on screen wait, and every view shares one analysis per change.
class TestChanges : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ChangeSet>(); }

    void aCommandItsUndoAndRedoAreAnnouncedWithTheirFields() {
        Document doc(twoMaps());
        QSignalSpy spy(&doc, &Document::changesApplied);
        Stage s = doc.map(1)->stages[1];
        s.leadTime = 20000;
        s.name = u"Build and test"_s;
        doc.push(commands::changeElement(&doc, 1, s).release());
        doc.undoStack()->undo();
        doc.undoStack()->redo();

        QCOMPARE(spy.size(), 3);
        const QList<ChangeSet::Origin> origins = {ChangeSet::Origin::Command,
                                                  ChangeSet::Origin::Undo, ChangeSet::Origin::Redo};
        for (int i = 0; i < 3; ++i) {
            const ChangeSet changes = changesOf(spy, i);
            QCOMPARE(changes.origin, origins[i]);
            QCOMPARE(changes.changes.size(), 1);
            const Change& c = changes.changes.first();
            QCOMPARE(c.type, Change::Type::ElementModified);
            QCOMPARE(c.map, MapUid(1));
            QCOMPARE(c.kind, ElementKind::Stage);
            QCOMPARE(c.key, u"b"_s);
            // Interchange key order: name before leadTime.
            QCOMPARE(c.fields, QStringList({u"name"_s, u"leadTime"_s}));
            QVERIFY(changes.touches(1));
            QVERIFY(!changes.touches(2));
            QVERIFY(changes.touches(1, ElementKind::Stage, u"b"_s));
            QVERIFY(!changes.touches(1, ElementKind::Stage, u"a"_s));
        }
        QCOMPARE(doc.revision(1), quint64(3));
        QCOMPARE(doc.revision(2), quint64(0));
    }

    void aMacroIsAnnouncedOnceAsACommand() {
        Document doc(twoMaps());
        QSignalSpy spy(&doc, &Document::changesApplied);
        Stage a = doc.map(1)->stages[0];
        Stage b = doc.map(1)->stages[1];
        a.leadTime = 7200;
        b.leadTime = 28800;
        doc.beginMacro(u"Two edits"_s);
        doc.push(commands::changeElement(&doc, 1, a).release());
        doc.push(commands::changeElement(&doc, 1, b).release());
        QCOMPARE(spy.size(), 0);
        doc.endMacro();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(changesOf(spy, 0).origin, ChangeSet::Origin::Command);
        QCOMPARE(changesOf(spy, 0).changes.size(), 2);
        doc.undoStack()->undo();
        QCOMPARE(changesOf(spy, 1).origin, ChangeSet::Origin::Undo);
        doc.undoStack()->redo();
        QCOMPARE(changesOf(spy, 2).origin, ChangeSet::Origin::Redo);
    }

    void mapInfoChangesNameTheirFields() {
        Document doc(twoMaps());
        QSignalSpy spy(&doc, &Document::changesApplied);
        MapInfo info = doc.map(2)->info;
        info.name = u"Renamed"_s;
        info.settings.workingDayHours = 8;
        doc.push(commands::changeMapInfo(&doc, 2, info).release());
        QCOMPARE(spy.size(), 1);
        const Change c = changesOf(spy, 0).changes.first();
        QCOMPARE(c.type, Change::Type::MapModified);
        QCOMPARE(c.fields, QStringList({u"name"_s, u"settings"_s}));
        QVERIFY(changesOf(spy, 0).changesMapList());
    }

    void anExternalChangeReachesViewsButNotTheUndoStack() {
        Document doc(twoMaps());
        canvas::MapScene scene(&doc, 1);
        QCOMPARE(shownName(scene, u"b"_s), u"Build"_s);
        QSignalSpy spy(&doc, &Document::changesApplied);

        const Stage before = doc.map(1)->stages[1];
        Stage after = before;
        after.name = u"Build (renamed elsewhere)"_s;
        doc.applyExternal({op::ReplaceElement{1, before, after}});

        QCOMPARE(spy.size(), 1);
        QCOMPARE(changesOf(spy, 0).origin, ChangeSet::Origin::External);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.hasUnsavedChanges()); // stored already, by whoever made it
        QCOMPARE(shownName(scene, u"b"_s), u"Build (renamed elsewhere)"_s);

        // A local edit before an external one stays on the local undo stack, and undoes only
        // itself.
        Stage local = doc.map(1)->stages[0];
        const double before0LeadTime = local.leadTime;
        local.leadTime = 5400;
        doc.push(commands::changeElement(&doc, 1, local).release());
        QCOMPARE(doc.undoStack()->count(), 1);
        const Stage renamed = doc.map(1)->stages[1];
        Stage again = renamed;
        again.name = u"Build (renamed again)"_s;
        doc.applyExternal({op::ReplaceElement{1, renamed, again}});
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.map(1)->stages[0].leadTime, 5400.0);
        doc.undoStack()->undo();
        QCOMPARE(doc.map(1)->stages[0].leadTime, before0LeadTime);
        QCOMPARE(doc.map(1)->stages[1].name, u"Build (renamed again)"_s);
    }

    void aSceneNotOnScreenWaitsUntilShown() {
        Document doc(twoMaps());
        canvas::MapScene shown(&doc, 1);
        canvas::MapScene hidden(&doc, 2);
        hidden.setShown(false);
        AnalysisCache* cache = AnalysisCache::of(&doc);
        const AnalysisCache::Runs before = cache->runs(2);

        Stage s = doc.map(2)->stages[0];
        s.name = u"Intake"_s;
        s.leadTime = 7200;
        doc.push(commands::changeElement(&doc, 2, s).release());

        QVERIFY(hidden.isStale());
        QCOMPARE(shownName(hidden, u"a"_s), u"Backlog"_s);
        QCOMPARE(cache->runs(2).rulesOnly, before.rulesOnly); // nobody asked: nothing analysed
        QVERIFY(!shown.isStale());

        hidden.setShown(true);
        QVERIFY(!hidden.isStale());
        QCOMPARE(shownName(hidden, u"a"_s), u"Intake"_s);
        QCOMPARE(cache->runs(2).rulesOnly, before.rulesOnly + 1); // a name and a time
    }

    void theWindowShowsOneSceneAndKeepsTheOthersWaiting() {
        MainWindow window;
        QVERIFY(window.newFromTemplate(0));
        Document* doc = window.document();
        const MapUid first = window.currentMap();
        doc->push(commands::deriveFutureMap(doc, first, u"Future state"_s).release());
        const MapUid future = doc->workshop().maps.last().uid;
        window.setCurrentMap(future);
        canvas::MapScene* futureScene = window.currentScene();
        window.setCurrentMap(first);
        QVERIFY(window.currentScene()->isShown());
        QVERIFY(!futureScene->isShown());
        window.addStep(); // on the current map only
        QVERIFY(!futureScene->isStale());
        MapInfo info = doc->map(future)->info;
        info.settings.workingDayHours = 6;
        doc->push(commands::changeMapInfo(doc, future, info).release());
        QVERIFY(futureScene->isStale());
        window.setCurrentMap(future);
        QVERIFY(!futureScene->isStale());
    }

    // The Metrics panel sits behind the Findings tab: edits leave it as it is until it is
    // shown, and it then shows the map as it is.
    void aPanelBehindAnotherTabWaitsUntilShown() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        QCoreApplication::processEvents();
        auto* metrics = window.findChild<panels::MetricsPanel*>();
        const auto shopperWait = [&] {
            for (const panels::WaitWorkBar& bar : metrics->figures().bars)
                if (bar.id == u"vs-shopper"_s)
                    return bar.wait;
            return -1.0;
        };
        window.findChild<QDockWidget*>(u"metricsDock"_s)->raise();
        QCoreApplication::processEvents();
        const double before = shopperWait();
        QVERIFY(before > 0);
        window.findChild<QDockWidget*>(u"findingsDock"_s)->raise();
        QCoreApplication::processEvents();
        QVERIFY(metrics->visibleRegion().isEmpty()); // Qt moves it off the window

        // Browsing, the shopper stream's first stage, waits a day longer.
        Document* doc = window.document();
        Stage s = *doc->map(window.currentMap())->find<Stage>(u"sp-browse"_s);
        s.leadTime += 86400;
        doc->push(commands::changeElement(doc, window.currentMap(), s).release());
        QCoreApplication::processEvents();
        QCOMPARE(shopperWait(), before);

        window.findChild<QDockWidget*>(u"metricsDock"_s)->raise();
        QCoreApplication::processEvents();
        QVERIFY(metrics->isVisible());
        QCOMPARE(shopperWait(), before + 86400);
    }

    void everyViewSharesOneAnalysisPerChange() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        QCoreApplication::processEvents();
        Document* doc = window.document();
        const MapUid map = window.currentMap();
        AnalysisCache* cache = AnalysisCache::of(doc);
        const AnalysisCache::Runs before = cache->runs(map);

        // Lead time: the canvas, the findings, the agenda, the metrics and the comparison
        // panel all need the new analysis; it runs once, and only as far as times reach.
        Stage s = doc->map(map)->stages[0];
        s.leadTime += 3600;
        doc->push(commands::changeElement(doc, map, s).release());
        QCoreApplication::processEvents();
        QCOMPARE(cache->runs(map).timesOnly, before.timesOnly + 1);
        QCOMPARE(cache->runs(map).full, before.full);
        QCOMPARE(cache->runs(map).rulesOnly, before.rulesOnly);
        QCOMPARE(*cache->result(map), analyze(*doc->map(map)));
        QCOMPARE(window.currentScene()->analysis(), analyze(*doc->map(map)));

        // A rename changes only the findings' words: the rules run again, not the graphs.
        s = doc->map(map)->stages[0];
        s.name = u"Renamed stage"_s;
        doc->push(commands::changeElement(doc, map, s).release());
        QCoreApplication::processEvents();
        QCOMPARE(cache->runs(map).full, before.full);
        QCOMPARE(cache->runs(map).rulesOnly, before.rulesOnly + 1);
        QCOMPARE(*cache->result(map), analyze(*doc->map(map)));

        // An owner changes who hands off to whom: everything runs again.
        s = doc->map(map)->stages[0];
        s.owner = doc->map(map)->teams.last().id;
        doc->push(commands::changeElement(doc, map, s).release());
        QCoreApplication::processEvents();
        QCOMPARE(cache->runs(map).full, before.full + 1);
        QCOMPARE(*cache->result(map), analyze(*doc->map(map)));

        // A stage moved on the canvas changes nothing the analysis reads.
        s = doc->map(map)->stages[0];
        s.position = QPointF(40, 40);
        doc->push(commands::changeElement(doc, map, s).release());
        QCoreApplication::processEvents();
        QCOMPARE(cache->runs(map).full, before.full + 1);
        QCOMPARE(cache->runs(map).rulesOnly, before.rulesOnly + 1);
        QCOMPARE(cache->runs(map).timesOnly, before.timesOnly + 1);
    }

    // Fields said to change nothing the analysis reads really do not; renamed elements give
    // the same analysis incrementally as from scratch.
    void impactsAreRight_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("impact");
        using I = AnalysisImpact;
        const auto row = [](ElementKind kind, const QString& field, I impact) {
            QTest::addRow("kind %d %s", int(kind), qPrintable(field))
                << int(kind) << field << int(impact);
        };
        row(ElementKind::Team, u"color"_s, I::None);
        row(ElementKind::Team, u"name"_s, I::Messages);
        row(ElementKind::Team, u"size"_s, I::Everything);
        row(ElementKind::Stream, u"color"_s, I::None);
        row(ElementKind::Stream, u"card.outcome"_s, I::None);
        row(ElementKind::Stream, u"card.trigger"_s, I::Everything);
        row(ElementKind::Stream, u"name"_s, I::Messages);
        row(ElementKind::Stage, u"position"_s, I::None);
        row(ElementKind::Stage, u"name"_s, I::Messages);
        row(ElementKind::Stage, u"leadTime"_s, I::Times);
        row(ElementKind::Stage, u"processTime"_s, I::Times);
        row(ElementKind::Stage, u"pctCA"_s, I::Times);
        row(ElementKind::Stage, u"owner"_s, I::Everything);
        row(ElementKind::Stage, u"stream"_s, I::Everything);
        row(ElementKind::Capability, u"name"_s, I::Messages);
        row(ElementKind::Capability, u"sla"_s, I::Everything);
        row(ElementKind::Slice, u"name"_s, I::None);
        row(ElementKind::Step, u"name"_s, I::None);
        row(ElementKind::Cell, u"intent"_s, I::None);
    }

    void impactsAreRight() {
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(int, impact);
        const auto k = static_cast<ElementKind>(kind);
        Change change{Change::Type::ElementModified, 1, k, u"x"_s, {field}};
        QCOMPARE(int(impactOf(change)), impact);
    }

    void changesThatReadNothingLeaveTheAnalysisAlone() {
        const Map before = exampleWorkshop().maps.first();
        Map after = before;
        after.teams[0].color = QColor(Qt::magenta);
        after.streams[0].color = QColor(Qt::cyan);
        after.streams[0].card[CardField::Outcome] = u"Something else"_s;
        after.stages[0].position = QPointF(999, 999);
        after.slices[0].name = u"Another slice"_s;
        after.slices[0].outcome = u"Another outcome"_s;
        after.steps[0].name = u"Another step"_s;
        after.cells[0].intent = u"Another intent"_s;
        QCOMPARE(analyze(after), analyze(before));
    }

    void renamesAreAnalysedIncrementally() {
        const Map before = exampleWorkshop().maps.first();
        IncrementalAnalysis incremental(before);
        Map after = before;
        after.teams[0].name = u"Renamed team"_s;
        after.stages[2].name = u"Renamed stage"_s;
        after.streams[0].name = u"Renamed stream"_s;
        incremental.update(after, {AnalysisImpact::Messages, {}});
        QCOMPARE(*incremental.result(), analyze(after));
        QVERIFY(*incremental.result() != analyze(before)); // the messages did change
    }

    // Times measure their streams again and run the timing rule alone; the result is the one
    // a full run gives, whether timing findings appear, go or stay.
    void timesAreAnalysedIncrementally() {
        const Map before = exampleWorkshop().maps.first();
        const auto timingFindings = [](const AnalysisResult& r) {
            return std::count_if(r.findings.cbegin(), r.findings.cend(),
                                 [](const Finding& f) { return f.rule == u"timing"_s; });
        };
        QCOMPARE(timingFindings(analyze(before)), 0);
        IncrementalAnalysis incremental(before);
        Map after = before;
        AnalysisWork work;
        // Two stages of two streams wait less than they work: two findings where there were
        // none, and both streams' lead times change.
        for (const qsizetype i : {qsizetype(0), before.stages.size() - 1}) {
            Stage& s = after.stages[i];
            s.processTime = s.leadTime + 3600;
            work.add(
                {Change::Type::ElementModified, 1, ElementKind::Stage, s.id, {u"processTime"_s}},
                &after);
        }
        QVERIFY(after.stages.first().stream != after.stages.last().stream);
        QCOMPARE(work.impact, AnalysisImpact::Times);
        QCOMPARE(work.retimedStreams.size(), 2);
        incremental.update(after, work);
        QCOMPARE(timingFindings(*incremental.result()), 2);
        QCOMPARE(*incremental.result(), analyze(after));

        // One goes again, and the other stage changes its %C&A too, with a rename elsewhere.
        Map later = after;
        AnalysisWork more;
        later.stages[0].processTime = later.stages[0].leadTime;
        later.stages.last().pctCA = 50;
        later.teams[0].name = u"Renamed team"_s;
        more.add({Change::Type::ElementModified,
                  1,
                  ElementKind::Stage,
                  later.stages[0].id,
                  {u"processTime"_s}},
                 &later);
        more.add({Change::Type::ElementModified,
                  1,
                  ElementKind::Stage,
                  later.stages.last().id,
                  {u"pctCA"_s}},
                 &later);
        more.add(
            {Change::Type::ElementModified, 1, ElementKind::Team, later.teams[0].id, {u"name"_s}},
            &later);
        QCOMPARE(more.impact, AnalysisImpact::Messages);
        {
            // A time that changes no timing finding leaves the findings list itself shared:
            // views see at once that there is nothing new to show.
            Map longer = after;
            longer.stages[1].leadTime += 3600;
            IncrementalAnalysis times(after);
            const auto findingsBefore = times.result()->findings;
            AnalysisWork work;
            work.add({Change::Type::ElementModified,
                      1,
                      ElementKind::Stage,
                      longer.stages[1].id,
                      {u"leadTime"_s}},
                     &longer);
            times.update(longer, work);
            QCOMPARE(times.result()->findings.constData(), findingsBefore.constData());
            QCOMPARE(*times.result(), analyze(longer));
        }
        incremental.update(later, more);
        QCOMPARE(timingFindings(*incremental.result()), 1);
        QCOMPARE(*incremental.result(), analyze(later));
    }

    // The agenda indexes teams, slices, steps, streams and capabilities alone; the streams
    // that use each capability come out as with the index of everything.
    void capabilityUsersNeedNoIndexOfStages() {
        const Map m = exampleWorkshop().maps.first();
        using K = ElementKind;
        const ElementIndex some(m, {K::Team, K::Slice, K::Step, K::Stream, K::Capability});
        // catalog, card, identity, orders, pipeline; streams shopper 0, enterprise 1, payments 2
        const QList<QList<qsizetype>> expected = {{0, 1}, {0}, {0, 1}, {1, 2}, {0, 1, 2}};
        QCOMPARE(capabilityUsers(m, some), expected);
        QCOMPARE(capabilityUsers(m, ElementIndex(m)), expected);
        QVERIFY(!some.locate(u"sp-browse"_s));
        QCOMPARE(some.rank(u"cap-card"_s), ElementIndex(m).rank(u"cap-card"_s));
    }

    void aLargeMapIsAnalysedOnAWorkerAndStaleResultsAreDropped() {
        Document doc(exampleWorkshop());
        AnalysisCache* cache = AnalysisCache::of(&doc);
        cache->setWorkerThreshold(std::chrono::microseconds(0)); // every run on a worker
        QSignalSpy analyzed(cache, &AnalysisCache::analyzed);

        // The first ask starts a worker and has nothing better than the empty result.
        QVERIFY(cache->result(1)->metrics.isEmpty());
        QVERIFY(!cache->isCurrent(1));
        QVERIFY(analyzed.wait());
        QCOMPARE(*cache->result(1), analyze(*doc.map(1)));

        // Two edits in one turn of the event loop: the worker started for the first is still
        // unheard of when the second comes, so its result is dropped and one for both follows.
        Stage s = doc.map(1)->stages[0];
        s.leadTime += 86400;
        doc.push(commands::changeElement(&doc, 1, s).release());
        const AnalysisResult stale = *cache->result(1);
        s.processTime += 60;
        doc.push(commands::changeElement(&doc, 1, s).release());
        QCOMPARE(*cache->result(1), stale);
        QVERIFY(analyzed.wait());
        QCOMPARE(analyzed.size(), 2);
        QVERIFY(cache->isCurrent(1));
        QCOMPARE(*cache->result(1), analyze(*doc.map(1)));
        QCOMPARE(cache->runs(1).full, 1);      // the first
        QCOMPARE(cache->runs(1).timesOnly, 2); // the dropped one, the one for both
    }

    void aWatcherFollowsTheWorker() {
        Document doc(exampleWorkshop());
        AnalysisCache::of(&doc)->setWorkerThreshold(std::chrono::microseconds(0));
        panels::AnalysisWatcher watcher;
        watcher.setDocument(&doc);
        watcher.setMap(1);
        QSignalSpy changed(&watcher, &panels::AnalysisWatcher::resultChanged);
        QVERIFY(changed.wait());
        QCOMPARE(watcher.result(), analyze(*doc.map(1)));
    }
};

STREAMBOARD_TEST_MAIN(TestChanges)
} // namespace tst_changes
#include "tst_changes.moc"
