// The PostgreSQL schema of workshops (core/store/pg_schema.h) on a throwaway server
// (tests/pg_server.h): created once and idempotently, versioned, and many workshops in one
// database kept apart.
#include "pg_server.h"
#include "store/pg_schema.h"
#include "test_main.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <thread>
#include <unistd.h>

namespace tst_pg_schema {

const QString connectionName = QStringLiteral("tst_pg_schema");

QStringList texts(std::initializer_list<const char*> items) {
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

// Runs one statement with its values bound in order; says the server's words when it fails.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values = {}) {
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

QStringList column(QSqlQuery& query, const QString& sql, const QVariantList& values = {}) {
    QStringList result;
    if (!run(query, sql, values))
        return {QStringLiteral("(failed)")};
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

qint64 addWorkshop(QSqlQuery& query, const QString& name) {
    if (!run(query, QStringLiteral("INSERT INTO workshops (name) VALUES (?) RETURNING id"),
             {name}) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool addMap(QSqlQuery& query, qint64 workshop, const QString& name) {
    return run(
        query,
        QStringLiteral("INSERT INTO maps (workshop, id, ord, name, state, working_day_hours, "
                       "coordination_max_teams, shared_service_min_streams, team_size_min, "
                       "team_size_max) VALUES (?, 1, 0, ?, 'current', 8, 3, 2, 5, 9)"),
        {workshop, name});
}

bool addTeam(QSqlQuery& query, qint64 workshop, const QString& id, const QString& name) {
    return run(query,
               QStringLiteral("INSERT INTO teams (workshop, map, id, ord, name, type) "
                              "VALUES (?, 1, ?, 0, ?, 'stream-aligned')"),
               {workshop, id, name});
}

bool addStage(QSqlQuery& query, qint64 workshop, const QString& id, const QString& name,
              const QString& owner) {
    return run(
        query,
        QStringLiteral("INSERT INTO stages (workshop, map, id, ord, name, owner, "
                       "process_time, lead_time, pct_ca) VALUES (?, 1, ?, 0, ?, ?, 1, 2, 1)"),
        {workshop, id, name, owner});
}

class TestPgSchema : public QObject {
    Q_OBJECT

    sb::test::PgServer server; // one server for all of this file's functions
    QSqlDatabase db;           // a database of the function's own, made by init()

private slots:
    void initTestCase() { STREAMBOARD_START_PG_SERVER(server); }

    void init() {
        const QString name = QString::fromLatin1(QTest::currentTestFunction()).toLower();
        QVERIFY2(server.createDatabase(name), qPrintable(server.error()));
        db = server.open(connectionName, name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }

    void cleanup() {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }

    void cleanupTestCase() {
        if (!server.isRunning())
            return; // skipped or failed at the start
        const QString folder = server.socketFolder();
        server.stop();
        QVERIFY(!server.isRunning());
        QVERIFY(!folder.isEmpty() && !QFileInfo::exists(folder));
    }

    void theServerRunsUnprivilegedOnItsSocketOnly() {
        const QFileInfo pidFile(server.socketFolder() + QStringLiteral("/data/postmaster.pid"));
        QCOMPARE(pidFile.ownerId(), ::geteuid() == 0 ? 65534u : ::geteuid());
        QSqlQuery query(db);
        QCOMPARE(column(query, QStringLiteral("SELECT current_setting('listen_addresses')")),
                 QStringList{QString()});
        QCOMPARE(column(query, QStringLiteral("SELECT current_setting('unix_socket_directories')")),
                 QStringList{server.socketFolder()});
        QCOMPARE(column(query, QStringLiteral("SELECT current_setting('server_version_num')"))
                     .value(0)
                     .left(2),
                 QStringLiteral("15"));
    }

    void anEmptyDatabaseHasNoSchemaVersion() {
        QString error;
        QCOMPARE(sb::pg::schemaVersion(db, &error), std::optional<int>(0));
        QCOMPARE(error, QString());
    }

    void createsEveryTableOfVersionOne() {
        QString error;
        QVERIFY2(sb::pg::createSchema(db, &error), qPrintable(error));
        QCOMPARE(sb::pg::schemaVersion(db, &error), std::optional<int>(1));
        QSqlQuery query(db);
        QCOMPARE(column(query, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                              "WHERE table_schema = current_schema() "
                                              "ORDER BY table_name")),
                 (texts({"actions", "capabilities", "cells", "dependencies", "flows", "maps",
                         "meta", "notes", "slices", "stages", "steps", "streamboard_schema_version",
                         "streams", "teams", "work_item_setups", "work_items", "workshops"})));
    }

    // Every table of a workshop's content has the workshop first in its key.
    void everyKeyStartsWithTheWorkshop() {
        QString error;
        QVERIFY2(sb::pg::createSchema(db, &error), qPrintable(error));
        QSqlQuery query(db);
        QCOMPARE(column(query, QStringLiteral("SELECT c.relname FROM pg_index i "
                                              "JOIN pg_class c ON c.oid = i.indrelid "
                                              "JOIN pg_attribute a ON a.attrelid = i.indrelid "
                                              "AND a.attnum = i.indkey[0] "
                                              "WHERE i.indisprimary AND a.attname = 'workshop' "
                                              "AND c.relnamespace = current_schema()::regnamespace "
                                              "ORDER BY c.relname")),
                 (texts({"actions", "capabilities", "cells", "dependencies", "flows", "maps",
                         "meta", "notes", "slices", "stages", "steps", "streams", "teams",
                         "work_item_setups", "work_items"})));
    }

    void creatingAgainKeepsWhatIsThere() {
        QString error;
        QVERIFY2(sb::pg::createSchema(db, &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(addWorkshop(query, QStringLiteral("Checkout")) > 0);
        QVERIFY2(sb::pg::createSchema(db, &error), qPrintable(error));
        QCOMPARE(sb::pg::schemaVersion(db, &error), std::optional<int>(1));
        QCOMPARE(column(query, QStringLiteral("SELECT name FROM workshops")), texts({"Checkout"}));
        QCOMPARE(column(query, QStringLiteral("SELECT version FROM streamboard_schema_version")),
                 texts({"1"}));
    }

    // A second client finding the database empty while the first creates the schema waits for
    // the first's advisory lock, then finds the schema made.
    void clientsCreatingAtOnceTakeTurns() {
        QSqlQuery query(db);
        QVERIFY(db.transaction());
        QVERIFY(
            run(query, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {sb::pg::schemaLockKey}));
        const QString database = db.databaseName();
        bool secondCreated = false;
        QString secondError;
        std::jthread second([&] {
            const QString name = QStringLiteral("tst_pg_schema_second");
            {
                QSqlDatabase other = server.open(name, database);
                secondCreated = other.isOpen() && sb::pg::createSchema(other, &secondError);
            }
            QSqlDatabase::removeDatabase(name);
        });
        bool committed = false;
        // On a failed check: release the lock, so that the second client ends and can be joined.
        const auto releaseLock = qScopeGuard([&] {
            if (!committed)
                db.rollback();
        });
        const QDeadlineTimer deadline(60000);
        while (column(query, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = "
                                            "'advisory' AND NOT granted")) != texts({"1"}) &&
               !deadline.hasExpired())
            QThread::msleep(5);
        for (const QString& sql : sb::pg::schemaStatements())
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text())); // DDL: unprepared
        QVERIFY(
            run(query, QStringLiteral("INSERT INTO streamboard_schema_version VALUES (true, 1)")));
        QVERIFY(run(query, QStringLiteral("INSERT INTO workshops (name) VALUES ('First')")));
        QVERIFY(db.commit());
        committed = true;
        second.join();
        QVERIFY2(secondCreated, qPrintable(secondError));
        QCOMPARE(column(query, QStringLiteral("SELECT name FROM workshops")), texts({"First"}));
    }

    void aNewerSchemaIsRefusedAndLeftAlone() {
        QString error;
        QVERIFY2(sb::pg::createSchema(db, &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(run(query, QStringLiteral("UPDATE streamboard_schema_version SET version = 2")));
        QVERIFY(!sb::pg::createSchema(db, &error));
        QCOMPARE(error, QStringLiteral("the database holds workshops of schema version 2; this "
                                       "Streamboard knows version 1"));
        QCOMPARE(sb::pg::schemaVersion(db, &error), std::optional<int>(2));
        QCOMPARE(column(query, QStringLiteral("SELECT count(*) FROM workshops")), texts({"0"}));
    }

    void aVersionTableWithoutItsRowIsAnError() {
        QString error;
        QVERIFY2(sb::pg::createSchema(db, &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(run(query, QStringLiteral("DELETE FROM streamboard_schema_version")));
        QCOMPARE(sb::pg::schemaVersion(db, &error), std::nullopt);
        QCOMPARE(error, QStringLiteral("the database's schema version is missing"));
        QVERIFY(!sb::pg::createSchema(db, &error));
    }

    // The same map, team and stage ids in two workshops of one database, each read back alone.
    void workshopsInOneDatabaseAreKeptApart() {
        QString error;
        QVERIFY2(sb::pg::createSchema(db, &error), qPrintable(error));
        QSqlQuery query(db);
        const qint64 north = addWorkshop(query, QStringLiteral("North"));
        const qint64 south = addWorkshop(query, QStringLiteral("South"));
        QVERIFY(north > 0 && south > 0 && north != south);
        QVERIFY(db.transaction());
        QVERIFY(addMap(query, north, QStringLiteral("Current state")));
        QVERIFY(addMap(query, south, QStringLiteral("Current state")));
        QVERIFY(addTeam(query, north, QStringLiteral("t1"), QStringLiteral("Checkout")));
        QVERIFY(addTeam(query, south, QStringLiteral("t1"), QStringLiteral("Payments")));
        QVERIFY(addStage(query, north, QStringLiteral("s1"), QStringLiteral("Browse"),
                         QStringLiteral("t1")));
        QVERIFY(addStage(query, south, QStringLiteral("s1"), QStringLiteral("Refund"),
                         QStringLiteral("t1")));
        QVERIFY2(db.commit(), qPrintable(db.lastError().text()));

        const QString stagesWithOwners =
            QStringLiteral("SELECT s.name || ' by ' || t.name FROM stages s JOIN teams t "
                           "ON t.workshop = s.workshop AND t.map = s.map AND t.id = s.owner "
                           "WHERE s.workshop = ?");
        QCOMPARE(column(query, stagesWithOwners, {north}), texts({"Browse by Checkout"}));
        QCOMPARE(column(query, stagesWithOwners, {south}), texts({"Refund by Payments"}));

        QVERIFY(run(query, QStringLiteral("DELETE FROM workshops WHERE id = ?"), {north}));
        QCOMPARE(column(query, QStringLiteral("SELECT workshop || ' ' || name FROM stages")),
                 QStringList{QString::number(south) + QStringLiteral(" Refund")});
        QCOMPARE(column(query, QStringLiteral("SELECT workshop || ' ' || name FROM teams")),
                 QStringList{QString::number(south) + QStringLiteral(" Payments")});
    }

    // A stage cannot name a team that exists only in another workshop.
    void referencesStayInTheirWorkshop() {
        QString error;
        QVERIFY2(sb::pg::createSchema(db, &error), qPrintable(error));
        QSqlQuery query(db);
        const qint64 north = addWorkshop(query, QStringLiteral("North"));
        const qint64 south = addWorkshop(query, QStringLiteral("South"));
        QVERIFY(addMap(query, north, QStringLiteral("Current state")));
        QVERIFY(addMap(query, south, QStringLiteral("Current state")));
        QVERIFY(addTeam(query, north, QStringLiteral("t9"), QStringLiteral("Checkout")));
        QVERIFY(db.transaction());
        QVERIFY(addStage(query, south, QStringLiteral("s1"), QStringLiteral("Refund"),
                         QStringLiteral("t9")));
        QVERIFY(!db.commit());
        QVERIFY2(
            db.lastError().databaseText().contains(QLatin1String("stages_workshop_map_owner_fkey")),
            qPrintable(db.lastError().text()));
        QCOMPARE(column(query, QStringLiteral("SELECT count(*) FROM stages")), texts({"0"}));
    }

    // A stream's work items hang on its setup row, and the setup on the stream: removing the
    // stream removes them; an item needs its stream's setup.
    void workItemsGoWithTheirStream() {
        QString error;
        QVERIFY2(sb::pg::createSchema(db, &error), qPrintable(error));
        QSqlQuery query(db);
        const qint64 north = addWorkshop(query, QStringLiteral("North"));
        QVERIFY(addMap(query, north, QStringLiteral("Current state")));
        QVERIFY(run(query,
                    QStringLiteral("INSERT INTO streams (workshop, map, id, ord, name, kind, "
                                   "period_days, done_features, done_defects, done_risks, "
                                   "done_debt, in_progress_features, in_progress_defects, "
                                   "in_progress_risks, in_progress_debt) VALUES "
                                   "(?, 1, 'vs1', 0, 'Checkout', 'customer', 30, 0, 0, 0, 0, "
                                   "0, 0, 0, 0)"),
                    {north}));
        QVERIFY(run(query,
                    QStringLiteral("INSERT INTO work_item_setups (workshop, map, stream, states, "
                                   "active, types, stages) VALUES "
                                   "(?, 1, 'vs1', '[\"Dev\",\"Done\"]', '[]', '[]', '[]')"),
                    {north}));
        QVERIFY(run(query,
                    QStringLiteral("INSERT INTO work_items (workshop, map, stream, ord, id, kind, "
                                   "entered) VALUES (?, 1, 'vs1', 0, 'A1', 'defects', "
                                   "'[\"2026-03-01\",null]')"),
                    {north}));
        QVERIFY(!run(query,
                     QStringLiteral("INSERT INTO work_items (workshop, map, stream, ord, id, "
                                    "kind, entered) VALUES (?, 1, 'vs9', 0, 'A1', 'features', "
                                    "'[]')"),
                     {north}));
        QVERIFY(!run(query,
                     QStringLiteral("INSERT INTO work_items (workshop, map, stream, ord, id, "
                                    "kind, entered) VALUES (?, 1, 'vs1', 1, 'A2', 'bugs', '[]')"),
                     {north}));
        QCOMPARE(column(query, QStringLiteral("SELECT id || ' ' || kind FROM work_items")),
                 texts({"A1 defects"}));
        QVERIFY(run(query, QStringLiteral("DELETE FROM streams WHERE id = 'vs1'")));
        QCOMPARE(column(query, QStringLiteral("SELECT count(*) FROM work_items")), texts({"0"}));
        QCOMPARE(column(query, QStringLiteral("SELECT count(*) FROM work_item_setups")),
                 texts({"0"}));
    }
};

} // namespace tst_pg_schema

STREAMBOARD_GUILESS_TEST_MAIN(tst_pg_schema::TestPgSchema)
#include "tst_pg_schema.moc"
