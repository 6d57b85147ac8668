#include "pg_connection.h"
#include "pg_store_p.h"
#include "sqlite_rows.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

using sqlite::tableOf;
using sqlite::TableSpec;

QString placeholders(qsizetype count) {
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

// Changes the rows in place, counting their revision up; a new row starts at revision 1. One
// statement writes `rows` rows (of distinct keys).
QString upsertSql(const TableSpec& spec, qsizetype rows) {
    QStringList updates = {u"ord = excluded.ord"_s, u"changed_by = excluded.changed_by"_s};
    for (const QString& column : spec.columns)
        if (!spec.keyColumns.contains(column))
            updates.append(u"%1 = excluded.%1"_s.arg(column));
    updates.append(u"revision = %1.revision + 1"_s.arg(spec.table));
    const QString row = u"("_s + placeholders(spec.columns.size() + 4) + u")"_s;
    QStringList values;
    for (qsizetype i = 0; i < rows; ++i)
        values.append(row);
    return u"INSERT INTO %1 (workshop, map, ord, %2, changed_by) VALUES %3 ON CONFLICT "
           u"(workshop, map, %4) DO UPDATE SET %5"_s.arg(
               spec.table, spec.columns.join(u", "_s), values.join(u", "_s),
               spec.keyColumns.join(u", "_s), updates.join(u", "_s));
}

// Rows per statement when a whole list is written (a new map, a new workshop): a round trip per
// 256 rows, not per row. The rest goes 16 and then 1 at a time, so a connection prepares three
// statements per table, whatever the lists' lengths.
constexpr qsizetype batchSizes[] = {256, 16, 1};

QString mapUpsertSql() {
    const QStringList& columns = sqlite::mapColumns();
    QStringList updates = {u"ord = excluded.ord"_s};
    for (const QString& column : columns)
        updates.append(u"%1 = excluded.%1"_s.arg(column));
    updates.append(u"revision = maps.revision + 1"_s);
    return u"INSERT INTO maps (workshop, id, ord, %1) VALUES (%2) ON CONFLICT (workshop, id) DO "
           u"UPDATE SET %3"_s.arg(columns.join(u", "_s), placeholders(columns.size() + 3),
                                  updates.join(u", "_s));
}

QVariantList mapRow(qint64 workshop, MapUid uid, qsizetype index, const MapInfo& info) {
    return QVariantList{workshop, uid, index} +
           pg::withBooleans(sqlite::mapColumns(), sqlite::mapValues(info));
}

} // namespace

namespace pg {

QVariantList withBooleans(const QStringList& columns, QVariantList values) {
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i)
        if (columns[i] == u"divergent" || columns[i] == u"no_material_divergence")
            values[i] = values[i].toInt() != 0;
    return values;
}

} // namespace pg

QSqlQuery* PgStore::Private::statement(const QString& sql) {
    return statements.get(db(), sql, &error);
}

bool PgStore::Private::run(QSqlQuery& query, const QVariantList& values) {
    return statements.run(query, values, &error);
}

bool PgStore::Private::exec(const QString& sql) {
    return statements.exec(db(), sql, &error);
}

// Writes every row of one kind of one map, positions ordGap apart.
class PgStore::Private::ListWriter {
public:
    ListWriter(Private& store, const Map& map, ElementKind kind)
        : m_store(store)
        , m_map(map)
        , m_kind(kind)
        , m_spec(tableOf(kind)) {}

    bool upsertAll() {
        return withKind(m_kind, [&]<class T>() {
            const QList<T>& items = m_map.list<T>();
            // One statement may not write a key twice; a list with a key twice (which no rule
            // allows) is written row by row, the later row winning.
            QSet<QString> keys;
            for (const T& item : items)
                keys.insert(keyOf(item));
            const bool distinct = keys.size() == items.size();
            qsizetype next = 0;
            for (const qsizetype rows : batchSizes) {
                if (!distinct && rows != 1)
                    continue;
                for (; items.size() - next >= rows; next += rows) {
                    QSqlQuery* query = m_store.statement(upsertSql(m_spec, rows));
                    if (!query)
                        return false;
                    QVariantList values;
                    for (qsizetype i = next; i < next + rows; ++i) {
                        const qint64 ord = (i + 1) * pg::ordGap;
                        values += QVariantList{m_store.workshopId, m_map.uid, ord} +
                                  pg::withBooleans(m_spec.columns, sqlite::rowValues(items[i])) +
                                  QVariantList{m_store.identity};
                        m_store.staged.insert({m_map.uid, m_kind, keyOf(items[i])},
                                              RowState{1, ord});
                    }
                    if (!m_store.run(*query, values))
                        return false;
                }
            }
            return true;
        });
    }

private:
    Private& m_store;
    const Map& m_map;
    ElementKind m_kind;
    const TableSpec& m_spec;
};

