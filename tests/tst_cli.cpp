#include "cli_runner.h"
#include "store/json_interchange.h"
#include "test_main.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace tst_cli {

using namespace sb;
using namespace sb::test;
using namespace Qt::Literals::StringLiterals;

// The command line as users script it: exit codes, the JSON shape of check, import and export.
class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString data(const QString& name) { return QStringLiteral(TEST_DATA_DIR "/cli/") + name; }
    QString temp(const QString& name) { return m_dir.filePath(name); }

    static QByteArray fileBytes(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void verifyOneLineError(const CliResult& r) {
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.trimmed().count('\n') == 0, r.err.constData());
        QVERIFY(r.err.startsWith("streamboard "));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        makePublic(m_dir.path(), true);
    }

    void versionAndHelp() {
        CliResult r = runCli({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("streamboard " STREAMBOARD_VERSION));
        r = runCli({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("import IN.json OUT.vsmap"));
        QVERIFY(r.out.contains("check IN"));
        QVERIFY(r.out.contains("apply WORKSHOP.vsmap PATCH.json [--map NAME]"));
        r = runCli({u"check"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--format"));
        QVERIFY(r.out.contains("--map"));
    }

    void badUsageExitsTwoWithOneLine_data() {
        QTest::addColumn<QStringList>("arguments");
        const QString clean = data(u"clean.json"_s);
        QTest::newRow("unknown option") << QStringList{u"check"_s, clean, u"--bogus"_s};
        QTest::newRow("missing input") << QStringList{u"check"_s};
        QTest::newRow("two inputs") << QStringList{u"check"_s, clean, clean};
        QTest::newRow("no such file") << QStringList{u"check"_s, temp(u"missing.json"_s)};
        QTest::newRow("unknown format") << QStringList{u"check"_s, clean, u"--format"_s, u"xml"_s};
        QTest::newRow("unknown map") << QStringList{u"check"_s, clean, u"--map"_s, u"Nope"_s};
        QTest::newRow("option without value") << QStringList{u"check"_s, clean, u"--map"_s};
        QTest::newRow("import needs two files") << QStringList{u"import"_s, clean};
        QTest::newRow("export format") << QStringList{u"export"_s, clean, temp(u"x.txt"_s)};
        QTest::newRow("bad json") << QStringList{u"check"_s,
                                                 QStringLiteral(TEST_DATA_DIR "/cli/not-json.txt")};
    }
    void badUsageExitsTwoWithOneLine() {
        QFETCH(QStringList, arguments);
        verifyOneLineError(runCli(arguments));
    }

    void unknownCommandExitsTwo() {
        const CliResult r = runCli({u"frobnicate"_s, data(u"clean.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown command"));
    }

    // Hand-worked from DESIGN.md: 8-hour days, a (PT 1h, LT 2h, 90%) → b (PT 30m, LT 1d = 8h,
    // 50%), owners Checkout → Operations.
    void checkJsonShapeAndMetrics() {
        const CliResult r = runCli({u"check"_s, data(u"clean.json"_s), u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray maps = doc.object()[u"maps"_s].toArray();
        QCOMPARE(maps.size(), 1);
        const QJsonObject map = maps[0].toObject();
        QCOMPARE(map[u"name"_s].toString(), u"Current state"_s);
        QCOMPARE(map[u"state"_s].toString(), u"current"_s);
        const QJsonObject s = map[u"streams"_s].toArray()[0].toObject();
        QCOMPARE(s[u"id"_s].toString(), u"vs1"_s);
        QCOMPARE(s[u"name"_s].toString(), u"Shopper purchase"_s);
        QCOMPARE(s[u"leadTimeSeconds"_s].toDouble(), 7200.0 + 28800.0);
        QCOMPARE(s[u"processTimeSeconds"_s].toDouble(), 3600.0 + 1800.0);
        QCOMPARE(s[u"flowEfficiency"_s].toDouble(), 5400.0 / 36000.0);
        QCOMPARE(s[u"rolledPctCA"_s].toDouble(), 0.45);
        QCOMPARE(s[u"handoffs"_s].toInt(), 1);
        QCOMPARE(s[u"criticalPath"_s].toArray(), QJsonArray({u"a"_s, u"b"_s}));
        for (const QJsonValue& f : map[u"findings"_s].toArray())
            QVERIFY(f.toObject()[u"severity"_s].toString() != u"error");
    }

    // Actions in file order, in the shape of the interchange JSON: owner and due null when none.
    void checkJsonListsActions() {
        CliResult r = runCli({u"check"_s, data(u"actions.json"_s), u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject map = QJsonDocument::fromJson(r.out)[u"maps"_s][0].toObject();
        for (const QString& key : {u"name"_s, u"state"_s, u"streams"_s, u"findings"_s})
            QVERIFY2(map.contains(key), qPrintable(key));
        const QJsonArray expected = {
            QJsonObject{{u"id"_s, u"act-release"_s},
                        {u"title"_s, u"Automate the release"_s},
                        {u"owner"_s, u"t1"_s},
                        {u"due"_s, u"2026-12-01"_s},
                        {u"status"_s, u"in-progress"_s},
                        {u"note"_s, u"Start with staging"_s},
                        {u"links"_s, QJsonArray{u"k1"_s, u"vs1"_s}},
                        {u"findings"_s, QJsonArray{u"handoff:f1,a,b"_s}}},
            QJsonObject{{u"id"_s, u"act-review"_s},
                        {u"title"_s, u"Review the map in a month"_s},
                        {u"owner"_s, QJsonValue::Null},
                        {u"due"_s, QJsonValue::Null},
                        {u"status"_s, u"planned"_s},
                        {u"note"_s, QString()},
                        {u"links"_s, QJsonArray()},
                        {u"findings"_s, QJsonArray()}},
        };
        QCOMPARE(map[u"actions"_s].toArray(), expected);

        r = runCli({u"check"_s, data(u"clean.json"_s), u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out)[u"maps"_s][0][u"actions"_s].toArray(),
                 QJsonArray());
    }

    // clean.json by hand: no slices, steps or cells; one customer stream with owner t1 and a card
    // without an outcome; no capabilities; teams of 5 and 4, so no staffing findings.
    void checkJsonAgenda() {
        const CliResult r = runCli({u"check"_s, data(u"clean.json"_s), u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray agenda =
            QJsonDocument::fromJson(r.out).object()[u"maps"_s][0][u"agenda"_s].toArray();
        const QList<std::tuple<QString, bool, QString>> expected = {
            {u"slices"_s, false, u"No slices yet (2–5 recommended)"_s},
            {u"outcomes"_s, false, u"No slices yet"_s},
            {u"timeline"_s, false, u"No steps yet (at least 3)"_s},
            {u"grid"_s, false, u"No cells yet: add slices and steps"_s},
            {u"divergences"_s, false, u"No cell marked divergent yet"_s},
            {u"streams"_s, false, u"0 of 1 customer stream has owner and card (2–4 recommended)"_s},
            {u"shared"_s, true, u"No stream depends on a capability"_s},
            {u"staffing"_s, true, u"1 of 1 stream has an owner; no staffing findings"_s},
        };
        QCOMPARE(agenda.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject step = agenda[i].toObject();
            QCOMPARE(step.keys(), (QStringList{u"done"_s, u"id"_s, u"progress"_s}));
            QCOMPARE(step[u"id"_s].toString(), std::get<0>(expected[i]));
            QCOMPARE(step[u"done"_s].toBool(), std::get<1>(expected[i]));
            QCOMPARE(step[u"progress"_s].toString(), std::get<2>(expected[i]));
        }
        // Ids and done flags do not depend on the language.
        const CliResult german = runCli(
            {u"check"_s, data(u"clean.json"_s), u"--format"_s, u"json"_s}, false,
            {{u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LC_ALL"_s, QString()}, {u"LANGUAGE"_s, QString()}});
        const QJsonArray translated =
            QJsonDocument::fromJson(german.out).object()[u"maps"_s][0][u"agenda"_s].toArray();
        QCOMPARE(translated.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(translated[i][u"id"_s].toString(), std::get<0>(expected[i]));
            QCOMPARE(translated[i][u"done"_s].toBool(), std::get<1>(expected[i]));
        }
    }

    void checkTextNamesTheMetrics() {
        const CliResult r = runCli({u"check"_s, data(u"clean.json"_s)});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(u"lead time 1d 2h, process time 1h 30m, flow efficiency 15.0%"_s),
                 r.out.constData());
        QVERIFY(text.contains(u"rolled %C&A 45.0%, handoffs 1"_s));
        QVERIFY(text.contains(u"critical path: Build → Release"_s));
    }

    void errorFindingExitsOne() {
        CliResult r = runCli({u"check"_s, data(u"timing.json"_s), u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray findings =
            QJsonDocument::fromJson(r.out).object()[u"maps"_s][0][u"findings"_s].toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0][u"rule"_s].toString(), u"timing"_s);
        QCOMPARE(findings[0][u"severity"_s].toString(), u"error"_s);
        QCOMPARE(findings[0][u"subjects"_s].toArray(), QJsonArray({u"a"_s}));
        r = runCli({u"check"_s, data(u"timing.json"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("timing"));
    }

    // Messages follow the locale: German under de_DE, English under C even when LANGUAGE asks
    // for German (as with gettext). Rule ids, severities and JSON keys stay as they are.
    void messagesFollowTheLocale() {
        const QList<std::pair<QString, QString>> german = {
            {u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LC_ALL"_s, QString()}, {u"LANGUAGE"_s, QString()}};
        CliResult r = runCli({u"check"_s, data(u"timing.json"_s)}, false, german);
        QCOMPARE(r.exitCode, 1);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(u"Bearbeitungszeit"_s), r.out.constData());
        QVERIFY2(text.contains(u"Durchlaufzeit 2 Std."_s), r.out.constData());
        QVERIFY2(text.contains(u"error   timing"_s), r.out.constData()); // ids untranslated
        QVERIFY2(text.contains(u"„Review“ wartet weniger, als es arbeitet"_s), r.out.constData());

        r = runCli({u"check"_s, data(u"timing.json"_s), u"--format"_s, u"json"_s}, false, german);
        const QJsonObject finding =
            QJsonDocument::fromJson(r.out)[u"maps"_s][0][u"findings"_s][0].toObject();
        QCOMPARE(finding[u"rule"_s].toString(), u"timing"_s);
        QCOMPARE(finding[u"severity"_s].toString(), u"error"_s);
        QVERIFY(finding[u"message"_s].toString().startsWith(u"„Review“"_s));

        r = runCli({u"frobnicate"_s, data(u"clean.json"_s)}, false, german);
        QVERIFY2(QString::fromUtf8(r.err).contains(u"unbekannter Befehl"_s), r.err.constData());

        r = runCli({u"check"_s, data(u"timing.json"_s)}, false,
                   {{u"LANG"_s, u"C"_s}, {u"LC_ALL"_s, QString()}, {u"LANGUAGE"_s, u"de"_s}});
        QVERIFY2(r.out.contains("“Review” waits less than it works"), r.out.constData());
        QVERIFY2(r.out.contains("lead time 2h"), r.out.constData());
    }

    void mapsInFileOrderAndMapOption() {
        CliResult r = runCli({u"check"_s, data(u"two-maps.json"_s), u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonArray maps = QJsonDocument::fromJson(r.out).object()[u"maps"_s].toArray();
        QCOMPARE(maps.size(), 2);
        QCOMPARE(maps[0][u"name"_s].toString(), u"Current state"_s);
        QCOMPARE(maps[1][u"state"_s].toString(), u"future"_s);
        QCOMPARE(maps[1][u"streams"_s][0][u"leadTimeSeconds"_s].toDouble(), 3600.0);
        r = runCli({u"check"_s, data(u"two-maps.json"_s), u"--map"_s, u"Future state"_s,
                    u"--format"_s, u"json"_s});
        maps = QJsonDocument::fromJson(r.out).object()[u"maps"_s].toArray();
        QCOMPARE(maps.size(), 1);
        QCOMPARE(maps[0][u"name"_s].toString(), u"Future state"_s);
    }

    void importThenCheckGivesTheSameReport() {
        const QString vsmap = temp(u"clean.vsmap"_s);
        QCOMPARE(runCli({u"import"_s, data(u"clean.json"_s), vsmap}).exitCode, 0);
        QVERIFY(QFile::exists(vsmap));
        const CliResult fromJson =
            runCli({u"check"_s, data(u"clean.json"_s), u"--format"_s, u"json"_s});
        const CliResult fromFile = runCli({u"check"_s, vsmap, u"--format"_s, u"json"_s});
        QCOMPARE(fromFile.exitCode, 0);
        QCOMPARE(fromFile.out, fromJson.out);
        QVERIFY(!QFile::exists(vsmap + u"-wal"_s));
        QVERIFY(!QFile::exists(vsmap + u"-shm"_s));
    }

    void importRefusesToOverwriteWithoutForce() {
        const QString vsmap = temp(u"existing.vsmap"_s);
        QCOMPARE(runCli({u"import"_s, data(u"clean.json"_s), vsmap}).exitCode, 0);
        const QByteArray before = fileBytes(vsmap);
        const CliResult r = runCli({u"import"_s, data(u"timing.json"_s), vsmap});
        verifyOneLineError(r);
        QVERIFY(r.err.contains("--force"));
        QCOMPARE(fileBytes(vsmap), before);
        QCOMPARE(runCli({u"import"_s, data(u"timing.json"_s), vsmap, u"--force"_s}).exitCode, 0);
        QCOMPARE(runCli({u"check"_s, vsmap}).exitCode, 1); // now the timing map
    }

    void importOfBadJsonWritesNothing() {
        const QString vsmap = temp(u"bad.vsmap"_s);
        const CliResult r =
            runCli({u"import"_s, QStringLiteral(TEST_DATA_DIR "/cli/not-json.txt"), vsmap});
        verifyOneLineError(r);
        QVERIFY(!QFile::exists(vsmap));
        QCOMPARE(QDir(m_dir.path()).entryList({u"bad*"_s}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void exportJsonRoundTripsTheWorkshop() {
        const QString vsmap = temp(u"round.vsmap"_s);
        const QString json = temp(u"round.json"_s);
        QCOMPARE(runCli({u"import"_s, data(u"two-maps.json"_s), vsmap}).exitCode, 0);
        QCOMPARE(runCli({u"export"_s, vsmap, json}).exitCode, 0);
        QString error;
        const auto original = json::read(fileBytes(data(u"two-maps.json"_s)), &error);
        const auto exported = json::read(fileBytes(json), &error);
        QVERIFY2(original && exported, qPrintable(error));
        QCOMPARE(*exported, *original);

        // One map alone: its baseline is not exported with it, so it is dropped.
        QCOMPARE(runCli({u"export"_s, vsmap, json, u"--map"_s, u"Future state"_s}).exitCode, 0);
        const auto single = json::read(fileBytes(json), &error);
        QVERIFY2(single, qPrintable(error));
        QCOMPARE(single->maps.size(), 1);
        QVERIFY(single->maps[0].info.state == MapState::Future);
        QVERIFY(single->maps[0].info.baseline.isEmpty());
    }

    void readOnlyInputWorksForAnUnprivilegedUser() {
        QTemporaryDir dir(QDir::tempPath() + u"/streamboard-ro-XXXXXX"_s);
        const QString vsmap = dir.filePath(u"shared.vsmap"_s);
        QCOMPARE(runCli({u"import"_s, data(u"clean.json"_s), vsmap}).exitCode, 0);
        QFile::setPermissions(vsmap, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                         QFileDevice::ReadOther);
        makePublic(dir.path(), false);
        const QByteArray before = fileBytes(vsmap);
        const CliResult r = runCli({u"check"_s, vsmap, u"--format"_s, u"json"_s}, true);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\"leadTimeSeconds\": 36000"), r.err.constData());
        QCOMPARE(fileBytes(vsmap), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"shared.vsmap"_s});
    }

    void unwritableOutputExitsTwoAndLeavesNothing() {
        QTemporaryDir dir(QDir::tempPath() + u"/streamboard-out-XXXXXX"_s);
        makePublic(dir.path(), false);
        const QString out = dir.filePath(u"out.json"_s);
        CliResult r = runCli({u"export"_s, data(u"clean.json"_s), out}, true);
        verifyOneLineError(r);
        QVERIFY(!QFile::exists(out));
        r = runCli({u"import"_s, data(u"clean.json"_s), dir.filePath(u"out.vsmap"_s)}, true);
        verifyOneLineError(r);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestCli)
} // namespace tst_cli
#include "tst_cli.moc"
