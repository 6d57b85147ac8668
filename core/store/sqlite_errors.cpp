#include "sqlite_errors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <cerrno>
#include <cstring>
#include <sqlite3.h>

namespace sb::sqlite {

namespace {

struct SqliteErrorsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::SqliteStore)
};

} // namespace

Problem problemOf(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok || error.type() == QSqlError::NoError)
        return Problem::Other;
    if (code == SQLITE_READONLY_ROLLBACK || code == SQLITE_READONLY_RECOVERY)
        return Problem::Interrupted;
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return Problem::NotADatabase;
    case SQLITE_CORRUPT:
        return Problem::Corrupt;
    case SQLITE_FULL:
        return Problem::DiskFull;
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH:
        return Problem::NoPermission;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Problem::InputOutput;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Problem::Busy;
    case SQLITE_TOOBIG:
    case SQLITE_NOMEM:
        return Problem::TooBig;
    default:
        return Problem::Other;
    }
}

QString describe(Problem problem) {
    switch (problem) {
    case Problem::NotADatabase:
        return SqliteErrorsTr::tr("it is not an SQLite database");
    case Problem::Corrupt:
        return SqliteErrorsTr::tr("the file is damaged");
    case Problem::DiskFull:
        return SqliteErrorsTr::tr("the disk is full");
    case Problem::NoPermission:
        return SqliteErrorsTr::tr("permission denied");
    case Problem::InputOutput:
        return SqliteErrorsTr::tr("an input/output error on the disk");
    case Problem::Busy:
        return SqliteErrorsTr::tr("another program holds the file locked");
    case Problem::TooBig:
        return SqliteErrorsTr::tr("a value is too large to read");
    case Problem::Interrupted:
        return SqliteErrorsTr::tr("an interrupted write left its journal beside the file; "
                                  "opening the file for writing completes it");
    case Problem::Other:
        break;
    }
    return {};
}

QString describe(const QSqlError& error) {
    const Problem problem = problemOf(error);
    if (problem == Problem::Other)
        return error.text();
    return describe(problem);
}

Problem problemOfErrno(int error) {
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return Problem::DiskFull;
    case EACCES:
    case EPERM:
    case EROFS:
        return Problem::NoPermission;
    case EIO:
        return Problem::InputOutput;
    default:
        return Problem::Other;
    }
}

QString describeErrno(int error) {
    const Problem problem = problemOfErrno(error);
    if (problem == Problem::Other)
        return QString::fromLocal8Bit(std::strerror(error));
    return describe(problem);
}

} // namespace sb::sqlite
