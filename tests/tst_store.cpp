#include "cli_runner.h"
#include "commands/commands.h"
#include "model/document.h"
#include "store/sqlite_migrations.h"
#include "store/sqlite_store.h"
#include "test_main.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace tst_store {

using namespace sb;

namespace {

// ---- Workshops written out by hand -------------------------------------------------------

Card fullCard() {
    Card card;
    card[CardField::For] = QStringLiteral("Shoppers on mobile");
    card[CardField::Trigger] = QStringLiteral("Shopper fills a basket");
    card[CardField::FinishLine] = QStringLiteral("Parcel delivered");
    card[CardField::Outcome] = QStringLiteral("Fewer abandoned baskets");
    card[CardField::NorthStar] = QStringLiteral("Weekly repeat orders");
    card[CardField::SupportingMetrics] = QStringLiteral("Conversion, basket size");
    card[CardField::RevenueStreams] = QStringLiteral("Margin on goods");
    card[CardField::Policies] = QStringLiteral("No release on Fridays");
    card[CardField::Owns] = QStringLiteral("Checkout UI");
    card[CardField::ReliesOn] = QStringLiteral("Payments API");
    card[CardField::Capabilities] = QStringLiteral("Payments, Search");
    card[CardField::Interfaces] = QStringLiteral("REST /orders");
    card[CardField::Risks] = QStringLiteral("Card fraud");
    return card;
}

// Every field of every kind of element set to a value other than its default somewhere, and
// every optional field left empty somewhere else. Map uids 1 and 5, not 1 and 2.
Workshop fullWorkshop() {
    Map current;
    current.uid = 1;
    current.info = {QStringLiteral("Current state"), MapState::Current, {}, {8, 3, 4, 1, 12}};
    current.teams = {
        {QStringLiteral("t1"), QStringLiteral("Checkout"), TeamType::StreamAligned, 6,
         QColor(QStringLiteral("#3b7dd8"))},
        {QStringLiteral("t2"), QStringLiteral("Platform"), TeamType::Platform, std::nullopt, {}},
        {QStringLiteral("t3"), QStringLiteral("Coaches"), TeamType::Enabling, 1,
         QColor(QStringLiteral("#e0803c"))},
        {QStringLiteral("t4"), QStringLiteral("Search"), TeamType::ComplicatedSubsystem, 4, {}},
    };
    current.slices = {
        {QStringLiteral("s1"), QStringLiteral("Consumer shopper"),
         QStringLiteral("We win when shoppers reorder for groceries")},
        {QStringLiteral("s2"), QStringLiteral("Business buyer"), {}},
    };
    current.steps = {{QStringLiteral("c1"), QStringLiteral("Discover")},
                     {QStringLiteral("c2"), QStringLiteral("Buy")}};
    current.cells = {
        {QStringLiteral("s1"), QStringLiteral("c1"), QStringLiteral("Find it fast"),
         QStringLiteral("Relevant results"), QStringLiteral("Items in basket"),
         QStringLiteral("Search to basket rate"), true},
        {QStringLiteral("s2"),
         QStringLiteral("c2"),
         QStringLiteral("Pay on invoice"),
         {},
         {},
         {},
         false},
    };
    Stream shop{QStringLiteral("vs1"),
                QStringLiteral("Shopper purchase"),
                StreamKind::Customer,
                QStringLiteral("t1"),
                QStringLiteral("s1"),
                fullCard(),
                QColor(QStringLiteral("#3fa66b")),
                {14.5, {5, 3, 2, 1}, {4, 6, 7, 8}}};
    Stream ops{QStringLiteral("vs2"),
               QStringLiteral("Payments operations"),
               StreamKind::Supporting,
               {},
               {},
               {},
               {},
               {}};
    ops.card[CardField::Risks] = QStringLiteral("Single on-call person");
    current.streams = {shop, ops};
    current.stages = {
        {QStringLiteral("a"), QStringLiteral("vs1"), QStringLiteral("c1"),
         QStringLiteral("Backlog"), QStringLiteral("t1"), 1800.5, 86400, 87.5,
         QPointF(10.25, -20.5)},
        {QStringLiteral("b"),
         QStringLiteral("vs1"),
         {},
         QStringLiteral("Build"),
         QStringLiteral("t2"),
         0,
         3600,
         100,
         std::nullopt},
        {QStringLiteral("c"),
         QStringLiteral("vs2"),
         QStringLiteral("c2"),
         QStringLiteral("Settle"),
         {},
         7200,
         7200.25,
         0,
         QPointF(0, 0)},
    };
    current.flows = {
        {QStringLiteral("f1"), QStringLiteral("a"), QStringLiteral("b"), FlowKind::Push},
        {QStringLiteral("f2"), QStringLiteral("b"), QStringLiteral("a"), FlowKind::Rework},
        {QStringLiteral("f3"), QStringLiteral("a"), QStringLiteral("b"), FlowKind::Pull},
    };
    current.capabilities = {
        {QStringLiteral("cap1"), QStringLiteral("Payments"), QStringLiteral("t2"),
         QStringLiteral("99.9%"), QStringLiteral("vs2")},
        {QStringLiteral("cap2"), QStringLiteral("Search index"), {}, {}, {}},
    };
    current.dependencies = {
        {QStringLiteral("d1"), QStringLiteral("vs1"), QStringLiteral("cap1")},
        {QStringLiteral("d2"), QStringLiteral("b"), QStringLiteral("cap2")},
        {QStringLiteral("d3"), QStringLiteral("cap1"), QStringLiteral("vs2")},
    };
    current.notes = {
        {QStringLiteral("n1"), QStringLiteral("Too many approvals"), NoteKind::Kaizen,
         QColor(QStringLiteral("#c94f6d")), QPointF(300, 40.5)},
        {QStringLiteral("n2"), QString(), NoteKind::Sticky, {}, std::nullopt},
    };

    // The facilitation fields of schema version 2.
    current.teams[0].roles = {{QStringLiteral("Product"), 1},
                              {QStringLiteral("Engineering"), 4},
                              {QStringLiteral("Data science"), 1}};
    current.info.settings.roles = {QStringLiteral("Product"), QStringLiteral("Engineering"),
                                   QStringLiteral("Data science")};
    current.info.settings.requiredRoles = {QStringLiteral("Data science")};
    current.info.timeboxes[AgendaStep::Slices] = 600;
    current.info.timeboxes[AgendaStep::Grid] = 5400.5;
    current.streams[0].criteria[Criterion::CustomerClarity].note =
        QStringLiteral("Mobile shoppers only");
    current.streams[0].criteria[Criterion::PolicyDeltas] = {true, QStringLiteral("Refunds differ")};
    current.streams[0].criteria[Criterion::Simplicity].met = true;
    Action automate;
    automate.id = QStringLiteral("act1");
    automate.title = QStringLiteral("Automate the release");
    automate.owner = QStringLiteral("t2");
    automate.due = QDate(2026, 12, 1);
    automate.status = ActionStatus::InProgress;
    automate.note = QStringLiteral("Start with staging");
    automate.links = {QStringLiteral("n1"), QStringLiteral("b")};
    automate.findings = {QStringLiteral("one-hop:vs1,t1,t2"), QStringLiteral("staffing:cap2")};
    Action review;
    review.id = QStringLiteral("act2");
    review.title = QStringLiteral("Review the map");
    current.actions = {automate, review};

    Map future;
    future.uid = 5;
    future.info = {
        QStringLiteral("Future state"), MapState::Future, QStringLiteral("Current state"), {}};
    future.info.noMaterialDivergence = true;
    future.teams = {current.teams[0]};
    future.teams[0].roles = {{QStringLiteral("Product"), 2}, {QStringLiteral("Engineering"), 4}};
    future.steps = current.steps;
    future.streams = {{QStringLiteral("vs1"),
                       QStringLiteral("Shopper purchase"),
                       StreamKind::Customer,
                       QStringLiteral("t1"),
                       {},
                       {},
                       {},
                       {}}};
    future.stages = {{QStringLiteral("a"), QStringLiteral("vs1"), QStringLiteral("c1"),
                      QStringLiteral("Backlog"), QStringLiteral("t1"), 60, 120, 99, std::nullopt}};
    Action done;
    done.id = QStringLiteral("act1");
    done.title = QStringLiteral("Split checkout");
    done.status = ActionStatus::Done;
    future.actions = {done};
    return {{current, future}};
}

// What tests/data/store/workshop-v1.sql holds.
Workshop handWrittenWorkshop() {
    Map now;
    now.uid = 3;
    now.info = {QStringLiteral("Now"), MapState::Current, {}, {8, 3, 4, 1, 10}};
    now.teams = {
        {QStringLiteral("web"), QStringLiteral("Web shop"), TeamType::StreamAligned, 5,
         QColor(QStringLiteral("#112233"))},
        {QStringLiteral("pay"), QStringLiteral("Payments"), TeamType::Platform, std::nullopt, {}}};
    now.slices = {{QStringLiteral("buyers"), QStringLiteral("Buyers"),
                   QStringLiteral("We win when buyers return")}};
    now.steps = {{QStringLiteral("order"), QStringLiteral("Order")}};
    now.cells = {{QStringLiteral("buyers"),
                  QStringLiteral("order"),
                  QStringLiteral("Buy fast"),
                  {},
                  {},
                  QStringLiteral("Orders per day"),
                  true}};
    Stream shop{QStringLiteral("shop"),
                QStringLiteral("Shop"),
                StreamKind::Customer,
                QStringLiteral("web"),
                QStringLiteral("buyers"),
                {},
                QColor(QStringLiteral("#aabbcc")),
                {7, {1, 2, 3, 4}, {5, 6, 7, 8}}};
    shop.card[CardField::Trigger] = QStringLiteral("Basket filled");
    shop.card[CardField::NorthStar] = QStringLiteral("Repeat orders");
    shop.card[CardField::Risks] = QStringLiteral("Card fraud");
    now.streams = {shop};
    now.stages = {{QStringLiteral("cart"), QStringLiteral("shop"), QStringLiteral("order"),
                   QStringLiteral("Cart"), QStringLiteral("web"), 30, 600, 75, QPointF(12.5, -4)},
                  {QStringLiteral("pick"),
                   QStringLiteral("shop"),
                   {},
                   QStringLiteral("Pick"),
                   QStringLiteral("pay"),
                   60,
                   120,
                   90,
                   std::nullopt}};
    now.flows = {
        {QStringLiteral("f1"), QStringLiteral("cart"), QStringLiteral("pick"), FlowKind::Pull}};
    now.capabilities = {{QStringLiteral("ledger"),
                         QStringLiteral("Ledger"),
                         QStringLiteral("pay"),
                         QStringLiteral("99.5%"),
                         {}}};
    now.dependencies = {{QStringLiteral("d1"), QStringLiteral("pick"), QStringLiteral("ledger")}};
    now.notes = {{QStringLiteral("n1"), QStringLiteral("Slow approvals"), NoteKind::Kaizen,
                  QColor(QStringLiteral("#ff0000")), QPointF(100, 200)}};
    Map later;
    later.uid = 7;
    later.info = {QStringLiteral("Later"), MapState::Future, QStringLiteral("Now"), {}};
    later.steps = {{QStringLiteral("order"), QStringLiteral("Order online")}};
    return {{now, later}};
}

// ---- Files ---------------------------------------------------------------------------------

QByteArray readBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Rows of a query on the file, through a connection of their own; cells joined by '|', NULL
// shown as NULL.
QStringList rows(const QString& path, const QString& sql) {
    const QString name = QStringLiteral("tst_store-reader");
    QStringList result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QUrl::fromLocalFile(path).toString() + QStringLiteral("?mode=ro"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {db.lastError().text()};
        QSqlQuery query(db);
        if (!query.exec(sql))
            return {query.lastError().text()};
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            result.append(cells.join(QLatin1Char('|')));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Runs SQL statements on a file (creating it), each ending a line with ';'.
bool runSql(const QString& path, const QString& script) {
    const QString name = QStringLiteral("tst_store-writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        QString statement;
        const QStringList lines = script.split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                if (!query.exec(statement)) {
                    qWarning() << query.lastError().text() << statement;
                    ok = false;
                }
                statement.clear();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

Workshop reopen(const QString& path) {
    SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
    if (!opened)
        qWarning() << opened.errorString;
    return opened.workshop;
}

QStringList uidsOf(const Workshop& w) {
    QStringList uids;
    for (const Map& m : w.maps)
        uids.append(QString::number(m.uid));
    return uids;
}

// ---- Child processes -----------------------------------------------------------------------

const char* childModeVariable = "STREAMBOARD_TST_STORE_CHILD";

void waitForStdinToClose() {
    while (std::fgetc(stdin) != EOF) {
    }
}

void say(const QString& line) {
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// The test binary run again as a small program: opens, creates or holds a file and says what
// happened on one line.
int runChild(const QString& mode, const QString& path) {
    if (mode == QLatin1String("open")) {
        SqliteStore::Opened opened = SqliteStore::open(path);
        say(QStringLiteral("error=%1 readonly=%2 equal=%3")
                .arg(static_cast<int>(opened.error))
                .arg(opened.store && opened.store->isReadOnly() ? 1 : 0)
                .arg(opened.workshop == fullWorkshop() ? 1 : 0));
        return 0;
    }
    if (mode == QLatin1String("create")) {
        SqliteStore::Opened created = SqliteStore::create(path, fullWorkshop());
        say(QStringLiteral("error=%1").arg(static_cast<int>(created.error)));
        return 0;
    }
    SqliteStore::Opened opened = SqliteStore::open(path);
    if (!opened) {
        say(opened.errorString);
        return 1;
    }
    if (mode == QLatin1String("hold")) {
        say(QStringLiteral("opened"));
        waitForStdinToClose();
        return 0;
    }
    if (mode == QLatin1String("write-and-wait")) {
        Document document(opened.workshop, std::move(opened.store));
        Team renamed = document.map(1)->teams[0];
        renamed.name = QStringLiteral("Checkout and payments");
        document.push(commands::changeElement(&document, 1, renamed).release());
        say(document.hasUnsavedChanges() ? QStringLiteral("unsaved") : QStringLiteral("written"));
        waitForStdinToClose();
        return 0;
    }
    return 2;
}

// Starts the test binary in a child mode, as the unprivileged user 65534 when asked and we are
// root (where permission bits would not bite).
void startChild(QProcess& process, const QString& mode, const QString& path,
                bool unprivileged = false) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(childModeVariable), mode);
    process.setProcessEnvironment(env);
    QStringList arguments = {QStringLiteral("tst_store"), path};
    QString program = QCoreApplication::applicationFilePath();
    if (unprivileged && ::geteuid() == 0) {
        arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), sb::test::publicCopy(program)} +
                    arguments;
        program = QStringLiteral("setpriv");
    }
    process.start(program, arguments);
}

QString runChildToEnd(const QString& mode, const QString& path, bool unprivileged) {
    QProcess process;
    startChild(process, mode, path, unprivileged);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000))
        return QStringLiteral("timeout");
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
        .trimmed();
}

