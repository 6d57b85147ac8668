#include "cli_runner.h"
#include "example_workshop.h"
#include "model/document.h"
#include "store/json_interchange.h"
#include "store/sqlite_store.h"
#include "store/sqlite_store_p.h"
#include "store/workshop_files.h"
#include "test_main.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>

// Workshop files as an attacker or an accident makes them, and the SQLite level around them:
// defensive connections, the application id, reading that leaves the folder as it was, true
// error messages, the lock, and writes to a full disk.
namespace tst_store_hostile {

using namespace sb;
using namespace sb::test;

namespace {

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QStringList entriesOf(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

// Runs statements on a file (creating it) through a plain connection: no defensive mode, no
// foreign keys, so a test can build what Streamboard itself never writes.
bool runStatements(const QString& path, const QStringList& statements) {
    const QString name = QStringLiteral("tst_store_hostile-writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString& sql : statements) {
            if (!query.exec(sql)) {
                qWarning() << query.lastError().text() << sql;
                ok = false;
            }
            query.finish();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A script's statements: each ends a line with ';'; lines starting "--" are left out.
QStringList statementsOf(const QString& script) {
    QStringList statements;
    QString statement;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("--")))
            continue;
        statement += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements.append(statement);
            statement.clear();
        }
    }
    return statements;
}

QString valueOf(const QString& path, const QString& sql) {
    const QString name = QStringLiteral("tst_store_hostile-reader");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        result = db.open() && query.exec(sql) && query.next() ? query.value(0).toString()
                                                              : QStringLiteral("<error>");
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool makeWorkshop(const QString& path, const Workshop& workshop = exampleWorkshop()) {
    SqliteStore::Opened created = SqliteStore::create(path, workshop);
    if (!created)
        qWarning() << created.errorString;
    return bool(created);
}

bool makeVersion1File(const QString& path) {
    return runStatements(path, statementsOf(QString::fromUtf8(bytesOf(
                                   QStringLiteral(TEST_DATA_DIR "/store/workshop-v1.sql")))));
}

// A workshop too large for 64 KiB: 400 steps with 400-character names.
Workshop largeWorkshop() {
    Workshop workshop = exampleWorkshop();
    for (int i = 0; i < 400; ++i)
        workshop.maps[0].steps.append(
            {QStringLiteral("large-%1").arg(i), QString(400, QLatin1Char('a' + i % 26))});
    return workshop;
}

void setModified(const QString& path, qint64 secondsAgo) {
    const timespec when{static_cast<time_t>(QDateTime::currentSecsSinceEpoch() - secondsAgo), 0};
    const timespec times[2] = {when, when};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
}

qint64 secondsSinceModified(const QString& path) {
    return QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime());
}

// A tmpfs of kibibytes KiB mounted for the test's lifetime (root only).
class TinyDisk {
public:
    explicit TinyDisk(int kibibytes = 64)
        : m_dir(QStringLiteral("/tmp/tst_store_hostile-disk-XXXXXX")) {
        m_mounted =
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=%1k,mode=0777").arg(kibibytes),
                               QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~TinyDisk() {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    bool mounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// Fills the rest of a disk with one file.
void fillUp(const QString& path) {
    QFile filler(path);
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
}

void verifyOneLine(const QString& message) {
    QVERIFY2(!message.contains(QLatin1Char('\n')) && !message.isEmpty(), qPrintable(message));
}

} // namespace

class TstStoreHostile : public QObject {
    Q_OBJECT

private slots:
    void connectionsAreHardened();
    void applicationIdIsWrittenAndChecked();
    void readingLeavesTheFolderAsItWas_data();
    void readingLeavesTheFolderAsItWas();
    void hostileFilesAreRefusedUntouched_data();
    void hostileFilesAreRefusedUntouched();
    void unreadableFileSaysPermissionDenied();
    void fileLockedByAnotherProgramSaysSo();
    void interruptedWriteIsCompletedOnlyByAWriter();
    void lockIsTakenBeforeTheFileIsRead();
    void abandonedLockOfAnotherHostIsTakenOver();
    void writesKeepTheLockFresh();
    void fullDiskLeavesNoPartialFile();
    void fullDiskWriteKeepsTheFile();
    void unwritableFolderSaysPermissionDenied();
    void aDamageReportOnSeveralLinesIsSaidOnOne();
};

// Found by fuzzing: SQLite's quick_check reports a damaged page on lines of its own, and the
// reason quoted it as it was. The window shows one line, and so does stderr.
void TstStoreHostile::aDamageReportOnSeveralLinesIsSaidOnOne() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.vsmap"));
    QVERIFY(
        QFile::copy(QStringLiteral(TEST_DATA_DIR "/store/damaged-two-line-report.vsmap"), path));
    const SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
    QVERIFY(!opened);
    QCOMPARE(opened.error, SqliteStore::OpenError::Corrupt);
    QVERIFY2(!opened.errorString.contains(u'\n'), qPrintable(opened.errorString));
    QVERIFY2(
        opened.errorString.contains(QStringLiteral("*** in database main ***\\nFragmentation")),
        qPrintable(opened.errorString));
}

void TstStoreHostile::connectionsAreHardened() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.vsmap"));
    QVERIFY(makeWorkshop(path));
    // A trigger and a view, as a hostile file may bring them (the store refuses such files;
    // here the connection itself is tried).
    QVERIFY(runStatements(
        path, {QStringLiteral("CREATE TABLE fired (n INTEGER)"),
               QStringLiteral("CREATE TRIGGER spy AFTER DELETE ON maps BEGIN INSERT INTO fired "
                              "VALUES (1); END"),
               QStringLiteral("CREATE VIEW everything AS SELECT * FROM maps")}));

