#include "cli_runner.h"
#include "model/duration.h"
#include "model/message_text.h"
#include "store/json_interchange.h"
#include "store/json_scan.h"
#include "store/sqlite_store.h"
#include "store/workshop_checks.h"
#include "synthetic_workshop.h"
#include "test_main.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace tst_hostile_input {

using namespace sb;
using namespace sb::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Two maps that keep every rule: "Current" and its future "Future".
const QByteArray twoMaps = R"({"format": "streamboard", "version": 1, "maps": [
 {"name": "Current", "state": "current",
  "teams": [{"id": "t1", "name": "Checkout", "size": 5}],
  "steps": [{"id": "c1", "name": "Buy"}],
  "streams": [{"id": "vs1", "name": "Purchase", "owner": "t1"},
              {"id": "vs2", "name": "Payments", "kind": "supporting"}],
  "stages": [{"id": "s1", "stream": "vs1", "name": "Order", "processTime": "1h", "leadTime": "2h"},
             {"id": "s2", "stream": "vs1", "name": "Pack"},
             {"id": "s3", "stream": "vs1", "name": "Ship", "leadTime": "1d"}],
  "flows": [{"id": "f1", "from": "s1", "to": "s2"}],
  "capabilities": [{"id": "cap1", "name": "Card payments", "providedBy": "vs2"}],
  "dependencies": [{"id": "d1", "from": "s1", "to": "cap1"}]},
 {"name": "Future", "state": "future", "baseline": "Current",
  "streams": [{"id": "vs1", "name": "Purchase"}],
  "stages": [{"id": "s1", "stream": "vs1", "name": "Order"}]}]})";

// The same file with one replacement, which must occur in it.
QByteArray twoMapsWith(const QByteArray& before, const QByteArray& after) {
    QByteArray data = twoMaps;
    const qsizetype at = data.indexOf(before);
    if (at < 0)
        qFatal("not in the base file: %s", before.constData());
    return data.replace(at, before.size(), after);
}

QString readError(const QByteArray& data) {
    QString error;
    if (json::read(data, &error))
        return u"(read)"_s;
    return error;
}

