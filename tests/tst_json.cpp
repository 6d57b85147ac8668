#include "store/json_interchange.h"
#include "test_main.h"

#include <QFile>
#include <QTest>

namespace tst_json {

using namespace sb;
using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString& relativePath) {
    QFile file(QStringLiteral(TEST_DATA_DIR "/json/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A map that sets every field of every kind to something other than its default.
Map everyFieldMap() {
    Map m;
    m.info =
        MapInfo{u"Current state"_s, MapState::Current, QString(), MapSettings{7.5, 3, 4, 1, 12}};
    m.teams = {Team{u"t1"_s, u"Checkout"_s, TeamType::StreamAligned, 6, QColor(0x3b7dd8)},
               Team{u"t2"_s, u"DBA \"core\""_s, TeamType::ComplicatedSubsystem, 1, QColor()},
               Team{u"t3"_s, u"Platform"_s, TeamType::Platform, std::nullopt, QColor(0x0a0b0c)},
               Team{u"t4"_s, u"Coaches"_s, TeamType::Enabling, 3, QColor(0xffffff)}};
    m.slices = {Slice{u"s1"_s, u"Shopper"_s, u"We win when gifts arrive — for parents"_s},
                Slice{u"s2"_s, u"Seller"_s, QString()}};
    m.steps = {Step{u"c1"_s, u"Discover"_s}, Step{u"c2"_s, u"Buy"_s}};
    m.cells = {Cell{u"s1"_s, u"c1"_s, u"Find"_s, u"Choice"_s, u"Found"_s, u"Searches"_s, true},
               Cell{u"s2"_s, u"c2"_s, u"Sell"_s, QString(), QString(), u"GMV"_s, false}};
    Stream purchase{u"vs1"_s,
                    u"Shopper purchase"_s,
                    StreamKind::Customer,
                    u"t1"_s,
                    u"s1"_s,
                    Card(),
                    QColor(0x123456),
                    FlowItems{12.5, {1, 2, 3, 4}, {5, 6, 7, 8}}};
    for (int i = 0; i < cardFieldCount; ++i)
        purchase.card[static_cast<CardField>(i)] =
            u"Card "_s + toString(static_cast<CardField>(i)) + u" \"q\" \\ tab\t line\n 😀 \x01"_s;
    m.streams = {purchase, Stream{u"vs2"_s, u"Rails"_s, StreamKind::Supporting, u"t3"_s, QString(),
                                  Card(), QColor(), FlowItems()}};
    m.stages = {
        Stage{u"a"_s, u"vs1"_s, u"c1"_s, u"Backlog"_s, u"t1"_s, 0.1, 1234.5678, 99.25,
              QPointF(-10.25, 1e6 / 3)},
        Stage{u"b"_s, u"vs1"_s, QString(), u"Build"_s, QString(), 3600, 3 * 86400, 0, std::nullopt},
        Stage{u"p"_s, u"vs2"_s, u"c2"_s, u"Settle"_s, u"t3"_s, 90, 60, 100, QPointF(0, 0)}};
    m.flows = {Flow{u"f1"_s, u"a"_s, u"b"_s, FlowKind::Push},
               Flow{u"f2"_s, u"b"_s, u"a"_s, FlowKind::Rework},
               Flow{u"x7"_s, u"a"_s, u"b"_s, FlowKind::Pull}};
    m.capabilities = {Capability{u"cap1"_s, u"Payments"_s, u"t3"_s, u"99.9%"_s, u"vs2"_s},
                      Capability{u"cap2"_s, u"Fraud"_s, QString(), QString(), QString()}};
    m.dependencies = {Dependency{u"d1"_s, u"vs1"_s, u"cap1"_s},
                      Dependency{u"d2"_s, u"a"_s, u"cap2"_s},
                      Dependency{u"dep"_s, u"cap2"_s, u"cap2"_s}};
    m.notes = {Note{u"n1"_s, u"Too slow"_s, NoteKind::Kaizen, QColor(0xffd700), QPointF(5, 6.5)},
               Note{u"n2"_s, QString(), NoteKind::Sticky, QColor(), std::nullopt}};

    m.info.settings.roles = {u"Product"_s, u"Engineering"_s, u"Design \"UX\""_s, u"Data"_s};
    m.info.settings.requiredRoles = {u"Data"_s, u"Product"_s};
    m.info.timeboxes[AgendaStep::Slices] = 600;
    m.info.timeboxes[AgendaStep::Grid] = 5400.5;
    m.info.timeboxes[AgendaStep::Staffing] = 1;
    m.info.noMaterialDivergence = true;
    m.teams[0].roles = {RoleCount{u"Product"_s, 2}, RoleCount{u"Engineering"_s, 3},
                        RoleCount{u"Design \"UX\""_s, 1}};
    m.teams[1].roles = {RoleCount{u"Data"_s, 1}};
    m.streams[0].criteria[Criterion::TimeIntegrity].note = u"From basket\nto parcel"_s;
    m.streams[0].criteria[Criterion::CustomerClarity] = CriterionCheck{true, QString()};
    m.streams[0].criteria[Criterion::BlastRadius] = CriterionCheck{true, u"Local"_s};
    m.streams[1].criteria[Criterion::CadenceAndLearning].note = u"Monthly"_s;
    Action full;
    full.id = u"act1"_s;
    full.title = u"Automate \"the\" release"_s;
    full.owner = u"t4"_s;
    full.due = QDate(2027, 2, 28);
    full.status = ActionStatus::Dropped;
    full.note = u"Tried twice"_s;
    full.links = {u"n1"_s, u"a"_s, u"cap2"_s};
    full.findings = {u"one-hop:vs1,t1,t3"_s, u"staffing:t2"_s};
    Action bare;
    bare.id = u"act2"_s;
    bare.title = u"Review"_s;
    m.actions = {full, bare};
    return m;
}

Workshop everyFieldWorkshop() {
    Workshop w;
    w.maps.append(everyFieldMap());
    Map future = everyFieldMap();
    future.info.name = u"Future state"_s;
    future.info.state = MapState::Future;
    future.info.baseline = u"Current state"_s;
    future.stages[0].leadTime = 600;
    w.maps.append(future);
    w.maps[0].uid = 1;
    w.maps[1].uid = 2;
    return w;
}

} // namespace

class TestJson : public QObject {
    Q_OBJECT

private slots:
    void badInputs_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error"); // ending in "…": only that beginning is fixed
        auto row = [](const char* file, const QString& error) {
            QTest::newRow(file) << QString::fromLatin1(file) << error;
        };
        const QString notJson = u"(document): not valid JSON at byte …"_s;
        row("empty", u"(document): the file is empty"_s);
        row("not-json", notJson);
        row("trailing-garbage", notJson);
        row("top-level-array",
            u"(document): expected an object at the top level, found an array"_s);
        row("wrong-format", u"format: expected “streamboard”, found “drawio”"_s);
        row("unsupported-version", u"version: unsupported version 2"_s);
        row("version-as-string", u"version: expected a number, found a string"_s);
        row("missing-maps", u"maps: required, but missing"_s);
        row("missing-map-name", u"maps[0].name: required, but missing"_s);
        row("missing-stage-stream", u"maps[0].stages[1].stream: required, but missing"_s);
        row("missing-note-text", u"maps[0].notes[0].text: required, but missing"_s);
        row("dangling-stage-owner", u"maps[0].stages[3].owner: no team with id “t9”"_s);
        row("dangling-stage-step", u"maps[0].stages[2].step: no step with id “c9”"_s);
        row("dangling-stream-slice", u"maps[0].streams[1].slice: no slice with id “s7”"_s);
        row("dangling-cell-step", u"maps[0].cells[0].step: no step with id “c3”"_s);
        row("dangling-capability-owner", u"maps[0].capabilities[0].owner: no team with id “dba”"_s);
        row("dangling-dependency",
            u"maps[0].dependencies[0].from: no stream, stage or capability with id “zz”"_s);
        row("dependency-to-flow",
            u"maps[0].dependencies[0].to: “f1” is a flow, not a stream, stage or capability"_s);
        row("flow-from-stream", u"maps[0].flows[0].from: “vs1” is a stream, not a stage"_s);
        row("cross-stream-flow",
            u"maps[0].flows[1].to: stage “b” is in stream “vs1” but stage “x” is in stream “vs2”; "
            "a flow joins stages of one stream, what crosses streams is a dependency"_s);
        row("wrong-type-pctca", u"maps[0].stages[0].pctCA: expected a number, found a string"_s);
        row("wrong-type-id", u"maps[0].teams[1].id: expected a string, found a number"_s);
        row("wrong-type-teams", u"maps[0].teams: expected an array, found an object"_s);
        row("wrong-type-element", u"maps[0].steps[1]: expected an object, found a string"_s);
        row("wrong-type-divergent",
            u"maps[0].cells[0].divergent: expected true or false, found a string"_s);
        row("wrong-type-duration", u"maps[0].stages[2].processTime: expected a number of seconds "
                                   "or a string like \"4h\", found true or false"_s);
        row("null-required-name", u"maps[0].stages[0].name: expected a string, found null"_s);
        row("negative-duration",
            u"maps[0].stages[2].processTime: -60: a duration cannot be negative"_s);
        row("negative-duration-text",
            u"maps[0].stages[0].leadTime: “-2h”: a duration cannot be negative"_s);
        row("bad-unit",
            u"maps[0].stages[0].leadTime: “fortnights” is not a unit; use s, m, h, d or w"_s);
        row("missing-unit", u"maps[0].stages[1].processTime: “90” needs a unit: s, m, h, d or w"_s);
        row("lead-and-wait", u"maps[0].stages[1].waitTime: give leadTime or waitTime, not both"_s);
        row("pctca-150", u"maps[0].stages[1].pctCA: 150 is not a percentage from 0 to 100"_s);
        row("duplicate-id",
            u"maps[0].stages[0].id: duplicate id “t1”, already used by maps[0].teams[0]"_s);
        row("duplicate-generated-looking-id",
            u"maps[0].notes[1].id: duplicate id “cap1”, already used by maps[0].capabilities[0]"_s);
        row("duplicate-cell", u"maps[0].cells[2]: a second cell for slice “s1” and step “c1”, "
                              "first given at maps[0].cells[0]"_s);
        row("duplicate-map-name",
            u"maps[1].name: duplicate map name “Current state”, already used by maps[0]"_s);
        row("baseline-unknown", u"maps[1].baseline: no map named “Old state” in this workshop"_s);
        row("baseline-self", u"maps[1].baseline: a map cannot be its own baseline"_s);
        row("provided-by-customer-stream",
            u"maps[0].capabilities[0].providedBy: “vs1” is a customer stream; only a supporting "
            "stream provides a capability"_s);
        row("bad-colour-short",
            u"maps[0].teams[0].color: “#12345” is not a colour; write it as #rrggbb or #rgb"_s);
        row("bad-colour-name",
            u"maps[0].notes[0].color: “blue” is not a colour; write it as #rrggbb or #rgb"_s);
        row("bad-team-type", u"maps[0].teams[1].type: “platfrom” is not one of stream-aligned, "
                             "platform, enabling, complicated-subsystem"_s);
        row("bad-flow-kind", u"maps[0].flows[0].kind: “pushed” is not one of push, pull, rework"_s);
        row("bad-map-state", u"maps[0].state: “past” is not one of current, future"_s);
        row("working-day-hours-25", u"maps[0].settings.workingDayHours: 25 is not a number of "
                                    "hours above 0 and at most 24"_s);
        row("team-size-min-above-max",
            u"maps[0].settings.teamSizeMin: 10 is larger than teamSizeMax 9"_s);
        row("coordination-zero", u"maps[0].settings.coordinationMaxTeams: 0 is not a whole number "
                                 "from 1 to 2147483647"_s);
        row("team-size-fraction", u"maps[0].teams[0].size: 2.5 is not a whole number"_s);
        row("team-size-zero",
            u"maps[0].teams[1].size: 0 is not a whole number from 1 to 2147483647"_s);
        row("empty-name", u"maps[0].teams[0].name: a name cannot be empty"_s);
        row("empty-id", u"maps[0].flows[1].id: an id cannot be empty"_s);
        row("x-without-y", u"maps[0].notes[0].y: required when x is given"_s);
        row("period-days-zero",
            u"maps[0].streams[0].flowItems.periodDays: 0 is not a number of days above 0 and at "
            "most 36500"_s);
        row("negative-flow-count", u"maps[0].streams[1].flowItems.done.defects: -1 is not a whole "
                                   "number from 0 to 2147483647"_s);
        row("card-not-text", u"maps[0].streams[0].card.northStar: expected a string, found a "
                             "number"_s);
        row("role-not-in-settings", u"maps[0].teams[0].roles[1].role: “Marketing” is not one of "
                                    "the map's roles (settings.roles)"_s);
        row("role-listed-twice", u"maps[0].teams[0].roles[1].role: “Product” is listed twice"_s);
        row("role-people-zero", u"maps[0].teams[0].roles[0].people: 0 is not a whole number from "
                                "1 to 2147483647"_s);
        row("size-not-sum-of-roles",
            u"maps[0].teams[0].size: 6 differs from the 5 people of its roles"_s);
        row("settings-role-twice", u"maps[0].settings.roles[2]: “Product” is listed twice"_s);
        row("required-role-not-a-role",
            u"maps[0].settings.requiredRoles[1]: “Design” is not one of the roles"_s);
        row("timebox-zero", u"maps[0].timeboxes.grid: a timebox must be longer than 0"_s);
        row("action-bad-due", u"maps[0].actions[0].due: “2026-13-01” is not a date like "
                              "\"2026-03-31\""_s);
        row("action-unknown-status", u"maps[0].actions[0].status: “started” is not one of "
                                     "planned, in-progress, done, dropped"_s);
        row("action-link-missing",
            u"maps[0].actions[0].links[1]: no team, slice, step, stream, stage, flow, capability, "
            "dependency or note with id “zz”"_s);
        row("action-without-title", u"maps[0].actions[0].title: required, but missing"_s);
        row("action-owner-missing", u"maps[0].actions[0].owner: no team with id “t9”"_s);
    }
    void badInputs() {
        QFETCH(QString, file);
        QFETCH(QString, error);
        QString actual;
        QCOMPARE(json::read(contents(u"bad/"_s + file + u".json"_s), &actual), std::nullopt);
        if (error.endsWith(u'…'))
            QVERIFY2(actual.startsWith(error.chopped(1)), qPrintable(actual));
        else
            QCOMPARE(actual, error);
    }

    // Every bad file changes one thing in this file, which loads.
    void baseOfBadInputsLoads() {
        QString error;
        const std::optional<Workshop> w = json::read(contents(u"base.json"_s), &error);
        QVERIFY2(w, qPrintable(error));
        const Map& m = w->maps[0];
        QCOMPARE(m.stages[0].processTime, 3600.0); // "1h"
        QCOMPARE(m.stages[0].leadTime, 28800.0);   // "1d" of 8 h
        QCOMPARE(m.stages[1].leadTime, 72000.0);   // "4h" + "2d" = 14400 + 2 × 28800
        QCOMPARE(m.stages[2].leadTime, 3600.0);    // LT = PT
        QCOMPARE(m.dependencies[0].id, u"d1"_s);
        QCOMPARE(m.notes[0].position.value_or(QPointF()), QPointF(10, 20));
        QCOMPARE(m.capabilities[0].providedBy, u"vs2"_s);
    }

    void generatedBadInputs_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(static_cast<char>((i * 37 + 11) % 256));
        QTest::newRow("binary garbage")
            << garbage << u"(document): a NUL byte at byte 145; a text file holds none"_s;
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF")
                                  << u"(document): not valid JSON at byte "_s;
        QTest::newRow("spaces only") << QByteArray(" \n\t ") << u"(document): the file is empty"_s;
        QTest::newRow("100000 nested brackets")
            << QByteArray("{\"format\": \"streamboard\", \"version\": 1, \"maps\": ") +
                   QByteArray(100000, '[') + QByteArray(100000, ']') + '}'
            << u"maps"_s + QString(u"[0]"_s).repeated(63) +
                   u": nested deeper than 64 objects and arrays"_s;
        QByteArray objects;
        for (int i = 0; i < 100000; ++i)
            objects.append("{\"a\": ");
        QTest::newRow("100000 nested objects")
            << objects
            << QString(u"a."_s).repeated(63) + u"a: nested deeper than 64 objects and arrays"_s;
        QTest::newRow("50 MB string as the document")
            << '"' + QByteArray(50 * 1024 * 1024, 'x') + '"'
            << u"(document): a text of 52428800 bytes; a text may have at most 1048576"_s;
        QTest::newRow("number beyond double")
            << QByteArray("{\"format\": \"streamboard\", \"version\": 1e999, \"maps\": []}")
            << u"(document): not valid JSON at byte "_s;
    }
    void generatedBadInputs() {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        QString actual;
        QCOMPARE(json::read(data, &actual), std::nullopt);
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
        QCOMPARE(json::read(data, nullptr), std::nullopt);
    }

    // A text may have 1 MiB as written (docs/json.md, "Limits"); one byte more is refused.
    void longestStringLoads() {
        const qsizetype size = 1024 * 1024;
        auto withNote = [](qsizetype length) {
            return "{\"format\": \"streamboard\", \"version\": 1, \"maps\": "
                   "[{\"name\": \"M\", \"notes\": [{\"text\": \"" +
                   QByteArray(length, 'a') + "\"}]}]}";
        };
        QString error;
        const std::optional<Workshop> w = json::read(withNote(size), &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->maps[0].notes[0].text.size(), size);
        QCOMPARE(w->maps[0].notes[0].id, u"n1"_s);
        QCOMPARE(json::read(withNote(size + 1), &error), std::nullopt);
        QCOMPARE(error, u"maps[0].notes[0].text: a text of 1048577 bytes; a text may have at "
                        "most 1048576"_s);
    }

    void defaults() {
        QString error;
        const std::optional<Workshop> w = json::read(contents(u"defaults.json"_s), &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->maps.size(), qsizetype(2));
        const Map& m = w->maps[0];

        // Spot checks first, so a failure says which default broke.
        QCOMPARE(m.uid, MapUid(1));
        QCOMPARE(w->maps[1].uid, MapUid(2));
        QCOMPARE(toString(m.info.state), u"current"_s);
        QCOMPARE(m.info.settings.workingDayHours, 8.0);
        QCOMPARE(m.stages[0].processTime, 0.0);
        QCOMPARE(m.stages[0].leadTime, 0.0);
        QCOMPARE(m.stages[0].pctCA, 100.0);
        QCOMPARE(m.stages[1].processTime, 7200.0); // "2h"
        QCOMPARE(m.stages[1].leadTime, 36000.0);   // 7200 + "1d" of 8 h = 7200 + 28800
        QCOMPARE(m.stages[2].leadTime, 600.0);     // LT = PT
        QCOMPARE(toString(m.streams[0].kind), u"customer"_s);
        QCOMPARE(toString(m.flows[0].kind), u"push"_s);
        // Stage "f1", flow "f3", capability "d1" and note "n1" are taken, so generation skips them.
        QCOMPARE(m.flows[0].id, u"f2"_s);
        QCOMPARE(m.flows[1].id, u"f3"_s);
        QCOMPARE(m.flows[2].id, u"f4"_s);
        QCOMPARE(m.dependencies[0].id, u"d2"_s);
        QCOMPARE(m.dependencies[1].id, u"d3"_s);
        QCOMPARE(m.notes[0].id, u"n2"_s);
        QCOMPARE(m.notes[1].id, u"n1"_s);
        QCOMPARE(m.notes[2].id, u"n3"_s);

        Map expected;
        expected.uid = 1;
        expected.info =
            MapInfo{u"Minimal"_s, MapState::Current, QString(), MapSettings{8, 2, 3, 2, 9}};
        expected.teams = {
            Team{u"t1"_s, u"Checkout"_s, TeamType::StreamAligned, std::nullopt, QColor()}};
        expected.slices = {Slice{u"s1"_s, u"Shopper"_s, QString()}};
        expected.steps = {Step{u"c1"_s, u"Discover"_s}};
        expected.cells = {Cell{u"s1"_s, u"c1"_s, {}, {}, {}, {}, false}};
        expected.streams = {Stream{u"vs1"_s, u"Purchase"_s, StreamKind::Customer, QString(),
                                   QString(), Card(), QColor(), FlowItems{30, {}, {}}}};
        expected.stages = {
            Stage{u"a"_s, u"vs1"_s, QString(), u"Backlog"_s, QString(), 0, 0, 100, std::nullopt},
            Stage{u"b"_s, u"vs1"_s, QString(), u"Build"_s, QString(), 7200, 36000, 100,
                  std::nullopt},
            Stage{u"f1"_s, u"vs1"_s, QString(), u"Ship"_s, QString(), 600, 600, 100, std::nullopt}};
        expected.flows = {Flow{u"f2"_s, u"a"_s, u"b"_s, FlowKind::Push},
                          Flow{u"f3"_s, u"b"_s, u"f1"_s, FlowKind::Push},
                          Flow{u"f4"_s, u"a"_s, u"f1"_s, FlowKind::Push}};
        expected.capabilities = {
            Capability{u"d1"_s, u"Payments"_s, QString(), QString(), QString()}};
        expected.dependencies = {Dependency{u"d2"_s, u"vs1"_s, u"d1"_s},
                                 Dependency{u"d3"_s, u"b"_s, u"d1"_s}};
        expected.notes = {
            Note{u"n2"_s, u"Why so slow?"_s, NoteKind::Sticky, QColor(), std::nullopt},
            Note{u"n1"_s, u"Ask ops"_s, NoteKind::Sticky, QColor(), std::nullopt},
            Note{u"n3"_s, QString(), NoteKind::Sticky, QColor(), std::nullopt}};
        QVERIFY(m == expected);

        Map future;
        future.info =
            MapInfo{u"Future"_s, MapState::Future, u"Minimal"_s, MapSettings{24, 2, 3, 2, 9}};
        QVERIFY(w->maps[1] == future);

        // The keys added for facilitation are optional too.
        QCOMPARE(m.info.settings.roles,
                 QStringList({u"Product"_s, u"Engineering"_s, u"Design"_s, u"QA"_s, u"Operations"_s,
                              u"Customer success"_s}));
        QCOMPARE(m.info.settings.requiredRoles, QStringList({u"Product"_s, u"Engineering"_s}));
        QVERIFY(m.info.timeboxes.seconds == (std::array<double, agendaStepCount>{
                                                1200, 900, 1200, 2700, 1200, 2400, 1800, 1800}));
        QVERIFY(!m.info.noMaterialDivergence);
        QVERIFY(m.teams[0].roles.isEmpty());
        QVERIFY(m.streams[0].criteria == DecisionCriteria());
        QVERIFY(m.actions.isEmpty());
    }

    // Team roles, map roles, timeboxes, criteria and actions: a file that gives them in every
    // accepted form reads, and writes in canonical form; the canonical file writes back
    // byte-identically.
    void facilitationKeysRoundTrip() {
        QString error;
        const std::optional<Workshop> w =
            json::read(contents(u"facilitation-input.json"_s), &error);
        QVERIFY2(w, qPrintable(error));
        const Map& m = w->maps[0];
        QCOMPARE(m.info.timeboxes[AgendaStep::Slices], 2700.0);  // "45m"
        QCOMPARE(m.info.timeboxes[AgendaStep::Grid], 5400.0);    // "1h 30m"
        QCOMPARE(m.info.timeboxes[AgendaStep::Outcomes], 900.0); // the default
        QCOMPARE(m.info.timeboxes[AgendaStep::Staffing], 900.0);
        QVERIFY(m.info.noMaterialDivergence);
        QCOMPARE(m.teams[0].size.value_or(0), 6); // 2 + 1 + 3
        QVERIFY(m.teams[0].roles[1] == (RoleCount{u"Engineering"_s, 1}));
        QVERIFY(m.streams[0].criteria[Criterion::PolicyDeltas] ==
                (CriterionCheck{true, u"Refunds differ"_s}));
        QVERIFY(m.streams[0].criteria[Criterion::BlastRadius] == CriterionCheck());
        QCOMPARE(m.actions[0].due, QDate(2026, 12, 1));
        QVERIFY(m.actions[0].status == ActionStatus::InProgress);
        QCOMPARE(m.actions[1].id, u"action1"_s);
        QVERIFY(m.actions[1].status == ActionStatus::Planned);
        QVERIFY(!m.actions[1].due.isValid());
        QVERIFY(w->maps[1].info.settings.requiredRoles.isEmpty());

        const QByteArray expected = contents(u"facilitation-expected.json"_s);
        QCOMPARE(json::write(*w), expected);
        const std::optional<Workshop> again = json::read(expected, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(*again == *w);
        QCOMPARE(json::write(*again), expected);
    }

    // JSON objects have no key order, so settings given after the stages still set their days.
    void durationsUseTheirMapsDays() {
        const QByteArray data =
            "{\"format\": \"streamboard\", \"version\": 1, \"maps\": [ "
            "{\"name\": \"A\", \"streams\": [{\"id\": \"v\", \"name\": \"V\"}], "
            "\"stages\": [{\"id\": \"a\", \"stream\": \"v\", \"name\": \"A\", \"leadTime\": "
            "\"1d\"}], "
            "\"settings\": {\"workingDayHours\": 8}}, "
            "{\"name\": \"B\", \"streams\": [{\"id\": \"v\", \"name\": \"V\"}], "
            "\"stages\": [{\"id\": \"a\", \"stream\": \"v\", \"name\": \"A\", \"leadTime\": "
            "\"1w\"}]}]}";
        QString error;
        const std::optional<Workshop> w = json::read(data, &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->maps[0].stages[0].leadTime, 28800.0);
        QCOMPARE(w->maps[1].stages[0].leadTime, 604800.0);
    }

    void goldenFile() {
        QString error;
        const std::optional<Workshop> w = json::read(contents(u"roundtrip-input.json"_s), &error);
        QVERIFY2(w, qPrintable(error));
        const QByteArray expected = contents(u"roundtrip-expected.json"_s);
        QCOMPARE(json::write(*w), expected);

        // export → import → export is byte-identical, and importing either gives the same maps.
        const std::optional<Workshop> again = json::read(expected, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(json::write(*again), expected);
        QVERIFY(*again == *w);
        // A file from before facilitation: the defaults, and none of the new keys written.
        QCOMPARE(w->maps[0].info.settings.roles.size(), qsizetype(6));
        QVERIFY(w->maps[0].info.timeboxes == Timeboxes());
        QVERIFY(w->maps[0].actions.isEmpty());
        for (const char* key : {"\"roles\"", "\"timeboxes\"", "\"criteria\"", "\"actions\"",
                                "\"noMaterialDivergence\""})
            QVERIFY2(!expected.contains(key), key);
    }

    void roundTripEveryField() {
        const Workshop original = everyFieldWorkshop();
        const QByteArray written = json::write(original);
        QString error;
        const std::optional<Workshop> read = json::read(written, &error);
        QVERIFY2(read, qPrintable(error + u'\n' + QString::fromUtf8(written)));
        QCOMPARE(read->maps.size(), qsizetype(2));
        QCOMPARE(read->maps[0].stages[0].processTime, 0.1);
        QCOMPARE(read->maps[0].stages[0].leadTime, 1234.5678);
        QCOMPARE(read->maps[0].streams[0].card[CardField::Risks],
                 u"Card risks \"q\" \\ tab\t line\n 😀 \x01"_s);
        for (qsizetype i = 0; i < original.maps.size(); ++i) {
            QCOMPARE(read->maps[i].uid, original.maps[i].uid);
            forEachKind([&]<class T>() {
                QVERIFY2(read->maps[i].list<T>() == original.maps[i].list<T>(),
                         qPrintable(pluralName(kindOf<T>())));
            });
            QVERIFY(read->maps[i].info == original.maps[i].info);
        }
        QVERIFY(*read == original);
        QCOMPARE(json::write(*read), written);
    }

    void writesControlCharactersEscaped() {
        Workshop w;
        Map m;
        m.info.name = u"Tab\there \"quoted\" back\\slash \x01\x1f"_s;
        w.maps.append(m);
        const QByteArray written = json::write(w);
        QVERIFY2(written.contains(
                     "\"name\": \"Tab\\there \\\"quoted\\\" back\\\\slash \\u0001\\u001f\""),
                 written.constData());
    }

    void emptyWorkshop() {
        const QByteArray written = json::write(Workshop());
        QCOMPARE(written, QByteArray("{\n  \"format\": \"streamboard\",\n  \"version\": 1,\n  "
                                     "\"maps\": []\n}\n"));
        QString error;
        const std::optional<Workshop> read = json::read(written, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(read->maps.isEmpty());
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestJson)
} // namespace tst_json
#include "tst_json.moc"
