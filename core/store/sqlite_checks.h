#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace sb::sqlite {

// Checks of a file's SQLite level before anything of it is loaded, on a read-only connection.
// Each returns an empty string when the file passes, else the reason as one translated line
// that completes "“FILE” is not a workshop this version of Streamboard can open: …" (shape) or
// "“FILE” is too large to open: …" (limits) or "“FILE” is damaged and cannot be opened (…)"
// (references). An SQL error (which may be SQLITE_CORRUPT met while scanning) is returned in
// sqlError instead.

// The file holds exactly a workshop of that schema version: our tables with our columns
// (names, types, NOT NULL, keys, order), STRICT, with our foreign keys, our indexes or none of
// them, and no view, trigger or other table. Version 1 is version 2 without what
// upgradeToVersion2() adds.
QString shapeProblem(QSqlDatabase& db, int version, QSqlError* sqlError);

// More rows than a workshop holds (SqliteStore::maxRows, maps and elements together), or a
// text longer than SqliteStore::maxTextBytes.
QString sizeProblem(QSqlDatabase& db, QSqlError* sqlError);

// A row whose reference names a row that does not exist (PRAGMA foreign_key_check).
QString referenceProblem(QSqlDatabase& db, QSqlError* sqlError);

} // namespace sb::sqlite
