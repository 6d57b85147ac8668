#include "cli_runner.h"
#include "commands/patch.h"
#include "metrics/stream_metrics.h"
#include "model/document.h"
#include "store/json_interchange.h"
#include "store/patch_reader.h"
#include "store/sqlite_store.h"
#include "test_main.h"

#include <QTemporaryDir>
#include <QTest>

namespace tst_apply {

using namespace sb;
using namespace sb::test;
using namespace Qt::Literals::StringLiterals;

// Two maps; days of 8 hours. Stream vs1: a → b and a → c, so its critical path is a, b:
// LT 4h + 1d (8h) = 12h, PT 1h + 2h = 3h.
const QByteArray workshopJson = R"({"format": "streamboard", "version": 1, "maps": [
 {"name": "Current", "settings": {"workingDayHours": 8},
  "teams": [{"id": "t1", "name": "Web"}, {"id": "t2", "name": "Payments"}],
  "slices": [{"id": "sl1", "name": "Shoppers"}],
  "steps": [{"id": "st1", "name": "Find"}, {"id": "st2", "name": "Buy"}],
  "cells": [{"slice": "sl1", "step": "st1", "intent": "find it"}],
  "streams": [{"id": "vs1", "name": "Purchase", "owner": "t1", "slice": "sl1",
               "card": {"for": "shoppers", "northStar": "orders"}}],
  "stages": [
    {"id": "a", "stream": "vs1", "step": "st1", "name": "Browse", "owner": "t1",
     "processTime": "1h", "leadTime": "4h"},
    {"id": "b", "stream": "vs1", "step": "st2", "name": "Pay", "owner": "t2",
     "processTime": "2h", "leadTime": "1d"},
    {"id": "c", "stream": "vs1", "name": "Wishlist", "owner": "t1",
     "processTime": "30m", "leadTime": "1h"}],
  "flows": [{"id": "f1", "from": "a", "to": "b"}, {"id": "f2", "from": "a", "to": "c"}],
  "capabilities": [{"id": "cap1", "name": "Card payments", "owner": "t2"}],
  "dependencies": [{"id": "d1", "from": "b", "to": "cap1"}, {"id": "d2", "from": "vs1", "to": "cap1"}],
  "notes": [{"id": "n1", "text": "slow"}]},
 {"name": "Future", "state": "future", "baseline": "Current",
  "teams": [{"id": "t1", "name": "Web"}],
  "streams": [{"id": "vs1", "name": "Purchase"}],
  "stages": [{"id": "a", "stream": "vs1", "name": "Browse", "leadTime": "4h"}]}]})";

constexpr double hour = 3600;

QByteArray patchJson(const QByteArray& ops, const QByteArray& mapKey = {}) {
    return R"({"format": "streamboard-patch", "version": 1, )" + mapKey + R"("ops": [)" + ops +
           "]}";
}

// A store that only counts its writes.
class CountingStore : public Store {
public:
    int writes = 0;
    bool isReadOnly() const override { return false; }
    WorkshopAddress address() const override { return u"counting"_s; }
    QString displayName() const override { return u"counting"_s; }
    bool copyTo(const WorkshopAddress&) override { return false; }
    bool write(const Journal&, const Workshop&) override {
        ++writes;
        return true;
    }
    MapUid nextMapUid() override { return 100; }
    QString errorString() const override { return {}; }
};

