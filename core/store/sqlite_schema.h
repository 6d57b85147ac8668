#pragma once

#include <QString>

class QSqlDatabase;

namespace sb::sqlite {

// The statements that create an empty workshop of SqliteStore::schemaVersion, in order. The
// file's PRAGMA user_version is set separately. docs/store.md shows the same schema.
const QStringList& schemaStatements();

// What turns a version 1 file into version 2: map roles, timeboxes and the divergence flag,
// team roles, stream decision criteria, and the actions table.
QStringList upgradeToVersion2();
// What turns a version 2 file into version 3: the work_item_setups and work_items tables.
QStringList upgradeToVersion3();

// The tables a workshop of that schema version must have.
QStringList requiredTables(int version);

// Creates every table and index and sets user_version and application_id; the caller holds
// the transaction.
bool createSchema(QSqlDatabase& db, QString* error);

// The statement that writes SqliteStore::applicationId into the file's header.
QString applicationIdStatement();
// Runs it (files of older versions have application_id 0).
bool markAsWorkshop(QSqlDatabase& db, QString* error);

} // namespace sb::sqlite
