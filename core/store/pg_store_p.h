#pragma once

#include "pg_address.h"
#include "pg_store.h"

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
    MapUid lastUid = 0;                                       // the largest uid handed out
    std::map<QString, std::unique_ptr<QSqlQuery>> statements; // prepared, by their SQL
    // The work items the rows hold, by map and stream, so that an edit of a stream writes its
    // items only when they changed (pg_store_work_items.cpp).
    QHash<QPair<MapUid, Id>, WorkItems> writtenWorkItems;

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

    class ListWriter;

    void close();
};

namespace pg {

// The values of a row for QPSQL: the flags the file keeps as 0 and 1 are booleans here.
QVariantList withBooleans(const QStringList& columns, QVariantList values);

// Reads every map and element of the workshop in one snapshot and checks them against the rules
// of every workshop (workshop_checks.h). Returns None, Cancelled (progress said stop), TooLarge,
// Corrupt (a broken rule) or CannotRead, with *error.
StoreError load(QSqlDatabase& db, qint64 workshop, Workshop* out, QString* error,
                const LoadProgress& progress = {});

} // namespace pg

} // namespace sb
