#include "pg_store_p.h"
#include "sqlite_rows.h"

#include <QSqlError>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

// Shared editing on PostgreSQL: a write changes an element's row only while the row's revision
// is the one this store last read or wrote, and an element that moved or is new gets a position
// between its neighbours' without the others' rows being written.

namespace sb {

namespace {

using sqlite::tableOf;
using sqlite::TableSpec;
using RowState = PgStore::Private::RowState;

QString rowCondition(const TableSpec& spec) {
    QString condition = u"workshop = ? AND map = ?"_s;
    for (const QString& key : spec.keyColumns)
        condition += u" AND %1 = ?"_s.arg(key);
    return condition;
}

QStringList nonKeyColumns(const TableSpec& spec) {
    QStringList columns;
    for (const QString& column : spec.columns)
        if (!spec.keyColumns.contains(column))
            columns.append(column);
    return columns;
}

QString conditionalUpdateSql(const TableSpec& spec, bool withOrd) {
    QStringList sets;
    for (const QString& column : nonKeyColumns(spec))
        sets.append(u"%1 = ?"_s.arg(column));
    if (withOrd)
        sets.append(u"ord = ?"_s);
    sets.append(u"changed_by = ?"_s);
    sets.append(u"revision = revision + 1"_s);
    return u"UPDATE %1 SET %2 WHERE %3 AND revision = ? RETURNING revision"_s.arg(
        spec.table, sets.join(u", "_s), rowCondition(spec));
}

QString insertSql(const TableSpec& spec) {
    QStringList marks;
    for (qsizetype i = 0; i < spec.columns.size() + 4; ++i)
        marks.append(u"?"_s);
    return u"INSERT INTO %1 (workshop, map, ord, %2, changed_by) VALUES (%3) ON CONFLICT DO "
           u"NOTHING RETURNING revision"_s.arg(spec.table, spec.columns.join(u", "_s),
                                               marks.join(u", "_s));
}

QString conditionalDeleteSql(const TableSpec& spec) {
    return u"DELETE FROM %1 WHERE %2 AND revision = ? RETURNING 1"_s.arg(spec.table,
                                                                         rowCondition(spec));
}

QString existsSql(const TableSpec& spec) {
    return u"SELECT 1 FROM %1 WHERE %2"_s.arg(spec.table, rowCondition(spec));
}

QString setOrdSql(const TableSpec& spec) {
    return u"UPDATE %1 SET ord = ? WHERE %2"_s.arg(spec.table, rowCondition(spec));
}

QString selectRowSql(const TableSpec& spec) {
    return u"SELECT %1, revision, ord, changed_by FROM %2 WHERE %3"_s.arg(
        spec.columns.join(u", "_s), spec.table, rowCondition(spec));
}

QString previousKeySql(const TableSpec& spec) {
    return u"SELECT %1 FROM %2 WHERE workshop = ? AND map = ? AND ord < ? ORDER BY ord DESC "
           u"LIMIT 1"_s.arg(spec.keyColumns.join(u", "_s), spec.table);
}

// Writes the journal's elements of one list of one map.
class ConditionalListWriter {
public:
    ConditionalListWriter(PgStore::Private& store, const Map& map, ElementKind kind)
        : m_store(store)
        , m_map(map)
        , m_kind(kind)
        , m_spec(tableOf(kind)) {}

    bool write(const QSet<QString>& keys, const QSet<QString>& moved) {
        return withKind(m_kind, [&]<class T>() {
            const QList<T>& items = m_map.list<T>();
            QHash<QString, qsizetype> index;
            for (qsizetype i = 0; i < items.size(); ++i)
                index.insert(keyOf(items[i]), i);
            // Elements that are new here or moved get a position; the others keep theirs.
            QSet<qsizetype> placed;
            for (const QString& key : keys)
                if (const qsizetype i = index.value(key, -1); i >= 0 && !known(key))
                    placed.insert(i);
            for (const QString& key : moved)
                if (const qsizetype i = index.value(key, -1); i >= 0)
                    placed.insert(i);
            if (!place<T>(items, placed))
                return false;
            for (const QString& key : keys) {
                const qsizetype i = index.value(key, -1);
                if (!(i >= 0 ? writeRow(items[i], placed.contains(i)) : deleteRow(key)))
                    return false;
            }
            // A moved element not otherwise changed: its position alone.
            for (const QString& key : moved)
                if (const qsizetype i = index.value(key, -1);
                    i >= 0 && !keys.contains(key) && !writeRow(items[i], true))
                    return false;
            return true;
        });
    }

private:
    Journal::ElementRef ref(const QString& key) const { return {m_map.uid, m_kind, key}; }

