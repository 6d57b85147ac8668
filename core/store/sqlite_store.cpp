#include "sqlite_store.h"

#include "model/message_text.h"
#include "sqlite_checks.h"
#include "sqlite_errors.h"
#include "sqlite_migrations.h"
#include "sqlite_schema.h"
#include "sqlite_store_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSysInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sb {

namespace {

using sqlite::Access;
using OpenError = SqliteStore::OpenError;

struct SqliteStoreTr {
    Q_DECLARE_TR_FUNCTIONS(sb::SqliteStore)
};

bool canWrite(const QString& path) {
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

struct Failure {
    OpenError error = OpenError::None;
    QString message;
    bool interrupted = false; // a journal beside the file waits for a writer to replay it
};

Failure failure(OpenError error, const QString& message) {
    return {error, message};
}

Failure failureFromSql(const QString& path, const QSqlError& error) {
    const QString name = QDir::toNativeSeparators(path);
    const sqlite::Problem problem = sqlite::problemOf(error);
    if (problem == sqlite::Problem::NotADatabase)
        return failure(
            OpenError::NotAWorkshop,
            SqliteStoreTr::tr("“%1” is not a Streamboard workshop: it is not an SQLite database.")
                .arg(name));
    if (problem == sqlite::Problem::Corrupt)
        return failure(OpenError::Corrupt,
                       SqliteStoreTr::tr("“%1” is damaged and cannot be opened (%2).")
                           .arg(name, error.databaseText()));
    QString reason = sqlite::describe(error);
    // SQLite says "unable to open" for a file it may not read: the system says why.
    if (problem == sqlite::Problem::InputOutput &&
        ::access(QFile::encodeName(path).constData(), R_OK) != 0)
        reason = sqlite::describeErrno(errno);
    Failure result = failure(OpenError::CannotRead,
                             SqliteStoreTr::tr("“%1” cannot be read: %2").arg(name, reason));
    result.interrupted = problem == sqlite::Problem::Interrupted;
    return result;
}

// A read-only connection for as long as it lives.
class ScopedConnection {
public:
    ScopedConnection(const QString& path, Access access)
        : m_name(sqlite::newConnectionName())
        , m_db(sqlite::openConnection(m_name, path, access)) {}
    ~ScopedConnection() {
        m_db = {};
        sqlite::removeConnection(m_name);
    }
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

struct Validated {
    int version = 0;
    qint32 applicationId = 0;
};

// Checks a file through a read-only connection, so a bad file is never changed. Returns the
// file's schema version (which may be older than ours) and application id, or the failure.
std::variant<Validated, Failure> validate(const QString& path, Access access) {
    const QString name = QDir::toNativeSeparators(path);
    ScopedConnection connection(path, access);
    QSqlDatabase& db = connection.db();
    if (!db.isOpen())
        return failureFromSql(path, db.lastError());
    QString error;
    if (!sqlite::configureConnection(db, access, &error))
        return failure(OpenError::CannotRead,
                       SqliteStoreTr::tr("“%1” cannot be read: %2").arg(name, error));
    Validated file;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failureFromSql(path, query.lastError());
    file.version = query.value(0).toInt();
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return failureFromSql(path, query.lastError());
    file.applicationId = query.value(0).toInt();
    query.finish();
    if (file.applicationId != 0 && file.applicationId != SqliteStore::applicationId)
        return failure(OpenError::NotAWorkshop,
                       SqliteStoreTr::tr("“%1” is not a Streamboard workshop: it is an SQLite "
                                         "database of another application (application id %2).")
                           .arg(name)
                           .arg(QStringLiteral("0x%1").arg(static_cast<quint32>(file.applicationId),
                                                           8, 16, QLatin1Char('0'))));
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
        return failureFromSql(path, query.lastError());
    if (const QString check = query.value(0).toString(); check != QLatin1String("ok"))
        return failure(
            OpenError::Corrupt,
            SqliteStoreTr::tr("“%1” is damaged and cannot be opened (%2).").arg(name, check));
    query.finish();
    if (file.version > SqliteStore::schemaVersion)
        return failure(OpenError::NewerSchema,
                       SqliteStoreTr::tr(
                           "“%1” was made by a newer version of Streamboard (file version %2; this "
                           "version reads up to %3). Please update Streamboard.")
                           .arg(name)
                           .arg(file.version)
                           .arg(SqliteStore::schemaVersion));
    if (file.version == 0 && QFileInfo(path).size() == 0)
        return failure(
            OpenError::NotAWorkshop,
            SqliteStoreTr::tr("“%1” is not a Streamboard workshop: the file is empty.").arg(name));
    const Failure foreign =
        failure(OpenError::NotAWorkshop,
                SqliteStoreTr::tr("“%1” is not a Streamboard workshop: it is an SQLite "
                                  "database without a workshop in it.")
                    .arg(name));
    if (file.version <= 0)
        return foreign;
    const QStringList tables = db.tables();
    for (const QString& table : sqlite::requiredTables(file.version))
        if (!tables.contains(table))
            return foreign;
    QSqlError sqlError;
    const QString shape = sqlite::shapeProblem(db, file.version, &sqlError);
    if (sqlError.isValid())
        return failureFromSql(path, sqlError);
    if (!shape.isEmpty())
        return failure(OpenError::NotAWorkshop,
                       SqliteStoreTr::tr("“%1” is not a workshop this version of Streamboard can "
                                         "open: %2.")
                           .arg(name, shape));
    const QString size = sqlite::sizeProblem(db, &sqlError);
    if (sqlError.isValid())
        return failureFromSql(path, sqlError);
    if (!size.isEmpty())
        return failure(OpenError::TooLarge,
                       SqliteStoreTr::tr("“%1” is too large to open: %2.").arg(name, size));
    const QString reference = sqlite::referenceProblem(db, &sqlError);
    if (sqlError.isValid())
        return failureFromSql(path, sqlError);
    if (!reference.isEmpty())
        return failure(
            OpenError::Corrupt,
            SqliteStoreTr::tr("“%1” is damaged and cannot be opened (%2).").arg(name, reference));
    return file;
}

// Whether a lock nobody can vouch for is old enough to be taken over: its process runs on
// another host (or the lock file says nothing readable) and it was not touched for
// SqliteStore::lockStaleSeconds. Qt decides for locks of this host by asking for the process.
bool isAbandoned(const QLockFile& lock, const QString& lockPath) {
    qint64 pid = 0;
    QString host;
    QString application;
    const bool known = lock.getLockInfo(&pid, &host, &application);
    if (known && (host.isEmpty() || host == QSysInfo::machineHostName()))
        return false;
    const QDateTime touched = QFileInfo(lockPath).lastModified();
    return touched.isValid() &&
           std::abs(touched.secsTo(QDateTime::currentDateTime())) > SqliteStore::lockStaleSeconds;
}

// The lock that keeps a second Streamboard from writing the same file.
std::variant<std::unique_ptr<QLockFile>, Failure> takeLock(const QString& path) {
    const QString lockPath = path + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Not Qt's age rule: it would take over the lock of a workshop open all day on this host.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError && isAbandoned(*lock, lockPath) &&
        lock->removeStaleLockFile() && lock->tryLock(0))
        return lock;
    const QString name = QDir::toNativeSeparators(path);
    if (lock->error() != QLockFile::LockFailedError)
        return failure(OpenError::CannotWrite,
                       SqliteStoreTr::tr("“%1” cannot be locked for writing.").arg(name));
    qint64 pid = 0;
    QString host;
    QString application;
    lock->getLockInfo(&pid, &host, &application);
    return failure(
        OpenError::LockedByOther,
        SqliteStoreTr::tr("“%1” is open in another Streamboard (process %2 on %3). You can open it "
                          "read-only.")
            .arg(name)
            .arg(pid)
            .arg(host));
}

Failure cancelled(const QString& path) {
    return failure(
        OpenError::Cancelled,
        SqliteStoreTr::tr("Opening “%1” was cancelled.").arg(QDir::toNativeSeparators(path)));
}

bool isWalFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && (header[18] == 2 || header[19] == 2);
}

// How a file is read so that reading leaves its folder as it was. A file whose -wal is there
// (a writer at work, or one that crashed) is read with it. Otherwise a file in WAL mode, or one
// in a folder that cannot be written, is read immutable: SQLite then makes no -wal or -shm.
Access readAccessFor(const QString& file, bool folderWritable) {
    if (QFileInfo::exists(file + QStringLiteral("-wal")))
        return Access::ReadOnly;
    return !folderWritable || isWalFile(file) ? Access::ReadOnlyImmutable : Access::ReadOnly;
}

// What SQLite does on any write open of a file whose write was interrupted: the journal beside
// it is played back, so the file is as it was before that write. Only under our lock.
bool replayJournal(const QString& file) {
    const QString name = sqlite::newConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = sqlite::openConnection(name, file, Access::ReadWrite);
        QString error;
        QSqlQuery query(db);
        ok = db.isOpen() && sqlite::configureConnection(db, Access::ReadOnly, &error) &&
             query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && query.next();
    }
    sqlite::removeConnection(name);
    return ok;
}