// A temporary folder under /tmp that uid 65534 can reach.
class SharedTempDir {
public:
    SharedTempDir()
        : m_dir(QStringLiteral("/tmp/tst_store-XXXXXX")) {
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther);
    }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

constexpr QFileDevice::Permissions readOnlyFolder = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                    QFileDevice::ReadOther | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions openFolder =
    readOnlyFolder | QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;

} // namespace

class TstStore : public QObject {
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void readsHandWrittenVersion1File();
    void upgradesVersion1FileInPlace();
    void documentCommandsReachTheFile();
    void actionsAndTheirCascadesReachTheFile();
    void failedWriteChangesNothing();
    void badFilesAreRefusedUntouched_data();
    void badFilesAreRefusedUntouched();
    void missingFileIsNotFound();
    void readOnlyFileOpensReadOnly();
    void readOnlyFolderOpensReadOnly();
    void secondProcessIsLockedOut();
    void staleLockIsTakenOver();
    void killedWriterLosesNothing();
    void createRefusesExistingFile();
    void failedCreateKeepsTarget();
    void createInReadOnlyFolderLeavesNothing();
    void copyToWritesAConsistentCopy();
    void mapsCanSwapNames();
    void nextMapUidNeverRepeats();
    void displayNameIsBaseName();
    void migrationsRunInOrder();
    void failedMigrationChangesNothing();
    void tenThousandStagesRoundTripAndRenumber();
};

