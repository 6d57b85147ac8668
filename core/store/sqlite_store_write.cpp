#include "sqlite_errors.h"
#include "sqlite_rows.h"
#include "sqlite_store_p.h"
#include "sqlite_work_items.h"

#include <QSqlError>

namespace sb {

namespace {

using sqlite::tableOf;
using sqlite::TableSpec;

QString placeholders(qsizetype count) {
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QString keyCondition(const TableSpec& spec) {
    QString condition = QStringLiteral("map = ?");
    for (const QString& key : spec.keyColumns)
        condition += QStringLiteral(" AND %1 = ?").arg(key);
    return condition;
}

// INSERT … ON CONFLICT DO UPDATE changes the row in place; INSERT OR REPLACE would delete it
// first and cascade.
QString upsertSql(const TableSpec& spec) {
    QStringList updates = {QStringLiteral("ord = excluded.ord")};
    for (const QString& column : spec.columns)
        if (!spec.keyColumns.contains(column))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    return QStringLiteral("INSERT INTO %1 (map, ord, %2) VALUES (%3) ON CONFLICT (map, %4) DO "
                          "UPDATE SET %5")
        .arg(spec.table, spec.columns.join(QStringLiteral(", ")),
             placeholders(spec.columns.size() + 2), spec.keyColumns.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

QString deleteSql(const TableSpec& spec) {
    return QStringLiteral("DELETE FROM %1 WHERE %2 RETURNING ord")
        .arg(spec.table, keyCondition(spec));
}

QString setOrdSql(const TableSpec& spec) {
    return QStringLiteral("UPDATE %1 SET ord = ? WHERE %2").arg(spec.table, keyCondition(spec));
}

QString mapUpsertSql() {
    const QStringList& columns = sqlite::mapColumns();
    QStringList updates = {QStringLiteral("ord = excluded.ord")};
    for (const QString& column : columns)
        updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    return QStringLiteral("INSERT INTO maps (id, ord, %1) VALUES (%2) ON CONFLICT (id) DO UPDATE "
                          "SET %3")
        .arg(columns.join(QStringLiteral(", ")), placeholders(columns.size() + 2),
             updates.join(QStringLiteral(", ")));
}

} // namespace

QSqlQuery* SqliteStore::Private::statement(const QString& sql) {
    return statements.get(db(), sql, &error);
}

bool SqliteStore::Private::run(QSqlQuery& query, const QVariantList& values) {
    return statements.run(query, values, &error);
}

bool SqliteStore::Private::exec(const QString& sql) {
    return statements.exec(db(), sql, &error);
}

// Writes rows of one kind of one map, taking positions from the workshop's list.
class SqliteStore::Private::ListWriter {
public:
    ListWriter(Private& store, const Map& map, ElementKind kind)
        : m_store(store)
        , m_map(map)
        , m_kind(kind)
        , m_spec(tableOf(kind)) {}

    bool upsertAll() {
        return withKind(m_kind, [&]<class T>() {
            const QList<T>& items = m_map.list<T>();
            for (qsizetype i = 0; i < items.size(); ++i)
                if (!upsert(items[i], i))
                    return false;
            return true;
        });
    }

    // Upserts the element with this key, or deletes its row when the map no longer has it.
    bool writeKey(const QString& key) {
        return withKind(m_kind, [&]<class T>() {
            const qsizetype index = indexOf<T>(key);
            if (index >= 0)
                return upsert(m_map.list<T>()[index], index);
            return remove(key);
        });
    }

    // Writes ord again for every element from index `from` on.
    bool rewriteOrd(qsizetype from = 0) {
        QSqlQuery* query = prepared(m_setOrd, setOrdSql);
        if (!query)
            return false;
        return withKind(m_kind, [&]<class T>() {
            const QList<T>& items = m_map.list<T>();
            for (qsizetype i = from; i < items.size(); ++i)
                if (!m_store.run(*query, QVariantList{i, m_map.uid} +
                                             sqlite::keyValues(m_kind, keyOf(items[i]))))
                    return false;
            return true;
        });
    }

    // The smallest ord of a deleted row: the rows after it moved up and need their ord again.
    std::optional<qsizetype> firstDeleted() const { return m_firstDeleted; }

private:
    // A few keys (one edit) are searched for; many (a paste, a large undo) are indexed first,
    // which costs as much as a dozen searches of the list.
    template <class T> qsizetype indexOf(const QString& key) {
        const QList<T>& items = m_map.list<T>();
        if (m_index.isEmpty() && ++m_searches > searchesBeforeIndex && items.size() > 16)
            for (qsizetype i = 0; i < items.size(); ++i)
                if (const QString k = keyOf(items[i]); !m_index.contains(k))
                    m_index.insert(k, i); // the first of a key, as Map::indexOf
        if (!m_index.isEmpty())
            return m_index.value(key, -1);
        return m_map.indexOf<T>(key);
    }
    static constexpr int searchesBeforeIndex = 8;
    int m_searches = 0;

    template <class T> bool upsert(const T& element, qsizetype index) {
        QSqlQuery* query = prepared(m_upsert, upsertSql);
        if (!query ||
            !m_store.run(*query, QVariantList{m_map.uid, index} + sqlite::rowValues(element)))
            return false;
        if constexpr (std::is_same_v<T, Stream>)
            return m_store.writeWorkItems(m_map.uid, element);
        return true;
    }

    bool remove(const QString& key) {
        QSqlQuery* query = prepared(m_delete, deleteSql);
        if (!query ||
            !m_store.run(*query, QVariantList{m_map.uid} + sqlite::keyValues(m_kind, key)))
            return false;
        if (query->next()) {
            const qsizetype ord = query->value(0).toLongLong();
            m_firstDeleted = std::min(ord, m_firstDeleted.value_or(ord));
        }
        query->finish();
        if (m_kind == ElementKind::Stream)
            m_store.forgetWorkItems(m_map.uid, key); // its rows went with it
        return true;
    }

    QSqlQuery* prepared(QSqlQuery*& cached, QString (*sql)(const TableSpec&)) {
        if (!cached)
            cached = m_store.statement(sql(m_spec));
        return cached;
    }

    Private& m_store;
    const Map& m_map;
    ElementKind m_kind;
    const TableSpec& m_spec;
    QHash<QString, qsizetype> m_index;
    std::optional<qsizetype> m_firstDeleted;
    QSqlQuery* m_upsert = nullptr;
    QSqlQuery* m_delete = nullptr;
    QSqlQuery* m_setOrd = nullptr;
};

bool SqliteStore::Private::writeInTransaction(const std::function<bool()>& body) {
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    // COMMIT checks the deferred references; when it fails the transaction is still open.
    if (body() && exec(QStringLiteral("COMMIT")))
        return true;
    const QString reason = error;
    exec(QStringLiteral("ROLLBACK"));
    error = reason;
    writtenWorkItems.clear(); // what the rows hold is what they held before: unknown here
    return false;
}

bool SqliteStore::Private::writeWorkItems(MapUid map, const Stream& stream) {
    const QPair<MapUid, Id> key{map, stream.id};
    if (const auto written = writtenWorkItems.constFind(key);
        written != writtenWorkItems.cend() && *written == stream.workItems)
        return true;
    QSqlQuery* clear =
        statement(QStringLiteral("DELETE FROM work_item_setups WHERE map = ? AND stream = ?"));
    if (!clear || !run(*clear, {map, stream.id}))
        return false;
    const WorkItems& work = stream.workItems;
    if (!(work == WorkItems())) {
        QSqlQuery* setup = statement(sqlite::insertSetupSql());
        QSqlQuery* item = statement(sqlite::insertItemSql());
        if (!setup || !item ||
            !run(*setup, QVariantList{map, stream.id} + sqlite::setupValues(work.setup)))
            return false;
        for (qsizetype i = 0; i < work.items.size(); ++i)
            if (!run(*item, QVariantList{map, stream.id} +
                                sqlite::itemValues(work.items[i], i, work.setup.states)))
                return false;
    }
    writtenWorkItems.insert(key, work);
    return true;
}

void SqliteStore::Private::forgetWorkItems(MapUid map, const std::optional<Id>& stream) {
    writtenWorkItems.removeIf([&](const auto& entry) {
        return entry.key().first == map && (!stream || entry.key().second == *stream);
    });
}

bool SqliteStore::Private::writeWorkshop(const Workshop& workshop) {
    QSqlQuery* upsertMap = statement(mapUpsertSql());
    if (!upsertMap)
        return false;
    for (qsizetype i = 0; i < workshop.maps.size(); ++i) {
        const Map& map = workshop.maps[i];
        if (!run(*upsertMap, QVariantList{map.uid, i} + sqlite::mapValues(map.info)))
            return false;
        for (int kind = 0; kind < elementKindCount; ++kind)
            if (!ListWriter(*this, map, static_cast<ElementKind>(kind)).upsertAll())
                return false;
    }
    return true;
}

bool SqliteStore::Private::writeJournal(const Journal& journal, const Workshop& workshop) {
    QSqlQuery* upsertMap = statement(mapUpsertSql());
    QSqlQuery* mapExists = statement(QStringLiteral("SELECT 1 FROM maps WHERE id = ?"));
    QSqlQuery* deleteMap = statement(QStringLiteral("DELETE FROM maps WHERE id = ?"));
    QSqlQuery* parkName =
        statement(QStringLiteral("UPDATE maps SET name = char(1) || id WHERE id = ?"));
    QSqlQuery* setMapOrd = statement(QStringLiteral("UPDATE maps SET ord = ? WHERE id = ?"));
    if (!upsertMap || !mapExists || !deleteMap || !parkName || !setMapOrd)
        return false;

    // Maps first: a new map's rows need its row, a removed map takes its rows with it.
    QSet<MapUid> newMaps;
    QList<MapUid> kept;
    bool rewriteMapOrd = journal.mapsReordered;
    for (MapUid uid : journal.maps) {
        if (!run(*mapExists, {uid}))
            return false;
        const bool stored = mapExists->next();
        mapExists->finish();
        if (workshop.map(uid)) {
            kept.append(uid);
            if (!stored)
                newMaps.insert(uid);
        } else if (stored) {
            if (!run(*deleteMap, {uid}))
                return false;
            forgetWorkItems(uid); // its streams' rows went with it
            rewriteMapOrd = true;
        }
    }
    // Names are unique: park the stored names first so two maps can swap theirs.
    for (MapUid uid : std::as_const(kept))
        if (!newMaps.contains(uid) && !run(*parkName, {uid}))
            return false;
    for (MapUid uid : std::as_const(kept)) {
        const qsizetype index = workshop.indexOfMap(uid);
        if (!run(*upsertMap,
                 QVariantList{uid, index} + sqlite::mapValues(workshop.maps[index].info)))
            return false;
    }
    if (rewriteMapOrd)
        for (qsizetype i = 0; i < workshop.maps.size(); ++i)
            if (!run(*setMapOrd, {i, workshop.maps[i].uid}))
                return false;

    for (MapUid uid : std::as_const(newMaps))
        for (int kind = 0; kind < elementKindCount; ++kind)
            if (!ListWriter(*this, *workshop.map(uid), static_cast<ElementKind>(kind)).upsertAll())
                return false;

    QHash<Journal::ListRef, QStringList> keysByList;
    for (const Journal::ElementRef& ref : journal.elements)
        keysByList[{ref.map, ref.kind}].append(ref.key);
    QSet<Journal::ListRef> lists = journal.reordered;
    for (auto it = keysByList.cbegin(); it != keysByList.cend(); ++it)
        lists.insert(it.key());

    for (const Journal::ListRef& list : std::as_const(lists)) {
        const Map* map = workshop.map(list.map);
        if (!map || newMaps.contains(list.map))
            continue; // a removed map's rows went with it; a new one's are all written
        ListWriter writer(*this, *map, list.kind);
        for (const QString& key : keysByList.value(list))
            if (!writer.writeKey(key))
                return false;
        if (journal.reordered.contains(list)) {
            if (!writer.rewriteOrd())
                return false;
        } else if (writer.firstDeleted() && !writer.rewriteOrd(*writer.firstDeleted())) {
            return false;
        }
    }
    return true;
}

} // namespace sb