SqliteStore::Opened failed(const Failure& f) {
    SqliteStore::Opened opened;
    opened.error = f.error;
    // One line whatever SQLite reported (quick_check lists its findings on lines of their own).
    opened.errorString = escapeControls(f.message);
    return opened;
}

// The permissions a new workshop file gets: those of the file it replaces, or rw-r--r--.
QFileDevice::Permissions newFilePermissions(const QString& replaced) {
    if (QFileInfo::exists(replaced))
        return QFile::permissions(replaced);
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
}

// A temporary file beside target, closed (SQLite opens it itself), removed unless kept.
std::unique_ptr<QTemporaryFile> temporaryBeside(const QString& target, QString* error) {
    auto file = std::make_unique<QTemporaryFile>(target + QStringLiteral(".tmp-XXXXXX"));
    if (!file->open()) {
        const QString folder = QFileInfo(target).absolutePath();
        *error = ::access(QFile::encodeName(folder).constData(), W_OK) != 0
                     ? sqlite::describeErrno(errno)
                     : file->errorString();
        return nullptr;
    }
    file->setPermissions(newFilePermissions(target));
    file->close();
    return file;
}

// Moves a finished temporary file over target in one step.
bool replaceWith(QTemporaryFile& file, const QString& target, QString* error) {
    if (std::rename(QFile::encodeName(file.fileName()).constData(),
                    QFile::encodeName(target).constData()) != 0) {
        *error = sqlite::describeErrno(errno);
        return false;
    }
    file.setAutoRemove(false);
    return true;
}

} // namespace