bool PgStore::Private::lockWorkshop() {
    return exec(u"SELECT pg_advisory_xact_lock(%1, %2)"_s.arg(workshopLockClass)
                    .arg(static_cast<qint32>(workshopId & 0x7fffffff)));
}

bool PgStore::Private::writeInTransaction(const std::function<bool()>& body) {
    QSqlDatabase database = db();
    if (!database.transaction()) {
        error = pg::describe(database.lastError());
        return false;
    }
    if (!lockWorkshop() || !body()) {
        const QString reason = error;
        database.rollback();
        error = reason;
        writtenWorkItems.clear(); // what the rows hold is what they held before: unknown here
        return false;
    }
    // A failed commit (a deferred reference) has ended the transaction already.
    if (database.commit())
        return true;
    error = pg::describe(database.lastError());
    writtenWorkItems.clear();
    return false;
}

bool PgStore::Private::writeWorkshop(const Workshop& workshop) {
    QSqlQuery* upsertMap = statement(mapUpsertSql());
    if (!upsertMap)
        return false;
    for (qsizetype i = 0; i < workshop.maps.size(); ++i) {
        const Map& map = workshop.maps[i];
        if (!run(*upsertMap, mapRow(workshopId, map.uid, i, map.info)))
            return false;
        for (int kind = 0; kind < elementKindCount; ++kind)
            if (!ListWriter(*this, map, static_cast<ElementKind>(kind)).upsertAll())
                return false;
        if (!writeWorkItemsOf(map))
            return false;
    }
    return true;
}

bool PgStore::Private::writeJournal(const Journal& journal, const Workshop& workshop) {
    QSqlQuery* upsertMap = statement(mapUpsertSql());
    QSqlQuery* mapExists = statement(u"SELECT 1 FROM maps WHERE workshop = ? AND id = ?"_s);
    QSqlQuery* deleteMap = statement(u"DELETE FROM maps WHERE workshop = ? AND id = ?"_s);
    QSqlQuery* parkName =
        statement(u"UPDATE maps SET name = chr(1) || id WHERE workshop = ? AND id = ?"_s);
    QSqlQuery* setMapOrd = statement(u"UPDATE maps SET ord = ? WHERE workshop = ? AND id = ?"_s);
    if (!upsertMap || !mapExists || !deleteMap || !parkName || !setMapOrd)
        return false;

    // Maps first: a new map's rows need its row, a removed map takes its rows with it.
    QSet<MapUid> newMaps;
    QList<MapUid> kept;
    bool rewriteMapOrd = journal.mapsReordered;
    for (MapUid uid : journal.maps) {
        if (!run(*mapExists, {workshopId, uid}))
            return false;
        const bool stored = mapExists->next();
        mapExists->finish();
        if (workshop.map(uid)) {
            kept.append(uid);
            if (!stored)
                newMaps.insert(uid);
        } else if (stored) {
            if (!run(*deleteMap, {workshopId, uid}))
                return false;
            rewriteMapOrd = true;
        }
    }
    // Names are unique: park the stored names first so two maps can swap theirs.
    for (MapUid uid : std::as_const(kept))
        if (!newMaps.contains(uid) && !run(*parkName, {workshopId, uid}))
            return false;
    for (MapUid uid : std::as_const(kept)) {
        const qsizetype index = workshop.indexOfMap(uid);
        if (!run(*upsertMap, mapRow(workshopId, uid, index, workshop.maps[index].info)))
            return false;
    }
    if (rewriteMapOrd)
        for (qsizetype i = 0; i < workshop.maps.size(); ++i)
            if (!run(*setMapOrd, {i, workshopId, workshop.maps[i].uid}))
                return false;

    for (MapUid uid : std::as_const(newMaps))
        for (int kind = 0; kind < elementKindCount; ++kind)
            if (!ListWriter(*this, *workshop.map(uid), static_cast<ElementKind>(kind)).upsertAll())
                return false;

    return writeElements(journal, workshop, newMaps) && writeWorkItemsNamed(journal, workshop);
}

} // namespace sb