void TstStore::roundTripKeepsEveryField() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.vsmap"));
    {
        SqliteStore::Opened created = SqliteStore::create(path, fullWorkshop());
        QVERIFY2(created, qPrintable(created.errorString));
        QVERIFY(!created.store->isReadOnly());
        QCOMPARE(created.workshop, fullWorkshop());
        QCOMPARE(
            filesIn(dir.path()),
            QStringList({QStringLiteral("full.vsmap"), QStringLiteral("full.vsmap-shm"),
                         QStringLiteral("full.vsmap-wal"), QStringLiteral("full.vsmap.lock")}));
    }
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("full.vsmap")});
    // Rollback journal mode again (header bytes 18 and 19 are 1, WAL would be 2).
    QCOMPARE(readBytes(path).mid(18, 2), QByteArray("\x01\x01", 2));
    QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser |
                                           QFileDevice::ReadGroup | QFileDevice::ReadOther);

    SqliteStore::Opened opened = SqliteStore::open(path);
    QVERIFY2(opened, qPrintable(opened.errorString));
    QVERIFY(!opened.store->isReadOnly());
    QCOMPARE(opened.workshop, fullWorkshop());
    QCOMPARE(uidsOf(opened.workshop), QStringList({QStringLiteral("1"), QStringLiteral("5")}));

    // The columns hold the values themselves: NULL for empty optional fields, colours as text.
    QCOMPARE(rows(path, QStringLiteral("SELECT id, size, color FROM teams WHERE map = 1 ORDER BY "
                                       "ord")),
             QStringList({QStringLiteral("t1|6|#3b7dd8"), QStringLiteral("t2|NULL|NULL"),
                          QStringLiteral("t3|1|#e0803c"), QStringLiteral("t4|4|NULL")}));
    QCOMPARE(rows(path, QStringLiteral("SELECT id, step, owner, x, y FROM stages WHERE map = 1 "
                                       "ORDER BY ord")),
             QStringList({QStringLiteral("a|c1|t1|10.25|-20.5"),
                          QStringLiteral("b|NULL|t2|NULL|NULL"), QStringLiteral("c|c2|NULL|0|0")}));
    QCOMPARE(rows(path, QStringLiteral("SELECT id, ord, name, state, baseline, working_day_hours "
                                       "FROM maps ORDER BY ord")),
             QStringList({QStringLiteral("1|0|Current state|current|NULL|8"),
                          QStringLiteral("5|1|Future state|future|Current state|24")}));
    QCOMPARE(rows(path, QStringLiteral("SELECT id, owner, due, status, note, links, findings "
                                       "FROM actions WHERE map = 1 ORDER BY ord")),
             QStringList({QStringLiteral("act1|t2|2026-12-01|in-progress|Start with staging|"
                                         "[\"n1\",\"b\"]|"
                                         "[\"one-hop:vs1,t1,t2\",\"staffing:cap2\"]"),
                          QStringLiteral("act2|NULL|NULL|planned|NULL|NULL|NULL")}));
    QCOMPARE(rows(path, QStringLiteral("SELECT id, no_material_divergence FROM maps ORDER BY ord")),
             QStringList({QStringLiteral("1|0"), QStringLiteral("5|1")}));
    QCOMPARE(rows(path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("3")});
}

void TstStore::readsHandWrittenVersion1File() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.vsmap"));
    QVERIFY(runSql(path, QString::fromUtf8(
                             readBytes(QStringLiteral(TEST_DATA_DIR "/store/workshop-v1.sql")))));
    SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
    QVERIFY2(opened, qPrintable(opened.errorString));
    QCOMPARE(opened.workshop, handWrittenWorkshop());
    QCOMPARE(uidsOf(opened.workshop), QStringList({QStringLiteral("3"), QStringLiteral("7")}));
}

