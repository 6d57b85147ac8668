#include "commands/commands.h"
#include "model/document.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QSignalSpy>
#include <QTest>

namespace tst_commands {

using namespace sb;
using namespace Qt::Literals::StringLiterals;
using commands::ElementRef;

// Every kind of edit, done, undone and redone: the document must equal the state before and after
// exactly, including everything a removal cascaded to.
class TestCommands : public QObject {
    Q_OBJECT

    std::unique_ptr<Document> makeDocument() {
        Workshop w;
        w.maps = {test::smallMap()};
        return std::make_unique<Document>(w);
    }

    // Pushes the command and checks redo/undo/redo against the expected states.
    void roundTrip(Document& doc, commands::CommandPtr command, const Workshop& expectedAfter) {
        QVERIFY(command);
        const Workshop before = doc.workshop();
        QVERIFY(doc.push(command.release()));
        QCOMPARE(doc.workshop(), expectedAfter);
        doc.undoStack()->undo();
        QCOMPARE(doc.workshop(), before);
        doc.undoStack()->redo();
        QCOMPARE(doc.workshop(), expectedAfter);
    }

private slots:
    void addElementAtEndAndInMiddle() {
        auto doc = makeDocument();
        Workshop expected = doc->workshop();
        const Stage s = test::stage(u"x"_s, u"vs1"_s, u"Test"_s, u"t2"_s, 60, 120);
        expected.maps[0].stages.append(s);
        roundTrip(*doc, commands::addElement(doc.get(), 1, s), expected);

        const Step step{u"c9"_s, u"Compare"_s};
        expected.maps[0].steps.insert(1, step);
        roundTrip(*doc, commands::addElement(doc.get(), 1, step, 1), expected);
        QCOMPARE(doc->undoStack()->undoText(), u"Add step “Compare”"_s);
    }

    void addRefusesDuplicateKey() {
        auto doc = makeDocument();
        QVERIFY(!commands::addElement(doc.get(), 1, Team{u"t1"_s, u"Again"_s, {}, {}, {}}));
        QVERIFY(!commands::addElement(doc.get(), 99, Team{u"t9"_s, u"No map"_s, {}, {}, {}}));
    }

    void changeEveryKindFieldByField() {
        auto doc = makeDocument();
        Workshop expected = doc->workshop();
        Map& m = expected.maps[0];

        Team team = m.teams[0];
        team.name = u"Checkout crew"_s;
        team.type = TeamType::Enabling;
        team.size = 3;
        team.color = QColor(u"#112233"_s);
        m.teams[0] = team;
        roundTrip(*doc, commands::changeElement(doc.get(), 1, team), expected);

        Stream stream = m.streams[0];
        stream.card[CardField::NorthStar] = u"Conversion"_s;
        stream.card[CardField::Risks] = u"Fraud"_s;
        stream.flowItems.done.features = 12;
        stream.flowItems.inProgress.debt = 4;
        stream.flowItems.periodDays = 14;
        stream.kind = StreamKind::Supporting;
        m.streams[0] = stream;
        roundTrip(*doc, commands::changeElement(doc.get(), 1, stream), expected);

        Stage stage = m.stages[1];
        stage.processTime = 1800;
        stage.leadTime = 5400;
        stage.pctCA = 55.5;
        stage.owner = u"t2"_s;
        stage.step = u"c1"_s;
        m.stages[1] = stage;
        roundTrip(*doc, commands::changeElement(doc.get(), 1, stage), expected);

        Cell cell = m.cells[0];
        cell.metric = u"search success"_s;
        cell.divergent = true;
        m.cells[0] = cell;
        roundTrip(*doc, commands::changeElement(doc.get(), 1, cell), expected);

        Flow flow = m.flows[1];
        flow.kind = FlowKind::Rework;
        m.flows[1] = flow;
        roundTrip(*doc, commands::changeElement(doc.get(), 1, flow), expected);

        Capability cap = m.capabilities[0];
        cap.sla = u"99.99%"_s;
        cap.owner.clear();
        m.capabilities[0] = cap;
        roundTrip(*doc, commands::changeElement(doc.get(), 1, cap), expected);

        Note note = m.notes[0];
        note.kind = NoteKind::Sticky;
        note.color = QColor(u"#ffee00"_s);
        m.notes[0] = note;
        roundTrip(*doc, commands::changeElement(doc.get(), 1, note), expected);

        QVERIFY(!commands::changeElement(doc.get(), 1, note)); // no change, no command
    }

