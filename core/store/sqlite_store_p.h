#pragma once

#include "prepared_statements.h"
#include "sqlite_errors.h"
#include "sqlite_store.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <map>

namespace sb {

struct SqliteStore::Private {
    QString path;
    QString connectionName;
    bool readOnly = false;
    std::unique_ptr<QLockFile> lock;
    QString error;
    MapUid lastUid = 0; // the largest uid handed out
    PreparedStatements statements{&sqlite::describe};
    // The work items each stream's rows hold, as last written in a committed transaction: a
    // stream written again with the same items (shared, so compared at once) leaves them be.
    QHash<QPair<MapUid, Id>, WorkItems> writtenWorkItems;

    // SqliteStore::open, taking over a lock already held (by create()).
    static Opened open(const QString& path, Mode mode, std::unique_ptr<QLockFile> lock,
                       const LoadProgress& progress = {});

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    // The statement prepared once per store; nullptr (and error set) when it does not prepare.
    QSqlQuery* statement(const QString& sql);
    // Binds values by position and executes; sets error on failure.
    bool run(QSqlQuery& query, const QVariantList& values);
    bool exec(const QString& sql);

    // In one transaction: what the journal names, or the whole workshop into an empty file.
    bool writeInTransaction(const std::function<bool()>& body);
    bool writeJournal(const Journal& journal, const Workshop& workshop);
    bool writeWorkshop(const Workshop& workshop);
    // Replaces the stream's work item rows when its items differ from what was written.
    bool writeWorkItems(MapUid map, const Stream& stream);
    void forgetWorkItems(MapUid map, const std::optional<Id>& stream = std::nullopt);

    // Writes the rows of one kind of element of one map (sqlite_store_write.cpp).
    class ListWriter;

    // Closes the connection; a read-write file is made one self-contained file first.
    void close();
};

namespace sqlite {

// A unique name for a new QSqlDatabase connection.
QString newConnectionName();

// Opens a connection on a file: read-only through a URI (immutable when nothing may be
// written beside it), or read-write without ever creating the file.
enum class Access { ReadOnly, ReadOnlyImmutable, ReadWrite, Create };
QSqlDatabase openConnection(const QString& name, const QString& path, Access access);
void removeConnection(const QString& name);

// PRAGMAs every connection gets; read-write ones also switch to WAL.
bool configureConnection(QSqlDatabase& db, Access access, QString* error);

// Reads every map and element, ordered by ord, in one read transaction, and checks them against
// the rules of every workshop (workshop_checks.h); a broken rule is an error naming the element.
// progress, when given, hears every few thousand elements and may stop the reading (then load
// returns false with an empty error).
bool load(QSqlDatabase& db, Workshop* workshop, QString* error,
          const SqliteStore::LoadProgress& progress = {});

} // namespace sqlite

} // namespace sb