// Opened for writing, a version-1 file is upgraded where it is: afterwards it has the tables and
// columns of a file created as version 2, and takes the new kinds of element.
void TstStore::upgradesVersion1FileInPlace() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.vsmap"));
    QVERIFY(runSql(path, QString::fromUtf8(
                             readBytes(QStringLiteral(TEST_DATA_DIR "/store/workshop-v1.sql")))));
    QCOMPARE(rows(path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("1")});
    SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadWrite);
    QVERIFY2(opened, qPrintable(opened.errorString));
    QVERIFY(!opened.store->isReadOnly());
    QCOMPARE(rows(path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("3")});

    // The new fields take their defaults: the default roles, no team roles, no criteria, the
    // default timeboxes, no actions.
    const Workshop expected = handWrittenWorkshop();
    QCOMPARE(opened.workshop, expected);
    QCOMPARE(opened.workshop.maps[0].info.settings.roles, defaultRoles());
    QCOMPARE(opened.workshop.maps[0].info.settings.requiredRoles,
             QStringList({QStringLiteral("Product"), QStringLiteral("Engineering")}));
    QCOMPARE(opened.workshop.maps[0].info.timeboxes[AgendaStep::Grid], 45 * 60.);
    QVERIFY(!opened.workshop.maps[0].info.noMaterialDivergence);
    QVERIFY(opened.workshop.maps[0].teams[0].roles.isEmpty());
    QVERIFY(opened.workshop.maps[0].streams[0].criteria == DecisionCriteria());
    QVERIFY(opened.workshop.maps[0].actions.isEmpty());

    const QString fresh = dir.filePath(QStringLiteral("fresh.vsmap"));
    QVERIFY(SqliteStore::create(fresh, {}).store);
    const QString tablesSql =
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    const QStringList tables = rows(fresh, tablesSql);
    QCOMPARE(tables.size(), 15); // meta, maps, the ten element kinds, actions, work items
                                 // and their setups
    QCOMPARE(rows(path, tablesSql), tables);
    for (const QString& table : tables) {
        const QString columns =
            QStringLiteral("SELECT name, type FROM pragma_table_info('%1') ORDER BY cid")
                .arg(table);
        QCOMPARE(rows(path, columns), rows(fresh, columns));
    }
    QCOMPARE(rows(path, QStringLiteral("SELECT name, type FROM pragma_table_info('teams')")),
             QStringList({QStringLiteral("map|INTEGER"), QStringLiteral("id|TEXT"),
                          QStringLiteral("ord|INTEGER"), QStringLiteral("name|TEXT"),
                          QStringLiteral("type|TEXT"), QStringLiteral("size|INTEGER"),
                          QStringLiteral("color|TEXT"), QStringLiteral("roles|TEXT")}));

    // The upgraded file takes an action through a command, like any other.
    Document doc(opened.workshop, std::move(opened.store));
    Action action;
    action.id = QStringLiteral("act1");
    action.title = QStringLiteral("Pay the invoice faster");
    action.owner = QStringLiteral("pay");
    action.due = QDate(2027, 1, 15);
    action.links = {QStringLiteral("n1")};
    QVERIFY(doc.push(commands::addElement(&doc, 3, action).release()));
    QVERIFY(!doc.hasUnsavedChanges());
    QCOMPARE(rows(path, QStringLiteral("SELECT map, id, title, owner, due, status, links FROM "
                                       "actions")),
             QStringList{QStringLiteral("3|act1|Pay the invoice faster|pay|2027-01-15|planned|"
                                        "[\"n1\"]")});
    Workshop withAction = expected;
    withAction.maps[0].actions = {action};
    QCOMPARE(reopen(path), withAction);
}

// Adding and removing actions, and the changes removals make to them, are undone in the file too.
void TstStore::actionsAndTheirCascadesReachTheFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("actions.vsmap"));
    SqliteStore::Opened created = SqliteStore::create(path, fullWorkshop());
    QVERIFY2(created, qPrintable(created.errorString));
    Document doc(created.workshop, std::move(created.store));
    QUndoStack* undo = doc.undoStack();
    auto push = [&](commands::CommandPtr command) {
        QVERIFY(command);
        QVERIFY(doc.push(command.release()));
        QVERIFY(!doc.hasUnsavedChanges());
    };
    const QString actions =
        QStringLiteral("SELECT id, ord, owner, links FROM actions WHERE map = 1 ORDER BY ord");
    const QStringList before = {QStringLiteral("act1|0|t2|[\"n1\",\"b\"]"),
                                QStringLiteral("act2|1|NULL|NULL")};
    QCOMPARE(rows(path, actions), before);

    Action coach;
    coach.id = QStringLiteral("act3");
    coach.title = QStringLiteral("Pair with the coaches");
    coach.owner = QStringLiteral("t3");
    coach.links = {QStringLiteral("n1")};
    push(commands::addElement(&doc, 1, coach));
    const QStringList added = before + QStringList{QStringLiteral("act3|2|t3|[\"n1\"]")};
    QCOMPARE(rows(path, actions), added);
    QCOMPARE(reopen(path), doc.workshop());
    undo->undo();
    QCOMPARE(rows(path, actions), before);
    QCOMPARE(reopen(path), fullWorkshop());
    undo->redo();
    QCOMPARE(rows(path, actions), added);

    // Removing team t3 clears the owner of act3; removing note n1 drops it from the links.
    push(commands::removeElements(&doc, 1, {{ElementKind::Team, QStringLiteral("t3")}}));
    QCOMPARE(rows(path, actions),
             QStringList({before[0], before[1], QStringLiteral("act3|2|NULL|[\"n1\"]")}));
    push(commands::removeElements(&doc, 1, {{ElementKind::Note, QStringLiteral("n1")}}));
    QCOMPARE(rows(path, actions), QStringList({QStringLiteral("act1|0|t2|[\"b\"]"), before[1],
                                               QStringLiteral("act3|2|NULL|NULL")}));
    QCOMPARE(reopen(path), doc.workshop());
    undo->undo();
    QCOMPARE(rows(path, actions),
             QStringList({before[0], before[1], QStringLiteral("act3|2|NULL|[\"n1\"]")}));
    undo->undo();
    QCOMPARE(rows(path, actions), added);
    QCOMPARE(reopen(path), doc.workshop());

    // Removing an action moves the ones after it up; undo puts it back in its place.
    push(commands::removeElements(&doc, 1, {{ElementKind::Action, QStringLiteral("act1")}}));
    QCOMPARE(rows(path, actions), QStringList({QStringLiteral("act2|0|NULL|NULL"),
                                               QStringLiteral("act3|1|t3|[\"n1\"]")}));
    undo->undo();
    QCOMPARE(rows(path, actions), added);
    QCOMPARE(reopen(path), doc.workshop());
}

