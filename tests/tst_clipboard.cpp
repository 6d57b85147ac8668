#include "commands/clipboard.h"
#include "model/document.h"
#include "store/json_interchange.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

namespace tst_clipboard {

using namespace sb;
using namespace Qt::Literals::StringLiterals;
using commands::ElementRef;

namespace {

// smallMap plus a supporting stream vs2 (stage p) that provides cap1, a dependency d3 from stage a
// to stage c of vs1, and a position on stage a.
Map workshopMap() {
    Map m = test::smallMap();
    m.streams.append(
        test::stream(u"vs2"_s, u"Delivery platform"_s, u"t2"_s, StreamKind::Supporting));
    m.stages[0].position = QPointF(40, 80);
    m.stages.append(test::stage(u"p"_s, u"vs2"_s, u"Provision"_s, u"t2"_s, 1800, 7200));
    m.capabilities[0].providedBy = u"vs2"_s;
    m.dependencies.append(Dependency{u"d3"_s, u"a"_s, u"c"_s});
    return m;
}

Map emptyMap(const QString& name = u"Other workshop"_s) {
    Map m;
    m.uid = 2;
    m.info.name = name;
    return m;
}

ElementRef stageRef(const char* id) {
    return {ElementKind::Stage, QString::fromUtf8(id)};
}

const QList<ElementRef> wholeStream = {{ElementKind::Stream, u"vs1"_s}};

// The pasted copies of stages a, b, c of workshopMap with new ids, stream, steps and owners.
Stage backlog(const QString& id, const QString& stream, const QString& owner, const QString& step) {
    return test::stage(id, stream, u"Backlog"_s, owner, 0, 3600, 100, step);
}
Stage build(const QString& id, const QString& stream, const QString& owner, const QString& step) {
    return test::stage(id, stream, u"Build"_s, owner, 7200, 14400, 90, step);
}
Stage deploy(const QString& id, const QString& stream, const QString& owner, const QString& step) {
    return test::stage(id, stream, u"Deploy"_s, owner, 600, 86400, 80, step);
}

// Elements written as one interchange map, so that a mismatch shows as readable text.
QByteArray asJson(const QList<Element>& elements) {
    Map m;
    m.info.name = u"elements"_s;
    for (const Element& e : elements)
        std::visit([&](const auto& x) { m.list<std::decay_t<decltype(x)>>().append(x); }, e);
    Workshop w;
    w.maps = {m};
    return json::write(w);
}

void compareElements(const QList<Element>& actual, const QList<Element>& expected) {
    QCOMPARE(asJson(actual), asJson(expected));
    QVERIFY(actual == expected); // same order across kinds, and no precision lost in writing
}

QJsonObject fragmentObject(const QByteArray& data) {
    return QJsonDocument::fromJson(data).object();
}

QByteArray toBytes(const QJsonObject& o) {
    return QJsonDocument(o).toJson();
}

// Document's destructor lets its QUndoStack emit indexChanged while clearing, after the Document's
// pending journal is gone (a use-after-free under ASan when the stack is not empty; tst_commands
// shows it too). Clearing the stack while the Document is whole keeps these tests about pasting.
auto clearUndoStackFirst(Document& doc) {
    return qScopeGuard([&doc] { doc.undoStack()->clear(); });
}

} // namespace

class TestClipboard : public QObject {
    Q_OBJECT

private slots:
    void copyWritesCopiedElementsAndTheirContext() {
        const QByteArray data = clipboard::copy(workshopMap(), {stageRef("a"), stageRef("b")});

        const QJsonArray copied =
            fragmentObject(data).value(u"clipboard"_s).toObject().value(u"copied"_s).toArray();
        QCOMPARE(copied, (QJsonArray{u"a"_s, u"b"_s, u"f1"_s}));

        QString error;
        const std::optional<Workshop> read = json::read(data, &error);
        QVERIFY2(read, qPrintable(error));
        Map expected;
        expected.info.name = u"Current state"_s;
        expected.teams = {test::team(u"t1"_s, u"Checkout"_s)};
        expected.steps = {Step{u"c1"_s, u"Discover"_s}, Step{u"c2"_s, u"Purchase"_s}};
        // The stream is context: it travels without its owner and slice.
        expected.streams = {test::stream(u"vs1"_s, u"Shopper purchase"_s, {})};
        expected.stages = {workshopMap().stages[0], workshopMap().stages[1]};
        expected.flows = {test::flow(u"f1"_s, u"a"_s, u"b"_s)};
        QCOMPARE(read->maps.size(), 1);
        QCOMPARE(read->maps[0], expected);
    }

