#pragma once

#include <QList>
#include <QStringList>

class QSqlDatabase;

namespace sb::sqlite {

// One upgrade of a workshop file from schema version `from` to `from + 1`, as SQL statements.
// A step that reshapes a table follows SQLite's "make a new table, copy, drop, rename" recipe;
// foreign keys are off while steps run and checked as a whole before the commit.
struct Migration {
    int from;
    QStringList statements;
};

// Every step from version 1 on, in order: the last one reaches SqliteStore::schemaVersion.
const QList<Migration>& migrations();

// Reads the file's user_version and applies the steps from it up to target in order, in one
// transaction, then sets user_version to target. On any failure (a step missing or failing, a
// foreign key left dangling) nothing changes and error says why.
bool migrate(QSqlDatabase& db, int target, const QList<Migration>& steps, QString* error);

} // namespace sb::sqlite