    void typingInOneFieldMergesIntoOneUndoEntry() {
        auto doc = makeDocument();
        Stage s = doc->map(1)->stages[0];
        for (const QString& name : {u"B"_s, u"Ba"_s, u"Bac"_s}) {
            s.name = name;
            QVERIFY(doc->push(commands::changeElement(doc.get(), 1, s, u"name"_s).release()));
        }
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->map(1)->stages[0].name, u"Bac"_s);
        doc->undoStack()->undo();
        QCOMPARE(doc->map(1)->stages[0].name, u"Backlog"_s);

        // A different field starts a new entry.
        s = doc->map(1)->stages[0];
        s.name = u"X"_s;
        doc->push(commands::changeElement(doc.get(), 1, s, u"name"_s).release());
        s.pctCA = 50;
        doc->push(commands::changeElement(doc.get(), 1, s, u"pctCA"_s).release());
        QCOMPARE(doc->undoStack()->count(), 2);
    }

    void removeTeamClearsAndRestoresOwnerships() {
        auto doc = makeDocument();
        Workshop expected = doc->workshop();
        Map& m = expected.maps[0];
        m.teams.removeAt(1);
        m.stages[2].owner.clear();
        m.capabilities[0].owner.clear();
        roundTrip(*doc, commands::removeElements(doc.get(), 1, {{ElementKind::Team, u"t2"_s}}),
                  expected);
        QCOMPARE(doc->undoStack()->undoText(), u"Delete team “Platform”"_s);
    }

    void removeStageTakesItsFlowsAndDependencies() {
        auto doc = makeDocument();
        Workshop expected = doc->workshop();
        Map& m = expected.maps[0];
        m.stages.removeAt(2);       // c
        m.flows.removeAt(1);        // f2 b→c
        m.dependencies.removeAt(1); // d2 c→cap1
        roundTrip(*doc, commands::removeElements(doc.get(), 1, {{ElementKind::Stage, u"c"_s}}),
                  expected);
    }

    void removeStreamTakesStagesFlowsDependenciesAndProviders() {
        auto doc = makeDocument();
        {
            Capability cap = doc->map(1)->capabilities[0];
            cap.providedBy = u"vs1"_s;
            doc->push(commands::changeElement(doc.get(), 1, cap).release());
        }
        Workshop expected = doc->workshop();
        Map& m = expected.maps[0];
        m.streams.clear();
        m.stages.clear();
        m.flows.clear();
        m.dependencies.clear();
        m.capabilities[0].providedBy.clear();
        roundTrip(*doc, commands::removeElements(doc.get(), 1, {{ElementKind::Stream, u"vs1"_s}}),
                  expected);
    }

    void removeStepAndSliceTakeCellsAndClearReferences() {
        auto doc = makeDocument();
        Workshop expected = doc->workshop();
        Map& m = expected.maps[0];
        m.steps.removeAt(1); // c2
        m.cells.removeAt(1); // s1×c2
        m.stages[1].step.clear();
        m.stages[2].step.clear();
        roundTrip(*doc, commands::removeElements(doc.get(), 1, {{ElementKind::Step, u"c2"_s}}),
                  expected);

        m.slices.clear();
        m.cells.clear();
        m.streams[0].slice.clear();
        roundTrip(*doc, commands::removeElements(doc.get(), 1, {{ElementKind::Slice, u"s1"_s}}),
                  expected);
    }

    void removeSeveralOverlappingElementsRemovesEachOnce() {
        auto doc = makeDocument();
        Workshop expected = doc->workshop();
        Map& m = expected.maps[0];
        m.stages.remove(1, 2);      // b, c
        m.flows.clear();            // f1 (a→b) and f2 (b→c)
        m.dependencies.removeAt(1); // d2
        roundTrip(*doc,
                  commands::removeElements(doc.get(), 1,
                                           {{ElementKind::Stage, u"b"_s},
                                            {ElementKind::Flow, u"f2"_s},
                                            {ElementKind::Stage, u"c"_s}}),
                  expected);
        QCOMPARE(doc->undoStack()->undoText(), u"Delete 3 elements"_s);
    }