    void copyOfAWholeStreamBringsStagesFlowsAndInnerDependencies() {
        const QByteArray data = clipboard::copy(workshopMap(), wholeStream);
        const QJsonArray copied =
            fragmentObject(data).value(u"clipboard"_s).toObject().value(u"copied"_s).toArray();
        // d1 (vs1 → cap1) and d2 (c → cap1) stay behind: cap1 is not copied.
        QCOMPARE(copied, (QJsonArray{u"vs1"_s, u"a"_s, u"b"_s, u"c"_s, u"f1"_s, u"f2"_s, u"d3"_s}));
    }

    void copyOfNothingCopyableIsEmpty() {
        const Map m = workshopMap();
        QVERIFY(clipboard::copy(m, {}).isEmpty());
        QVERIFY(clipboard::copy(m, {stageRef("zz")}).isEmpty());
        // A flow or a dependency never travels without both its ends.
        QVERIFY(clipboard::copy(m, {{ElementKind::Flow, u"f1"_s}}).isEmpty());
        QVERIFY(clipboard::copy(m, {{ElementKind::Dependency, u"d3"_s}, stageRef("a")}) ==
                clipboard::copy(m, {stageRef("a")}));
    }

    void pasteStagesIntoTheSameMapTakesNewIdsAndKeepsOwners() {
        const Map m = workshopMap();
        const QList<Element> pasted =
            clipboard::paste(m, clipboard::copy(m, {stageRef("a"), stageRef("b")}));
        // Positions are dropped: pasted stages are laid out automatically.
        compareElements(pasted, {backlog(u"stage1"_s, u"vs1"_s, u"t1"_s, u"c1"_s),
                                 build(u"stage2"_s, u"vs1"_s, u"t1"_s, u"c2"_s),
                                 test::flow(u"flow1"_s, u"stage1"_s, u"stage2"_s)});
    }

    void pasteWholeStreamIntoTheSameMapRemapsEveryReference() {
        const Map m = workshopMap();
        const QList<Element> pasted = clipboard::paste(m, clipboard::copy(m, wholeStream));
        compareElements(pasted, {test::stream(u"stream1"_s, u"Shopper purchase"_s, u"t1"_s,
                                              StreamKind::Customer, u"s1"_s),
                                 backlog(u"stage1"_s, u"stream1"_s, u"t1"_s, u"c1"_s),
                                 build(u"stage2"_s, u"stream1"_s, u"t1"_s, u"c2"_s),
                                 deploy(u"stage3"_s, u"stream1"_s, u"t2"_s, u"c2"_s),
                                 test::flow(u"flow1"_s, u"stage1"_s, u"stage2"_s),
                                 test::flow(u"flow2"_s, u"stage2"_s, u"stage3"_s),
                                 Dependency{u"dep1"_s, u"stage1"_s, u"stage3"_s}});
    }

    void pasteIntoMapWithoutTheTeamsCopiesThem() {
        const Map source = workshopMap();
        const QList<Element> pasted =
            clipboard::paste(emptyMap(), clipboard::copy(source, wholeStream));
        // Every id is free there, so every id is kept; slice and steps have no match: none.
        compareElements(pasted, {source.teams[0], source.teams[1],
                                 test::stream(u"vs1"_s, u"Shopper purchase"_s, u"t1"_s),
                                 backlog(u"a"_s, u"vs1"_s, u"t1"_s, {}),
                                 build(u"b"_s, u"vs1"_s, u"t1"_s, {}),
                                 deploy(u"c"_s, u"vs1"_s, u"t2"_s, {}), source.flows[0],
                                 source.flows[1], source.dependencies[2]});
    }

    void pasteReusesTeamOfTheSameName() {
        Map target = emptyMap();
        // t1 here is another team; Checkout is x7. Platform is missing, and its id t2 is free.
        target.teams = {test::team(u"t1"_s, u"Ops"_s), test::team(u"x7"_s, u"Checkout"_s)};
        const Map source = workshopMap();
        const QList<Element> pasted =
            clipboard::paste(target, clipboard::copy(source, wholeStream));
        compareElements(
            pasted, {source.teams[1], test::stream(u"vs1"_s, u"Shopper purchase"_s, u"x7"_s),
                     backlog(u"a"_s, u"vs1"_s, u"x7"_s, {}), build(u"b"_s, u"vs1"_s, u"x7"_s, {}),
                     deploy(u"c"_s, u"vs1"_s, u"t2"_s, {}), source.flows[0], source.flows[1],
                     source.dependencies[2]});
    }

