#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace sb::sqlite {

// What an SQLite error means for the user, from its result code (the primary code of the
// extended code Qt reports as the native error code).
enum class Problem {
    Other,        // a constraint, a syntax error …: SQLite's own words
    NotADatabase, // SQLITE_NOTADB
    Corrupt,      // SQLITE_CORRUPT
    DiskFull,     // SQLITE_FULL
    NoPermission, // SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH, and SQLITE_CANTOPEN for EACCES
    InputOutput,  // SQLITE_IOERR, SQLITE_CANTOPEN otherwise
    Busy,         // SQLITE_BUSY, SQLITE_LOCKED: another program holds the file
    TooBig,       // SQLITE_TOOBIG, SQLITE_NOMEM
    Interrupted,  // SQLITE_READONLY_ROLLBACK, _RECOVERY: a journal to replay, which needs a writer
};

Problem problemOf(const QSqlError& error);

// One translated line: "the disk is full", "permission denied", … or SQLite's text when the
// code says nothing a user can act on.
QString describe(const QSqlError& error);
QString describe(Problem problem);

// The same for a failed system call's errno (ENOSPC, EACCES, EROFS, EIO …).
QString describeErrno(int error);
Problem problemOfErrno(int error);

} // namespace sb::sqlite