    // As the running transaction left it, else as last read or written.
    std::optional<RowState> state(const QString& key) const {
        const auto staged = m_store.staged.constFind(ref(key));
        if (staged != m_store.staged.cend())
            return *staged;
        const auto row = m_store.rows.constFind(ref(key));
        return row != m_store.rows.cend() ? std::optional(*row) : std::nullopt;
    }
    bool known(const QString& key) const { return state(key).has_value(); }

    // Gives the placed elements positions between their neighbours', in list order; when two
    // neighbours leave no room (or are out of order after others' moves), the whole list is
    // spaced out again, positions only.
    template <class T> bool place(const QList<T>& items, const QSet<qsizetype>& placed) {
        if (placed.isEmpty())
            return true;
        qint64 previous = 0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!placed.contains(i)) {
                if (const std::optional<RowState> row = state(keyOf(items[i])))
                    previous = row->ord;
                continue;
            }
            qsizetype end = i; // the run of placed elements is [i, end)
            while (end < items.size() && placed.contains(end))
                ++end;
            std::optional<qint64> next;
            for (qsizetype j = end; j < items.size() && !next; ++j)
                if (const std::optional<RowState> row = state(keyOf(items[j])))
                    next = row->ord;
            const qint64 count = end - i;
            const qint64 limit = next.value_or(previous + (count + 1) * pg::ordGap);
            if (limit - previous <= count)
                return respace(items, placed);
            for (qsizetype k = i; k < end; ++k)
                m_ords.insert(k, previous + (limit - previous) * (k - i + 1) / (count + 1));
            previous = m_ords.value(end - 1);
            i = end - 1;
        }
        return true;
    }

    template <class T> bool respace(const QList<T>& items, const QSet<qsizetype>& placed) {
        QSqlQuery* query = m_store.statement(setOrdSql(m_spec));
        if (!query)
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const qint64 ord = (i + 1) * pg::ordGap;
            m_ords.insert(i, ord);
            const QString key = keyOf(items[i]);
            if (placed.contains(i) || !known(key))
                continue;
            if (!m_store.run(*query, QVariantList{ord, m_store.workshopId, m_map.uid} +
                                         sqlite::keyValues(m_kind, key)))
                return false;
            m_store.staged.insert(ref(key), RowState{state(key)->revision, ord});
        }
        return true;
    }

    template <class T> bool writeRow(const T& element, bool withOrd) {
        const QString key = keyOf(element);
        const qsizetype index = m_map.indexOf<T>(key);
        const QVariantList values = pg::withBooleans(m_spec.columns, sqlite::rowValues(element));
        const qsizetype keyCount = m_spec.keyColumns.size();
        const std::optional<RowState> row = state(key);
        qint64 ord = row ? row->ord : 0;
        if (withOrd || !row)
            ord = m_ords.value(index, ord);
        QSqlQuery* query = nullptr;
        QVariantList bound;
        if (row) {
            query = m_store.statement(conditionalUpdateSql(m_spec, withOrd));
            bound = values.mid(keyCount);
            if (withOrd)
                bound.append(ord);
            bound += QVariantList{m_store.identity, m_store.workshopId, m_map.uid} +
                     values.first(keyCount) + QVariantList{row->revision};
        } else {
            query = m_store.statement(insertSql(m_spec));
            bound = QVariantList{m_store.workshopId, m_map.uid, ord} + values +
                    QVariantList{m_store.identity};
        }
        if (!query || !m_store.run(*query, bound))
            return false;
        const bool written = query->next();
        const qint64 revision = written ? query->value(0).toLongLong() : 0;
        query->finish();
        if (!written)
            return conflict(key);
        m_store.staged.insert(ref(key), RowState{revision, ord});
        return true;
    }

    bool deleteRow(const QString& key) {
        const std::optional<RowState> row = state(key);
        if (!row)
            return true; // never stored: made and removed again before it was written
        const QVariantList where =
            QVariantList{m_store.workshopId, m_map.uid} + sqlite::keyValues(m_kind, key);
        QSqlQuery* remove = m_store.statement(conditionalDeleteSql(m_spec));
        if (!remove || !m_store.run(*remove, where + QVariantList{row->revision}))
            return false;
        const bool deleted = remove->next();
        remove->finish();
        if (!deleted) {
            // Deleted by another client already: what this write wants. Changed: refused.
            QSqlQuery* exists = m_store.statement(existsSql(m_spec));
            if (!exists || !m_store.run(*exists, where))
                return false;
            const bool stored = exists->next();
            exists->finish();
            if (stored)
                return conflict(key);
        }
        m_store.staged.insert(ref(key), std::nullopt);
        return true;
    }

    bool conflict(const QString& key) {
        m_store.conflicts.append(ref(key));
        m_store.error = u"conflict"_s; // replaced by the message of PgStore::write
        return false;
    }

    PgStore::Private& m_store;
    const Map& m_map;
    ElementKind m_kind;
    const TableSpec& m_spec;
    QHash<qsizetype, qint64> m_ords; // the new positions, by index in the list
};

} // namespace