    void moveIsOneEntryForManyElements() {
        auto doc = makeDocument();
        Workshop expected = doc->workshop();
        Map& m = expected.maps[0];
        m.stages[0].position = QPointF(100, 50);
        m.stages[1].position = QPointF(300, 50);
        m.notes[0].position = QPointF(-5, 7.5);
        roundTrip(*doc,
                  commands::moveElements(doc.get(), 1,
                                         {{{ElementKind::Stage, u"a"_s}, QPointF(100, 50)},
                                          {{ElementKind::Stage, u"b"_s}, QPointF(300, 50)},
                                          {{ElementKind::Note, u"n1"_s}, QPointF(-5, 7.5)}}),
                  expected);
        QCOMPARE(doc->undoStack()->count(), 1);
    }

    void reorderElements() {
        auto doc = makeDocument();
        Workshop expected = doc->workshop();
        Map& m = expected.maps[0];
        m.steps.move(0, 1);
        roundTrip(*doc, commands::reorderElement(doc.get(), 1, {ElementKind::Step, u"c1"_s}, 1),
                  expected);
        QVERIFY(!commands::reorderElement(doc.get(), 1, {ElementKind::Step, u"c1"_s}, 1));
    }

    void mapsAddRenameReorderRemove() {
        auto doc = makeDocument();
        Workshop expected = doc->workshop();

        Map empty;
        empty.info.name = u"Scratch"_s;
        auto add = commands::addMap(doc.get(), empty);
        QVERIFY(add);
        Map added = empty;
        added.uid = 2;
        expected.maps.append(added);
        roundTrip(*doc, std::move(add), expected);
        QVERIFY(!commands::addMap(doc.get(), empty)); // name taken

        MapInfo info = expected.maps[1].info;
        info.name = u"Ideas"_s;
        info.settings.workingDayHours = 8;
        info.settings.teamSizeMax = 12;
        expected.maps[1].info = info;
        roundTrip(*doc, commands::changeMapInfo(doc.get(), 2, info), expected);
        QCOMPARE(doc->undoStack()->undoText(), u"Rename map to “Ideas”"_s);
        info.name = u"Current state"_s;
        QVERIFY(!commands::changeMapInfo(doc.get(), 2, info)); // name taken

        expected.maps.move(1, 0);
        roundTrip(*doc, commands::reorderMap(doc.get(), 2, 0), expected);

        expected.maps.removeAt(0);
        roundTrip(*doc, commands::removeMap(doc.get(), 2), expected);
    }

    void deriveFutureMapCopiesWithIdsAndBaseline() {
        auto doc = makeDocument();
        Workshop expected = doc->workshop();
        Map future = expected.maps[0];
        future.uid = 2;
        future.info.name = u"Future state"_s;
        future.info.state = MapState::Future;
        future.info.baseline = u"Current state"_s;
        expected.maps.append(future);
        roundTrip(*doc, commands::deriveFutureMap(doc.get(), 1, u"Future state"_s), expected);
        QCOMPARE(doc->map(2)->stages[1].id, u"b"_s);

        // Both stay editable on their own.
        Stage s = doc->map(2)->stages[1];
        s.leadTime = 9000;
        doc->push(commands::changeElement(doc.get(), 2, s).release());
        QCOMPARE(doc->map(1)->stages[1].leadTime, 14400.0);
        QCOMPARE(doc->map(2)->stages[1].leadTime, 9000.0);
    }

    // A workshop file holds to the rules an import holds to (store/workshop_checks.h), so no edit
    // leaves a workshop that would not open again.
    void renamingABaselineCarriesItsFuturesAlong() {
        auto doc = makeDocument();
        QVERIFY(doc->push(commands::deriveFutureMap(doc.get(), 1, u"Future state"_s).release()));
        Workshop expected = doc->workshop();
        expected.maps[0].info.name = u"As is"_s;
        expected.maps[1].info.baseline = u"As is"_s;
        MapInfo renamed = doc->map(1)->info;
        renamed.name = u"As is"_s;
        roundTrip(*doc, commands::changeMapInfo(doc.get(), 1, renamed), expected);
    }