// A workshop file the store wrote from twoMaps, then changed by SQL as `sqlite3` would.
QString craftedFile(const QTemporaryDir& dir, const QString& sql) {
    const QString path = dir.filePath(u"crafted.vsmap"_s);
    QString error;
    const std::optional<Workshop> workshop = json::read(twoMaps, &error);
    if (!workshop)
        qFatal("base file refused: %s", qPrintable(error));
    if (!SqliteStore::create(path, *workshop))
        qFatal("could not create %s", qPrintable(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crafting"_s);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("could not open %s", qPrintable(path));
        QSqlQuery query(db);
        for (const QString& statement : sql.split(u';', Qt::SkipEmptyParts))
            if (!query.exec(statement))
                qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"crafting"_s);
    return path;
}

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

private slots:
    // Files crafted with SQL that break the interchange's rules are refused by open and by
    // `streamboard check`, with one line that names the element.
    void craftedWorkshopsAreRefused_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("error");
        auto row = [](const char* name, const QString& sql, const QString& error) {
            QTest::newRow(name) << sql << error;
        };
        row("id of two kinds", u"UPDATE stages SET id = 't1' WHERE map = 1 AND id = 's3'"_s,
            u"stage “t1” of map “Current”, id: duplicate id “t1”, already used by team “t1” of "
            "map “Current”"_s);
        row("empty id", u"UPDATE steps SET id = '' WHERE id = 'c1'"_s,
            u"step 1 of map “Current”, id: an id cannot be empty"_s);
        row("blank name", u"UPDATE stages SET name = '  ' WHERE map = 1 AND id = 's2'"_s,
            u"stage “s2” of map “Current”, name: a name cannot be empty"_s);
        row("empty map name", u"UPDATE maps SET name = '' WHERE name = 'Future'"_s,
            u"map 2, name: a name cannot be empty"_s);
        row("negative lead time",
            u"UPDATE stages SET lead_time = -7200 WHERE map = 1 AND id = 's3'"_s,
            u"stage “s3” of map “Current”, leadTime: -7200: a duration cannot be negative"_s);
        row("negative team size", u"UPDATE teams SET size = -3"_s,
            u"team “t1” of map “Current”, size: -3 is not a whole number from 1 to 2147483647"_s);
        row("working day of 0 hours",
            u"UPDATE maps SET working_day_hours = 0 WHERE name = 'Current'"_s,
            u"map “Current”, settings.workingDayHours: 0 is not a number of hours above 0 and at "
            "most 24"_s);
        row("coordinationMaxTeams -1",
            u"UPDATE maps SET coordination_max_teams = -1 WHERE name = 'Current'"_s,
            u"map “Current”, settings.coordinationMaxTeams: -1 is not a whole number from 1 to "
            "2147483647"_s);
        row("percentage above 100",
            u"UPDATE stages SET pct_ca = 100.0000001 WHERE map = 1 AND id = 's1'"_s,
            u"stage “s1” of map “Current”, pctCA: 100.0000001 is not a percentage from 0 to 100"_s);
        // 100 × 365 × 24 × 3600 = 3153600000 seconds.
        row("process time over 100 years",
            u"UPDATE stages SET process_time = 3153600001 WHERE map = 1 AND id = 's2'"_s,
            u"stage “s2” of map “Current”, processTime: 3153600001 seconds: a duration cannot be "
            "longer than 100 years (3153600000 seconds)"_s);
        row("baseline names its own map",
            u"UPDATE maps SET baseline = 'Future' WHERE name = 'Future'"_s,
            u"map “Future”, baseline: a map cannot be its own baseline"_s);
        row("baseline names no map", u"UPDATE maps SET baseline = 'Old' WHERE name = 'Future'"_s,
            u"map “Future”, baseline: no map named “Old” in this workshop"_s);
        row("loop of baselines", u"UPDATE maps SET baseline = 'Future' WHERE name = 'Current'"_s,
            u"map “Current”, baseline: the baselines go round in a loop: “Current” → “Future” → "
            "“Current”"_s);
        row("stage pointing at another map's stream",
            u"UPDATE stages SET stream = 'vs2' WHERE map = 2"_s,
            // The file's own keys catch it before the rules of the content do.
            u"row 4 of table “stages” refers to a row of table “streams” that does not exist"_s);
        row("flow pointing at another map's stage",
            u"INSERT INTO flows (map, id, ord, from_id, to_id, kind) "
            "VALUES (2, 'fx', 0, 's1', 's2', 'push')"_s,
            u"row 2 of table “flows” refers to a row of table “stages” that does not exist"_s);
        row("newline in a reference",
            u"UPDATE dependencies SET to_id = 'cap1' || char(10) WHERE id = 'd1'"_s,
            u"dependency “d1” of map “Current”, to: no stream, stage or capability with id "
            "“cap1\\n”"_s);
        row("NUL in a name", u"UPDATE teams SET name = 'Check' || char(0) || 'out'"_s,
            u"team “t1” of map “Current”, name: “Check\\u{0}out” holds a NUL character"_s);
        row("capability provided by a customer stream",
            u"UPDATE capabilities SET provided_by = 'vs1'"_s,
            u"capability “cap1” of map “Current”, providedBy: “vs1” is a customer stream; only a "
            "supporting stream provides a capability"_s);
    }
    void craftedWorkshopsAreRefused() {
        QFETCH(QString, sql);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = craftedFile(dir, sql);
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        const SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
        QVERIFY(!opened);
        QVERIFY2(opened.errorString.contains(error), qPrintable(opened.errorString));

        const CliResult check = runCli({u"check"_s, path});
        QCOMPARE(check.exitCode, 2);
        QVERIFY2(check.err.endsWith('\n') && check.err.count('\n') == 1, check.err.constData());
        QVERIFY2(QString::fromUtf8(check.err).contains(error), check.err.constData());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // The file the crafted ones start from opens.
    void craftedBaseOpens() {
        QTemporaryDir dir;
        const SqliteStore::Opened opened =
            SqliteStore::open(craftedFile(dir, {}), SqliteStore::Mode::ReadOnly);
        QVERIFY2(opened, qPrintable(opened.errorString));
        QCOMPARE(opened.workshop.maps.size(), 2);
    }

    // The interchange reader holds to the same rules, with JSON paths.
    void interchangeFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("loop of baselines")
            << twoMapsWith(R"("name": "Current", "state": "current",)",
                           R"("name": "Current", "state": "current", "baseline": "Future",)")
            << u"maps[0].baseline: the baselines go round in a loop: “Current” → “Future” → "
               "“Current”"_s;
        QTest::newRow("coordinationMaxTeams -1")
            << twoMapsWith(R"("name": "Current", "state": "current",)",
                           R"("name": "Current", "state": "current",
                              "settings": {"coordinationMaxTeams": -1},)")
            << u"maps[0].settings.coordinationMaxTeams: -1 is not a whole number from 1 to "
               "2147483647"_s;
        QTest::newRow("working day of 0 hours")
            << twoMapsWith(R"("name": "Current", "state": "current",)",
                           R"("name": "Current", "state": "current",
                              "settings": {"workingDayHours": 0},)")
            << u"maps[0].settings.workingDayHours: 0 is not a number of hours above 0 and at most "
               "24"_s;
        QTest::newRow("percentage written with many digits")
            << twoMapsWith(R"("name": "Pack"})", R"("name": "Pack", "pctCA": 100.0000001})")
            << u"maps[0].stages[1].pctCA: 100.0000001 is not a percentage from 0 to 100"_s;
        QTest::newRow("9999999999999 weeks")
            << twoMapsWith(R"("leadTime": "1d")", R"("leadTime": "9999999999999w")")
            << u"maps[0].stages[2].leadTime: “9999999999999w” is longer than 100 years"_s;
        QTest::newRow("100 years and a second, in seconds")
            << twoMapsWith(R"("leadTime": "1d")", R"("leadTime": 3153600001)")
            << u"maps[0].stages[2].leadTime: 3153600001 seconds: a duration cannot be longer than "
               "100 years (3153600000 seconds)"_s;
        QTest::newRow("newline in a reference")
            << twoMapsWith(R"("to": "cap1")", R"("to": "cap1\n")")
            << u"maps[0].dependencies[0].to: no stream, stage or capability with id “cap1\\n”"_s;
        QTest::newRow("tab, DEL and C1 in a reference")
            << twoMapsWith(R"("to": "cap1")", "\"to\": \"a\\tb\x7f\xc2\x85\"")
            << u"maps[0].dependencies[0].to: no stream, stage or capability with id "
               "“a\\tb\\u{7f}\\u{85}”"_s;
        QTest::newRow("NUL character in an id")
            << twoMapsWith(R"({"id": "t1")", R"({"id": "t\u00001")")
            << u"maps[0].teams[0].id: a NUL character (\\u0000) at byte 112; text may not hold "
               "one"_s;
        QTest::newRow("NUL byte in the file")
            << twoMapsWith(R"("Checkout")", QByteArray("\"Check\0out\"", 11))
            << u"(document): a NUL byte at byte 130; a text file holds none"_s;
        QTest::newRow("key given twice")
            << twoMapsWith(R"("name": "Pack"})", R"("name": "Pack", "name": "Packing"})")
            << u"maps[0].stages[1].name: the key “name” is given twice in one object"_s;
        QTest::newRow("key given twice, once escaped")
            << twoMapsWith(R"("format": "streamboard",)",
                           R"("format": "streamboard", "f\u006frmat": "streamboard",)")
            << u"format: the key “format” is given twice in one object"_s;
    }
    void interchangeFilesAreRefused() {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        QCOMPARE(readError(data), error);
    }

    // What a message quotes from a script's CLI input stays on the first line of stderr.
    void cliErrorIsOneLine() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"newline.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(twoMapsWith(R"("to": "cap1")", R"("to": "c1\n\r\u2028")"));
        file.close();
        const CliResult check = runCli({u"check"_s, path});
        QCOMPARE(check.exitCode, 2);
        QCOMPARE(QString::fromUtf8(check.err),
                 u"streamboard check: "_s + path +
                     u": maps[0].dependencies[0].to: no stream, stage or capability with id "
                     "“c1\\n\\r\\u{2028}”\n"_s);
    }

    void escapeControlsNamesEveryControlCharacter() {
        QCOMPARE(escapeControls(u"a\nb\tc\rd"_s), u"a\\nb\\tc\\rd"_s);
        QCOMPARE(escapeControls(QString(QChar(0)) + QChar(0x1b) + QChar(0x7f) + QChar(0x9f)),
                 u"\\u{0}\\u{1b}\\u{7f}\\u{9f}"_s);
        QCOMPARE(escapeControls(u"Grüße “ok” – fine"_s), u"Grüße “ok” – fine"_s);
    }

    void numbersShowAsWritten() {
        QCOMPARE(numberText(100.0000001), u"100.0000001"_s);
        QCOMPARE(numberText(-7200), u"-7200"_s);
        QCOMPARE(numberText(3153600001.0), u"3153600001"_s);
        QCOMPARE(numberText(0.1), u"0.1"_s);
        QCOMPARE(numberText(1e300), u"1e+300"_s);
    }

    // 100 years of 365 days of 24 hours, whatever the working day.
    void longestDuration() {
        QCOMPARE(duration::longestSeconds, 3153600000.0);
        QCOMPARE(duration::parse(u"5200w"_s, 24), 5200 * 7 * 86400.0); // 99.7 years
        QString error;
        // 100 years = 36500 days of 24 h = 5214 weeks and 2 days.
        QCOMPARE(duration::parse(u"5214w 2d"_s, 24, &error), 3153600000.0);
        QCOMPARE(duration::parse(u"5214w 2d 1s"_s, 24, &error), std::nullopt);
        QCOMPARE(error, u"“5214w 2d 1s” is longer than 100 years."_s);
        // With 8-hour days: 3153600000 / 28800 = 109500 days.
        QCOMPARE(duration::parse(u"109500d"_s, 8, &error), 3153600000.0);
        QCOMPARE(duration::parse(u"109501d"_s, 8, &error), std::nullopt);
    }

    // The limits: a document nested 64 deep reads; 65 is refused. Lists of a million items are
    // refused; a file larger than 256 MiB is refused before it is parsed.
    void limits() {
        auto nested = [](int depth) { // the document object plus depth - 1 arrays
            return "{\"format\": \"streamboard\", \"version\": 1, \"maps\": [], \"x\": " +
                   QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + '}';
        };
        QCOMPARE(readError(nested(64)), u"(read)"_s);
        QCOMPARE(readError(nested(65)), u"x"_s + QString(u"[0]"_s).repeated(63) +
                                            u": nested deeper than 64 objects and arrays"_s);

        QByteArray items = "{\"format\": \"streamboard\", \"version\": 1, \"maps\": [], \"x\": [0";
        for (int i = 1; i < 1000000; ++i)
            items.append(",0");
        QCOMPARE(readError(items + "]}"), u"(read)"_s); // 1,000,000 items
        QCOMPARE(readError(items + ",0]}"), u"x[1000000]: a list may have at most 1000000 items"_s);

        QByteArray big(json::detail::maxFileBytes + 1, ' ');
        QCOMPARE(readError(big),
                 u"(document): the file has more than 268435456 bytes (256 MiB), the most an "
                 "interchange file may have"_s);
    }

    // The 100,000-stage synthetic workshop stays within every limit.
    void syntheticWorkshopPassesTheLimits() {
        const QByteArray data =
            synthetic::interchangeJson(100000); // what streamboard-genmap writes
        QString error;
        const std::optional<Workshop> workshop = json::read(data, &error);
        QVERIFY2(workshop, qPrintable(error));
        QCOMPARE(workshop->maps.first().stages.size(), 100000);
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestHostileInput)
} // namespace tst_hostile_input
#include "tst_hostile_input.moc"