bool PgStore::Private::writeElements(const Journal& journal, const Workshop& workshop,
                                     const QSet<MapUid>& newMaps) {
    QHash<Journal::ListRef, QSet<QString>> keys, moved;
    for (const Journal::ElementRef& ref : journal.elements)
        keys[{ref.map, ref.kind}].insert(ref.key);
    for (const Journal::ElementRef& ref : journal.moved)
        moved[{ref.map, ref.kind}].insert(ref.key);
    QSet<Journal::ListRef> lists;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        lists.insert(it.key());
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        lists.insert(it.key());
    for (const Journal::ListRef& list : std::as_const(lists)) {
        const Map* map = workshop.map(list.map);
        if (!map || newMaps.contains(list.map))
            continue; // a removed map's rows went with it; a new one's are all written
        if (!ConditionalListWriter(*this, *map, list.kind)
                 .write(keys.value(list), moved.value(list)))
            return false;
    }
    return true;
}

void PgStore::Private::takeStagedRows() {
    for (auto it = staged.cbegin(); it != staged.cend(); ++it) {
        if (it.value())
            rows.insert(it.key(), *it.value());
        else
            rows.remove(it.key());
    }
    staged.clear();
}

bool PgStore::Private::identify(bool allocateTag) {
    QSqlQuery* user = statement(u"SELECT current_user"_s);
    if (!user || !run(*user, {}) || !user->next())
        return false;
    identity = user->value(0).toString() + u'@' + QSysInfo::machineHostName();
    user->finish();
    if (!allocateTag)
        return true;
    QSqlQuery* tag = statement(u"UPDATE workshops SET last_client = last_client + 1 WHERE id = ? "
                               u"RETURNING last_client"_s);
    if (!tag || !run(*tag, {workshopId}) || !tag->next())
        return false;
    idTag = u"-%1-"_s.arg(tag->value(0).toLongLong());
    tag->finish();
    return true;
}

StoreError PgStore::lastWriteError() const {
    return d->conflicts.isEmpty() ? StoreError::CannotWrite : StoreError::Conflict;
}

QList<Journal::ElementRef> PgStore::conflicts() const {
    return d->conflicts;
}

QString PgStore::idTag() const {
    return d->idTag;
}

std::optional<QList<StoredElement>> PgStore::reread(const QList<Journal::ElementRef>& elements) {
    QList<StoredElement> stored;
    for (const Journal::ElementRef& ref : elements) {
        const TableSpec& spec = tableOf(ref.kind);
        QSqlQuery* select = d->statement(selectRowSql(spec));
        QSqlQuery* previous = d->statement(previousKeySql(spec));
        if (!select || !previous ||
            !d->run(*select,
                    QVariantList{d->workshopId, ref.map} + sqlite::keyValues(ref.kind, ref.key)))
            return std::nullopt;
        StoredElement element{ref, std::nullopt, {}, {}};
        if (select->next()) {
            const int extra = static_cast<int>(spec.columns.size());
            withKind(ref.kind, [&]<class T>() {
                T read;
                sqlite::readRow(*select, read);
                element.element = Element(std::move(read));
            });
            const RowState row{select->value(extra).toLongLong(),
                               select->value(extra + 1).toLongLong()};
            element.changedBy = select->value(extra + 2).toString();
            select->finish();
            d->rows.insert(ref, row);
            if (!d->run(*previous, {d->workshopId, ref.map, row.ord}))
                return std::nullopt;
            if (previous->next())
                element.previousKey =
                    ref.kind == ElementKind::Cell
                        ? cellKey(previous->value(0).toString(), previous->value(1).toString())
                        : previous->value(0).toString();
            previous->finish();
        } else {
            select->finish();
            d->rows.remove(ref);
        }
        stored.append(std::move(element));
    }
    return stored;
}

} // namespace sb
