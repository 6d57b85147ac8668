#pragma once

#include "pg_address.h"
#include "pg_connection.h"
#include "pg_store.h"
#include "prepared_statements.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <map>

namespace sb {

struct PgStore::Private {
    WorkshopAddress address;
    pg::Address parts;
    QString connectionName;
    qint64 workshopId = 0;
    bool readOnly = false;
    QString error;
    MapUid lastUid = 0; // the largest uid handed out
    PreparedStatements statements{&pg::describe};
    // The work items the rows hold, by map and stream, so that an edit of a stream writes its
    // items only when they changed (pg_store_work_items.cpp).
    QHash<QPair<MapUid, Id>, WorkItems> writtenWorkItems;

    // Shared editing (pg_store_conditional.cpp): each element row as this store last read or
    // wrote it; a write changes a row only while its revision is still this one.
    struct RowState {
        qint64 revision = 0;
        qint64 ord = 0;
    };
    QHash<Journal::ElementRef, RowState> rows;
    // What the running write transaction wrote (none: deleted), taken into rows on commit.
    QHash<Journal::ElementRef, std::optional<RowState>> staged;
    QList<Journal::ElementRef> conflicts; // of the last write
    QString identity;                     // "user@host", kept in every written row's changed_by
    QString idTag;                        // Store::idTag(), from workshops.last_client

    ~Private() { close(); }

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    // The statement prepared once per connection; nullptr (and error set) when it does not.
    QSqlQuery* statement(const QString& sql);
    // Binds values by position and executes; sets error on failure.
    bool run(QSqlQuery& query, const QVariantList& values);
    bool exec(const QString& sql);

    // In one transaction under the workshop's lock: what the journal names, or a whole workshop
    // into an empty one (pg_store_write.cpp).
    bool writeInTransaction(const std::function<bool()>& body);
    bool lockWorkshop();
    bool writeJournal(const Journal& journal, const Workshop& workshop);
    bool writeWorkshop(const Workshop& workshop);
    void rememberWorkItems(const Workshop& workshop);
    bool writeWorkItems(MapUid map, const Stream& stream);
    bool writeWorkItemsOf(const Map& map);
    // The items of the streams and maps the journal names.
    bool writeWorkItemsNamed(const Journal& journal, const Workshop& workshop);
    // The journal's elements of maps that were stored before, each only while unchanged by
    // others (pg_store_conditional.cpp).
    bool writeElements(const Journal& journal, const Workshop& workshop,
                       const QSet<MapUid>& newMaps);
    void takeStagedRows();
    // Who this client is (identity) and its id tag, from the server.
    bool identify(bool allocateTag);

    class ListWriter;

    void close();
};

namespace pg {

// The values of a row for QPSQL: the flags the file keeps as 0 and 1 are booleans here.
QVariantList withBooleans(const QStringList& columns, QVariantList values);

// Reads every map and element of the workshop in one snapshot and checks them against the rules
// of every workshop (workshop_checks.h). Returns None, Cancelled (progress said stop), TooLarge,
// Corrupt (a broken rule) or CannotRead, with *error.
// With rows, also each element's revision and position.
StoreError load(QSqlDatabase& db, qint64 workshop, Workshop* out, QString* error,
                const LoadProgress& progress = {},
                QHash<Journal::ElementRef, PgStore::Private::RowState>* rows = nullptr);

// Positions of a list's rows are this far apart when written as a whole, so an element moved
// or inserted between two gets a position of its own without moving the others.
constexpr qint64 ordGap = qint64(1) << 32;

} // namespace pg

} // namespace sb