    for (sqlite::Access access : {sqlite::Access::ReadOnly, sqlite::Access::ReadWrite}) {
        const QString name = sqlite::newConnectionName();
        {
            QSqlDatabase db = sqlite::openConnection(name, path, access);
            QVERIFY(db.isOpen());
            QString error;
            QVERIFY2(sqlite::configureConnection(db, access, &error), qPrintable(error));
            QSqlQuery query(db);
            auto pragma = [&](const char* which) {
                return query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(which))) &&
                               query.next()
                           ? query.value(0).toInt()
                           : -1;
            };
            QCOMPARE(pragma("cell_size_check"), 1);
            QCOMPARE(pragma("mmap_size"), 0);
            QCOMPARE(pragma("trusted_schema"), 0);
            QVERIFY(!query.exec(QStringLiteral("SELECT * FROM everything")));
            if (access == sqlite::Access::ReadWrite) {
                // Defensive: the schema cannot be written, even after asking for it.
                query.exec(QStringLiteral("PRAGMA writable_schema = ON"));
                QVERIFY(!query.exec(QStringLiteral("UPDATE sqlite_schema SET sql = sql")));
                // The trigger does not fire; the cascades of the foreign keys still work.
                QVERIFY2(query.exec(QStringLiteral("DELETE FROM maps")),
                         qPrintable(query.lastError().text()));
                QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM fired")) && query.next());
                QCOMPARE(query.value(0).toInt(), 0);
                QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM stages")) && query.next());
                QCOMPARE(query.value(0).toInt(), 0);
            }
        }
        sqlite::removeConnection(name);
    }
}

void TstStoreHostile::applicationIdIsWrittenAndChecked() {
    QTemporaryDir dir;
    // 0x53746264, "Stbd": 83·2²⁴ + 116·2¹⁶ + 98·2⁸ + 100.
    const QString ours = QStringLiteral("1400136292");

    const QString created = dir.filePath(QStringLiteral("new.vsmap"));
    QVERIFY(makeWorkshop(created));
    QCOMPARE(valueOf(created, QStringLiteral("PRAGMA application_id")), ours);

    const QString copy = dir.filePath(QStringLiteral("copy.vsmap"));
    {
        SqliteStore::Opened opened = SqliteStore::open(created);
        QVERIFY(opened);
        QVERIFY(opened.store->copyTo(copy));
    }
    QCOMPARE(valueOf(copy, QStringLiteral("PRAGMA application_id")), ours);

    // A version-1 file has none; reading it leaves it so, upgrading writes it.
    const QString old = dir.filePath(QStringLiteral("v1.vsmap"));
    QVERIFY(makeVersion1File(old));
    QCOMPARE(valueOf(old, QStringLiteral("PRAGMA application_id")), QStringLiteral("0"));
    const QByteArray oldBytes = bytesOf(old);
    QVERIFY(SqliteStore::open(old, SqliteStore::Mode::ReadOnly));
    QCOMPARE(bytesOf(old), oldBytes);
    QVERIFY(SqliteStore::open(old, SqliteStore::Mode::ReadWrite));
    QCOMPARE(valueOf(old, QStringLiteral("PRAGMA application_id")), ours);
    QCOMPARE(valueOf(old, QStringLiteral("PRAGMA user_version")), QStringLiteral("3"));

    // A version-2 file written before application ids gets one when it is opened for writing.
    const QString unmarked = dir.filePath(QStringLiteral("unmarked.vsmap"));
    QVERIFY(makeWorkshop(unmarked));
    QVERIFY(runStatements(unmarked, {QStringLiteral("PRAGMA application_id = 0")}));
    QVERIFY(SqliteStore::open(unmarked, SqliteStore::Mode::ReadWrite));
    QCOMPARE(valueOf(unmarked, QStringLiteral("PRAGMA application_id")), ours);
}