void TstStore::documentCommandsReachTheFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.vsmap"));
    SqliteStore::Opened created = SqliteStore::create(path, fullWorkshop());
    QVERIFY2(created, qPrintable(created.errorString));
    Document doc(created.workshop, std::move(created.store));
    QUndoStack* undo = doc.undoStack();
    auto push = [&](commands::CommandPtr command) {
        QVERIFY(command);
        QVERIFY(doc.push(command.release()));
        QVERIFY(!doc.hasUnsavedChanges());
    };
    auto fileShowsDocument = [&] { QCOMPARE(reopen(path), doc.workshop()); };
    const QString teams = QStringLiteral("SELECT id, ord, name, size FROM teams WHERE map = 1");
    const QString owners = QStringLiteral(
        "SELECT kind, id, owner FROM ("
        "SELECT 0 AS rank, 'stage' AS kind, id, owner, ord FROM stages WHERE map = 1 UNION ALL "
        "SELECT 1, 'stream', id, owner, ord FROM streams WHERE map = 1 UNION ALL "
        "SELECT 2, 'capability', id, owner, ord FROM capabilities WHERE map = 1) "
        "ORDER BY rank, ord");

    push(commands::addElement(&doc, 1,
                              Team{QStringLiteral("t5"), QStringLiteral("Data"), TeamType::Platform,
                                   3, QColor(QStringLiteral("#101010"))}));
    fileShowsDocument();
    QCOMPARE(rows(path, teams + QStringLiteral(" AND id = 't5'")),
             QStringList{QStringLiteral("t5|4|Data|3")});

    Team renamed = *doc.map(1)->find<Team>(QStringLiteral("t5"));
    renamed.name = QStringLiteral("Data platform");
    renamed.size = std::nullopt;
    push(commands::changeElement(&doc, 1, renamed));
    fileShowsDocument();
    QCOMPARE(rows(path, teams + QStringLiteral(" AND id = 't5'")),
             QStringList{QStringLiteral("t5|4|Data platform|NULL")});

    // t1 owns stage a and stream vs1; t2 owns stage b and capability cap1.
    const QStringList ownersBefore = {
        QStringLiteral("stage|a|t1"),          QStringLiteral("stage|b|t2"),
        QStringLiteral("stage|c|NULL"),        QStringLiteral("stream|vs1|t1"),
        QStringLiteral("stream|vs2|NULL"),     QStringLiteral("capability|cap1|t2"),
        QStringLiteral("capability|cap2|NULL")};
    QCOMPARE(rows(path, owners), ownersBefore);
    push(commands::removeElements(&doc, 1, {{ElementKind::Team, QStringLiteral("t2")}}));
    fileShowsDocument();
    QCOMPARE(rows(path, owners),
             QStringList({QStringLiteral("stage|a|t1"), QStringLiteral("stage|b|NULL"),
                          QStringLiteral("stage|c|NULL"), QStringLiteral("stream|vs1|t1"),
                          QStringLiteral("stream|vs2|NULL"), QStringLiteral("capability|cap1|NULL"),
                          QStringLiteral("capability|cap2|NULL")}));
    // The teams after the removed one moved up.
    QCOMPARE(
        rows(path, teams + QStringLiteral(" ORDER BY ord")),
        QStringList({QStringLiteral("t1|0|Checkout|6"), QStringLiteral("t3|1|Coaches|1"),
                     QStringLiteral("t4|2|Search|4"), QStringLiteral("t5|3|Data platform|NULL")}));

    undo->undo();
    QVERIFY(!doc.hasUnsavedChanges());
    fileShowsDocument();
    QCOMPARE(rows(path, owners), ownersBefore);
    QCOMPARE(rows(path, teams + QStringLiteral(" ORDER BY ord")),
             QStringList({QStringLiteral("t1|0|Checkout|6"), QStringLiteral("t2|1|Platform|NULL"),
                          QStringLiteral("t3|2|Coaches|1"), QStringLiteral("t4|3|Search|4"),
                          QStringLiteral("t5|4|Data platform|NULL")}));
    undo->redo();
    fileShowsDocument();
    QCOMPARE(rows(path, QStringLiteral("SELECT count(*) FROM teams WHERE map = 1 AND id = 't2'")),
             QStringList{QStringLiteral("0")});
    undo->undo();
    fileShowsDocument();

    // Removing a stream takes its stages, their flows and dependencies.
    push(commands::removeElements(&doc, 1, {{ElementKind::Stream, QStringLiteral("vs1")}}));
    fileShowsDocument();
    QCOMPARE(rows(path, QStringLiteral("SELECT id FROM stages WHERE map = 1 ORDER BY ord")),
             QStringList{QStringLiteral("c")});
    QCOMPARE(rows(path, QStringLiteral("SELECT id FROM flows WHERE map = 1")), QStringList());
    QCOMPARE(rows(path, QStringLiteral("SELECT id, ord FROM dependencies WHERE map = 1")),
             QStringList{QStringLiteral("d3|0")});
    undo->undo();
    fileShowsDocument();
    QCOMPARE(rows(path, QStringLiteral("SELECT id, ord FROM flows WHERE map = 1 ORDER BY ord")),
             QStringList({QStringLiteral("f1|0"), QStringLiteral("f2|1"), QStringLiteral("f3|2")}));

    push(commands::reorderElement(&doc, 1, {ElementKind::Stage, QStringLiteral("c")}, 0));
    fileShowsDocument();
    QCOMPARE(rows(path, QStringLiteral("SELECT id, ord FROM stages WHERE map = 1 ORDER BY id")),
             QStringList({QStringLiteral("a|1"), QStringLiteral("b|2"), QStringLiteral("c|0")}));

    push(commands::addElement(&doc, 1, Step{QStringLiteral("c0"), QStringLiteral("Notice")}, 0));
    fileShowsDocument();
    QCOMPARE(rows(path, QStringLiteral("SELECT id, ord FROM steps WHERE map = 1 ORDER BY id")),
             QStringList({QStringLiteral("c0|0"), QStringLiteral("c1|1"), QStringLiteral("c2|2")}));

    Map other;
    other.info.name = QStringLiteral("Other");
    other.notes = {{QStringLiteral("n1"), QStringLiteral("Scratch"), NoteKind::Sticky, {}, {}}};
    push(commands::addMap(&doc, other));
    fileShowsDocument();
    QCOMPARE(rows(path, QStringLiteral("SELECT id, ord, name FROM maps ORDER BY ord")),
             QStringList({QStringLiteral("1|0|Current state"), QStringLiteral("5|1|Future state"),
                          QStringLiteral("6|2|Other")}));
    QCOMPARE(rows(path, QStringLiteral("SELECT id, text FROM notes WHERE map = 6")),
             QStringList{QStringLiteral("n1|Scratch")});

    push(commands::removeMap(&doc, 6));
    fileShowsDocument();
    QCOMPARE(rows(path, QStringLiteral("SELECT count(*) FROM notes WHERE map = 6")),
             QStringList{QStringLiteral("0")});

    push(commands::deriveFutureMap(&doc, 1, QStringLiteral("Target")));
    fileShowsDocument();
    QCOMPARE(rows(path, QStringLiteral("SELECT id, ord, name, state, baseline FROM maps ORDER BY "
                                       "ord")),
             QStringList({QStringLiteral("1|0|Current state|current|NULL"),
                          QStringLiteral("7|1|Target|future|Current state"),
                          QStringLiteral("5|2|Future state|future|Current state")}));
    QCOMPARE(
        rows(path, QStringLiteral("SELECT id, owner FROM stages WHERE map = 7 ORDER BY ord")),
        QStringList({QStringLiteral("c|NULL"), QStringLiteral("a|t1"), QStringLiteral("b|t2")}));

    MapInfo later = doc.map(5)->info;
    later.name = QStringLiteral("Later");
    push(commands::changeMapInfo(&doc, 5, later));
    fileShowsDocument();
    QCOMPARE(rows(path, QStringLiteral("SELECT name FROM maps WHERE id = 5")),
             QStringList{QStringLiteral("Later")});
    push(commands::reorderMap(&doc, 5, 0));
    fileShowsDocument();
    QCOMPARE(rows(path, QStringLiteral("SELECT id, ord, name FROM maps ORDER BY ord")),
             QStringList({QStringLiteral("5|0|Later"), QStringLiteral("1|1|Current state"),
                          QStringLiteral("7|2|Target")}));

    undo->undo();
    fileShowsDocument();
    undo->undo();
    fileShowsDocument();
    QCOMPARE(rows(path, QStringLiteral("SELECT id, ord, name FROM maps ORDER BY ord")),
             QStringList({QStringLiteral("1|0|Current state"), QStringLiteral("7|1|Target"),
                          QStringLiteral("5|2|Future state")}));
    undo->undo();
    fileShowsDocument();
    QCOMPARE(
        rows(path, QStringLiteral("SELECT id, ord, name FROM maps ORDER BY ord")),
        QStringList({QStringLiteral("1|0|Current state"), QStringLiteral("5|1|Future state")}));
    QCOMPARE(rows(path, QStringLiteral("SELECT count(*) FROM stages WHERE map = 7")),
             QStringList{QStringLiteral("0")});
}