SqliteStore::SqliteStore()
    : d(std::make_unique<Private>()) {}

SqliteStore::~SqliteStore() {
    d->close();
}

void SqliteStore::Private::close() {
    if (connectionName.isEmpty())
        return;
    statements.clear();
    if (!readOnly) {
        // Folds the WAL back in, so nothing but the file itself remains.
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    sqlite::removeConnection(connectionName);
    connectionName.clear();
    lock.reset();
}

SqliteStore::Opened SqliteStore::open(const QString& path, Mode mode,
                                      const LoadProgress& progress) {
    return Private::open(path, mode, nullptr, progress);
}

SqliteStore::Opened SqliteStore::Private::open(const QString& path, Mode mode,
                                               std::unique_ptr<QLockFile> lock,
                                               const LoadProgress& progress) {
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    if (!info.exists())
        return failed(
            {OpenError::NotFound,
             SqliteStoreTr::tr("“%1” does not exist.").arg(QDir::toNativeSeparators(file))});
    if (info.isDir())
        return failed({OpenError::NotAWorkshop,
                       SqliteStoreTr::tr("“%1” is a folder, not a Streamboard workshop.")
                           .arg(QDir::toNativeSeparators(file))});
    const bool folderWritable = canWrite(info.absolutePath());
    bool readOnly = mode == Mode::ReadOnly || !folderWritable || !canWrite(file);
    // Locked before anything is read: what is checked is what is then opened for writing.
    if (readOnly)
        lock.reset();
    else if (!lock) {
        auto locked = takeLock(file);
        if (const Failure* f = std::get_if<Failure>(&locked))
            return failed(*f);
        lock = std::move(std::get<std::unique_ptr<QLockFile>>(locked));
    }
    const Access readAccess = readAccessFor(file, folderWritable);

    auto validated = validate(file, readAccess);
    if (const Failure* f = std::get_if<Failure>(&validated);
        f && f->interrupted && !readOnly && replayJournal(file))
        validated = validate(file, readAccess);
    if (const Failure* f = std::get_if<Failure>(&validated))
        return failed(*f);
    const int version = std::get<Validated>(validated).version;
    const bool hasOurId = std::get<Validated>(validated).applicationId == applicationId;

    std::unique_ptr<SqliteStore> store(new SqliteStore);
    store->d->path = file;
    store->d->readOnly = readOnly;
    store->d->lock = std::move(lock);
    store->d->connectionName = sqlite::newConnectionName();
    const Access access = readOnly ? readAccess : Access::ReadWrite;
    QSqlDatabase db = sqlite::openConnection(store->d->connectionName, file, access);
    QString error;
    if (!db.isOpen() || !sqlite::configureConnection(db, access, &error))
        return failed({OpenError::CannotWrite,
                       SqliteStoreTr::tr("“%1” cannot be opened: %2")
                           .arg(QDir::toNativeSeparators(file),
                                db.isOpen() ? error : sqlite::describe(db.lastError()))});
    if (!readOnly && ((version < schemaVersion &&
                       !sqlite::migrate(db, schemaVersion, sqlite::migrations(), &error)) ||
                      (!hasOurId && !sqlite::markAsWorkshop(db, &error))))
        return failed({OpenError::CannotWrite, SqliteStoreTr::tr("“%1” could not be upgraded: %2")
                                                   .arg(QDir::toNativeSeparators(file), error)});

    Opened opened;
    if (version < schemaVersion && readOnly) {
        // An older file that may not be changed: upgrade a private copy and read that.
        QTemporaryFile copy(QDir::temp().filePath(QStringLiteral("streamboard-XXXXXX.vsmap")));
        if (!copy.open())
            return failed({OpenError::CannotWrite, copy.errorString()});
        copy.close();
        QSqlQuery vacuum(db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.bindValue(0, copy.fileName());
        if (!vacuum.exec())
            return failed(failureFromSql(file, vacuum.lastError()));
        ScopedConnection upgraded(copy.fileName(), Access::Create);
        if (!sqlite::migrate(upgraded.db(), schemaVersion, sqlite::migrations(), &error) ||
            !sqlite::load(upgraded.db(), &opened.workshop, &error, progress))
            return error.isEmpty() ? failed(cancelled(file))
                                   : failed({OpenError::Corrupt,
                                             SqliteStoreTr::tr("“%1” could not be upgraded: %2")
                                                 .arg(QDir::toNativeSeparators(file), error)});
    } else if (!sqlite::load(db, &opened.workshop, &error, progress)) {
        if (error.isEmpty())
            return failed(cancelled(file));
        return failed(
            {OpenError::Corrupt, SqliteStoreTr::tr("“%1” is damaged and cannot be opened (%2).")
                                     .arg(QDir::toNativeSeparators(file), error)});
    }
    for (const Map& map : std::as_const(opened.workshop.maps)) {
        store->d->lastUid = std::max(store->d->lastUid, map.uid);
        for (const Stream& stream : map.streams)
            store->d->writtenWorkItems.insert({map.uid, stream.id}, stream.workItems);
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA shrink_memory"));
    opened.store = std::move(store);
    return opened;
}

SqliteStore::Opened SqliteStore::create(const QString& path, const Workshop& workshop,
                                        bool overwrite) {
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(file);
    auto cannotWrite = [&](const QString& reason) {
        return failed({OpenError::CannotWrite,
                       SqliteStoreTr::tr("“%1” cannot be written: %2").arg(name, reason)});
    };
    if (!overwrite && QFileInfo::exists(file))
        return cannotWrite(SqliteStoreTr::tr("the file already exists."));
    QString error;
    std::unique_ptr<QTemporaryFile> temporary = temporaryBeside(file, &error);
    if (!temporary)
        return cannotWrite(error);
    {
        SqliteStore builder;
        builder.d->connectionName = sqlite::newConnectionName();
        QSqlDatabase db = sqlite::openConnection(builder.d->connectionName, temporary->fileName(),
                                                 Access::Create);
        if (!db.isOpen())
            return cannotWrite(sqlite::describe(db.lastError()));
        const bool built = sqlite::configureConnection(db, Access::Create, &error) &&
                           builder.d->writeInTransaction([&] {
                               return sqlite::createSchema(db, &builder.d->error) &&
                                      builder.d->writeWorkshop(workshop);
                           });
        if (!built)
            return cannotWrite(error.isEmpty() ? builder.d->error : error);
    }
    auto locked = takeLock(file);
    if (const Failure* f = std::get_if<Failure>(&locked))
        return failed(*f);
    if (!overwrite && QFileInfo::exists(file))
        return cannotWrite(SqliteStoreTr::tr("the file already exists."));
    if (!replaceWith(*temporary, file, &error))
        return cannotWrite(error);
    return Private::open(file, Mode::ReadWrite,
                         std::move(std::get<std::unique_ptr<QLockFile>>(locked)));
}

bool SqliteStore::copyTo(const WorkshopAddress& path) {
    const QString target = QFileInfo(path.toString()).absoluteFilePath();
    QString reason;
    std::unique_ptr<QTemporaryFile> temporary = temporaryBeside(target, &reason);
    if (!temporary) {
        d->error = SqliteStoreTr::tr("“%1” cannot be written: %2")
                       .arg(QDir::toNativeSeparators(target), reason);
        return false;
    }
    QSqlQuery vacuum(d->db());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.bindValue(0, temporary->fileName());
    const QString name = QDir::toNativeSeparators(target);
    if (!vacuum.exec()) {
        d->error = SqliteStoreTr::tr("“%1” cannot be written: %2")
                       .arg(name, sqlite::describe(vacuum.lastError()));
        return false;
    }
    QString error;
    if (!replaceWith(*temporary, target, &error)) {
        d->error = SqliteStoreTr::tr("“%1” cannot be written: %2").arg(name, error);
        return false;
    }
    return true;
}

QString SqliteStore::path() const {
    return d->path;
}

WorkshopAddress SqliteStore::address() const {
    return d->path;
}

bool SqliteStore::isReadOnly() const {
    return d->readOnly;
}

QString SqliteStore::displayName() const {
    return QFileInfo(d->path).completeBaseName();
}

bool SqliteStore::write(const Journal& journal, const Workshop& workshop) {
    if (d->readOnly) {
        d->error =
            SqliteStoreTr::tr("“%1” is open read-only.").arg(QDir::toNativeSeparators(d->path));
        return false;
    }
    if (journal.isEmpty())
        return true;
    if (d->connectionName.isEmpty()) {
        d->error = SqliteStoreTr::tr("“%1” is closed.").arg(QDir::toNativeSeparators(d->path));
        return false;
    }
    d->error.clear();
    if (!d->writeInTransaction([&] { return d->writeJournal(journal, workshop); }))
        return false;
    if (d->lock) // keeps the lock from looking abandoned to another host
        ::utimensat(AT_FDCWD, QFile::encodeName(d->path + QStringLiteral(".lock")).constData(),
                    nullptr, 0);
    return true;
}

MapUid SqliteStore::nextMapUid() {
    if (!d->readOnly) {
        QSqlQuery* largest = d->statement(QStringLiteral("SELECT max(id) FROM maps"));
        if (largest && d->run(*largest, {}) && largest->next())
            d->lastUid = std::max(d->lastUid, largest->value(0).toLongLong());
        if (largest)
            largest->finish();
    }
    return ++d->lastUid;
}

QString SqliteStore::errorString() const {
    return d->error;
}

} // namespace sb