void TstStoreHostile::readingLeavesTheFolderAsItWas_data() {
    QTest::addColumn<bool>("workshop");
    QTest::newRow("workshop left in WAL mode") << true;
    QTest::newRow("another application's database in WAL mode") << false;
}

void TstStoreHostile::readingLeavesTheFolderAsItWas() {
    QFETCH(bool, workshop);
    QTemporaryDir dir;
    QTemporaryDir out;
    const QString path = dir.filePath(QStringLiteral("wal.vsmap"));
    if (workshop) {
        QVERIFY(makeWorkshop(path));
        QVERIFY(runStatements(path, {QStringLiteral("PRAGMA journal_mode = WAL")}));
    } else {
        QVERIFY(runStatements(
            path, {QStringLiteral("PRAGMA journal_mode = WAL"),
                   QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                   QStringLiteral("INSERT INTO customers (name) VALUES ('Ada')")}));
    }
    const QByteArray before = bytesOf(path);
    QCOMPARE(before.at(18), char(2)); // the header says WAL
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("wal.vsmap")});

    {
        SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
        QCOMPARE(bool(opened), workshop);
    }
    if (!workshop)
        QVERIFY(!SqliteStore::open(path, SqliteStore::Mode::ReadWrite));
    const CliResult check = runCli({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode == 2, !workshop);
    const CliResult exported =
        runCli({QStringLiteral("export"), path, out.filePath(QStringLiteral("out.json"))});
    QCOMPARE(exported.exitCode, workshop ? 0 : 2);

    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("wal.vsmap")});
    QCOMPARE(bytesOf(path), before);
}

void TstStoreHostile::hostileFilesAreRefusedUntouched_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("message");
    const int notAWorkshop = static_cast<int>(SqliteStore::OpenError::NotAWorkshop);
    const int corrupt = static_cast<int>(SqliteStore::OpenError::Corrupt);
    const int tooLarge = static_cast<int>(SqliteStore::OpenError::TooLarge);
    const QString cannotOpen =
        QStringLiteral("is not a workshop this version of Streamboard can open: ");
    QTest::newRow("trigger") << QStringLiteral("trigger") << notAWorkshop
                             << cannotOpen + QStringLiteral("it holds a trigger (“wipe”).");
    QTest::newRow("view") << QStringLiteral("view") << notAWorkshop
                          << cannotOpen + QStringLiteral("it holds a view (“everything”).");
    QTest::newRow("table of the wrong shape")
        << QStringLiteral("shape") << notAWorkshop
        << cannotOpen + QStringLiteral("its table “notes” does not have the columns of file "
                                       "version 3.");
    QTest::newRow("wrong types despite STRICT")
        << QStringLiteral("types") << corrupt
        << QStringLiteral("is damaged and cannot be opened (non-INTEGER value in steps.ord).");
    QTest::newRow("reference to a missing row")
        << QStringLiteral("dangling") << corrupt
        << QStringLiteral("of table “stages” refers to a row of table “teams” that does not "
                          "exist).");
    QTest::newRow("reference to a column that is no key")
        << QStringLiteral("mismatch") << notAWorkshop
        << cannotOpen +
               QStringLiteral("the references of its table “stages” are not those of a workshop.");
    QTest::newRow("another application's database")
        << QStringLiteral("foreign") << notAWorkshop
        << QStringLiteral("is not a Streamboard workshop: it is an SQLite database of another "
                          "application (application id 0x47504b47).");
    QTest::newRow("our tables, another application's id")
        << QStringLiteral("foreign-id") << notAWorkshop
        << QStringLiteral("is not a Streamboard workshop: it is an SQLite database of another "
                          "application (application id 0x47504b47).");
    QTest::newRow("our table names, other columns")
        << QStringLiteral("our-names") << notAWorkshop
        << cannotOpen + QStringLiteral("its table “actions” does not have the columns of file "
                                       "version 2.");
    QTest::newRow("version 1 with version 2 columns")
        << QStringLiteral("v1-with-v2") << notAWorkshop
        << cannotOpen +
               QStringLiteral("its table “maps” does not have the columns of file version 1.");
    QTest::newRow("schema version from the future")
        << QStringLiteral("future") << static_cast<int>(SqliteStore::OpenError::NewerSchema)
        << QStringLiteral("was made by a newer version of Streamboard (file version 4; this "
                          "version reads up to 3). Please update Streamboard.");
    QTest::newRow("more rows than a workshop holds")
        << QStringLiteral("rows") << tooLarge
        << QStringLiteral("maps and elements; a workshop holds at most 1000000.");
    QTest::newRow("a 50 MB name")
        << QStringLiteral("long-name") << tooLarge
        << QStringLiteral("is too large to open: the text in column “name” of table “steps”");
}