void TstStore::failedWriteChangesNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.vsmap"));
    SqliteStore::Opened created = SqliteStore::create(path, fullWorkshop());
    QVERIFY(created);
    Workshop changed = fullWorkshop();
    changed.maps[0].teams[0].name = QStringLiteral("Renamed");
    changed.maps[0].stages[1].owner = QStringLiteral("no-such-team");
    Journal journal;
    journal.elements = {{1, ElementKind::Team, QStringLiteral("t1")},
                        {1, ElementKind::Stage, QStringLiteral("b")}};
    QVERIFY(!created.store->write(journal, changed));
    QVERIFY2(created.store->errorString().contains(QLatin1String("FOREIGN KEY")),
             qPrintable(created.store->errorString()));
    QCOMPARE(reopen(path), fullWorkshop());

    // The store stays usable after a failed transaction.
    changed.maps[0].stages[1].owner = QStringLiteral("t3");
    QVERIFY2(created.store->write(journal, changed), qPrintable(created.store->errorString()));
    QCOMPARE(reopen(path), changed);
}

void TstStore::badFilesAreRefusedUntouched_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("message");
    const int notAWorkshop = static_cast<int>(SqliteStore::OpenError::NotAWorkshop);
    const int corrupt = static_cast<int>(SqliteStore::OpenError::Corrupt);
    QTest::newRow("random bytes")
        << QStringLiteral("garbage") << notAWorkshop
        << QStringLiteral("is not a Streamboard workshop: it is not an SQLite database.");
    QTest::newRow("text file")
        << QStringLiteral("text") << notAWorkshop
        << QStringLiteral("is not a Streamboard workshop: it is not an SQLite database.");
    QTest::newRow("empty file") << QStringLiteral("empty") << notAWorkshop
                                << QStringLiteral(
                                       "is not a Streamboard workshop: the file is empty.");
    QTest::newRow("truncated workshop") << QStringLiteral("truncated") << corrupt
                                        << QStringLiteral("is damaged and cannot be opened");
    QTest::newRow("page overwritten") << QStringLiteral("overwritten") << corrupt
                                      << QStringLiteral("is damaged and cannot be opened");
    QTest::newRow("foreign database")
        << QStringLiteral("foreign") << notAWorkshop
        << QStringLiteral(
               "is not a Streamboard workshop: it is an SQLite database without a workshop in it.");
    QTest::newRow("foreign database with version 1")
        << QStringLiteral("foreign-v1") << notAWorkshop
        << QStringLiteral(
               "is not a Streamboard workshop: it is an SQLite database without a workshop in it.");
    QTest::newRow("newer schema")
        << QStringLiteral("newer") << static_cast<int>(SqliteStore::OpenError::NewerSchema)
        << QStringLiteral("was made by a newer version of Streamboard (file version 4; "
                          "this version reads up to 3).");
}

void TstStore::badFilesAreRefusedUntouched() {
    QFETCH(QString, kind);
    QFETCH(int, error);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.vsmap"));
    const QString real = dir.filePath(QStringLiteral("real.vsmap"));
    QVERIFY(SqliteStore::create(real, fullWorkshop()).store);
    const QByteArray realBytes = readBytes(real);
    QVERIFY(realBytes.size() > 20 * 4096);
    QFile::remove(real);

    if (kind == QLatin1String("garbage")) {
        QRandomGenerator random(20261123);
        QByteArray bytes(8192, '\0');
        for (char& c : bytes)
            c = static_cast<char>(random.bounded(256));
        writeBytes(path, bytes);
    } else if (kind == QLatin1String("text")) {
        QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/store/not-a-workshop.txt"), path));
    } else if (kind == QLatin1String("empty")) {
        writeBytes(path, {});
    } else if (kind == QLatin1String("truncated")) {
        writeBytes(path, realBytes.left(realBytes.size() / 2));
    } else if (kind == QLatin1String("overwritten")) {
        QByteArray bytes = realBytes;
        bytes.replace(4 * 4096, 4096, QByteArray(4096, '\xa5')); // page 5, a b-tree page
        writeBytes(path, bytes);
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(runSql(path, QStringLiteral("CREATE TABLE customers (id INTEGER, name TEXT);\n"
                                            "INSERT INTO customers VALUES (1, 'Ada');")));
    } else if (kind == QLatin1String("foreign-v1")) {
        QVERIFY(runSql(path, QStringLiteral("CREATE TABLE maps (id INTEGER, title TEXT);\n"
                                            "PRAGMA user_version = 1;")));
    } else if (kind == QLatin1String("newer")) {
        writeBytes(path, realBytes);
        QVERIFY(runSql(path, QStringLiteral("PRAGMA user_version = 4;")));
    }
    const QByteArray before = readBytes(path);

    for (SqliteStore::Mode mode : {SqliteStore::Mode::ReadWrite, SqliteStore::Mode::ReadOnly}) {
        SqliteStore::Opened opened = SqliteStore::open(path, mode);
        QVERIFY(!opened);
        QCOMPARE(static_cast<int>(opened.error), error);
        QVERIFY2(opened.errorString.contains(message), qPrintable(opened.errorString));
        QVERIFY2(opened.errorString.startsWith(QStringLiteral("“%1”").arg(path)),
                 qPrintable(opened.errorString));
        QVERIFY(opened.workshop.maps.isEmpty());
    }
    QCOMPARE(readBytes(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("bad.vsmap")});
}

void TstStore::missingFileIsNotFound() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.vsmap"));
    SqliteStore::Opened opened = SqliteStore::open(path);
    QCOMPARE(opened.error, SqliteStore::OpenError::NotFound);
    QCOMPARE(opened.errorString, QStringLiteral("“%1” does not exist.").arg(path));
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void TstStore::readOnlyFileOpensReadOnly() {
    SharedTempDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.vsmap"));
    QVERIFY(SqliteStore::create(path, fullWorkshop()).store);
    const QByteArray before = readBytes(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(dir.path(), openFolder)); // the folder stays writable

    QCOMPARE(runChildToEnd(QStringLiteral("open"), path, true),
             QStringLiteral("error=0 readonly=1 equal=1"));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("ro.vsmap")});
    QCOMPARE(readBytes(path), before);
}

