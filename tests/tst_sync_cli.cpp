#include "cli_runner.h"
#include "store/json_interchange.h"
#include "store/sqlite_store.h"
#include "test_main.h"
#include "test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace tst_sync_cli {

using namespace sb;
using namespace sb::test;
using namespace Qt::Literals::StringLiterals;

const QString catalogDir = QStringLiteral(TEST_DATA_DIR "/catalog");

// The report of syncing tests/data/catalog/base into workshop.json, worked out in
// tst_catalog's syncAppliesEveryMappingRule: a line per element, then the totals.
const QByteArray firstSyncText =
    "added team group:shop/checkout “Checkout”\n"
    "added team group:default/platform-eng “platform-eng”\n"
    "added capability resource:default/orders-db “orders-db”\n"
    "added capability system:default/shop “Shop”\n"
    "added capability component:default/payment-service “payment-service”\n"
    "added capability component:default/legacy-ledger “Legacy ledger (deprecated)”\n"
    "added dependency d7: component:shop/checkout-api → resource:default/orders-db\n"
    "added dependency d8: component:shop/checkout-api → component:default/payment-service\n"
    "changed team group:default/payments “Payments Team”: name, size\n"
    "changed capability component:shop/checkout-api “Checkout API”: name, owner, sla\n"
    "removed dependency d5: api:default/payments-api → component:shop/checkout-api\n"
    "kept team group:default/former “Former”: no longer in the catalog (--remove-missing "
    "removes it)\n"
    "kept capability component:default/old-cart “Old cart”: no longer in the catalog "
    "(--remove-missing removes it)\n"
    "deprecated capability component:default/legacy-ledger “Legacy ledger (deprecated)”\n"
    "8 added, 2 changed, 1 removed, 3 ignored\n";

class TestSyncCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray fileBytes(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // A fresh workshop file made from tests/data/catalog/workshop.json.
    QString workshopFile(const QString& name) {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QString error;
        const std::optional<Workshop> w =
            json::read(fileBytes(catalogDir + u"/workshop.json"_s), &error);
        if (!w)
            qFatal("%s", qPrintable(error));
        if (!SqliteStore::create(path, *w))
            qFatal("cannot create %s", qPrintable(path));
        return path;
    }

    static Workshop readBack(const QString& path) {
        SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
        if (!opened)
            qFatal("%s", qPrintable(opened.errorString));
        return opened.workshop;
    }

    static CliResult sync(const QString& file, const QStringList& more = {}) {
        return runCli(QStringList{u"sync"_s, file, u"--backstage"_s, catalogDir + u"/base"_s} +
                      more);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reportsAndWritesOnce() {
        const QString file = workshopFile(u"twice.vsmap"_s);
        const CliResult first = sync(file);
        QCOMPARE(first.err, QByteArray());
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, firstSyncText);
        const Workshop synced = readBack(file);
        QCOMPARE(synced.maps[0].teams.size(), 5);
        QCOMPARE(synced.maps[0].capabilities.size(), 8);
        // The second run finds nothing to do and writes nothing.
        const QByteArray bytes = fileBytes(file);
        const CliResult second = sync(file);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out,
                 "kept team group:default/former “Former”: no longer in the catalog "
                 "(--remove-missing removes it)\n"
                 "kept capability component:default/old-cart “Old cart”: no longer in the "
                 "catalog (--remove-missing removes it)\n"
                 "deprecated capability component:default/legacy-ledger “Legacy ledger "
                 "(deprecated)”\n"
                 "0 added, 0 changed, 0 removed, 3 ignored\n");
        QCOMPARE(fileBytes(file), bytes);
        QCOMPARE(readBack(file), synced);
        // Entity references as ids survive the interchange: exported and imported again, the
        // map is still in line with the catalog.
        const QString json = m_dir.filePath(u"twice.json"_s);
        const QString again = m_dir.filePath(u"twice-again.vsmap"_s);
        QFile::remove(again);
        QCOMPARE(runCli({u"export"_s, file, json}).exitCode, 0);
        QCOMPARE(runCli({u"import"_s, json, again}).exitCode, 0);
        QCOMPARE(readBack(again), synced);
        QVERIFY(sync(again).out.endsWith("0 added, 0 changed, 0 removed, 3 ignored\n"));
    }

    void dryRunPrintsTheSameAndWritesNothing() {
        const QString file = workshopFile(u"dry.vsmap"_s);
        const QByteArray before = fileBytes(file);
        const CliResult r = sync(file, {u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, firstSyncText);
        QCOMPARE(fileBytes(file), before);
    }

    // More paths after --backstage's: the files of base/ given one by one read the same.
    void takesSeveralPaths() {
        const QString file = workshopFile(u"paths.vsmap"_s);
        const QString base = catalogDir + u"/base/"_s;
        const CliResult r =
            runCli({u"sync"_s, file, u"--dry-run"_s, u"--backstage"_s, base + u"infra.yml"_s,
                    base + u"services"_s, base + u"teams.yaml"_s});
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, firstSyncText);
    }

    void removeMissing() {
        const QString file = workshopFile(u"remove.vsmap"_s);
        const CliResult r = sync(file, {u"--remove-missing"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("removed team group:default/former “Former”\n"
                               "removed capability component:default/old-cart “Old cart”\n"
                               "removed dependency d3: vs1 → component:default/old-cart\n"
                               "removed dependency d4: component:default/old-cart → "
                               "component:shop/checkout-api\n"
                               "removed dependency d5: api:default/payments-api → "
                               "component:shop/checkout-api\n"
                               "deprecated capability"));
        QVERIFY(r.out.endsWith("8 added, 3 changed, 5 removed, 3 ignored\n"));
        QVERIFY(!r.out.contains("kept "));
        const Workshop after = readBack(file);
        const Map& m = after.maps[0];
        QVERIFY(!m.find<Team>(u"group:default/former"_s));
        QVERIFY(!m.find<Capability>(u"component:default/old-cart"_s));
    }

    // Keys never translated; entries with kind, id and name (a dependency: from and to).
    void jsonReport() {
        const QString file = workshopFile(u"json.vsmap"_s);
        const QByteArray before = fileBytes(file);
        const CliResult r = sync(file, {u"--format"_s, u"json"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument expected = QJsonDocument::fromJson(R"json({
  "added": [
    {"kind": "team", "id": "group:shop/checkout", "name": "Checkout"},
    {"kind": "team", "id": "group:default/platform-eng", "name": "platform-eng"},
    {"kind": "capability", "id": "resource:default/orders-db", "name": "orders-db"},
    {"kind": "capability", "id": "system:default/shop", "name": "Shop"},
    {"kind": "capability", "id": "component:default/payment-service", "name": "payment-service"},
    {"kind": "capability", "id": "component:default/legacy-ledger",
     "name": "Legacy ledger (deprecated)"
    },
    {"kind": "dependency", "id": "d7", "from": "component:shop/checkout-api",
     "to": "resource:default/orders-db"},
    {"kind": "dependency", "id": "d8", "from": "component:shop/checkout-api",
     "to": "component:default/payment-service"}],
  "changed": [
    {"kind": "team", "id": "group:default/payments", "name": "Payments Team",
     "fields": ["name", "size"]},
    {"kind": "capability", "id": "component:shop/checkout-api", "name": "Checkout API",
     "fields": ["name", "owner", "sla"]}],
  "removed": [
    {"kind": "dependency", "id": "d5", "from": "api:default/payments-api",
     "to": "component:shop/checkout-api"}],
  "missing": [
    {"kind": "team", "id": "group:default/former", "name": "Former"},
    {"kind": "capability", "id": "component:default/old-cart", "name": "Old cart"}],
  "deprecated": [
    {"kind": "capability", "id": "component:default/legacy-ledger",
     "name": "Legacy ledger (deprecated)"}],
  "ignored": 3})json");
        QVERIFY(!expected.isNull());
        QCOMPARE(QJsonDocument::fromJson(r.out), expected);
        QCOMPARE(fileBytes(file), before);
    }

    void errorsExit2AndWriteNothing_data() {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QString>("message");
        const QString errors = catalogDir + u"/errors/"_s;
        // syntax.yaml: the second document's line 10 is indented less than its map.
        QTest::newRow("YAML syntax") << errors + u"syntax.yaml"_s
                                     << errors + u"syntax.yaml:10: YAML syntax error: end of "
                                                 "map not found"_s;
        // dangling.yaml: the second entry of cart's dependsOn, line 8, names no entity.
        QTest::newRow("in no file")
            << errors + u"dangling.yaml"_s
            << errors + u"dangling.yaml:8: spec.dependsOn: “component:default/nowhere” is "
                        "described in no file of the catalog"_s;
        // duplicate.yaml: the second document (line 7) is component:default/checkout again,
        // written in other cases.
        QTest::newRow("one reference twice")
            << errors + u"duplicate.yaml"_s
            << errors +
                   u"duplicate.yaml:7: “component:default/checkout” is described twice: "
                   "also at "_s +
                   errors + u"duplicate.yaml:1"_s;
        // owner-missing.yaml: the API's owner, line 5, is a Group no file describes.
        QTest::newRow("owner in no file")
            << errors + u"owner-missing.yaml"_s
            << errors + u"owner-missing.yaml:5: spec.owner: “group:default/orders-team” is "
                        "described in no file of the catalog"_s;
        QTest::newRow("no such path")
            << errors + u"none"_s << errors + u"none: no such file or folder"_s;
    }
    void errorsExit2AndWriteNothing() {
        QFETCH(QString, catalog);
        QFETCH(QString, message);
        const QString file = workshopFile(u"errors.vsmap"_s);
        const QByteArray before = fileBytes(file);
        const CliResult r = runCli({u"sync"_s, file, u"--backstage"_s, catalog});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(QString::fromUtf8(r.err), u"streamboard sync: "_s + message + u'\n');
        QCOMPARE(fileBytes(file), before);
    }

    void usageErrors() {
        const QString file = workshopFile(u"usage.vsmap"_s);
        CliResult r = runCli({u"sync"_s, file});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 "streamboard sync: --backstage PATH is required: the catalog to sync with\n");
        r = runCli(
            {u"sync"_s, file, u"--backstage"_s, catalogDir + u"/base"_s, u"--map"_s, u"Nope"_s});
        QCOMPARE(r.exitCode, 2);
        r = runCli(
            {u"sync"_s, file, u"--backstage"_s, catalogDir + u"/base"_s, u"--format"_s, u"xml"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, "streamboard sync: unknown format “xml”: use text or json\n");
    }

    // The README's CI recipe: import map.json, sync, check. tests/data/catalog/ci: Web's stream
    // depends on checkout (owned by checkout-team: 1 hop, no error). two-hops.yaml makes
    // checkout depend on ledger-db of team dba: Web → checkout-team → dba, 2 hops, and 3 teams
    // to coordinate. cycle.yaml makes checkout and pricing depend on each other.
    void ciRecipe_data() {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<int>("checkExit");
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("catalog as drawn") << QString() << 0 << QStringList();
        QTest::newRow("two hops") << u"two-hops.yaml"_s << 1
                                  << QStringList{u"one-hop"_s, u"coordination"_s};
        QTest::newRow("cycle") << u"cycle.yaml"_s << 1 << QStringList{u"dependency-cycle"_s};
    }
    void ciRecipe() {
        QFETCH(QString, extra);
        QFETCH(int, checkExit);
        QFETCH(QStringList, rules);
        const QString ci = catalogDir + u"/ci/"_s;
        const QString vsmap = m_dir.filePath(u"ci.vsmap"_s);
        QFile::remove(vsmap);
        QCOMPARE(runCli({u"import"_s, ci + u"map.json"_s, vsmap}).exitCode, 0);
        QStringList syncArgs{u"sync"_s, vsmap, u"--backstage"_s, ci + u"catalog"_s};
        if (!extra.isEmpty())
            syncArgs.append(ci + extra);
        QCOMPARE(runCli(syncArgs).exitCode, 0);
        const CliResult check = runCli({u"check"_s, vsmap, u"--format"_s, u"json"_s});
        QCOMPARE(check.exitCode, checkExit);
        QStringList found;
        const QJsonArray findings =
            QJsonDocument::fromJson(check.out)[u"maps"_s][0][u"findings"_s].toArray();
        for (const QJsonValue& f : findings)
            found.append(f[u"rule"_s].toString());
        QCOMPARE(found, rules);
    }

    // --map Other: its team group:default/payments is renamed; the first map stays.
    void syncsTheMapNamed() {
        const QString file = workshopFile(u"other.vsmap"_s);
        const Workshop before = readBack(file);
        const CliResult r = sync(file, {u"--map"_s, u"Other"_s});
        QCOMPARE(r.exitCode, 0);
        const Workshop after = readBack(file);
        QCOMPARE(after.maps[0], before.maps[0]);
        QCOMPARE(after.maps[1].teams[0].name, u"Payments Team"_s);
        QCOMPARE(after.maps[1].capabilities.size(), 6);
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestSyncCli)
} // namespace tst_sync_cli
#include "tst_sync_cli.moc"