void TstStoreHostile::hostileFilesAreRefusedUntouched() {
    QFETCH(QString, kind);
    QFETCH(int, error);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QTemporaryDir out;
    const QString path = dir.filePath(QStringLiteral("hostile.vsmap"));
    const QString gpkg = QStringLiteral("PRAGMA application_id = 1196444487"); // "GPKG"
    QStringList statements;
    if (kind == QLatin1String("foreign")) {
        statements = {QStringLiteral("CREATE TABLE features (id INTEGER PRIMARY KEY, geom BLOB)"),
                      gpkg};
    } else if (kind == QLatin1String("our-names")) {
        for (const char* table :
             {"meta", "maps", "teams", "slices", "steps", "cells", "streams", "stages", "flows",
              "capabilities", "dependencies", "notes", "actions"})
            statements.append(QStringLiteral("CREATE TABLE %1 (a TEXT)").arg(QLatin1String(table)));
        statements.append(QStringLiteral("PRAGMA user_version = 2"));
    } else if (kind == QLatin1String("v1-with-v2")) {
        QVERIFY(makeVersion1File(path));
        statements = {
            QStringLiteral("ALTER TABLE maps ADD COLUMN roles TEXT NOT NULL DEFAULT '[]'")};
    } else {
        QVERIFY(makeWorkshop(path));
    }
    if (kind == QLatin1String("trigger"))
        statements = {QStringLiteral(
            "CREATE TRIGGER wipe AFTER INSERT ON notes BEGIN DELETE FROM maps; END")};
    else if (kind == QLatin1String("view"))
        statements = {QStringLiteral("CREATE VIEW everything AS SELECT * FROM maps")};
    else if (kind == QLatin1String("shape"))
        statements = {QStringLiteral("ALTER TABLE notes ADD COLUMN extra TEXT")};
    else if (kind == QLatin1String("dangling"))
        statements = {QStringLiteral(
            "UPDATE stages SET owner = 'ghost' WHERE rowid = (SELECT min(rowid) FROM stages)")};
    else if (kind == QLatin1String("foreign-id"))
        statements = {gpkg};
    else if (kind == QLatin1String("future"))
        statements = {QStringLiteral("PRAGMA user_version = 4")};
    else if (kind == QLatin1String("rows"))
        statements = {QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
            "INSERT INTO steps (map, id, ord, name) SELECT (SELECT min(id) FROM maps), "
            "'huge-' || i, 1000 + i, '' FROM n")};
    else if (kind == QLatin1String("long-name"))
        statements = {QStringLiteral("UPDATE steps SET name = printf('%.*c', 50000000, 'x') "
                                     "WHERE rowid = (SELECT min(rowid) FROM steps)")};
    QVERIFY(runStatements(path, statements));
    // Edits of the schema itself, each in a connection of its own so the next one sees it.
    auto editSchema = [&](const QString& update) {
        return runStatements(path, {QStringLiteral("PRAGMA writable_schema = ON"), update});
    };
    if (kind == QLatin1String("types")) {
        QVERIFY(editSchema(QStringLiteral(
            "UPDATE sqlite_schema SET sql = rtrim(sql, ' STRICT') WHERE name = 'steps'")));
        QVERIFY(runStatements(path, {QStringLiteral("UPDATE steps SET ord = 'first' WHERE rowid "
                                                    "= (SELECT min(rowid) FROM steps)")}));
        QVERIFY(editSchema(QStringLiteral(
            "UPDATE sqlite_schema SET sql = sql || ' STRICT' WHERE name = 'steps'")));
    } else if (kind == QLatin1String("mismatch")) {
        QVERIFY(editSchema(QStringLiteral(
            "UPDATE sqlite_schema SET sql = replace(sql, 'REFERENCES teams (map, id)', "
            "'REFERENCES teams (map, name)') WHERE name = 'stages'")));
    }
    const QByteArray before = bytesOf(path);

    for (SqliteStore::Mode mode : {SqliteStore::Mode::ReadWrite, SqliteStore::Mode::ReadOnly}) {
        SqliteStore::Opened opened = SqliteStore::open(path, mode);
        QVERIFY(!opened);
        QCOMPARE(static_cast<int>(opened.error), error);
        verifyOneLine(opened.errorString);
        QVERIFY2(opened.errorString.startsWith(QStringLiteral("“%1” ").arg(path)),
                 qPrintable(opened.errorString));
        QVERIFY2(opened.errorString.contains(message), qPrintable(opened.errorString));
    }
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("check"), path},
          QStringList{QStringLiteral("export"), path, out.filePath(QStringLiteral("o.json"))}}) {
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 2);
        const QString err = QString::fromUtf8(result.err).trimmed();
        verifyOneLine(err);
        QVERIFY2(err.contains(message), qPrintable(err));
    }
    QCOMPARE(bytesOf(path), before);
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("hostile.vsmap")});
    QCOMPARE(entriesOf(out.path()), QStringList());
}