void TstStore::readOnlyFolderOpensReadOnly() {
    SharedTempDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + QStringLiteral("/ro.vsmap");
    QVERIFY(SqliteStore::create(path, fullWorkshop()).store);
    QVERIFY(QFile::setPermissions(folder, readOnlyFolder));

    const QString result = runChildToEnd(QStringLiteral("open"), path, true);
    QVERIFY(QFile::setPermissions(folder, openFolder));
    QCOMPARE(result, QStringLiteral("error=0 readonly=1 equal=1"));
    QCOMPARE(filesIn(folder), QStringList{QStringLiteral("ro.vsmap")});
}

void TstStore::secondProcessIsLockedOut() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.vsmap"));
    QVERIFY(SqliteStore::create(path, fullWorkshop()).store);

    QProcess holder;
    startChild(holder, QStringLiteral("hold"), path);
    QVERIFY(holder.waitForReadyRead(20000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("opened"));

    SqliteStore::Opened second = SqliteStore::open(path);
    QVERIFY(!second);
    QCOMPARE(second.error, SqliteStore::OpenError::LockedByOther);
    QCOMPARE(second.errorString,
             QStringLiteral("“%1” is open in another Streamboard (process %2 on %3). You can open "
                            "it read-only.")
                 .arg(path)
                 .arg(holder.processId())
                 .arg(QSysInfo::machineHostName()));

    {
        SqliteStore::Opened reader = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.errorString));
        QVERIFY(reader.store->isReadOnly());
        QCOMPARE(reader.workshop, fullWorkshop());
    }

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(20000));
    QCOMPARE(holder.exitStatus(), QProcess::NormalExit);
    QCOMPARE(holder.exitCode(), 0);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("shared.vsmap")});

    SqliteStore::Opened after = SqliteStore::open(path);
    QVERIFY2(after, qPrintable(after.errorString));
    QVERIFY(!after.store->isReadOnly());
}

void TstStore::staleLockIsTakenOver() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stale.vsmap"));
    QVERIFY(SqliteStore::create(path, fullWorkshop()).store);

    QProcess holder;
    startChild(holder, QStringLiteral("hold"), path);
    QVERIFY(holder.waitForReadyRead(20000));
    holder.kill();
    QVERIFY(holder.waitForFinished(20000));
    QCOMPARE(holder.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(path + QStringLiteral(".lock")));

    {
        SqliteStore::Opened opened = SqliteStore::open(path);
        QVERIFY2(opened, qPrintable(opened.errorString));
        QVERIFY(!opened.store->isReadOnly());
        QCOMPARE(opened.workshop, fullWorkshop());
    }
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("stale.vsmap")});
}

void TstStore::killedWriterLosesNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.vsmap"));
    QVERIFY(SqliteStore::create(path, fullWorkshop()).store);

    QProcess writer;
    startChild(writer, QStringLiteral("write-and-wait"), path);
    QVERIFY(writer.waitForReadyRead(20000));
    QCOMPARE(writer.readLine().trimmed(), QByteArray("written"));
    ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished(20000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));

    SqliteStore::Opened opened = SqliteStore::open(path);
    QVERIFY2(opened, qPrintable(opened.errorString));
    Workshop expected = fullWorkshop();
    expected.maps[0].teams[0].name = QStringLiteral("Checkout and payments");
    QCOMPARE(opened.workshop, expected);
}

void TstStore::createRefusesExistingFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.vsmap"));
    writeBytes(path, "keep me");
    SqliteStore::Opened created = SqliteStore::create(path, fullWorkshop(), false);
    QVERIFY(!created);
    QCOMPARE(created.error, SqliteStore::OpenError::CannotWrite);
    QCOMPARE(created.errorString,
             QStringLiteral("“%1” cannot be written: the file already exists.").arg(path));
    QCOMPARE(readBytes(path), QByteArray("keep me"));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("taken.vsmap")});

    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser;
    QVERIFY(QFile::setPermissions(path, ownerOnly));
    SqliteStore::Opened replaced = SqliteStore::create(path, fullWorkshop(), true);
    QVERIFY2(replaced, qPrintable(replaced.errorString));
    QCOMPARE(reopen(path), fullWorkshop());
    QCOMPARE(QFile::permissions(path), ownerOnly);
}

void TstStore::failedCreateKeepsTarget() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.vsmap"));
    writeBytes(path, "keep me");
    Workshop twins = fullWorkshop();
    twins.maps[1].info.name = twins.maps[0].info.name; // map names are unique
    SqliteStore::Opened created = SqliteStore::create(path, twins, true);
    QVERIFY(!created);
    QCOMPARE(created.error, SqliteStore::OpenError::CannotWrite);
    QVERIFY2(created.errorString.contains(QLatin1String("UNIQUE constraint failed: maps.name")),
             qPrintable(created.errorString));
    QCOMPARE(readBytes(path), QByteArray("keep me"));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("keep.vsmap")});
}

void TstStore::createInReadOnlyFolderLeavesNothing() {
    SharedTempDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, readOnlyFolder));
    const QString result =
        runChildToEnd(QStringLiteral("create"), folder + QStringLiteral("/new.vsmap"), true);
    QVERIFY(QFile::setPermissions(folder, openFolder));
    QCOMPARE(result,
             QStringLiteral("error=%1").arg(static_cast<int>(SqliteStore::OpenError::CannotWrite)));
    QCOMPARE(filesIn(folder), QStringList());
}

void TstStore::copyToWritesAConsistentCopy() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("source.vsmap"));
    const QString copy = dir.filePath(QStringLiteral("copy.vsmap"));
    SqliteStore::Opened created = SqliteStore::create(path, fullWorkshop());
    QVERIFY(created);
    Document doc(created.workshop, std::move(created.store));
    doc.push(commands::removeMap(&doc, 5).release());

    auto* store = static_cast<SqliteStore*>(doc.store());
    QVERIFY2(store->copyTo(copy), qPrintable(store->errorString()));
    QCOMPARE(filesIn(dir.path()),
             QStringList({QStringLiteral("copy.vsmap"), QStringLiteral("source.vsmap"),
                          QStringLiteral("source.vsmap-shm"), QStringLiteral("source.vsmap-wal"),
                          QStringLiteral("source.vsmap.lock")}));
    QCOMPARE(readBytes(copy).mid(18, 2), QByteArray("\x01\x01", 2)); // no WAL needed
    Workshop expected = fullWorkshop();
    expected.maps.removeLast();
    QCOMPARE(reopen(copy), expected);

    SqliteStore::Opened saved = SqliteStore::open(copy);
    QVERIFY(saved);
    std::unique_ptr<Store> old = doc.replaceStore(std::move(saved.store));
    old.reset();
    QCOMPARE(doc.store()->displayName(), QStringLiteral("copy"));
    doc.undoStack()->undo();
    QVERIFY(!doc.hasUnsavedChanges());
    QCOMPARE(reopen(copy), fullWorkshop());
    QCOMPARE(reopen(path), expected);
}

