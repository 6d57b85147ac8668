#pragma once

#include <QString>

class QSqlDatabase;

namespace sb::sqlite {

// The statements that create an empty workshop of SqliteStore::schemaVersion, in order. The
// file's PRAGMA user_version is set separately. docs/store.md shows the same schema.
const QStringList& schemaStatements();

// The tables a workshop of the current version must have.
const QStringList& requiredTables();

// Creates every table and index and sets user_version; the caller holds the transaction.
bool createSchema(QSqlDatabase& db, QString* error);

} // namespace sb::sqlite