void TstStoreHostile::unreadableFileSaysPermissionDenied() {
    QTemporaryDir dir(QStringLiteral("/tmp/tst_store_hostile-XXXXXX"));
    makePublic(dir.path(), false);
    const QString path = dir.filePath(QStringLiteral("secret.vsmap"));
    QVERIFY(makeWorkshop(path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    const CliResult r = runCli({QStringLiteral("check"), path}, true);
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err).trimmed();
    verifyOneLine(err);
    QVERIFY2(err.endsWith(QStringLiteral("“%1” cannot be read: permission denied").arg(path)),
             qPrintable(err));
}

void TstStoreHostile::fileLockedByAnotherProgramSaysSo() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.vsmap"));
    QVERIFY(makeWorkshop(path));
    const QString name = QStringLiteral("tst_store_hostile-holder");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = value")));

        SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
        QVERIFY(!opened);
        QCOMPARE(opened.error, SqliteStore::OpenError::CannotRead);
        QCOMPARE(
            opened.errorString,
            QStringLiteral("“%1” cannot be read: another program holds the file locked").arg(path));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(SqliteStore::open(path, SqliteStore::Mode::ReadOnly));
}

void TstStoreHostile::interruptedWriteIsCompletedOnlyByAWriter() {
    QTemporaryDir dir;
    QTemporaryDir crashed;
    const QString source = dir.filePath(QStringLiteral("source.vsmap"));
    const Workshop workshop = exampleWorkshop();
    QVERIFY(makeWorkshop(source, workshop));
    // A copy taken in the middle of a write: the file with part of the write, and its journal.
    const QString path = crashed.filePath(QStringLiteral("copy.vsmap"));
    const QString name = QStringLiteral("tst_store_hostile-interrupted");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        writer.setDatabaseName(source);
        QVERIFY(writer.open());
        QSqlQuery query(writer);
        QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size = 1")));
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.exec(QStringLiteral("UPDATE notes SET text = text || ' (half written)'")));
        QVERIFY(query.exec(QStringLiteral("UPDATE stages SET name = name || ' (half written)'")));
        QVERIFY(QFile::exists(source + QStringLiteral("-journal")));
        QVERIFY(QFile::copy(source, path));
        QVERIFY(
            QFile::copy(source + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(name);
    const QByteArray before = bytesOf(path);
    const QStringList entries = {QStringLiteral("copy.vsmap"),
                                 QStringLiteral("copy.vsmap-journal")};
    QCOMPARE(entriesOf(crashed.path()), entries);

    // Reading cannot play the journal back, and says why instead of "permission denied".
    const CliResult r = runCli({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err).trimmed();
    verifyOneLine(err);
    QVERIFY2(err.endsWith(QStringLiteral("“%1” cannot be read: an interrupted write left its "
                                         "journal beside the file; opening the file for writing "
                                         "completes it")
                              .arg(path)),
             qPrintable(err));
    QCOMPARE(bytesOf(path), before);
    QCOMPARE(entriesOf(crashed.path()), entries);

    // A writer plays it back: the file is as it was before that write.
    {
        SqliteStore::Opened opened = SqliteStore::open(path);
        QVERIFY2(opened, qPrintable(opened.errorString));
        QVERIFY(!opened.store->isReadOnly());
        QCOMPARE(opened.workshop, workshop);
    }
    QCOMPARE(entriesOf(crashed.path()), QStringList{QStringLiteral("copy.vsmap")});
}

void TstStoreHostile::lockIsTakenBeforeTheFileIsRead() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.vsmap"));
    QFile garbage(path);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, '\x5a'));
    garbage.close();
    QLockFile other(path + QStringLiteral(".lock"));
    QVERIFY(other.tryLock(0));

    // For writing, the lock comes first: nothing of the file is read while another holds it.
    SqliteStore::Opened writing = SqliteStore::open(path, SqliteStore::Mode::ReadWrite);
    QCOMPARE(writing.error, SqliteStore::OpenError::LockedByOther);
    // Reading needs no lock, so it reads the file and finds it is none.
    SqliteStore::Opened reading = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
    QCOMPARE(reading.error, SqliteStore::OpenError::NotAWorkshop);
}