class TestApply : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static Workshop workshop() {
        QString error;
        const std::optional<Workshop> w = json::read(workshopJson, &error);
        if (!w)
            qFatal("%s", qPrintable(error));
        return *w;
    }

    // Applies the ops to the first map of a document; returns the error, empty on success.
    static QString apply(Document& doc, const QByteArray& ops, MapUid map = 1) {
        QString error;
        const std::optional<patch::Patch> patch = patch::read(patchJson(ops), &error);
        if (!patch)
            return error;
        commands::CommandPtr command = commands::applyPatch(&doc, map, patch->operations, &error);
        if (command)
            doc.push(command.release());
        return error;
    }

    static const Map& current(const Document& doc) { return doc.workshop().maps[0]; }

    QString temp(const QString& name) { return m_dir.filePath(name); }

    static QByteArray fileBytes(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeFile(const QString& path, const QByteArray& bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    // A fresh workshop file made from workshopJson.
    QString workshopFile(const QString& name) {
        const QString path = temp(name);
        QFile::remove(path);
        SqliteStore::Opened created = SqliteStore::create(path, workshop());
        if (!created)
            qFatal("%s", qPrintable(created.errorString));
        return path;
    }

    Workshop readBack(const QString& path) {
        SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
        if (!opened)
            qFatal("%s", qPrintable(opened.errorString));
        return opened.workshop;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        makePublic(m_dir.path(), true);
    }

    void addsOneElementOfEveryKind() {
        Document doc(workshop());
        const QString error = apply(doc, R"(
          {"op": "add", "kind": "teams", "element": {"id": "t3", "name": "Ops", "type": "platform", "size": 4}},
          {"op": "add", "kind": "slices", "element": {"id": "sl2", "name": "Sellers", "outcome": "sell"}},
          {"op": "add", "kind": "steps", "element": {"id": "st3", "name": "Ship"}},
          {"op": "add", "kind": "cells", "element": {"slice": "sl2", "step": "st3", "metric": "days", "divergent": true}},
          {"op": "add", "kind": "streams", "element": {"id": "vs2", "name": "Delivery", "kind": "supporting", "owner": "t3"}},
          {"op": "add", "kind": "stages", "element": {"id": "s", "stream": "vs2", "name": "Pack", "processTime": "30m", "leadTime": "1d 2h", "pctCA": 80}},
          {"op": "add", "kind": "stages", "element": {"id": "s2", "stream": "vs2", "name": "Send", "processTime": 60, "waitTime": "1h"}},
          {"op": "add", "kind": "flows", "element": {"from": "s", "to": "s2", "kind": "pull"}},
          {"op": "add", "kind": "capabilities", "element": {"id": "cap2", "name": "Labels", "providedBy": "vs2"}},
          {"op": "add", "kind": "dependencies", "element": {"from": "s2", "to": "cap2"}},
          {"op": "add", "kind": "notes", "element": {"text": "kaizen!", "kind": "kaizen", "x": 10, "y": 20}},
          {"op": "add", "kind": "actions", "element": {"title": "Automate labels", "owner": "t3", "due": "2027-01-15", "links": ["cap2"]}}
        )");
        QCOMPARE(error, QString());
        const Map& m = current(doc);
        QCOMPARE(m.teams.last(), (Team{u"t3"_s, u"Ops"_s, TeamType::Platform, 4, QColor()}));
        QCOMPARE(m.slices.last(), (Slice{u"sl2"_s, u"Sellers"_s, u"sell"_s}));
        QCOMPARE(m.steps.last(), (Step{u"st3"_s, u"Ship"_s}));
        QCOMPARE(m.cells.last(), (Cell{u"sl2"_s, u"st3"_s, {}, {}, {}, u"days"_s, true}));
        QCOMPARE(m.streams.last().owner, u"t3"_s);
        QVERIFY(m.streams.last().kind == StreamKind::Supporting);
        // 1d 2h of 8-hour days is 10 hours.
        QCOMPARE(m.stages[3].leadTime, 10 * hour);
        QCOMPARE(m.stages[3].processTime, 0.5 * hour);
        QCOMPARE(m.stages[3].pctCA, 80.0);
        // A wait time gives LT = PT + wait: 60 s + 3600 s.
        QCOMPARE(m.stages[4].leadTime, 3660.0);
        // Ids as the interchange generates them: the lowest number free in the map.
        QCOMPARE(m.flows.last(), (Flow{u"f3"_s, u"s"_s, u"s2"_s, FlowKind::Pull}));
        QCOMPARE(m.capabilities.last().providedBy, u"vs2"_s);
        QCOMPARE(m.dependencies.last(), (Dependency{u"d3"_s, u"s2"_s, u"cap2"_s}));
        QCOMPARE(m.notes.last().id, u"n2"_s);
        QCOMPARE(m.notes.last().position, std::optional<QPointF>(QPointF(10, 20)));
        QCOMPARE(m.actions.last().id, u"action1"_s);
        QCOMPARE(m.actions.last().due, QDate(2027, 1, 15));
        QCOMPARE(m.actions.last().links, QList<Id>{u"cap2"_s});
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void changesOneFieldOfEveryKind() {
        Document doc(workshop());
        // The colour is written \u0023 (#): moc stops reading a file at a # in a raw string.
        const QString error = apply(doc, R"(
          {"op": "change", "kind": "teams", "id": "t2", "set": {"size": 6, "color": "\u002300f"}},
          {"op": "change", "kind": "slices", "id": "sl1", "set": {"outcome": "bought"}},
          {"op": "change", "kind": "steps", "id": "st2", "set": {"name": "Pay now"}},
          {"op": "change", "kind": "cells", "slice": "sl1", "step": "st1", "set": {"value": "v", "divergent": true}},
          {"op": "change", "kind": "streams", "id": "vs1", "set": {"card": {"northStar": "repeat orders"}}},
          {"op": "change", "kind": "stages", "id": "a", "set": {"owner": null, "pctCA": 50}},
          {"op": "change", "kind": "flows", "id": "f2", "set": {"kind": "rework"}},
          {"op": "change", "kind": "capabilities", "id": "cap1", "set": {"sla": "99.9%"}},
          {"op": "change", "kind": "dependencies", "id": "d2", "set": {"from": "a"}},
          {"op": "change", "kind": "notes", "id": "n1", "set": {"text": "very slow"}}
        )");
        QCOMPARE(error, QString());
        const Map& m = current(doc);
        QCOMPARE(m.teams[1],
                 (Team{u"t2"_s, u"Payments"_s, TeamType::StreamAligned, 6, QColor(0, 0, 255)}));
        QCOMPARE(m.slices[0].outcome, u"bought"_s);
        QCOMPARE(m.steps[1].name, u"Pay now"_s);
        QCOMPARE(m.cells[0], (Cell{u"sl1"_s, u"st1"_s, u"find it"_s, u"v"_s, {}, {}, true}));
        // A nested object is merged key by key: the card keeps "for".
        QCOMPARE(m.streams[0].card[CardField::NorthStar], u"repeat orders"_s);
        QCOMPARE(m.streams[0].card[CardField::For], u"shoppers"_s);
        QCOMPARE(m.stages[0].owner, Id());
        QCOMPARE(m.stages[0].pctCA, 50.0);
        QCOMPARE(m.stages[0].leadTime, 4 * hour); // untouched keys stay as they were
        QVERIFY(m.flows[1].kind == FlowKind::Rework);
        QCOMPARE(m.capabilities[0].sla, u"99.9%"_s);
        QCOMPARE(m.dependencies[1].from, u"a"_s);
        QCOMPARE(m.notes[0].text, u"very slow"_s);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void waitTimeGivesLeadTime() {
        Document doc(workshop());
        QCOMPARE(
            apply(doc,
                  R"({"op": "change", "kind": "stages", "id": "a", "set": {"waitTime": "2h"}})"),
            QString());
        QCOMPARE(current(doc).stages[0].leadTime, 3 * hour); // PT 1h + wait 2h
    }

    // DESIGN.md: the critical path is the path of the largest summed LT. Before: a → b,
    // 4h + 8h = 12h, PT 1h + 2h. With c at 2d (16h), a → c: 4h + 16h = 20h, PT 1h + 30m.
    void changedLeadTimeMovesTheCriticalPath() {
        Document doc(workshop());
        StreamMetrics before = computeStreamMetrics(current(doc), current(doc).streams[0]);
        QCOMPARE(before.leadTime, std::optional<double>(12 * hour));
        QCOMPARE(before.processTime, std::optional<double>(3 * hour));
        QCOMPARE(
            apply(doc,
                  R"({"op": "change", "kind": "stages", "id": "c", "set": {"leadTime": "2d"}})"),
            QString());
        const StreamMetrics after = computeStreamMetrics(current(doc), current(doc).streams[0]);
        QCOMPARE(after.leadTime, std::optional<double>(20 * hour));
        QCOMPARE(after.processTime, std::optional<double>(1.5 * hour));
        QCOMPARE(after.criticalPath, (QList<Id>{u"a"_s, u"c"_s}));
    }

    void removeTakesFlowsAndDependencies() {
        Document doc(workshop());
        QCOMPARE(apply(doc, R"({"op": "remove", "kind": "stages", "id": "b"})"), QString());
        const Map& m = current(doc);
        QCOMPARE(m.stages.size(), 2);
        QCOMPARE(m.flows, (QList<Flow>{{u"f2"_s, u"a"_s, u"c"_s, FlowKind::Push}}));
        QCOMPARE(m.dependencies, (QList<Dependency>{{u"d2"_s, u"vs1"_s, u"cap1"_s}}));
    }

    void removeOfEveryOtherKind() {
        Document doc(workshop());
        QCOMPARE(apply(doc, R"(
          {"op": "remove", "kind": "cells", "slice": "sl1", "step": "st1"},
          {"op": "remove", "kind": "notes", "id": "n1"},
          {"op": "remove", "kind": "capabilities", "id": "cap1"},
          {"op": "remove", "kind": "streams", "id": "vs1"},
          {"op": "remove", "kind": "teams", "id": "t2"},
          {"op": "remove", "kind": "steps", "id": "st2"},
          {"op": "remove", "kind": "slices", "id": "sl1"}
        )"),
                 QString());
        const Map& m = current(doc);
        // The stream took its stages, and they their flows; the capability its dependencies.
        QVERIFY(m.cells.isEmpty());
        QVERIFY(m.notes.isEmpty());
        QVERIFY(m.streams.isEmpty());
        QVERIFY(m.stages.isEmpty());
        QVERIFY(m.flows.isEmpty());
        QVERIFY(m.capabilities.isEmpty());
        QVERIFY(m.dependencies.isEmpty());
        QCOMPARE(m.teams.size(), 1);
        QCOMPARE(m.steps, (QList<Step>{{u"st1"_s, u"Find"_s}}));
        QVERIFY(m.slices.isEmpty());
    }

    void oneCommandOneWriteAndUndoGivesBackTheMap() {
        auto store = std::make_unique<CountingStore>();
        CountingStore* counting = store.get();
        Document doc(workshop(), std::move(store));
        const Workshop original = doc.workshop();
        QCOMPARE(apply(doc, R"(
          {"op": "add", "kind": "stages", "element": {"id": "d", "stream": "vs1", "name": "Track"}},
          {"op": "add", "kind": "flows", "element": {"from": "b", "to": "d"}},
          {"op": "change", "kind": "stages", "id": "d", "set": {"leadTime": "3h"}},
          {"op": "remove", "kind": "stages", "id": "b"}
        )"),
                 QString());
        QCOMPARE(counting->writes, 1);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->text(0), u"Apply a patch of 4 operations"_s);
        QVERIFY(!(doc.workshop() == original));
        doc.undoStack()->undo();
        QCOMPARE(doc.workshop(), original);
        QCOMPARE(counting->writes, 2);
    }

    void appliesToTheMapAsked() {
        Document doc(workshop());
        QCOMPARE(apply(doc,
                       R"({"op": "change", "kind": "stages", "id": "a", "set": {"name": "Look"}})",
                       doc.workshop().maps[1].uid),
                 QString());
        QCOMPARE(doc.workshop().maps[1].stages[0].name, u"Look"_s);
        QCOMPARE(doc.workshop().maps[0].stages[0].name, u"Browse"_s);
    }

    void nothingChangedGivesNoCommand() {
        Document doc(workshop());
        QCOMPARE(
            apply(doc,
                  R"({"op": "change", "kind": "stages", "id": "a", "set": {"name": "Browse"}})"),
            QString());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void badPatchesNameTheirPath_data() {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("error");
        auto row = [](const char* name, const QByteArray& ops, const char* error) {
            QTest::newRow(name) << patchJson(ops) << QString::fromUtf8(error);
        };
        QTest::newRow("format") << QByteArray(
                                       R"({"format": "streamboard", "version": 1, "ops": []})")
                                << u"format: expected “streamboard-patch”, found “streamboard”"_s;
        QTest::newRow("version")
            << QByteArray(R"({"format": "streamboard-patch", "version": 2, "ops": []})")
            << u"version: unsupported version 2"_s;
        QTest::newRow("top-level key")
            << QByteArray(
                   R"({"format": "streamboard-patch", "version": 1, "ops": [], "mapp": "x"})")
            << u"mapp: unknown key; the keys here are format, version, map, ops"_s;
        QTest::newRow("no ops") << QByteArray(R"({"format": "streamboard-patch", "version": 1})")
                                << u"ops: required, but missing"_s;
        row("op word", R"({"op": "rename", "kind": "stages", "id": "a"})",
            "ops[0].op: “rename” is not one of add, change, remove");
        row("kind", R"({"op": "remove", "kind": "stage", "id": "a"})",
            "ops[0].kind: “stage” is not one of teams, slices, steps, cells, streams, stages, "
            "flows, capabilities, dependencies, notes, actions");
        row("op key", R"({"op": "remove", "kind": "stages", "id": "a", "set": {}})",
            "ops[0].set: unknown key; the keys here are op, kind, id");
        row("id type", R"({"op": "remove", "kind": "stages", "id": 3})",
            "ops[0].id: expected a string, found a number");
        row("cell by id", R"({"op": "remove", "kind": "cells", "id": "x"})",
            "ops[0].id: a cell has no id; name it by its “slice” and “step”");
        row("set not an object", R"({"op": "change", "kind": "stages", "id": "a", "set": [1]})",
            "ops[0].set: expected an object, found an array");
        row("element missing", R"({"op": "add", "kind": "stages"})",
            "ops[0].element: required, but missing");
        row("not an object", R"({"op": "remove", "kind": "stages", "id": "a"}, 7)",
            "ops[1]: expected an object, found a number");
    }
    void badPatchesNameTheirPath() {
        QFETCH(QByteArray, patch);
        QFETCH(QString, error);
        QString reason;
        QVERIFY(!patch::read(patch, &reason));
        QCOMPARE(reason, error);
    }

    void badOperationsNameTheirPath_data() {
        QTest::addColumn<QByteArray>("ops");
        QTest::addColumn<QString>("error");
        const QByteArray good =
            R"({"op": "change", "kind": "stages", "id": "a", "set": {"name": "x"}}, )";
        QTest::newRow("duration")
            << good + R"({"op": "change", "kind": "stages", "id": "a", "set": {"leadTime": "2x"}})"
            << u"ops[1].set.leadTime: “x” is not a unit; use s, m, h, d or w"_s;
        QTest::newRow("unknown set key")
            << good + R"({"op": "change", "kind": "flows", "id": "f1", "set": {"type": "pull"}})"
            << u"ops[1].set.type: unknown key; the keys here are from, id, kind, to"_s;
        // Found by fuzzing: a key with a control character in it broke the line.
        QTest::newRow("control character in a key")
            << good + "{\"op\": \"add\", \"kind\": \"flows\", \"element\": {\"k\u0005d\": 1}}"
            << u"ops[1].element.k\\u{5}d: unknown key; the keys here are from, id, kind, to"_s;
        QTest::newRow("unknown element key")
            << good +
                   R"({"op": "add", "kind": "steps", "element": {"id": "s9", "name": "x", "colour": "#fff"}})"
            << u"ops[1].element.colour: unknown key; the keys here are id, name"_s;
        QTest::newRow("unknown nested key")
            << good +
                   R"({"op": "change", "kind": "streams", "id": "vs1", "set": {"card": {"north": "x"}}})"
            << u"ops[1].set.card.north: unknown key; the keys here are capabilities, finishLine, for, interfaces, northStar, outcome, owns, policies, reliesOn, revenueStreams, risks, supportingMetrics, trigger"_s;
        QTest::newRow("wrong type")
            << good + R"({"op": "change", "kind": "stages", "id": "a", "set": {"pctCA": "high"}})"
            << u"ops[1].set.pctCA: expected a number, found a string"_s;
        QTest::newRow("no such id") << good + R"({"op": "remove", "kind": "stages", "id": "zz"})"
                                    << u"ops[1].id: no stage with id “zz”"_s;
        QTest::newRow("id of another kind")
            << good + R"({"op": "change", "kind": "stages", "id": "t1", "set": {}})"
            << u"ops[1].id: no stage with id “t1”"_s;
        QTest::newRow("no such cell")
            << good +
                   R"({"op": "change", "kind": "cells", "slice": "sl1", "step": "st2", "set": {}})"
            << u"ops[1]: no cell of slice “sl1” and step “st2”"_s;
        QTest::newRow("removed before")
            << QByteArray(
                   R"({"op": "remove", "kind": "stages", "id": "b"}, {"op": "remove", "kind": "flows", "id": "f1"})")
            << u"ops[1].id: no flow with id “f1”"_s;
        QTest::newRow("id taken")
            << good + R"({"op": "add", "kind": "notes", "element": {"id": "cap1", "text": ""}})"
            << u"ops[1].element.id: the map has a capability with id “cap1” already"_s;
        QTest::newRow("cell taken")
            << good +
                   R"({"op": "add", "kind": "cells", "element": {"slice": "sl1", "step": "st1"}})"
            << u"ops[1].element.slice: the map has a cell of this slice and step already"_s;
        QTest::newRow("blank name")
            << good + R"({"op": "change", "kind": "teams", "id": "t1", "set": {"name": " "}})"
            << u"ops[1].set.name: a name cannot be empty"_s;
        QTest::newRow("id changed")
            << good + R"({"op": "change", "kind": "teams", "id": "t1", "set": {"id": "t7"}})"
            << u"ops[1].set.id: names the element and cannot be changed"_s;
        QTest::newRow("both times")
            << good +
                   R"({"op": "change", "kind": "stages", "id": "a", "set": {"leadTime": "1h", "waitTime": "1h"}})"
            << u"ops[1].set.waitTime: give leadTime or waitTime, not both"_s;
        // Rules of every workshop, checked on the result, blamed on the operation that broke them.
        QTest::newRow("dangling owner")
            << good + R"({"op": "change", "kind": "stages", "id": "b", "set": {"owner": "t9"}})"
            << u"ops[1]: stage “b” of map “Current”, owner: no team with id “t9”"_s;
        QTest::newRow("negative")
            << good +
                   R"({"op": "change", "kind": "stages", "id": "b", "set": {"processTime": -60}})"
            << u"ops[1]: stage “b” of map “Current”, processTime: -60: a duration cannot be negative"_s;
        QTest::newRow("flow across streams")
            << good +
                   R"({"op": "add", "kind": "flows", "element": {"id": "fx", "from": "a", "to": "zz"}})"
            << u"ops[1]: flow “fx” of map “Current”, to: no stage with id “zz”"_s;
    }
    void badOperationsNameTheirPath() {
        QFETCH(QByteArray, ops);
        QFETCH(QString, error);
        Document doc(workshop());
        const Workshop original = doc.workshop();
        QCOMPARE(apply(doc, ops), error);
        QCOMPARE(doc.workshop(), original);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    // ---- the command line ----

    void cliAppliesInOneStep() {
        const QString file = workshopFile(u"one-step.vsmap"_s);
        const QString patchFile = temp(u"one-step.json"_s);
        writeFile(patchFile, patchJson(R"(
          {"op": "change", "kind": "stages", "id": "c", "set": {"leadTime": "2d"}},
          {"op": "remove", "kind": "stages", "id": "b"},
          {"op": "add", "kind": "notes", "element": {"text": "faster"}})"));
        const CliResult r = runCli({u"apply"_s, file, patchFile});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "applied 3 operations to map “Current”\n");
        const Workshop after = readBack(file);
        const Map& m = after.maps[0];
        QCOMPARE(m.stages[1].leadTime, 16 * hour); // 2 days of 8 hours
        QCOMPARE(m.stages.size(), 2);
        QCOMPARE(m.flows.size(), 1);
        QCOMPARE(m.dependencies.size(), 1);
        QCOMPARE(m.notes.last().id, u"n2"_s);
        QCOMPARE(after.maps[1], workshop().maps[1]);
        // Nothing but the file is left in the folder.
        QVERIFY(!QFile::exists(file + u".lock"_s));
        QVERIFY(!QFile::exists(file + u"-wal"_s));
    }

    void cliBadOperationLeavesTheFileByteIdentical() {
        const QString file = workshopFile(u"bad.vsmap"_s);
        const QByteArray before = fileBytes(file);
        const QString patchFile = temp(u"bad.json"_s);
        writeFile(patchFile, patchJson(R"(
          {"op": "change", "kind": "stages", "id": "a", "set": {"name": "Look"}},
          {"op": "remove", "kind": "stages", "id": "b"},
          {"op": "change", "kind": "stages", "id": "c", "set": {"leadTime": "2x"}},
          {"op": "add", "kind": "notes", "element": {"text": "never"}})"));
        const CliResult r = runCli({u"apply"_s, file, patchFile});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(QString::fromUtf8(r.err),
                 u"streamboard apply: "_s + patchFile +
                     u": ops[2].set.leadTime: “x” is not a unit; use s, m, h, d or w\n"_s);
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFile::exists(file + u".lock"_s));
        // A rule broken by the result leaves it as it was too.
        writeFile(patchFile, patchJson(R"(
          {"op": "change", "kind": "stages", "id": "a", "set": {"name": "Look"}},
          {"op": "remove", "kind": "teams", "id": "t2"},
          {"op": "add", "kind": "stages", "element": {"id": "e", "stream": "vs1", "name": "E", "owner": "t2"}})"));
        const CliResult rule = runCli({u"apply"_s, file, patchFile});
        QCOMPARE(rule.exitCode, 2);
        QCOMPARE(QString::fromUtf8(rule.err),
                 u"streamboard apply: "_s + patchFile +
                     u": ops[2]: stage “e” of map “Current”, owner: no team with id “t2”\n"_s);
        QCOMPARE(fileBytes(file), before);
    }

    void cliChoosesTheMap() {
        const QString file = workshopFile(u"maps.vsmap"_s);
        const QString patchFile = temp(u"maps.json"_s);
        const QByteArray rename =
            R"({"op": "change", "kind": "stages", "id": "a", "set": {"name": "Look"}})";
        // Default: the first map.
        writeFile(patchFile, patchJson(rename));
        QCOMPARE(runCli({u"apply"_s, file, patchFile}).out,
                 "applied 1 operation to map “Current”\n");
        QCOMPARE(readBack(file).maps[0].stages[0].name, u"Look"_s);
        // The patch's map.
        writeFile(patchFile, patchJson(rename, R"("map": "Future", )"));
        QCOMPARE(runCli({u"apply"_s, file, patchFile}).out,
                 "applied 1 operation to map “Future”\n");
        QCOMPARE(readBack(file).maps[1].stages[0].name, u"Look"_s);
        // --map wins over the patch's map.
        writeFile(patchFile, patchJson(R"({"op": "remove", "kind": "stages", "id": "a"})",
                                       R"("map": "Future", )"));
        QCOMPARE(runCli({u"apply"_s, file, patchFile, u"--map"_s, u"Current"_s}).exitCode, 0);
        QCOMPARE(readBack(file).maps[0].stages.size(), 2);
        QCOMPARE(readBack(file).maps[1].stages.size(), 1);
        const CliResult unknown = runCli({u"apply"_s, file, patchFile, u"--map"_s, u"Later"_s});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err, "streamboard apply: no map named “Later” (the workshop has "
                              "“Current”, “Future”)\n");
    }

    void cliRefusesAWorkshopOpenElsewhere() {
        const QString file = workshopFile(u"open.vsmap"_s);
        const QString patchFile = temp(u"open.json"_s);
        writeFile(patchFile, patchJson(R"({"op": "remove", "kind": "stages", "id": "a"})"));
        SqliteStore::Opened window = SqliteStore::open(file); // as the window holds it
        QVERIFY(window);
        const CliResult r = runCli({u"apply"_s, file, patchFile});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err),
                 u"streamboard apply: "_s + file +
                     u" is open in Streamboard; close it there, then apply the patch\n"_s);
        window = {};
        QCOMPARE(readBack(file).maps[0].stages.size(), 3);
    }

    void cliUsageErrors() {
        const QString file = workshopFile(u"usage.vsmap"_s);
        CliResult r = runCli({u"apply"_s, file});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, "streamboard apply: expects 2 file arguments, got 1 (see --help)\n");
        const QString json = temp(u"usage-in.json"_s);
        writeFile(json, workshopJson);
        const QString patchFile = temp(u"usage.json"_s);
        writeFile(patchFile, patchJson(""));
        r = runCli({u"apply"_s, json, patchFile});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err),
                 u"streamboard apply: "_s + json +
                     u": a patch changes a workshop (.vsmap), not an interchange file; import it "
                     "first\n"_s);
        r = runCli({u"apply"_s, file, temp(u"missing.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err),
                 u"streamboard apply: "_s + temp(u"missing.json"_s) + u": no such file\n"_s);
        // An empty patch is applied: nothing changes and nothing is written.
        const QByteArray before = fileBytes(file);
        r = runCli({u"apply"_s, file, patchFile});
        QCOMPARE(r.out, "applied 0 operations to map “Current”\n");
        QCOMPARE(fileBytes(file), before);
    }

    void cliSpeaksGerman() {
        const QString file = workshopFile(u"german.vsmap"_s);
        const QString patchFile = temp(u"german.json"_s);
        writeFile(patchFile, patchJson(R"({"op": "remove", "kind": "notes", "id": "n1"},
                                          {"op": "remove", "kind": "stages", "id": "zz"})"));
        const QList<std::pair<QString, QString>> german = {
            {u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LC_ALL"_s, {}}, {u"LANGUAGE"_s, u"de"_s}};
        CliResult r = runCli({u"apply"_s, file, patchFile}, false, german);
        QCOMPARE(QString::fromUtf8(r.err),
                 u"streamboard apply: "_s + patchFile +
                     u": ops[1].id: es gibt kein Element vom Typ Stufe mit der ID „zz“\n"_s);
        writeFile(patchFile, patchJson(R"({"op": "remove", "kind": "notes", "id": "n1"})"));
        r = runCli({u"apply"_s, file, patchFile}, false, german);
        QCOMPARE(r.out, "1 Operation auf die Karte „Current“ angewendet\n");
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestApply)
} // namespace tst_apply
#include "tst_apply.moc"
