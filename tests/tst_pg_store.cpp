// Workshops on PostgreSQL (core/store/pg_store.h) on a throwaway server (tests/pg_server.h):
// the command line on postgresql:// addresses as on files, every kind of write read back, many
// workshops in one database, the addresses libpq takes, and errors that never show a password
// (README, Reference, "Workshops on PostgreSQL").
#include "cli/command_line.h"
#include "cli_runner.h"
#include "commands/commands.h"
#include "model/document.h"
#include "pg_server.h"
#include "store/json_interchange.h"
#include "store/pg_address.h"
#include "store/pg_connection.h"
#include "store/pg_store.h"
#include "store/store_backend.h"
#include "test_main.h"
#include "test_paths.h"
#include "test_workshops.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace tst_pg_store {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

Workshop twoMaps() {
    Workshop w;
    w.maps = {test::smallMap(1), test::smallMap(5, u"Future state"_s)};
    w.maps[1].info.state = MapState::Future;
    w.maps[1].info.baseline = u"Current state"_s;
    return w;
}

Workshop reopen(const QString& url) {
    OpenedStore opened = PgStore::open(url, OpenMode::ReadOnly);
    if (!opened)
        qWarning("%s", qPrintable(opened.errorString));
    return std::move(opened.workshop);
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

class TestPgStore : public QObject {
    Q_OBJECT

    test::PgServer server;
    QTemporaryDir dir;

    QString url(const QString& workshop, const QString& database = u"shop"_s) const {
        return server.url(database) + u"?workshop="_s + workshop;
    }

private slots:
    void initTestCase() {
        STREAMBOARD_START_PG_SERVER(server);
        QVERIFY2(server.createDatabase(u"shop"_s), qPrintable(server.error()));
        QVERIFY(dir.isValid());
    }

    void addressesTakeLibpqsForms_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("workshop");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("full") << u"postgresql://ann@db.example.com:6543/shop?workshop=Checkout"_s
                              << u"ann"_s << u"db.example.com"_s << 6543 << u"shop"_s
                              << u"Checkout"_s << QStringList();
        QTest::newRow("socket folder")
            << u"postgresql://ann@%2Ftmp%2Fpg:5432/shop?workshop=W"_s << u"ann"_s << u"/tmp/pg"_s
            << 5432 << u"shop"_s << u"W"_s << QStringList();
        QTest::newRow("host parameter")
            << u"postgres:///shop?host=/tmp/pg&workshop=Q%203%20review"_s << QString()
            << u"/tmp/pg"_s << 0 << u"shop"_s << u"Q 3 review"_s << QStringList();
        QTest::newRow("IPv6 and an option")
            << u"POSTGRESQL://[::1]:5433/shop?sslmode=require&workshop=W"_s << QString() << u"::1"_s
            << 5433 << u"shop"_s << u"W"_s << QStringList{u"sslmode='require'"_s};
    }

    void addressesTakeLibpqsForms() {
        QFETCH(QString, address);
        QString error;
        const std::optional<pg::Address> parsed = pg::Address::parse(address, &error);
        QVERIFY2(parsed, qPrintable(error));
        QTEST(parsed->user, "user");
        QTEST(parsed->host, "host");
        QTEST(parsed->port, "port");
        QTEST(parsed->database, "database");
        QTEST(parsed->workshop, "workshop");
        QTEST(parsed->options, "options");
        QCOMPARE(&stores::backendFor(address), &stores::backendFor(u"postgres://x?workshop=y"_s));
        QVERIFY(&stores::backendFor(address) != &stores::backendFor(u"/tmp/a.vsmap"_s));
    }

    void badAddressesSayWhy_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("error");
        QTest::newRow("no workshop") << u"postgresql://ann@host/shop"_s
                                     << u"the address names no workshop: add ?workshop=NAME"_s;
        QTest::newRow("password") << u"postgresql://ann:s3cret@host/shop?workshop=W"_s
                                  << u"an address holds no password: put it in ~/.pgpass or "
                                     u"PGPASSWORD"_s;
        QTest::newRow("password parameter")
            << u"postgresql://host/shop?workshop=W&password=s3cret"_s
            << u"an address holds no password: put it in ~/.pgpass or PGPASSWORD"_s;
        QTest::newRow("port") << u"postgresql://host:99999/shop?workshop=W"_s
                              << u"“99999” is not a port number"_s;
        QTest::newRow("two hosts")
            << u"postgresql://a,b/shop?workshop=W"_s << u"an address names one host only"_s;
    }

    void badAddressesSayWhy() {
        QFETCH(QString, address);
        QString error;
        QVERIFY(!pg::Address::parse(address, &error));
        QTEST(error, "error");
    }

    // streamboard ADDRESS opens the window on it, as streamboard FILE.vsmap does.
    void anAddressAloneOpensTheWindow() {
        QVERIFY(!cli::isCommandLine({u"streamboard"_s, u"postgresql://h/db?workshop=W"_s}));
        QVERIFY(cli::isCommandLine({u"streamboard"_s, u"frobnicate"_s}));
    }

    void shownAddressesLoseTheirPassword() {
        QCOMPARE(
            WorkshopAddress(u"postgresql://ann:s3cret@host/shop?workshop=W"_s).toDisplayString(),
            u"postgresql://ann@host/shop?workshop=W"_s);
        QCOMPARE(WorkshopAddress(u"postgresql://host/shop?password=s3cret&workshop=W"_s)
                     .toDisplayString(),
                 u"postgresql://host/shop?password=…&workshop=W"_s);
        QCOMPARE(WorkshopAddress(u"/tmp/a:b@c.vsmap"_s).toDisplayString(), u"/tmp/a:b@c.vsmap"_s);
    }

    // import → export through PostgreSQL gives the bytes import → export through a file gives.
    void importExportMatchesAFile_data() {
        QTest::addColumn<QString>("json");
        QTest::newRow("shopper purchase") << QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json");
        QTest::newRow("software delivery")
            << QStringLiteral(EXAMPLES_DIR "/software-delivery.json");
        QTest::newRow("facilitation")
            << QStringLiteral(TEST_DATA_DIR "/json/facilitation-input.json");
        QTest::newRow("round trip") << QStringLiteral(TEST_DATA_DIR "/json/roundtrip-input.json");
    }

    void importExportMatchesAFile() {
        QFETCH(QString, json);
        const QString name = QFileInfo(json).completeBaseName();
        const QString address = url(name);
        const QString file = dir.filePath(name + u".vsmap"_s);
        for (const QString& target : {address, file}) {
            const test::CliResult imported = test::runCli({u"import"_s, json, target});
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
        }
        for (const QString& suffix : {u"json"_s, u"png"_s}) {
            const QString fromServer = dir.filePath(name + u"-pg."_s + suffix);
            const QString fromFile = dir.filePath(name + u"-file."_s + suffix);
            const test::CliResult a = test::runCli({u"export"_s, address, fromServer});
            QVERIFY2(a.exitCode == 0, a.err.constData());
            const test::CliResult b = test::runCli({u"export"_s, file, fromFile});
            QVERIFY2(b.exitCode == 0, b.err.constData());
            QVERIFY(fileBytes(fromServer).size() > 100);
            QVERIFY2(fileBytes(fromServer) == fileBytes(fromFile), qPrintable(suffix));
        }
        const test::CliResult checkServer = test::runCli({u"check"_s, address});
        const test::CliResult checkFile = test::runCli({u"check"_s, file});
        QCOMPARE(checkServer.exitCode, checkFile.exitCode);
        QVERIFY(!checkServer.out.isEmpty());
        QCOMPARE(checkServer.out, checkFile.out);
        QCOMPARE(checkServer.err, QByteArray());
    }

    // A stream's work items live in rows of their own: a workshop with them reads back whole,
    // changing them writes them again, removing the stream takes their rows, undo brings them.
    void workItemsGoWithTheirStream() {
        Workshop workshop = twoMaps();
        WorkItems& work = workshop.maps[0].streams[0].workItems;
        work.setup.states = {u"Ready"_s, u"Build"_s, u"Done"_s};
        work.setup.active = {u"Build"_s};
        work.setup.types = {{u"Bug"_s, FlowItemKind::Defects}};
        work.setup.stages = {{u"Build"_s, u"b"_s}};
        work.items = {
            WorkItem{
                u"W-1"_s,
                u"Login"_s,
                {},
                u"Story"_s,
                FlowItemKind::Features,
                {*parseStateTime(u"2026-03-02"), *parseStateTime(u"2026-03-03T10:30"), notEntered}},
            WorkItem{u"W-2"_s,
                     {},
                     u"https://x/W-2"_s,
                     u"Bug"_s,
                     FlowItemKind::Defects,
                     {notEntered, *parseStateTime(u"2026-03-04"), *parseStateTime(u"2026-03-06")}}};
        const QString address = url(u"work-items"_s);
        OpenedStore created = PgStore::create(address, workshop);
        QVERIFY2(created, qPrintable(created.errorString));
        QCOMPARE(reopen(address), workshop);

        Document doc(created.workshop, std::move(created.store));
        Stream changed = doc.map(1)->streams[0];
        changed.workItems.items.removeFirst();
        changed.workItems.setup.active = {u"Build"_s, u"Done"_s};
        QVERIFY(doc.push(commands::changeElement(&doc, 1, changed).release()));
        QVERIFY2(!doc.hasUnsavedChanges(), qPrintable(doc.store()->errorString()));
        QCOMPARE(reopen(address).maps[0].streams[0].workItems.items.size(), 1);
        QCOMPARE(reopen(address), doc.workshop());

        QVERIFY(doc.push(
            commands::removeElements(&doc, 1, {{ElementKind::Stream, u"vs1"_s}}).release()));
        QCOMPARE(reopen(address), doc.workshop());
        {
            QSqlDatabase db = server.open(u"tst_pg_store_work_items"_s, u"shop"_s);
            QSqlQuery rows(db);
            QVERIFY(rows.exec(u"SELECT count(*) FROM work_items i JOIN workshops w ON "
                              u"w.id = i.workshop WHERE w.name = 'work-items'"_s) &&
                    rows.next());
            QCOMPARE(rows.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(u"tst_pg_store_work_items"_s);

        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.workshop(), workshop);
        QCOMPARE(reopen(address), workshop);
    }

    // After every kind of command (and its undo), a fresh open reads what the document shows.
    void everyKindOfWriteReadsBack() {
        const QString address = url(u"writes"_s);
        OpenedStore created = PgStore::create(address, twoMaps());
        QVERIFY2(created, qPrintable(created.errorString));
        Document doc(created.workshop, std::move(created.store));
        int pushed = 0;
        auto push = [&](commands::CommandPtr command) {
            QVERIFY2(command, qPrintable(QString::number(pushed)));
            QVERIFY(doc.push(command.release()));
            QVERIFY2(!doc.hasUnsavedChanges(), qPrintable(doc.store()->errorString()));
            ++pushed;
        };
        auto serverShowsDocument = [&] { QCOMPARE(reopen(address), doc.workshop()); };

        push(commands::addElement(&doc, 1, test::team(u"t5"_s, u"Data"_s, TeamType::Platform, 3)));
        serverShowsDocument();
        Team renamed = *doc.map(1)->find<Team>(u"t5"_s);
        renamed.name = u"Data platform"_s;
        renamed.size = std::nullopt;
        renamed.color = QColor(u"#102030"_s);
        push(commands::changeElement(&doc, 1, renamed));
        serverShowsDocument();
        Cell cell = doc.map(1)->cells[0];
        cell.divergent = true;
        cell.metric = u"orders per hour"_s;
        push(commands::changeElement(&doc, 1, cell));
        serverShowsDocument();
        Action action;
        action.id = u"act1"_s;
        action.title = u"Cut the build queue"_s;
        action.owner = u"t1"_s;
        action.due = QDate(2027, 2, 28);
        action.status = ActionStatus::InProgress;
        action.links = {u"b"_s};
        push(commands::addElement(&doc, 1, action));
        serverShowsDocument();
        push(commands::reorderElement(&doc, 1, {ElementKind::Stage, u"c"_s}, 0));
        serverShowsDocument();
        // Removing a stream takes its stages, their flows and dependencies.
        push(commands::removeElements(&doc, 1, {{ElementKind::Stream, u"vs1"_s}}));
        QVERIFY(doc.map(1)->stages.isEmpty() && doc.map(1)->flows.isEmpty());
        serverShowsDocument();
        push(commands::removeElements(&doc, 1, {{ElementKind::Team, u"t1"_s}}));
        serverShowsDocument();

        // The new map's uid comes from the database: the next after the largest, 5.
        push(commands::addMap(&doc, test::smallMap(0, u"Ideal state"_s), 0));
        const MapUid added = doc.workshop().maps[0].uid;
        QCOMPARE(added, MapUid(6));
        serverShowsDocument();
        MapInfo info = doc.map(5)->info;
        info.name = u"Target state"_s;
        info.noMaterialDivergence = true;
        push(commands::changeMapInfo(&doc, 5, info));
        serverShowsDocument();
        push(commands::reorderMap(&doc, added, 2));
        serverShowsDocument();
        push(commands::removeMap(&doc, 1));
        serverShowsDocument();

        while (doc.undoStack()->canUndo()) {
            doc.undoStack()->undo();
            QVERIFY(!doc.hasUnsavedChanges());
            serverShowsDocument();
        }
        QCOMPARE(pushed, 11);
        QCOMPARE(doc.workshop(), twoMaps());
    }

    // The same map uids and element ids in two workshops of one database, each read back alone.
    void workshopsInOneDatabaseAreKeptApart() {
        Workshop north = twoMaps();
        Workshop south = twoMaps();
        south.maps[0].stages[0].name = u"Refund"_s;
        south.maps.removeLast();
        OpenedStore a = PgStore::create(url(u"north"_s), north);
        OpenedStore b = PgStore::create(url(u"south"_s), south);
        QVERIFY2(a && b, qPrintable(a.errorString + b.errorString));
        QCOMPARE(a.store->displayName(), u"north"_s);
        Document doc(a.workshop, std::move(a.store));
        QVERIFY(
            doc.push(commands::removeElements(&doc, 1, {{ElementKind::Stage, u"a"_s}}).release()));
        north = doc.workshop();
        QCOMPARE(north.maps[0].stages.size(), 2);
        QCOMPARE(reopen(url(u"north"_s)), north);
        QCOMPARE(reopen(url(u"south"_s)), south);
    }

    void createRefusesToReplaceUnlessAsked() {
        const QString address = url(u"twice"_s);
        Workshop first = twoMaps();
        QVERIFY(PgStore::create(address, first));
        Workshop second;
        second.maps = {test::smallMap(3, u"Other"_s)};
        const OpenedStore refused = PgStore::create(address, second);
        QVERIFY(!refused);
        QCOMPARE(refused.error, StoreError::CannotWrite);
        QCOMPARE(refused.errorString,
                 u"the workshop “twice” cannot be written to %1:5432/shop: a workshop of that "
                 u"name exists already."_s.arg(server.socketFolder()));
        QCOMPARE(reopen(address), first);
        QVERIFY(PgStore::create(address, second, true));
        QCOMPARE(reopen(address), second);

        const QString json = QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json");
        const QString cliAddress = url(u"cli-twice"_s);
        QCOMPARE(test::runCli({u"import"_s, json, cliAddress}).exitCode, 0);
        const test::CliResult again = test::runCli({u"import"_s, json, cliAddress});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.err.count('\n'), 1);
        QVERIFY2(again.err.contains("a workshop of that name exists already."), again.err);
        QCOMPARE(test::runCli({u"import"_s, json, cliAddress, u"--force"_s}).exitCode, 0);
    }

    void mapUidsNeverCollideBetweenClients() {
        const QString address = url(u"uids"_s);
        QVERIFY(PgStore::create(address, twoMaps()));
        OpenedStore a = PgStore::open(address);
        OpenedStore b = PgStore::open(address);
        QVERIFY(a && b);
        QCOMPARE(a.store->nextMapUid(), MapUid(6));
        QCOMPARE(b.store->nextMapUid(), MapUid(7));
        QCOMPARE(a.store->nextMapUid(), MapUid(8));
    }

    void aReadOnlyOpenRefusesWrites() {
        const QString address = url(u"readonly"_s);
        QVERIFY(PgStore::create(address, twoMaps()));
        OpenedStore opened = PgStore::open(address, OpenMode::ReadOnly);
        QVERIFY(opened && opened.store->isReadOnly());
        Journal journal;
        journal.maps = {1};
        QVERIFY(!opened.store->write(journal, twoMaps()));
        QCOMPARE(opened.store->errorString(),
                 u"the workshop “readonly” in %1:5432/shop is open read-only."_s.arg(
                     server.socketFolder()));
    }

    // copyTo writes a snapshot to a file or to another workshop on a server.
    void copiesGoToFilesAndServers() {
        const QString address = url(u"original"_s);
        OpenedStore opened = PgStore::create(address, twoMaps());
        QVERIFY(opened);
        const QString file = dir.filePath(u"copy.vsmap"_s);
        QVERIFY2(opened.store->copyTo(file), qPrintable(opened.store->errorString()));
        QCOMPARE(stores::open(file, OpenMode::ReadOnly).workshop, twoMaps());
        QVERIFY(opened.store->copyTo(url(u"copy"_s)));
        QCOMPARE(reopen(url(u"copy"_s)), twoMaps());
        QVERIFY(!opened.store->copyTo(url(u"copy"_s)));
        QVERIFY(opened.store->errorString().endsWith(u"a workshop of that name exists already."_s));
    }

    void unreachableServerAndMissingWorkshopExitTwo() {
        QTemporaryDir nowhere(u"/tmp/streamboard-nowhere-XXXXXX"_s);
        const QString folder = nowhere.path();
        const QString noServer = u"postgresql://ann@%1:5432/shop?workshop=W"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(folder)));
        const test::CliResult unreachable = test::runCli({u"check"_s, noServer});
        QCOMPARE(unreachable.exitCode, 2);
        QCOMPARE(QString::fromUtf8(unreachable.err),
                 u"streamboard check: %1: the PostgreSQL server %2:5432/shop cannot be reached: "
                 u"No such file or directory\n"_s.arg(noServer, folder));
        QCOMPARE(PgStore::open(noServer).error, StoreError::CannotRead);
        const QString refused = u"postgresql://ann@127.0.0.1:1/shop?workshop=W"_s;
        const test::CliResult closedPort = test::runCli({u"check"_s, refused});
        QCOMPARE(closedPort.exitCode, 2);
        QCOMPARE(QString::fromUtf8(closedPort.err),
                 u"streamboard check: %1: the PostgreSQL server 127.0.0.1:1/shop cannot be "
                 u"reached: Connection refused\n"_s.arg(refused));

        const test::CliResult missing =
            test::runCli({u"export"_s, url(u"ghost"_s), dir.filePath(u"ghost.json"_s)});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(QString::fromUtf8(missing.err),
                 u"streamboard export: %1: there is no workshop “ghost” in %2:5432/shop\n"_s.arg(
                     url(u"ghost"_s), server.socketFolder()));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"ghost.json"_s)));
        QCOMPARE(PgStore::open(url(u"ghost"_s)).error, StoreError::NotFound);

        const test::CliResult noDatabase = test::runCli({u"check"_s, url(u"W"_s, u"nodb"_s)});
        QCOMPARE(noDatabase.exitCode, 2);
        QCOMPARE(QString::fromUtf8(noDatabase.err),
                 u"streamboard check: %1: %2:5432/nodb: the database does not exist on the "
                 u"server\n"_s.arg(url(u"W"_s, u"nodb"_s), server.socketFolder()));
        QCOMPARE(PgStore::open(url(u"W"_s, u"nodb"_s)).error, StoreError::NotFound);
    }

    // libpq's sources give the password (PGPASSWORD, a password file); an address with one is
    // refused; no message shows it.
    void passwordsComeFromLibpqAndNeverShow() {
        QVERIFY2(server.createDatabase(u"guarded"_s), qPrintable(server.error()));
        {
            QSqlDatabase admin = server.open(u"tst_pg_store_admin"_s, u"guarded"_s);
            QSqlQuery query(admin);
            QVERIFY2(query.exec(u"CREATE ROLE keeper LOGIN PASSWORD 'hunter2-keeper'"_s),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.exec(u"ALTER DATABASE guarded OWNER TO keeper"_s));
            QFile hba(server.socketFolder() + u"/data/pg_hba.conf"_s);
            QVERIFY(hba.open(QIODevice::ReadWrite));
            const QByteArray rules = hba.readAll();
            hba.seek(0);
            hba.write("local guarded keeper scram-sha-256\n" + rules);
            hba.close();
            QVERIFY(query.exec(u"SELECT pg_reload_conf()"_s));
        }
        QSqlDatabase::removeDatabase(u"tst_pg_store_admin"_s);
        const QString address = u"postgresql://keeper@%1:5432/guarded?workshop=W"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(server.socketFolder())));
        const QString server = u"%1:5432/guarded"_s.arg(this->server.socketFolder());
        const QString noFile = dir.filePath(u"no-such-pgpass"_s);
        const QString json = QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json");

        const test::CliResult none =
            test::runCli({u"import"_s, json, address}, false,
                         {{u"PGPASSWORD"_s, QString()}, {u"PGPASSFILE"_s, noFile}});
        QCOMPARE(none.exitCode, 2);
        QCOMPARE(QString::fromUtf8(none.err),
                 u"streamboard import: %1: %2 wants a password for “keeper”: put it in "
                 u"~/.pgpass or PGPASSWORD\n"_s.arg(address, server));
        qputenv("PGPASSFILE", noFile.toLocal8Bit());
        QCOMPARE(PgStore::open(address).error, StoreError::NeedsPassword);
        qunsetenv("PGPASSFILE");

        const test::CliResult wrong =
            test::runCli({u"import"_s, json, address}, false,
                         {{u"PGPASSWORD"_s, u"wrong-hunter"_s}, {u"PGPASSFILE"_s, noFile}});
        QCOMPARE(wrong.exitCode, 2);
        QCOMPARE(QString::fromUtf8(wrong.err),
                 u"streamboard import: %1: %2 refused the password for “keeper”\n"_s.arg(address,
                                                                                         server));

        const test::CliResult right =
            test::runCli({u"import"_s, json, address}, false,
                         {{u"PGPASSWORD"_s, u"hunter2-keeper"_s}, {u"PGPASSFILE"_s, noFile}});
        QVERIFY2(right.exitCode == 0, right.err.constData());

        const QString passFile = dir.filePath(u"pgpass"_s);
        QFile pass(passFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("*:*:guarded:keeper:hunter2-keeper\n");
        pass.close();
        QFile::setPermissions(passFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const test::CliResult fromFile =
            test::runCli({u"check"_s, address}, false,
                         {{u"PGPASSWORD"_s, QString()}, {u"PGPASSFILE"_s, passFile}});
        QVERIFY2(fromFile.exitCode != 2, fromFile.err.constData());
        QVERIFY(fromFile.out.contains("Shopper purchase"));

        QString withPassword = address;
        withPassword.replace(u"keeper@"_s, u"keeper:hunter2-keeper@"_s);
        const test::CliResult written = test::runCli({u"check"_s, withPassword});
        QCOMPARE(written.exitCode, 2);
        QCOMPARE(QString::fromUtf8(written.err),
                 u"streamboard check: %1: an address holds no password: put it in ~/.pgpass or "
                 u"PGPASSWORD\n"_s.arg(address));
        for (const test::CliResult& result : {none, wrong, right, fromFile, written})
            QVERIFY(!result.err.contains("hunter") && !result.out.contains("hunter"));
    }

    // apply on an address: one transaction; a bad patch writes nothing.
    void applyChangesAWorkshopOnTheServer() {
        const QString address = url(u"applied"_s);
        QCOMPARE(test::runCli(
                     {u"import"_s, QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json"), address})
                     .exitCode,
                 0);
        const Workshop before = reopen(address);
        QVERIFY(!before.maps.isEmpty());
        const QString mapName = before.maps[0].info.name;
        const QString firstStage = before.maps[0].stages[0].id;
        const QString good = dir.filePath(u"good-patch.json"_s);
        const QString bad = dir.filePath(u"bad-patch.json"_s);
        for (const auto& [path, ops] :
             {std::pair{good, u"[{\"op\": \"change\", \"kind\": \"stages\", \"id\": \"%1\", "
                              u"\"set\": {\"name\": \"Renamed\"}}, {\"op\": \"add\", "
                              u"\"kind\": \"notes\", \"element\": {\"text\": \"hello\"}}]"_s.arg(
                                  firstStage)},
              std::pair{bad, u"[{\"op\": \"add\", \"kind\": \"notes\", \"element\": "
                             u"{\"text\": \"never\"}}, {\"op\": \"remove\", \"kind\": "
                             u"\"stages\", \"id\": \"nosuch\"}]"_s}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                u"{\"format\": \"streamboard-patch\", \"version\": 1, \"ops\": %1}"_s.arg(ops)
                    .toUtf8());
        }
        const test::CliResult applied = test::runCli({u"apply"_s, address, good});
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        QCOMPARE(QString::fromUtf8(applied.out),
                 u"applied 2 operations to map “%1”\n"_s.arg(mapName));
        Workshop after = reopen(address);
        QCOMPARE(after.maps[0].stages[0].name, u"Renamed"_s);
        QCOMPARE(after.maps[0].notes.last().text, u"hello"_s);

        const test::CliResult refused = test::runCli({u"apply"_s, address, bad});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.count('\n'), 1);
        QCOMPARE(reopen(address), after);

        const test::CliResult missing = test::runCli({u"apply"_s, url(u"ghost"_s), good});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(QString::fromUtf8(missing.err),
                 u"streamboard apply: %1: there is no workshop “ghost” in %2:5432/shop\n"_s.arg(
                     url(u"ghost"_s), server.socketFolder()));
    }

    // Every write counts the revision of the rows it changes up.
    void writesCountRevisionsUp() {
        const QString address = url(u"revisions"_s);
        OpenedStore created = PgStore::create(address, twoMaps());
        QVERIFY(created);
        Document doc(created.workshop, std::move(created.store));
        Stage renamed = doc.map(1)->stages[1];
        renamed.name = u"Build and test"_s;
        QVERIFY(doc.push(commands::changeElement(&doc, 1, renamed).release()));
        doc.undoStack()->undo();
        QSqlDatabase db = server.open(u"tst_pg_store_revisions"_s, u"shop"_s);
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT s.id, s.revision FROM stages s JOIN workshops w ON "
                               u"w.id = s.workshop WHERE w.name = 'revisions' AND s.map = 1 "
                               u"ORDER BY s.ord"_s));
            QStringList revisions;
            while (query.next())
                revisions.append(query.value(0).toString() + u' ' + query.value(1).toString());
            QCOMPARE(revisions, (QStringList{u"a 1"_s, u"b 3"_s, u"c 1"_s}));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"tst_pg_store_revisions"_s);
    }

    void aNewerSchemaIsRefused() {
        QVERIFY2(server.createDatabase(u"newer"_s), qPrintable(server.error()));
        const QString address = url(u"W"_s, u"newer"_s);
        QVERIFY(PgStore::create(address, twoMaps()));
        {
            QSqlDatabase db = server.open(u"tst_pg_store_newer"_s, u"newer"_s);
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE streamboard_schema_version SET version = 2"_s));
        }
        QSqlDatabase::removeDatabase(u"tst_pg_store_newer"_s);
        const OpenedStore opened = PgStore::open(address);
        QCOMPARE(opened.error, StoreError::NewerSchema);
        QCOMPARE(opened.errorString,
                 u"%1:5432/newer holds workshops of a newer version of Streamboard (schema "
                 u"version 2; this version reads up to 1). Please update Streamboard."_s.arg(
                     server.socketFolder()));
    }

    // A user who may only read the tables gets the workshop read-only, not an error.
    void aUserWhoMayOnlyReadOpensReadOnly() {
        QVERIFY(PgStore::create(url(u"looked-at"_s), twoMaps()));
        {
            QSqlDatabase db = server.open(u"tst_pg_store_grants"_s, u"shop"_s);
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE ROLE onlooker LOGIN"_s));
            QVERIFY(query.exec(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO onlooker"_s));
        }
        QSqlDatabase::removeDatabase(u"tst_pg_store_grants"_s);
        QString address = url(u"looked-at"_s);
        address.replace(u"streamboard@"_s, u"onlooker@"_s);
        OpenedStore opened = PgStore::open(address);
        QVERIFY2(opened, qPrintable(opened.errorString));
        QVERIFY(opened.store->isReadOnly());
        QCOMPARE(opened.workshop, twoMaps());
    }

    // 300 stages go as one statement of 256 rows, two of 16 and twelve of one: all in order.
    void longListsAreWrittenWhole() {
        Workshop workshop = twoMaps();
        Map& map = workshop.maps[0];
        for (int i = 0; i < 297; ++i)
            map.stages.append(test::stage(u"x%1"_s.arg(i), u"vs1"_s, u"Stage %1"_s.arg(i), {}, i,
                                          2.0 * i + 0.25));
        QCOMPARE(map.stages.size(), 300);
        QVERIFY(PgStore::create(url(u"long"_s), workshop));
        QCOMPARE(reopen(url(u"long"_s)), workshop);
    }

    // libpq's and the server's words, in English or German, tell what failed.
    void connectFailuresAreToldApart_data() {
        QTest::addColumn<QString>("libpq");
        QTest::addColumn<StoreError>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("no password")
            << u"connection to server on socket \"/tmp/pg/.s.PGSQL.5432\" failed: fe_sendauth: "
               u"no password supplied\n"_s
            << StoreError::NeedsPassword
            << u"/tmp/pg:5432/shop wants a password for “ann”: put it in ~/.pgpass or "
               u"PGPASSWORD"_s;
        QTest::newRow("German server, wrong password")
            << u"Verbindung zum Server auf Socket »/tmp/pg/.s.PGSQL.5432« fehlgeschlagen: FATAL:  "
               u"Passwort-Authentifizierung für Benutzer »ann« fehlgeschlagen\n"_s
            << StoreError::NeedsPassword << u"/tmp/pg:5432/shop refused the password for “ann”"_s;
        QTest::newRow("German server, no database")
            << u"Verbindung zum Server auf Socket »/tmp/pg/.s.PGSQL.5432« fehlgeschlagen: FATAL:  "
               u"Datenbank »shop« existiert nicht\n"_s
            << StoreError::NotFound
            << u"/tmp/pg:5432/shop: the database does not exist on the server"_s;
        QTest::newRow("no role")
            << u"connection to server on socket \"/tmp/pg/.s.PGSQL.5432\" failed: FATAL:  role "
               u"\"ann\" does not exist\n"_s
            << StoreError::CannotRead
            << u"/tmp/pg:5432/shop refused the connection: role \"ann\" does not exist"_s;
        QTest::newRow("German, unreachable")
            << u"Verbindung zum Server auf Socket »/tmp/pg/.s.PGSQL.5432« fehlgeschlagen: Datei "
               u"oder Verzeichnis nicht gefunden\n\tLäuft der Server lokal?\n"_s
            << StoreError::CannotRead
            << u"the PostgreSQL server /tmp/pg:5432/shop cannot be reached: Datei oder Verzeichnis "
               u"nicht gefunden"_s;
    }

    void connectFailuresAreToldApart() {
        QFETCH(QString, libpq);
        QString error;
        const std::optional<pg::Address> address =
            pg::Address::parse(u"postgresql://ann@%2Ftmp%2Fpg:5432/shop?workshop=W"_s, &error);
        QVERIFY(address);
        const pg::Failure failure =
            pg::connectFailure(*address, QSqlError(u"Unable to connect"_s, libpq));
        QTEST(failure.error, "error");
        QTEST(failure.message, "message");
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestPgStore)
} // namespace tst_pg_store
#include "tst_pg_store.moc"