void TstStoreHostile::abandonedLockOfAnotherHostIsTakenOver() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.vsmap"));
    const QString lock = path + QStringLiteral(".lock");
    QVERIFY(makeWorkshop(path));
    QFile file(lock);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("4242\nstreamboard\nelsewhere.invalid\n");
    file.close();

    // Touched an hour ago: the other host may still be at work.
    setModified(lock, 60 * 60);
    QCOMPARE(SqliteStore::open(path).error, SqliteStore::OpenError::LockedByOther);

    // Untouched for 12 hours and a minute: abandoned.
    setModified(lock, 12 * 60 * 60 + 60);
    {
        SqliteStore::Opened opened = SqliteStore::open(path);
        QVERIFY2(opened, qPrintable(opened.errorString));
        QVERIFY(!opened.store->isReadOnly());
    }
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("shared.vsmap")});
}

void TstStoreHostile::writesKeepTheLockFresh() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.vsmap"));
    QVERIFY(makeWorkshop(path));
    SqliteStore::Opened opened = SqliteStore::open(path);
    QVERIFY(opened);
    const QString lock = path + QStringLiteral(".lock");
    setModified(lock, 13 * 60 * 60);
    Workshop changed = opened.workshop;
    changed.maps[0].teams[0].name = QStringLiteral("Renamed");
    Journal journal;
    journal.elements = {{changed.maps[0].uid, ElementKind::Team, changed.maps[0].teams[0].id}};
    QVERIFY2(opened.store->write(journal, changed), qPrintable(opened.store->errorString()));
    QVERIFY2(secondsSinceModified(lock) < 60 * 60,
             qPrintable(QString::number(secondsSinceModified(lock))));
}