    void copiedTeamTakesFreshIdWhenItsIdIsTaken() {
        Map target = emptyMap();
        target.teams = {test::team(u"t2"_s, u"Ops"_s)};
        const QList<Element> pasted =
            clipboard::paste(target, clipboard::copy(workshopMap(), {stageRef("c")}));
        Team platform = workshopMap().teams[1];
        platform.id = u"team1"_s;
        // Stage c's stream vs1 is neither pasted nor in target: only with a target stream.
        QVERIFY(pasted.isEmpty());
        target.streams = {test::stream(u"lane"_s, u"Lane"_s, {})};
        compareElements(
            clipboard::paste(target, clipboard::copy(workshopMap(), {stageRef("c")}), u"lane"_s),
            {platform, deploy(u"c"_s, u"lane"_s, u"team1"_s, {})});
    }

    void pasteStagesIntoASelectedTargetStream() {
        const Map m = workshopMap();
        const QByteArray data = clipboard::copy(m, {stageRef("b"), stageRef("c")});
        compareElements(clipboard::paste(m, data, u"vs2"_s),
                        {build(u"stage1"_s, u"vs2"_s, u"t1"_s, u"c2"_s),
                         deploy(u"stage2"_s, u"vs2"_s, u"t2"_s, u"c2"_s),
                         test::flow(u"flow1"_s, u"stage1"_s, u"stage2"_s)});
        // Without a target stream they stay in their own stream, which the map has.
        compareElements(clipboard::paste(m, data),
                        {build(u"stage1"_s, u"vs1"_s, u"t1"_s, u"c2"_s),
                         deploy(u"stage2"_s, u"vs1"_s, u"t2"_s, u"c2"_s),
                         test::flow(u"flow1"_s, u"stage1"_s, u"stage2"_s)});

        Map other = emptyMap();
        other.teams = workshopMap().teams;
        other.streams = {test::stream(u"lane"_s, u"Lane"_s, {})};
        compareElements(clipboard::paste(other, data, u"lane"_s),
                        {build(u"b"_s, u"lane"_s, u"t1"_s, {}),
                         deploy(u"c"_s, u"lane"_s, u"t2"_s, {}),
                         test::flow(u"f2"_s, u"b"_s, u"c"_s)});
        // No stream for them there: nothing to paste; a target stream that is no stream is none.
        QVERIFY(clipboard::paste(other, data).isEmpty());
        QVERIFY(clipboard::paste(other, data, u"t1"_s).isEmpty());
    }

    void stepsResolveByNameAcrossMaps() {
        const QByteArray data = clipboard::copy(workshopMap(), {stageRef("a"), stageRef("b")});
        Map target = emptyMap();
        target.teams = {test::team(u"t1"_s, u"Checkout"_s)};
        target.streams = {test::stream(u"vs1"_s, u"Purchase"_s, u"t1"_s)};
        // c2 here is Discover; Purchase is z9: the name wins over a same id with another name.
        target.steps = {Step{u"c2"_s, u"Discover"_s}, Step{u"z9"_s, u"Purchase"_s}};
        compareElements(clipboard::paste(target, data),
                        {backlog(u"a"_s, u"vs1"_s, u"t1"_s, u"c2"_s),
                         build(u"b"_s, u"vs1"_s, u"t1"_s, u"z9"_s),
                         test::flow(u"f1"_s, u"a"_s, u"b"_s)});

        // A renamed step keeps matching by id; a step matching neither way is none.
        target.steps = {Step{u"c2"_s, u"Pay"_s}};
        compareElements(clipboard::paste(target, data), {backlog(u"a"_s, u"vs1"_s, u"t1"_s, {}),
                                                         build(u"b"_s, u"vs1"_s, u"t1"_s, u"c2"_s),
                                                         test::flow(u"f1"_s, u"a"_s, u"b"_s)});
    }

