#include "sqlite_errors.h"
#include "sqlite_rows.h"
#include "sqlite_store_p.h"
#include "sqlite_work_items.h"
#include "workshop_checks.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <atomic>
#include <sqlite3.h>

namespace sb::sqlite {

QString newConnectionName() {
    static std::atomic<int> counter = 0;
    return QStringLiteral("streamboard-store-%1").arg(++counter);
}

QSqlDatabase openConnection(const QString& name, const QString& path, Access access) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (access == Access::Create) {
        db.setDatabaseName(path);
    } else {
        // A URI, so mode=ro / mode=rw hold: opening never creates or changes the file by itself.
        QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
        uri +=
            access == Access::ReadWrite ? QStringLiteral("?mode=rw") : QStringLiteral("?mode=ro");
        if (access == Access::ReadOnlyImmutable)
            uri += QStringLiteral("&immutable=1");
        db.setDatabaseName(uri);
        db.setConnectOptions(access == Access::ReadWrite
                                 ? QStringLiteral("QSQLITE_OPEN_URI")
                                 : QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    }
    db.open();
    return db;
}

void removeConnection(const QString& name) {
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

namespace {

struct SqliteConnectionTr {
    Q_DECLARE_TR_FUNCTIONS(sb::SqliteStore)
};

sqlite3* handleOf(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Defensive mode (no writable_schema, no journal_mode=OFF, no writes to shadow tables or
// sqlite_dbpage) and neither triggers nor views: a file can hold no code that runs here.
bool harden(const QSqlDatabase& db) {
    sqlite3* handle = handleOf(db);
    if (!handle)
        return false;
    int set = 0;
    return sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &set) == SQLITE_OK && set == 1 &&
           sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &set) == SQLITE_OK &&
           set == 0 &&
           sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &set) == SQLITE_OK &&
           set == 0 &&
           sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &set) == SQLITE_OK &&
           set == 0;
}

} // namespace

bool configureConnection(QSqlDatabase& db, Access access, QString* error) {
    if (!harden(db)) {
        *error = SqliteConnectionTr::tr("SQLite's defensive mode could not be set");
        return false;
    }
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA trusted_schema = OFF"),
                           QStringLiteral("PRAGMA cell_size_check = ON")};
    if (access != Access::Create) // a file made elsewhere is read, never mapped into memory
        pragmas += QStringLiteral("PRAGMA mmap_size = 0");
    if (access == Access::ReadWrite)
        pragmas += {QStringLiteral("PRAGMA journal_mode = WAL"),
                    QStringLiteral("PRAGMA synchronous = NORMAL")};
    if (access == Access::Create) // the file is thrown away on failure and synced at commit
        pragmas += {QStringLiteral("PRAGMA journal_mode = MEMORY"),
                    QStringLiteral("PRAGMA synchronous = FULL")};
    QSqlQuery query(db);
    for (const QString& pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma)) {
            *error = describe(query.lastError());
            return false;
        }
    }
    return true;
}

namespace {

// Counts the elements read and tells progress every few thousand.
class LoadCounter {
public:
    LoadCounter(QSqlDatabase& db, const SqliteStore::LoadProgress& progress)
        : m_progress(progress) {
        if (!m_progress)
            return;
        QSqlQuery count(db);
        forEachKind([&]<class T>() {
            if (count.exec(
                    QStringLiteral("SELECT count(*) FROM %1").arg(tableOf(kindOf<T>()).table)) &&
                count.next())
                m_total += count.value(0).toLongLong();
        });
    }
    // False once progress asked to stop.
    bool add(qint64 elements) {
        m_done += elements;
        if (!m_progress || (m_done - m_told < 4096 && m_done < m_total))
            return true;
        m_told = m_done;
        return m_progress(m_done, std::max(m_done, m_total));
    }

private:
    const SqliteStore::LoadProgress& m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_told = 0;
};

template <class T> bool loadList(QSqlDatabase& db, Map& map, QString* error, LoadCounter& counter) {
    const TableSpec& spec = tableOf(kindOf<T>());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE map = ? ORDER BY ord")
                      .arg(spec.columns.join(QStringLiteral(", ")), spec.table));
    query.bindValue(0, map.uid);
    if (!query.exec()) {
        *error = describe(query.lastError());
        return false;
    }
    QList<T>& items = map.list<T>();
    while (query.next()) {
        T element;
        readRow(query, element);
        items.append(std::move(element));
        if (!counter.add(1))
            return false; // cancelled: no error
    }
    if (query.lastError().isValid()) {
        *error = describe(query.lastError());
        return false;
    }
    return true;
}

bool loadMaps(QSqlDatabase& db, Workshop* workshop, QString* error, LoadCounter& counter) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, %1 FROM maps ORDER BY ord")
                        .arg(mapColumns().join(QStringLiteral(", "))))) {
        *error = describe(query.lastError());
        return false;
    }
    while (query.next()) {
        Map map;
        map.uid = query.value(0).toLongLong();
        map.info = readMapInfo(query, 1);
        workshop->maps.append(std::move(map));
    }
    for (Map& map : workshop->maps) {
        bool ok = true;
        forEachKind([&]<class T>() { ok = ok && loadList<T>(db, map, error, counter); });
        if (!ok || !loadWorkItems(db, map, error))
            return false;
    }
    return true;
}

} // namespace

bool load(QSqlDatabase& db, Workshop* workshop, QString* error,
          const SqliteStore::LoadProgress& progress) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN"))) {
        *error = describe(query.lastError());
        return false;
    }
    LoadCounter counter(db, progress);
    const bool ok = loadMaps(db, workshop, error, counter);
    query.exec(QStringLiteral("COMMIT"));
    if (!ok)
        return false;
    // A file may have been written by anything: it holds to the rules an import holds to.
    if (const std::optional<QString> broken =
            rules::firstBroken(*workshop, rules::Naming::Elements)) {
        *error = *broken;
        return false;
    }
    return true;
}

} // namespace sb::sqlite
