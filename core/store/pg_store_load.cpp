#include "pg_connection.h"
#include "pg_store_p.h"
#include "sqlite_rows.h"
#include "sqlite_work_items.h"
#include "workshop_checks.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace sb::pg {

namespace {

struct PgLoadTr {
    Q_DECLARE_TR_FUNCTIONS(sb::PgStore)
};

using sqlite::tableOf;
using sqlite::TableSpec;

// Counts the elements read and tells progress every few thousand.
class PgLoadCounter {
public:
    PgLoadCounter(qint64 total, const LoadProgress& progress)
        : m_progress(progress)
        , m_total(total) {}
    // False once progress asked to stop.
    bool add() {
        ++m_done;
        if (!m_progress || (m_done - m_told < 4096 && m_done < m_total))
            return true;
        m_told = m_done;
        return m_progress(m_done, std::max(m_done, m_total));
    }

private:
    const LoadProgress& m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_told = 0;
};

// The workshop's maps and elements together.
std::optional<qint64> countRows(QSqlDatabase& db, qint64 workshop, QString* error) {
    QStringList counts = {u"(SELECT count(*) FROM maps WHERE workshop = %1)"_s.arg(workshop)};
    forEachKind([&]<class T>() {
        counts.append(
            u"(SELECT count(*) FROM %1 WHERE workshop = %2)"_s.arg(tableOf(kindOf<T>()).table)
                .arg(workshop));
    });
    QSqlQuery query(db);
    if (!query.exec(u"SELECT "_s + counts.join(u" + "_s)) || !query.next()) {
        *error = describe(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool loadMaps(QSqlDatabase& db, qint64 workshop, Workshop* out, QString* error) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, %1 FROM maps WHERE workshop = %2 ORDER BY ord"_s
                        .arg(sqlite::mapColumns().join(u", "_s))
                        .arg(workshop))) {
        *error = describe(query.lastError());
        return false;
    }
    while (query.next()) {
        Map map;
        map.uid = query.value(0).toLongLong();
        map.info = sqlite::readMapInfo(query, 1);
        out->maps.append(std::move(map));
    }
    return true;
}

// Every element of one kind of every map, in one query: the map's uid is the last column.
template <class T>
bool loadKind(QSqlDatabase& db, qint64 workshop, Workshop* out, QString* error,
              PgLoadCounter& counter, bool* cancelled,
              QHash<Journal::ElementRef, PgStore::Private::RowState>* rows) {
    const TableSpec& spec = tableOf(kindOf<T>());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1, map, revision, ord FROM %2 WHERE workshop = %3 ORDER BY map, ord"_s
                        .arg(spec.columns.join(u", "_s), spec.table)
                        .arg(workshop))) {
        *error = describe(query.lastError());
        return false;
    }
    const int mapColumn = static_cast<int>(spec.columns.size());
    Map* map = nullptr;
    while (query.next()) {
        const MapUid uid = query.value(mapColumn).toLongLong();
        if (!map || map->uid != uid)
            map = out->map(uid);
        if (!map) {
            *error = PgLoadTr::tr("a row of %1 names map %2, which does not exist")
                         .arg(spec.table)
                         .arg(uid);
            return false;
        }
        T element;
        sqlite::readRow(query, element);
        if (rows)
            rows->insert(
                {uid, kindOf<T>(), keyOf(element)},
                {query.value(mapColumn + 1).toLongLong(), query.value(mapColumn + 2).toLongLong()});
        map->list<T>().append(std::move(element));
        if (!counter.add()) {
            *cancelled = true;
            return false;
        }
    }
    return true;
}

} // namespace

StoreError load(QSqlDatabase& db, qint64 workshop, Workshop* out, QString* error,
                const LoadProgress& progress,
                QHash<Journal::ElementRef, PgStore::Private::RowState>* rowStates) {
    // One snapshot: what other clients commit meanwhile is either all in or all out.
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s)) {
        *error = describe(begin.lastError());
        return StoreError::CannotRead;
    }
    StoreError result = StoreError::None;
    bool cancelled = false;
    const std::optional<qint64> rows = countRows(db, workshop, error);
    if (!rows) {
        result = StoreError::CannotRead;
    } else if (*rows > PgStore::maxRows) {
        *error = PgLoadTr::tr("it holds %1 rows; a workshop holds at most %2")
                     .arg(*rows)
                     .arg(PgStore::maxRows);
        result = StoreError::TooLarge;
    } else {
        PgLoadCounter counter(*rows, progress);
        bool ok = loadMaps(db, workshop, out, error);
        forEachKind([&]<class T>() {
            ok = ok && loadKind<T>(db, workshop, out, error, counter, &cancelled, rowStates);
        });
        for (Map& map : out->maps)
            ok = ok && sqlite::loadWorkItems(db, map, error, workshop);
        if (!ok)
            result = cancelled ? StoreError::Cancelled : StoreError::CannotRead;
    }
    QSqlQuery(db).exec(u"COMMIT"_s);
    if (result != StoreError::None)
        return result;
    // Anything may have written the rows: they hold to the rules an import holds to.
    if (const std::optional<QString> broken = rules::firstBroken(*out, rules::Naming::Elements)) {
        *error = *broken;
        return StoreError::Corrupt;
    }
    return StoreError::None;
}

} // namespace sb::pg
