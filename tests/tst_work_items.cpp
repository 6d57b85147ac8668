// Work items of a stream: the CSV reader, the measures, the interchange JSON and the workshop
// file. Every figure is worked out by hand in tests/data/workitems/*.md.
#include "commands/work_item_import.h"
#include "metrics/flow_charts.h"
#include "metrics/flow_measures.h"
#include "model/document.h"
#include "store/json_interchange.h"
#include "store/sqlite_store.h"
#include "store/work_items_csv.h"
#include "test_main.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace tst_work_items {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

QByteArray dataFile(const QString& name) {
    QFile file(QStringLiteral(TEST_DATA_DIR "/workitems/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

WorkItemSetup flowSetup() {
    WorkItemSetup setup;
    setup.states = {u"Backlog"_s, u"Ready"_s, u"Dev"_s, u"Review"_s, u"Done"_s};
    setup.active = {u"Dev"_s};
    setup.start = u"Ready"_s;
    setup.types = defaultWorkItemTypes();
    setup.stages = {{u"Dev"_s, u"dev"_s}, {u"Review"_s, u"review"_s}};
    return setup;
}

WorkItems flowItems() {
    WorkItems work;
    work.setup = flowSetup();
    work.items = readWorkItemsCsv(dataFile(u"flow.csv"_s), work.setup).items;
    return work;
}

Workshop smallWorkshop() {
    QString error;
    std::optional<Workshop> w = json::read(dataFile(u"workshop.json"_s), &error);
    return w ? *w : Workshop();
}

QStringList enteredTexts(const WorkItem& item) {
    QStringList texts;
    for (StateTime t : item.entered)
        texts.append(t == notEntered ? u"-"_s : stateTimeText(t));
    return texts;
}

QStringList ids(const QList<WorkItem>& items) {
    QStringList list;
    for (const WorkItem& item : items)
        list.append(item.id);
    return list;
}

QStringList rows(const QString& path, const QString& sql) {
    QStringList result;
    const QString name = u"tst_work_items-rows"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(sql);
        while (query.next()) {
            QStringList values;
            for (int i = 0; query.value(i).isValid(); ++i)
                values.append(query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
            result.append(values.join(u'|'));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

class TestWorkItems : public QObject {
    Q_OBJECT

private slots:
    void parsesIsoDatesAndDateTimes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: not a date
        QTest::newRow("epoch") << u"1970-01-01"_s << qint64(0);
        QTest::newRow("a day later") << u"1970-01-02"_s << qint64(86400);
        QTest::newRow("minutes") << u"1970-01-02T01:30"_s << qint64(86400 + 5400);
        QTest::newRow("space") << u"1970-01-02 01:30:15"_s << qint64(86400 + 5415);
        QTest::newRow("fraction dropped") << u"1970-01-01T00:00:07.250"_s << qint64(7);
        QTest::newRow("Z") << u"1970-01-01T02:00:00Z"_s << qint64(7200);
        QTest::newRow("offset") << u"1970-01-01T02:00+01:00"_s << qint64(3600);
        QTest::newRow("negative offset") << u"1970-01-01T02:00-0130"_s << qint64(12600);
        QTest::newRow("before the epoch") << u"1969-12-31T23:00:00Z"_s << qint64(-3600);
        QTest::newRow("30 February") << u"2026-02-30"_s << qint64(-1);
        QTest::newRow("one-digit month") << u"2026-3-01"_s << qint64(-1);
        QTest::newRow("hour 24") << u"2026-03-01T24:00"_s << qint64(-1);
        QTest::newRow("day first") << u"01.03.2026"_s << qint64(-1);
        QTest::newRow("trailing text") << u"2026-03-01x"_s << qint64(-1);
        QTest::newRow("bad offset") << u"2026-03-01T10:00+5"_s << qint64(-1);
    }
    void parsesIsoDatesAndDateTimes() {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const std::optional<StateTime> time = parseStateTime(text);
        if (seconds == -1)
            QCOMPARE(time, std::nullopt);
        else
            QCOMPARE(time, std::optional<StateTime>(seconds));
    }

    void writesDatesAtMidnightAsDates() {
        QCOMPARE(stateTimeText(0), u"1970-01-01"_s);
        QCOMPARE(stateTimeText(86400 + 5415), u"1970-01-02T01:30:15"_s);
        QCOMPARE(stateTimeText(-3600), u"1969-12-31T23:00:00"_s);
    }

    void medianAndNearestRankPercentile() {
        QCOMPARE(median({}), std::nullopt);
        QCOMPARE(median({3}), std::optional<double>(3));
        QCOMPARE(median({4, 1, 3, 2}), std::optional<double>(2.5));
        QCOMPARE(median({5, 1, 3}), std::optional<double>(3));
        QCOMPARE(percentileNearestRank({}, 85), std::nullopt);
        QCOMPARE(percentileNearestRank({2, 1}, 50), std::optional<double>(1)); // rank ⌈1⌉ = 1
        QList<double> ten;
        QList<double> twenty;
        for (int i = 20; i >= 1; --i) { // unsorted on purpose
            twenty.append(i);
            if (i <= 10)
                ten.append(i);
        }
        QCOMPARE(percentileNearestRank(ten, 85), std::optional<double>(9));     // ⌈8.5⌉ = 9
        QCOMPARE(percentileNearestRank(twenty, 85), std::optional<double>(17)); // 17 exactly
        QCOMPARE(percentileNearestRank({7}, 85), std::optional<double>(7));
    }

    void readsFlowCsv() {
        const WorkItemCsvResult read = readWorkItemsCsv(dataFile(u"flow.csv"_s), flowSetup());
        QVERIFY(!read.error);
        QCOMPARE(ids(read.items), QStringList({u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"A5"_s, u"A6"_s,
                                               u"A7"_s, u"A8"_s, u"A9"_s}));
        const WorkItem& a1 = read.items[0];
        QCOMPARE(a1.name, u"Checkout, faster"_s);
        QCOMPARE(a1.link, u"https://tracker.example/A1"_s);
        QCOMPARE(a1.type, u"Story"_s);
        QCOMPARE(enteredTexts(a1), QStringList({u"2026-02-20"_s, u"2026-03-01"_s, u"2026-03-02"_s,
                                                u"2026-03-04"_s, u"2026-03-05"_s}));
        QCOMPARE(enteredTexts(read.items[3]),
                 QStringList({u"2026-03-01"_s, u"-"_s, u"2026-03-07T22:00:00"_s,
                              u"2026-03-08T02:00:00"_s, u"2026-03-09T10:00:00"_s}));
        QCOMPARE(read.items[7].name, u"Loyalty \"points\""_s);
        const QList<FlowItemKind> kinds = {
            FlowItemKind::Features, FlowItemKind::Defects,  FlowItemKind::Features,
            FlowItemKind::Debt,     FlowItemKind::Risks,    FlowItemKind::Features,
            FlowItemKind::Features, FlowItemKind::Features, FlowItemKind::Features};
        for (qsizetype i = 0; i < kinds.size(); ++i)
            QCOMPARE(sb::toString(read.items[i].kind), sb::toString(kinds[i]));
        QCOMPARE(read.unmappedTypes, (QList<QPair<QString, int>>{{u"Epic"_s, 1}}));
    }

    void measuresFlowOverAPeriod() {
        const FlowMeasures m = measureFlow(flowItems(), {QDate(2026, 3, 1), QDate(2026, 3, 10)});
        QCOMPARE(m.velocity, 4);
        QCOMPARE(m.done, (FlowCounts{2, 1, 0, 1}));
        QCOMPARE(m.distribution, (std::array<double, 4>{0.5, 0.25, 0, 0.25}));
        QCOMPARE(m.flowTimeMedianDays, std::optional<double>(4));
        QCOMPARE(m.flowTimeP85Days, std::optional<double>(11));
        QCOMPARE(m.load, 2);
        QVERIFY(m.flowEfficiency);
        QVERIFY(qFuzzyCompare(*m.flowEfficiency, 79.0 / 123.0));
        QCOMPARE(m.stages.size(), 2);
        QCOMPARE(m.stages[0].stage, u"dev"_s);
        QCOMPARE(m.stages[0].medianDays, std::optional<double>(2.5));
        QCOMPARE(m.stages[0].p85Days, std::optional<double>(8));
        QCOMPARE(m.stages[1].stage, u"review"_s);
        QVERIFY(m.stages[1].medianDays);
        QVERIFY(qFuzzyCompare(*m.stages[1].medianDays, 4.0 / 3.0));
        QCOMPARE(m.stages[1].p85Days, std::optional<double>(2));
    }

    void defaultPeriodEndsOnTheLatestDate() {
        const WorkItems work = flowItems();
        QCOMPARE(defaultPeriod(work, 10),
                 std::optional<MeasuredPeriod>({QDate(2026, 3, 3), QDate(2026, 3, 12)}));
        const FlowMeasures m = measureFlow(work, *defaultPeriod(work, 10));
        QCOMPARE(m.velocity, 5);
        QCOMPARE(m.load, 2);
        QCOMPARE(defaultPeriod(WorkItems(), 10), std::nullopt);

        Stream stream;
        stream.flowItems.periodDays = 10;
        stream.workItems = work;
        QCOMPARE(periodOf(stream),
                 std::optional<MeasuredPeriod>({QDate(2026, 3, 3), QDate(2026, 3, 12)}));
        QCOMPARE(periodOf(stream, QDate(2026, 3, 1)),
                 std::optional<MeasuredPeriod>({QDate(2026, 3, 1), QDate(2026, 3, 12)}));
        QCOMPARE(periodOf(stream, {}, QDate(2026, 3, 10)),
                 std::optional<MeasuredPeriod>({QDate(2026, 3, 1), QDate(2026, 3, 10)}));
        QCOMPARE(measureStream(Stream()), std::nullopt);
    }

    // No item done in the period: nothing to take a median or an efficiency of.
    void emptyPeriodHasNoTimes() {
        const FlowMeasures m = measureFlow(flowItems(), {QDate(2026, 1, 12), QDate(2026, 1, 15)});
        QCOMPARE(m.velocity, 0);
        QCOMPARE(m.distribution, (std::array<double, 4>{0, 0, 0, 0}));
        QCOMPARE(m.flowTimeMedianDays, std::nullopt);
        QCOMPARE(m.flowEfficiency, std::nullopt);
        QCOMPARE(m.stages[0].medianDays, std::nullopt);
        QCOMPARE(m.load, 1); // A8, started 01-10 and done 01-20, after the period
    }

    // flow.md, "Charts, period 2026-03-01 to 2026-03-10".
    void chartsOfAPeriod() {
        const WorkItems work = flowItems();
        const MeasuredPeriod period{QDate(2026, 3, 1), QDate(2026, 3, 10)};
        const QList<FlowTimePoint> points = flowTimePoints(work, period);
        QCOMPARE(points.size(), 4);
        QCOMPARE(points[0].item, u"A1"_s);
        QCOMPARE(stateTimeText(points[0].done), u"2026-03-05"_s);
        QCOMPARE(points[0].flowDays, 4.0);
        QCOMPARE(points[2].flowDays, 11.0);
        QCOMPARE(stateTimeText(points[3].done), u"2026-03-09T10:00:00"_s);
        QCOMPARE(points[3].flowDays, 1.5);

        const QList<QList<int>> cfd = cumulativeFlow(work, period);
        QCOMPARE(cfd.size(), 10);
        QCOMPARE(cfd[4], QList<int>({8, 6, 5, 2, 2})); // end of 03-05
        QCOMPARE(cfd[0], QList<int>({4, 3, 2, 1, 1})); // end of 03-01
        QCOMPARE(cfd[9], QList<int>({8, 7, 7, 6, 5})); // end of 03-10

        const QList<AgingPoint> aging = workItemAging(work, period);
        QCOMPARE(aging, (QList<AgingPoint>{{u"A5"_s, 2, 8}, {u"A6"_s, 3, 6}}));

        QCOMPARE(doneByWeek(work, period), (QList<FlowCounts>{{1, 1, 0, 0}, {1, 0, 0, 1}}));
    }

    void readsEachSeparator_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("comma, CRLF") << u"separators-comma.csv"_s;
        QTest::newRow("semicolon, BOM") << u"separators-semicolon.csv"_s;
        QTest::newRow("tab") << u"separators-tab.csv"_s;
    }
    void readsEachSeparator() {
        QFETCH(QString, file);
        WorkItemSetup setup;
        setup.states = {u"To do"_s, u"Doing"_s, u"Done"_s};
        const WorkItemCsvResult read = readWorkItemsCsv(dataFile(file), setup);
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->message : QString()));
        QCOMPARE(ids(read.items), QStringList({u"S1"_s, u"S2"_s}));
        QCOMPARE(read.items[0].name, u"Pay; then ship"_s);
        QCOMPARE(sb::toString(read.items[0].kind), sb::toString(FlowItemKind::Defects));
        QCOMPARE(enteredTexts(read.items[0]),
                 QStringList({u"2026-04-01"_s, u"2026-04-02T08:30:00"_s, u"2026-04-03"_s}));
        QCOMPARE(read.items[1].name, u"Say \"hi\""_s);
        QCOMPARE(sb::toString(read.items[1].kind), sb::toString(FlowItemKind::Features));
        QCOMPARE(enteredTexts(read.items[1]), QStringList({u"2026-04-02"_s, u"-"_s, u"-"_s}));
        QVERIFY(read.unmappedTypes.isEmpty());
    }

    void reportsEachErrorWithItsLine_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QByteArray() << 1 << u"the file is empty"_s;
        QTest::newRow("no ID column")
            << QByteArray("Key,A,B\nX1,2026-01-01,\n") << 1 << u"the header has no ID column"_s;
        QTest::newRow("no state column") << QByteArray("ID,A\nX1,2026-01-01\n") << 1
                                         << u"the header has no column for state “B”"_s;
        QTest::newRow("missing ID")
            << QByteArray("ID,A,B\nX1,2026-01-01,\n,2026-01-02,\n") << 3 << u"the item has no ID"_s;
        QTest::newRow("duplicate ID")
            << QByteArray("ID,A,B\nX1,2026-01-01,\nX2,,\n\nX1,2026-01-02,\n") << 5
            << u"ID “X1” is also on line 2"_s;
        QTest::newRow("unparsable date")
            << QByteArray("ID,A,B\nX1,2026-01-01,\nX2,2026-02-30,\n") << 3
            << u"“2026-02-30” in column “A” is not an ISO 8601 date or date-time"_s;
        QTest::newRow("earlier than an earlier state")
            << QByteArray("ID,A,B\nX1,2026-01-05T10:00,2026-01-05T09:59\n") << 2
            << u"B (2026-01-05T09:59) is earlier than A (2026-01-05T10:00)"_s;
        QTest::newRow("NUL") << QByteArray("ID,A,B\nX1,,\nX\0002,,\n", 18) << 3
                             << u"a NUL character: the file is not text"_s;
        QTest::newRow("quote left open, after a quoted line break")
            << QByteArray("ID,Name,A,B\nX1,\"two\nlines\",2026-01-01,\nX2,\"open,2026-01-01,\n")
            << 4 << u"a quoted field is not closed"_s;
    }
    void reportsEachErrorWithItsLine() {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, message);
        WorkItemSetup setup;
        setup.states = {u"A"_s, u"B"_s};
        const WorkItemCsvResult read = readWorkItemsCsv(csv, setup);
        QVERIFY(read.error);
        QCOMPARE(read.error->message, message);
        QCOMPARE(read.error->line, line);
        QVERIFY(read.items.isEmpty());
    }

    void reportsWrongChoices_data() {
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("active");
        QTest::addColumn<QString>("typeColumn");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("no states") << QStringList() << QString() << QStringList() << QString() << 0
                                   << u"no states are given"_s;
        QTest::newRow("twice") << QStringList{u"A"_s, u"A"_s} << QString() << QStringList()
                               << QString() << 0 << u"state “A” is listed twice"_s;
        QTest::newRow("start") << QStringList{u"A"_s, u"B"_s} << u"C"_s << QStringList()
                               << QString() << 0
                               << u"the start state “C” is not one of the states"_s;
        QTest::newRow("active") << QStringList{u"A"_s, u"B"_s} << QString() << QStringList{u"X"_s}
                                << QString() << 0
                                << u"the active state “X” is not one of the states"_s;
        QTest::newRow("type column") << QStringList{u"A"_s, u"B"_s} << QString() << QStringList()
                                     << u"Kind"_s << 1 << u"the header has no type column “Kind”"_s;
    }
    void reportsWrongChoices() {
        QFETCH(QStringList, states);
        QFETCH(QString, start);
        QFETCH(QStringList, active);
        QFETCH(QString, typeColumn);
        QFETCH(int, line);
        QFETCH(QString, message);
        WorkItemSetup setup;
        setup.states = states;
        setup.start = start;
        setup.active = active;
        setup.typeColumn = typeColumn;
        const WorkItemCsvResult read = readWorkItemsCsv("ID,A,B,Type\nX1,,,Bug\n", setup);
        QVERIFY(read.error);
        QCOMPARE(read.error->message, message);
        QCOMPARE(read.error->line, line);
    }

    // A named type column replaces Type; types map without regard to case.
    void readsTheTypeColumnGiven() {
        WorkItemSetup setup;
        setup.states = {u"A"_s, u"B"_s};
        setup.typeColumn = u"Issue type"_s;
        setup.types = {{u"Defect"_s, FlowItemKind::Defects}, {u"Debt"_s, FlowItemKind::Debt}};
        const WorkItemCsvResult read = readWorkItemsCsv(
            "ID;Type;Issue type;A;B\nX1;Bug;defect;;\nX2;Bug;Spike;;\nX3;Bug;;;\nX4;;Spike;;\n",
            setup);
        QVERIFY(!read.error);
        QCOMPARE(sb::toString(read.items[0].kind), sb::toString(FlowItemKind::Defects));
        QCOMPARE(sb::toString(read.items[1].kind), sb::toString(FlowItemKind::Features));
        QCOMPARE(read.items[2].type, QString());
        QCOMPARE(read.unmappedTypes, (QList<QPair<QString, int>>{{u"Spike"_s, 2}}));
    }

    void interchangeJsonRoundTrips() {
        Workshop workshop = smallWorkshop();
        QCOMPARE(workshop.maps.size(), 1);
        workshop.maps[0].streams[0].workItems = flowItems();
        const QByteArray written = json::write(workshop);
        QVERIFY(written.contains(
            R"({"id": "A4", "name": "Upgrade TLS library", "type": "Chore", "kind": "debt", )"
            R"("entered": {"Backlog": "2026-03-01", "Dev": "2026-03-07T22:00:00", )"
            R"("Review": "2026-03-08T02:00:00", "Done": "2026-03-09T10:00:00"}})"));
        QVERIFY(written.contains(R"("stages": [{"state": "Dev", "stage": "dev"}, )"
                                 R"({"state": "Review", "stage": "review"}])"));
        QString error;
        const std::optional<Workshop> read = json::read(written, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, workshop);
        // A stream without items writes no workItems key, as before.
        QCOMPARE(written.count("\"workItems\""), 1);
    }

    void interchangeJsonRefusesBrokenItems_data() {
        QTest::addColumn<QString>("workItems");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown state")
            << uR"({"states": ["A", "B"], "items": [{"id": "x", "entered": {"C": "2026-01-01"}}]})"_s
            << u"maps[0].streams[0].workItems.items[0].entered.C: “C” is not one of the states"_s;
        QTest::newRow("bad date")
            << uR"({"states": ["A", "B"], "items": [{"id": "x", "entered": {"A": "soon"}}]})"_s
            << u"maps[0].streams[0].workItems.items[0].entered.A: “soon” is not an ISO 8601 "
               u"date or date-time"_s;
        QTest::newRow("earlier")
            << uR"({"states": ["A", "B"], "items": [{"id": "x", "entered": {"A": "2026-01-02", "B": "2026-01-01"}}]})"_s
            << u"maps[0].streams[0].workItems.items[0].entered.B: 2026-01-01 is earlier than "
               u"the date of an earlier state"_s;
        QTest::newRow("duplicate id")
            << uR"({"states": ["A"], "items": [{"id": "x"}, {"id": "x"}]})"_s
            << u"maps[0].streams[0].workItems.items[1].id: duplicate work item id “x”"_s;
        QTest::newRow("dangling stage")
            << uR"({"states": ["A"], "stages": [{"state": "A", "stage": "nope"}]})"_s
            << u"maps[0].streams[0].workItems.stages[0].stage: no stage with id “nope”"_s;
        QTest::newRow("kind") << uR"({"states": ["A"], "items": [{"id": "x", "kind": "bugs"}]})"_s
                              << u"maps[0].streams[0].workItems.items[0].kind: “bugs” is not "
                                 u"one of features, defects, risks, debt"_s;
        QTest::newRow("start") << uR"({"states": ["A"], "start": "B"})"_s
                               << u"maps[0].streams[0].workItems.states: the start state “B” "
                                  u"is not one of the states"_s;
    }
    void interchangeJsonRefusesBrokenItems() {
        QFETCH(QString, workItems);
        QFETCH(QString, error);
        const QString text = uR"({"format": "streamboard", "version": 1, "maps": [{"name": "M",
            "streams": [{"id": "vs1", "name": "S", "workItems": )"_s +
                             workItems + u"}]}]}"_s;
        QString reason;
        QVERIFY(!json::read(text.toUtf8(), &reason));
        QCOMPARE(reason, error);
    }

    // The file keeps the items in their own table; a stream written again with the same items
    // leaves their rows alone, and removing the stream takes them away.
    void workshopFileKeepsItems() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"items.vsmap"_s);
        Workshop workshop = smallWorkshop();
        workshop.maps[0].streams[0].workItems = flowItems();
        {
            SqliteStore::Opened created = SqliteStore::create(path, workshop);
            QVERIFY2(created, qPrintable(created.errorString));
        }
        QCOMPARE(
            rows(path, u"SELECT stream, states, active, start, type_column, types, stages "
                       u"FROM work_item_setups"_s),
            QStringList{uR"(vs1|["Backlog","Ready","Dev","Review","Done"]|["Dev"]|Ready|NULL|)"
                        uR"([["Story","features"],["Bug","defects"],["Vulnerability","risks"],)"
                        uR"(["Chore","debt"]]|[["Dev","dev"],["Review","review"]])"_s});
        QCOMPARE(rows(path, u"SELECT ord, id, name, link, type, kind, entered FROM work_items "
                            u"WHERE id IN ('A1', 'A4') ORDER BY ord"_s),
                 QStringList({uR"(0|A1|Checkout, faster|https://tracker.example/A1|Story|)"
                              uR"(features|["2026-02-20","2026-03-01","2026-03-02","2026-03-04",)"
                              uR"("2026-03-05"])"_s,
                              uR"(3|A4|Upgrade TLS library|NULL|Chore|debt|["2026-03-01",null,)"
                              uR"("2026-03-07T22:00:00","2026-03-08T02:00:00",)"
                              uR"("2026-03-09T10:00:00"])"_s}));
        const QStringList rowids = rows(path, u"SELECT rowid FROM work_items ORDER BY ord"_s);
        QCOMPARE(rowids.size(), 9);

        SqliteStore::Opened opened = SqliteStore::open(path);
        QVERIFY2(opened, qPrintable(opened.errorString));
        QCOMPARE(opened.workshop, workshop);
        Document doc(opened.workshop, std::move(opened.store));
        const MapUid map = doc.workshop().maps[0].uid;
        Stream renamed = doc.workshop().maps[0].streams[0];
        renamed.name = u"Checkout and pay"_s;
        doc.push(commands::changeElement(&doc, map, renamed, u"name"_s).release());
        QVERIFY(!doc.hasUnsavedChanges());
        QCOMPARE(rows(path, u"SELECT rowid FROM work_items ORDER BY ord"_s), rowids);

        doc.push(commands::removeElements(&doc, map, {{ElementKind::Stream, u"vs1"_s}}).release());
        QCOMPARE(rows(path, u"SELECT count(*) FROM work_items"_s), QStringList{u"0"_s});
        QCOMPARE(rows(path, u"SELECT count(*) FROM work_item_setups"_s), QStringList{u"0"_s});
        doc.undoStack()->undo();
        QCOMPARE(rows(path, u"SELECT count(*) FROM work_items"_s), QStringList{u"9"_s});
        SqliteStore::Opened again = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
        QVERIFY2(again, qPrintable(again.errorString));
        QCOMPARE(again.workshop.maps[0].streams[0].workItems,
                 workshop.maps[0].streams[0].workItems);
    }

    // A file whose item rows were changed by another program is refused with the item named,
    // and left as it was.
    void damagedItemRowsAreRefused_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a date")
            << u"UPDATE work_items SET entered = '[\"soon\",null,null,null,null]' WHERE id = 'A1'"_s
            << u"the work items of stream “vs1” do not read: “soon” of “A1” is not a date"_s;
        QTest::newRow("not JSON") << u"UPDATE work_items SET entered = '[' WHERE id = 'A2'"_s
                                  << u"the work items of stream “vs1” do not read: the dates of "
                                     u"“A2” are not JSON"_s;
        QTest::newRow("too few dates")
            << u"UPDATE work_items SET entered = '[null]' WHERE id = 'A3'"_s
            << u"workItems.items[2].entered: has 1 dates for 5 states"_s;
        QTest::newRow("out of order")
            << u"UPDATE work_items SET entered = "
               u"'[\"2026-03-02\",\"2026-03-01\",null,null,null]' WHERE id = 'A3'"_s
            << u"workItems.items[2].entered.Ready: 2026-03-01 is earlier than the date of an "
               u"earlier state"_s;
    }
    void damagedItemRowsAreRefused() {
        QFETCH(QString, sql);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.vsmap"_s);
        Workshop workshop = smallWorkshop();
        workshop.maps[0].streams[0].workItems = flowItems();
        QVERIFY(SqliteStore::create(path, workshop));
        const QString name = u"tst_work_items-damage"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(sql));
        }
        QSqlDatabase::removeDatabase(name);
        const SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
        QVERIFY(!opened);
        QVERIFY2(opened.errorString.contains(error), qPrintable(opened.errorString));
    }

    void importIsOneUndoEntry() {
        Document doc(smallWorkshop());
        const MapUid map = doc.workshop().maps[0].uid;
        WorkItemImport import =
            importWorkItems(&doc, map, u"vs1"_s, dataFile(u"flow.csv"_s), flowSetup(), false);
        QVERIFY(!import.failed());
        QCOMPARE(import.read, 9);
        QCOMPARE(import.unmappedTypes, (QList<QPair<QString, int>>{{u"Epic"_s, 1}}));
        QVERIFY(import.command);
        QCOMPARE(import.command->text(), u"Import work items into “Checkout”"_s);
        doc.push(import.command.release());
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.workshop().maps[0].streams[0].workItems, flowItems());
        doc.undoStack()->undo();
        QCOMPARE(doc.workshop().maps[0].streams[0].workItems, WorkItems());
        doc.undoStack()->redo();
        QCOMPARE(doc.workshop().maps[0].streams[0].workItems.items.size(), 9);

        // The same file again changes nothing.
        QVERIFY(!importWorkItems(&doc, map, u"vs1"_s, dataFile(u"flow.csv"_s), flowSetup(), false)
                     .command);
    }

    // Without replace, the file's items take the place of those with the same ID and the others
    // are added; with replace only the file's are kept.
    void importMergesOrReplaces() {
        Document doc(smallWorkshop());
        const MapUid map = doc.workshop().maps[0].uid;
        doc.push(importWorkItems(&doc, map, u"vs1"_s, dataFile(u"flow.csv"_s), flowSetup(), false)
                     .command.release());
        const QByteArray update = "ID,Backlog,Ready,Dev,Review,Done\n"
                                  "A5,,2026-03-03,2026-03-04,,2026-03-12\n"
                                  "B1,2026-03-12,,,,\n";
        doc.push(
            importWorkItems(&doc, map, u"vs1"_s, update, flowSetup(), false).command.release());
        const QList<WorkItem>& merged = doc.workshop().maps[0].streams[0].workItems.items;
        QCOMPARE(ids(merged), QStringList({u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"A5"_s, u"A6"_s,
                                           u"A7"_s, u"A8"_s, u"A9"_s, u"B1"_s}));
        QCOMPARE(enteredTexts(merged[4]).last(), u"2026-03-12"_s);
        QCOMPARE(merged[4].name, QString()); // the file's row, whole

        doc.push(importWorkItems(&doc, map, u"vs1"_s, update, flowSetup(), true).command.release());
        QCOMPARE(ids(doc.workshop().maps[0].streams[0].workItems.items),
                 QStringList({u"A5"_s, u"B1"_s}));
    }

    void importRefusesWhatDoesNotFit() {
        Document doc(smallWorkshop());
        const MapUid map = doc.workshop().maps[0].uid;
        WorkItemSetup otherStage = flowSetup();
        otherStage.stages = {{u"Dev"_s, u"refund"_s}};
        WorkItemImport import =
            importWorkItems(&doc, map, u"vs1"_s, dataFile(u"flow.csv"_s), otherStage, false);
        QCOMPARE(import.error.message, u"“refund” is not a stage of stream “Checkout”"_s);
        QVERIFY(!import.command);
        QCOMPARE(importWorkItems(&doc, map, u"vs9"_s, {}, flowSetup(), false).error.message,
                 u"no stream with id “vs9”"_s);

        doc.push(importWorkItems(&doc, map, u"vs1"_s, dataFile(u"flow.csv"_s), flowSetup(), false)
                     .command.release());
        WorkItemSetup fewer = flowSetup();
        fewer.states.removeFirst();
        fewer.start.clear();
        import = importWorkItems(&doc, map, u"vs1"_s, "ID,Ready,Dev,Review,Done\n", fewer, false);
        QCOMPARE(import.error.message,
                 u"stream “Checkout” has work items with the states "
                 u"Backlog,Ready,Dev,Review,Done; import with the same states, or replace them"_s);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    // Removing a mapped stage drops its mapping in the same undo entry; undo brings it back.
    void removingAStageDropsItsMapping() {
        Document doc(smallWorkshop());
        const MapUid map = doc.workshop().maps[0].uid;
        doc.push(importWorkItems(&doc, map, u"vs1"_s, dataFile(u"flow.csv"_s), flowSetup(), false)
                     .command.release());
        doc.push(
            commands::removeElements(&doc, map, {{ElementKind::Stage, u"review"_s}}).release());
        QCOMPARE(doc.workshop().maps[0].streams[0].workItems.setup.stages,
                 (QList<QPair<QString, QString>>{{u"Dev"_s, u"dev"_s}}));
        doc.undoStack()->undo();
        QCOMPARE(doc.workshop().maps[0].streams[0].workItems.setup.stages, flowSetup().stages);
    }

    void usingTheMeasuredTimeIsOneUndoEntry() {
        Document doc(smallWorkshop());
        const MapUid map = doc.workshop().maps[0].uid;
        commands::CommandPtr command = useMeasuredLeadTime(&doc, map, u"dev"_s, 2.5 * 86400);
        QVERIFY(command);
        QCOMPARE(command->text(), u"Use measured lead time for “Build”"_s);
        doc.push(command.release());
        QCOMPARE(doc.workshop().maps[0].stages[0].leadTime, 2.5 * 86400);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(!useMeasuredLeadTime(&doc, map, u"dev"_s, 2.5 * 86400));
        doc.undoStack()->undo();
        QCOMPARE(doc.workshop().maps[0].stages[0].leadTime, 2 * 86400.);
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestWorkItems)

} // namespace tst_work_items
#include "tst_work_items.moc"