    void deletingABaselineLeavesItsFuturesWithout() {
        auto doc = makeDocument();
        QVERIFY(doc->push(commands::deriveFutureMap(doc.get(), 1, u"Future state"_s).release()));
        Workshop expected = doc->workshop();
        expected.maps.removeAt(0);
        expected.maps[0].info.baseline.clear();
        roundTrip(*doc, commands::removeMap(doc.get(), 1), expected);
    }

    void noEditEmptiesAName() {
        auto doc = makeDocument();
        Stage blank = doc->map(1)->stages[0];
        blank.name = u"  "_s;
        QVERIFY(!commands::changeElement(doc.get(), 1, blank, u"name"_s));
        QVERIFY(!commands::changeElements(doc.get(), 1, {blank}, u"Move stage"_s));
        Team nameless;
        nameless.id = u"t9"_s;
        QVERIFY(!commands::addElement(doc.get(), 1, nameless));
    }

    void aStreamTurnedCustomerStopsProviding() {
        auto doc = makeDocument();
        Stream platform;
        platform.id = u"vs2"_s;
        platform.name = u"Platform"_s;
        platform.kind = StreamKind::Supporting;
        QVERIFY(doc->push(commands::addElement(doc.get(), 1, platform).release()));
        Capability provided = doc->map(1)->capabilities[0];
        provided.providedBy = u"vs2"_s;
        QVERIFY(doc->push(commands::changeElement(doc.get(), 1, provided).release()));
        Workshop expected = doc->workshop();
        expected.maps[0].streams[1].kind = StreamKind::Customer;
        expected.maps[0].capabilities[0].providedBy.clear();
        platform.kind = StreamKind::Customer;
        roundTrip(*doc, commands::changeElement(doc.get(), 1, platform, u"kind"_s), expected);
    }

    void changeSignalsNameWhatChanged() {
        auto doc = makeDocument();
        QSignalSpy spy(doc.get(), &Document::changed);
        QSignalSpy finished(doc.get(), &Document::commandFinished);
        doc->push(commands::removeElements(doc.get(), 1, {{ElementKind::Team, u"t2"_s}}).release());
        // Stage c and cap1 lose their owner, then the team goes.
        QCOMPARE(spy.size(), 3);
        auto change = [&](int i) { return spy.at(i).at(0).value<Change>(); };
        QCOMPARE(change(0).type, Change::Type::ElementModified);
        QCOMPARE(change(0).key, u"c"_s);
        QCOMPARE(change(1).kind, ElementKind::Capability);
        QCOMPARE(change(2).type, Change::Type::ElementRemoved);
        QCOMPARE(change(2).kind, ElementKind::Team);
        QCOMPARE(change(2).key, u"t2"_s);
        QCOMPARE(finished.size(), 1);
    }

    void freeIdsAndNames() {
        auto doc = makeDocument();
        QCOMPARE(freeId(*doc->map(1), u"f"_s), u"f3"_s);
        QCOMPARE(freeId(*doc->map(1), u"stage-"_s), u"stage-1"_s);
        QCOMPARE(freeMapName(doc->workshop(), u"Current state"_s), u"Current state 2"_s);
        QCOMPARE(freeMapName(doc->workshop(), u"Future"_s), u"Future"_s);
    }

    void paletteColoursDifferForManyTeams() {
        QSet<QRgb> seen;
        for (int i = 0; i < 40; ++i)
            seen.insert(paletteColor(i).rgb());
        QCOMPARE(seen.size(), 40);
        QCOMPARE(paletteColor(0), QColor(0x3b7dd8));
        Map m = test::smallMap();
        QCOMPARE(m.teamColor(u"t2"_s), paletteColor(1));
        m.teams[1].color = QColor(u"#010203"_s);
        QCOMPARE(m.teamColor(u"t2"_s), QColor(u"#010203"_s));
        // A team's own colour takes its palette colour out of the running for the others.
        m.teams[1].color = paletteColor(0);
        QCOMPARE(m.teamColor(u"t1"_s), paletteColor(1));
        m.teams[1].color = QColor(u"#3a7cd0"_s); // close to the first palette colour
        QCOMPARE(m.teamColor(u"t1"_s), paletteColor(1));
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestCommands)
} // namespace tst_commands
#include "tst_commands.moc"