    void cellsPasteOnlyIntoAFreeResolvedPlace() {
        const Map m = workshopMap();
        const QByteArray data =
            clipboard::copy(m, {{ElementKind::Cell, cellKey(u"s1"_s, u"c2"_s)}});
        QCOMPARE(fragmentObject(data).value(u"clipboard"_s).toObject().value(u"copied"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"slice"_s, u"s1"_s}, {u"step"_s, u"c2"_s}}}));
        const Cell buy = m.cells[1];

        // The place is taken in the same map: a cell is never overwritten.
        QVERIFY(clipboard::paste(m, data).isEmpty());

        Map target = emptyMap();
        target.slices = {Slice{u"k1"_s, u"Consumer"_s, {}}};
        QVERIFY(clipboard::paste(target, data).isEmpty()); // no Purchase step there
        target.steps = {Step{u"k2"_s, u"Purchase"_s}};
        compareElements(clipboard::paste(target, data),
                        {Cell{u"k1"_s, u"k2"_s, buy.intent, buy.value, buy.outcome, buy.metric,
                              buy.divergent}});

        // Copied with its step, the cell follows the pasted step.
        const QByteArray withStep = clipboard::copy(
            m, {{ElementKind::Step, u"c2"_s}, {ElementKind::Cell, cellKey(u"s1"_s, u"c2"_s)}});
        compareElements(
            clipboard::paste(m, withStep),
            {Step{u"step1"_s, u"Purchase"_s}, Cell{u"s1"_s, u"step1"_s, buy.intent, buy.value,
                                                   buy.outcome, buy.metric, buy.divergent}});
    }

    void notesMoveByAnOffset() {
        const Map m = workshopMap();
        const QList<Element> pasted =
            clipboard::paste(m, clipboard::copy(m, {{ElementKind::Note, u"n1"_s}}));
        compareElements(
            pasted, {Note{u"note1"_s, u"Why so slow?"_s, NoteKind::Kaizen, {}, QPointF(34, 44)}});
    }

    void capabilityProviderIsRemappedOrKeptOrCleared() {
        const Map m = workshopMap();
        const Capability pipeline = m.capabilities[0];
        const QByteArray data = clipboard::copy(m, {{ElementKind::Capability, u"cap1"_s}});
        compareElements(clipboard::paste(m, data),
                        {Capability{u"cap2"_s, pipeline.name, u"t2"_s, pipeline.sla, u"vs2"_s}});

        Map other = emptyMap();
        other.streams = {test::stream(u"vs2"_s, u"Delivery platform"_s, {})}; // a customer stream
        compareElements(
            clipboard::paste(other, data),
            {m.teams[1], Capability{u"cap1"_s, pipeline.name, u"t2"_s, pipeline.sla, {}}});

        const QByteArray withProvider = clipboard::copy(
            m, {{ElementKind::Capability, u"cap1"_s}, {ElementKind::Stream, u"vs2"_s}});
        compareElements(
            clipboard::paste(m, withProvider),
            {test::stream(u"stream1"_s, u"Delivery platform"_s, u"t2"_s, StreamKind::Supporting),
             test::stage(u"stage1"_s, u"stream1"_s, u"Provision"_s, u"t2"_s, 1800, 7200),
             Capability{u"cap2"_s, pipeline.name, u"t2"_s, pipeline.sla, u"stream1"_s}});
    }

    void pasteTwiceMakesTwoIndependentCopiesAsTwoUndoEntries() {
        Workshop w;
        w.maps = {workshopMap()};
        Document doc(w);
        const auto guard = clearUndoStackFirst(doc);
        const QByteArray data = clipboard::copy(*doc.map(1), wholeStream);

        const QList<Element> first = clipboard::paste(*doc.map(1), data);
        QVERIFY(doc.push(commands::addElements(&doc, 1, first, u"Paste"_s).release()));
        const Workshop afterFirst = doc.workshop();
        const QList<Element> second = clipboard::paste(*doc.map(1), data);
        compareElements(second, {test::stream(u"stream2"_s, u"Shopper purchase"_s, u"t1"_s,
                                              StreamKind::Customer, u"s1"_s),
                                 backlog(u"stage4"_s, u"stream2"_s, u"t1"_s, u"c1"_s),
                                 build(u"stage5"_s, u"stream2"_s, u"t1"_s, u"c2"_s),
                                 deploy(u"stage6"_s, u"stream2"_s, u"t2"_s, u"c2"_s),
                                 test::flow(u"flow3"_s, u"stage4"_s, u"stage5"_s),
                                 test::flow(u"flow4"_s, u"stage5"_s, u"stage6"_s),
                                 Dependency{u"dep2"_s, u"stage4"_s, u"stage6"_s}});
        QVERIFY(doc.push(commands::addElements(&doc, 1, second, u"Paste"_s).release()));

        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.map(1)->streams.size(), 4);
        QCOMPARE(doc.map(1)->stages.size(), 10);
        doc.undoStack()->undo();
        QCOMPARE(doc.workshop(), afterFirst);
    }

    void pastePushedAsOneUndoEntryUndoesCompletely() {
        Workshop w;
        w.maps = {workshopMap()};
        Document doc(w);
        const auto guard = clearUndoStackFirst(doc);
        const Workshop before = doc.workshop();
        const QList<Element> pasted = clipboard::paste(
            *doc.map(1), clipboard::copy(*doc.map(1), {stageRef("a"), stageRef("b")}));
        QVERIFY(doc.push(commands::addElements(&doc, 1, pasted, u"Paste"_s).release()));

        Workshop expected = before;
        expected.maps[0].stages.append(backlog(u"stage1"_s, u"vs1"_s, u"t1"_s, u"c1"_s));
        expected.maps[0].stages.append(build(u"stage2"_s, u"vs1"_s, u"t1"_s, u"c2"_s));
        expected.maps[0].flows.append(test::flow(u"flow1"_s, u"stage1"_s, u"stage2"_s));
        QCOMPARE(doc.workshop(), expected);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), u"Paste"_s);

        doc.undoStack()->undo();
        QCOMPARE(doc.workshop(), before);
        doc.undoStack()->redo();
        QCOMPARE(doc.workshop(), expected);
    }

    void pasteOfDataThatIsNoFragmentIsEmpty_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("pastes");

        const QByteArray valid = clipboard::copy(workshopMap(), {stageRef("a"), stageRef("b")});
        const QJsonObject fragment = fragmentObject(valid);
        auto withCopied = [&](const QJsonValue& copied) {
            QJsonObject o = fragment;
            o.insert(u"clipboard"_s, QJsonObject{{u"copied"_s, copied}});
            return toBytes(o);
        };
        auto withFirstMap = [&](auto&& change) {
            QJsonObject o = fragment;
            QJsonArray maps = o.value(u"maps"_s).toArray();
            QJsonObject map = maps[0].toObject();
            change(map, maps);
            maps[0] = map;
            o.insert(u"maps"_s, maps);
            return toBytes(o);
        };
        Workshop plain;
        plain.maps = {workshopMap()};

        QTest::newRow("the fragment itself") << valid << true;
        QTest::newRow("nothing") << QByteArray() << false;
        QTest::newRow("text") << QByteArray("Checkout → Platform") << false;
        QTest::newRow("cut short") << valid.left(valid.size() / 2) << false;
        QTest::newRow("array") << QByteArray("[1, 2]") << false;
        QTest::newRow("empty object") << QByteArray("{}") << false;
        QTest::newRow("interchange without clipboard key") << json::write(plain) << false;
        QTest::newRow("copied not a list") << withCopied(u"a"_s) << false;
        QTest::newRow("copied names no element")
            << withCopied(QJsonArray{u"a"_s, u"zz"_s}) << false;
        QTest::newRow("copied holds a number") << withCopied(QJsonArray{u"a"_s, 5}) << false;
        QTest::newRow("copied names no cell")
            << withCopied(QJsonArray{QJsonObject{{u"slice"_s, u"s1"_s}, {u"step"_s, u"c1"_s}}})
            << false;
        QTest::newRow("dangling owner") << withFirstMap([](QJsonObject& map, QJsonArray&) {
            QJsonArray stages = map.value(u"stages"_s).toArray();
            QJsonObject stage = stages[0].toObject();
            stage.insert(u"owner"_s, u"t9"_s);
            stages[0] = stage;
            map.insert(u"stages"_s, stages);
        }) << false;
        QTest::newRow("two maps") << withFirstMap([](QJsonObject& map, QJsonArray& maps) {
            QJsonObject second = map;
            second.insert(u"name"_s, u"Second"_s);
            maps.append(second);
        }) << false;
    }

    void pasteOfDataThatIsNoFragmentIsEmpty() {
        QFETCH(QByteArray, data);
        QFETCH(bool, pastes);
        QCOMPARE(clipboard::paste(workshopMap(), data).size(), pastes ? 3 : 0);
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestClipboard)
} // namespace tst_clipboard
#include "tst_clipboard.moc"
