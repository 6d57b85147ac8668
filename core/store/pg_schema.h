#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QSqlDatabase;

namespace sb::pg {

// The schema of workshops in a PostgreSQL database, through Qt's QPSQL driver. One database holds
// many workshops: the tables are the workshop file's (sqlite_schema.h), each keyed by the
// workshop it belongs to, plus `workshops` (id, name) and `streamboard_schema_version` (one row).
// docs/store.md shows the file's schema; README.md's Reference the differences.
constexpr int currentSchemaVersion = 1;

// The statements that create the schema of currentSchemaVersion, in order, without its version row.
const QStringList& schemaStatements();

// Every table of that version, `streamboard_schema_version` included.
QStringList tables(int version);

// The key of the transaction-scoped advisory lock that createSchema holds: clients creating the
// schema in the same database at once take turns.
constexpr qint64 schemaLockKey = 0x53746264; // "Stbd", the file's application id

// The database's schema version: 0 when it has no `streamboard_schema_version` table (an empty
// database), nothing with *error when it cannot be read.
std::optional<int> schemaVersion(QSqlDatabase& db, QString* error);

// Creates the schema in its own transaction unless the database has it already; a database of a
// newer schema version is refused. Safe to run by several clients at once.
bool createSchema(QSqlDatabase& db, QString* error);

} // namespace sb::pg