void TstStoreHostile::fullDiskLeavesNoPartialFile() {
    TinyDisk disk;
    if (!disk.mounted())
        QSKIP("this machine does not let the test mount a tmpfs");
    // /dev/full is not used: a write through a symlink to it would rename over the device.
    QTemporaryDir dir;
    const Workshop large = largeWorkshop();
    const QString source = dir.filePath(QStringLiteral("large.vsmap"));
    QVERIFY(makeWorkshop(source, large));
    QVERIFY(QFileInfo(source).size() > 64 * 1024);
    const QString json = dir.filePath(QStringLiteral("large.json"));
    {
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sb::json::write(large));
    }

    // An existing target stays as it was.
    const QString target = disk.filePath(QStringLiteral("target.vsmap"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("what was here before");
    }
    SqliteStore::Opened created = SqliteStore::create(target, large, true);
    QVERIFY(!created);
    QCOMPARE(created.error, SqliteStore::OpenError::CannotWrite);
    QCOMPARE(created.errorString,
             QStringLiteral("“%1” cannot be written: the disk is full").arg(target));
    QCOMPARE(bytesOf(target), QByteArray("what was here before"));
    QCOMPARE(entriesOf(disk.path()), QStringList{QStringLiteral("target.vsmap")});
    QVERIFY(QFile::remove(target));

    // Save as: the workshop stays on its file.
    {
        SqliteStore::Opened opened = SqliteStore::open(source);
        QVERIFY(opened);
        Document document(opened.workshop, std::move(opened.store));
        QString error;
        const QString copy = disk.filePath(QStringLiteral("copy.vsmap"));
        QFile earlier(copy);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier copy");
        earlier.close();
        QVERIFY(!files::saveAs(document, copy, &error));
        QCOMPARE(error, QStringLiteral("“%1” cannot be written: the disk is full").arg(copy));
        QCOMPARE(dynamic_cast<SqliteStore*>(document.store())->path(), source);
        QCOMPARE(bytesOf(copy), QByteArray("an earlier copy"));
        QCOMPARE(entriesOf(disk.path()), QStringList{QStringLiteral("copy.vsmap")});
        QVERIFY(QFile::remove(copy));
    }

    // The command line: import into a new file, and export.
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("import"), json, disk.filePath(QStringLiteral("i.vsmap"))},
          QStringList{QStringLiteral("export"), source, disk.filePath(QStringLiteral("e.json"))}}) {
        const CliResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        verifyOneLine(err);
        QVERIFY2(err.endsWith(QStringLiteral("the disk is full")), qPrintable(err));
        QCOMPARE(entriesOf(disk.path()), QStringList());
    }
}

void TstStoreHostile::fullDiskWriteKeepsTheFile() {
    TinyDisk disk(1024);
    if (!disk.mounted())
        QSKIP("this machine does not let the test mount a tmpfs");
    const QString path = disk.filePath(QStringLiteral("w.vsmap"));
    const Workshop workshop = exampleWorkshop();
    QVERIFY(makeWorkshop(path, workshop));
    {
        SqliteStore::Opened opened = SqliteStore::open(path);
        QVERIFY(opened);
        fillUp(disk.filePath(QStringLiteral("filler")));
        Workshop changed = opened.workshop;
        changed.maps[0].notes[0].text = QString(200 * 1024, QLatin1Char('n'));
        Journal journal;
        journal.elements = {{changed.maps[0].uid, ElementKind::Note, changed.maps[0].notes[0].id}};
        QVERIFY(!opened.store->write(journal, changed));
        QCOMPARE(opened.store->errorString(), QStringLiteral("the disk is full"));
        QVERIFY(QFile::remove(disk.filePath(QStringLiteral("filler"))));
    }
    QCOMPARE(entriesOf(disk.path()), QStringList{QStringLiteral("w.vsmap")});
    SqliteStore::Opened reopened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
    QVERIFY(reopened);
    QCOMPARE(reopened.workshop, workshop);
}

void TstStoreHostile::unwritableFolderSaysPermissionDenied() {
    QTemporaryDir dir(QStringLiteral("/tmp/tst_store_hostile-XXXXXX"));
    makePublic(dir.path(), false);
    const QString json = dir.filePath(QStringLiteral("in.json"));
    {
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sb::json::write(exampleWorkshop()));
        QFile::setPermissions(json, QFileDevice::ReadOwner | QFileDevice::ReadOther);
    }
    for (const QString& out :
         {dir.filePath(QStringLiteral("out.vsmap")), dir.filePath(QStringLiteral("out.json"))}) {
        const QStringList arguments = out.endsWith(QLatin1String(".vsmap"))
                                          ? QStringList{QStringLiteral("import"), json, out}
                                          : QStringList{QStringLiteral("export"), json, out};
        const CliResult r = runCli(arguments, true);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err).trimmed();
        verifyOneLine(err);
        QVERIFY2(err.endsWith(QStringLiteral("permission denied")), qPrintable(err));
    }
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("in.json")});
}

STREAMBOARD_GUILESS_TEST_MAIN(TstStoreHostile)
} // namespace tst_store_hostile

#include "tst_store_hostile.moc"