void TstStore::mapsCanSwapNames() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("swap.vsmap"));
    SqliteStore::Opened created = SqliteStore::create(path, fullWorkshop());
    QVERIFY(created);
    Workshop swapped = fullWorkshop();
    std::swap(swapped.maps[0].info.name, swapped.maps[1].info.name);
    Journal journal;
    journal.maps = {1, 5};
    QVERIFY2(created.store->write(journal, swapped), qPrintable(created.store->errorString()));
    QCOMPARE(rows(path, QStringLiteral("SELECT id, name FROM maps ORDER BY ord")),
             QStringList({QStringLiteral("1|Future state"), QStringLiteral("5|Current state")}));
}

void TstStore::nextMapUidNeverRepeats() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("uids.vsmap"));
    SqliteStore::Opened created = SqliteStore::create(path, fullWorkshop());
    QVERIFY(created);
    QCOMPARE(created.store->nextMapUid(), MapUid(6));
    QCOMPARE(created.store->nextMapUid(), MapUid(7));
    Workshop more = fullWorkshop();
    more.maps.append(Map{});
    more.maps.last().uid = 20;
    more.maps.last().info.name = QStringLiteral("Imported");
    Journal journal;
    journal.maps = {20};
    QVERIFY(created.store->write(journal, more));
    QCOMPARE(created.store->nextMapUid(), MapUid(21));
}

void TstStore::displayNameIsBaseName() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Team workshop.v2.vsmap"));
    SqliteStore::Opened created = SqliteStore::create(path, fullWorkshop());
    QVERIFY(created);
    QCOMPARE(created.store->displayName(), QStringLiteral("Team workshop.v2"));
    QCOMPARE(created.store->path(), path);
}

void TstStore::migrationsRunInOrder() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QVERIFY(runSql(path, QStringLiteral("CREATE TABLE things (name TEXT);\n"
                                        "INSERT INTO things VALUES ('kettle');\n"
                                        "PRAGMA user_version = 1;")));
    // Step 2 needs the column step 1 adds, and step 1 is listed last.
    const QList<sqlite::Migration> steps = {
        {2, {QStringLiteral("UPDATE things SET label = label || ' then two'")}},
        {1,
         {QStringLiteral("ALTER TABLE things ADD COLUMN label TEXT"),
          QStringLiteral("UPDATE things SET label = 'one'")}},
    };
    const QString name = QStringLiteral("tst_store-migrate");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(sqlite::migrate(db, 3, steps, &error), qPrintable(error));
        QVERIFY(sqlite::migrate(db, 3, {}, &error)); // already there: nothing to do
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(rows(path, QStringLiteral("SELECT name, label FROM things")),
             QStringList{QStringLiteral("kettle|one then two")});
    QCOMPARE(rows(path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("3")});
    QCOMPARE(sqlite::migrations().size(), 2); // version 1 is the first; two steps reach 3
}

void TstStore::failedMigrationChangesNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QVERIFY(runSql(path, QStringLiteral("CREATE TABLE things (name TEXT);\n"
                                        "PRAGMA user_version = 1;")));
    const QString name = QStringLiteral("tst_store-migrate");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        const QList<sqlite::Migration> failing = {
            {1, {QStringLiteral("CREATE TABLE added (x)")}},
            {2, {QStringLiteral("UPDATE nowhere SET x = 1")}},
        };
        QVERIFY(!sqlite::migrate(db, 3, failing, &error));
        QVERIFY2(error.contains(QLatin1String("no such table: nowhere")), qPrintable(error));
        const QList<sqlite::Migration> gap = {{1, {QStringLiteral("CREATE TABLE added (x)")}}};
        QVERIFY(!sqlite::migrate(db, 3, gap, &error));
        QCOMPARE(error, QStringLiteral("no upgrade from file version 2"));
        const QList<sqlite::Migration> dangling = {
            {1,
             {QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)"),
              QStringLiteral("CREATE TABLE child (p INTEGER REFERENCES parent (id))"),
              QStringLiteral("INSERT INTO child VALUES (42)")}}};
        QVERIFY(!sqlite::migrate(db, 2, dangling, &error));
        QCOMPARE(error, QStringLiteral("the upgrade left a reference in table “child” dangling"));
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(rows(path, QStringLiteral("SELECT name FROM sqlite_schema ORDER BY name")),
             QStringList{QStringLiteral("things")});
    QCOMPARE(rows(path, QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("1")});
}

void TstStore::tenThousandStagesRoundTripAndRenumber() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.vsmap"));
    Map map;
    map.uid = 1;
    map.info.name = QStringLiteral("Big");
    map.teams = {{QStringLiteral("t"), QStringLiteral("Team"), TeamType::StreamAligned, 5, {}}};
    for (int s = 0; s < 200; ++s) {
        const QString stream = QStringLiteral("vs%1").arg(s);
        map.streams.append(
            {stream, stream, StreamKind::Customer, QStringLiteral("t"), {}, {}, {}, {}});
        for (int i = 0; i < 50; ++i) {
            const QString id = QStringLiteral("%1-%2").arg(stream).arg(i);
            map.stages.append(
                {id, stream, {}, id, QStringLiteral("t"), 60, 3600, 95, QPointF(i * 200, s * 120)});
            if (i > 0)
                map.flows.append({QStringLiteral("f") + id,
                                  QStringLiteral("%1-%2").arg(stream).arg(i - 1), id,
                                  FlowKind::Push});
        }
    }
    const Workshop big{{map}};
    SqliteStore::Opened created = SqliteStore::create(path, big);
    QVERIFY2(created, qPrintable(created.errorString));
    created = {};
    SqliteStore::Opened opened = SqliteStore::open(path);
    QVERIFY2(opened, qPrintable(opened.errorString));
    QCOMPARE(opened.workshop.maps[0].stages.size(), 10000);
    QCOMPARE(opened.workshop, big);

    // Removing the first stage moves 9,999 rows up one place.
    Document doc(opened.workshop, std::move(opened.store));
    QVERIFY(
        doc.push(commands::removeElements(&doc, 1, {{ElementKind::Stage, QStringLiteral("vs0-0")}})
                     .release()));
    QVERIFY(!doc.hasUnsavedChanges());
    QCOMPARE(rows(path, QStringLiteral("SELECT id FROM stages WHERE ord = 9998")),
             QStringList{QStringLiteral("vs199-49")});
}

int runStoreTests(int argc, char** argv) {
    const QString childMode = qEnvironmentVariable(childModeVariable);
    if (childMode.isEmpty())
        return sb::test::runTestObject<TstStore, QCoreApplication>(argc, argv, __FILE__);
    QCoreApplication app(argc, argv);
    return runChild(childMode, app.arguments().value(1));
}

STREAMBOARD_TEST_MAIN_FUNCTION(runStoreTests)
} // namespace tst_store

#include "tst_store.moc"
