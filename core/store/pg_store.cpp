#include "pg_store.h"

#include "model/message_text.h"
#include "pg_connection.h"
#include "pg_live.h"
#include "pg_schema.h"
#include "pg_store_p.h"
#include "store_backend.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

struct PgStoreTr {
    Q_DECLARE_TR_FUNCTIONS(sb::PgStore)
};

OpenedStore failed(StoreError error, const QString& message) {
    OpenedStore opened;
    opened.error = error;
    opened.errorString = escapeControls(message);
    return opened;
}

OpenedStore failed(const pg::Failure& failure) {
    return failed(failure.error, failure.message);
}

// A connection to the address's database, or why not.
std::variant<std::unique_ptr<PgStore::Private>, pg::Failure>
connectStore(const WorkshopAddress& address) {
    QString error;
    std::optional<pg::Address> parts = pg::Address::parse(address, &error);
    if (!parts)
        return pg::Failure{StoreError::NotFound, error};
    auto d = std::make_unique<PgStore::Private>();
    d->address = address;
    d->parts = *parts;
    d->connectionName = pg::newConnectionName();
    const QSqlDatabase db = pg::connect(d->connectionName, *parts);
    if (!db.isOpen())
        return pg::connectFailure(*parts, db.lastError());
    return d;
}

// The workshop's id, 0 when the database has none of that name, nothing when it cannot be read.
std::optional<qint64> workshopIdOf(PgStore::Private& d) {
    QSqlQuery* query = d.statement(u"SELECT id FROM workshops WHERE name = ?"_s);
    if (!query || !d.run(*query, {d.parts.workshop}))
        return std::nullopt;
    const qint64 id = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return id;
}

// Whether this user may change workshops here: a standby server or missing privileges say no.
bool canWrite(PgStore::Private& d) {
    QStringList checks = {u"NOT pg_is_in_recovery()"_s};
    for (const QString& table : pg::tables(pg::currentSchemaVersion))
        for (const char* privilege : {"INSERT", "UPDATE", "DELETE"})
            checks.append(
                u"has_table_privilege('%1', '%2')"_s.arg(table, QLatin1String(privilege)));
    QSqlQuery query(d.db());
    return query.exec(u"SELECT "_s + checks.join(u" AND "_s)) && query.next() &&
           query.value(0).toBool();
}

QString cannotRead(const pg::Address& parts, const QString& reason) {
    return PgStoreTr::tr("the workshop “%1” in %2 cannot be read: %3")
        .arg(parts.workshop, parts.serverText(), reason);
}

} // namespace

PgStore::PgStore()
    : d(std::make_unique<Private>()) {}

PgStore::~PgStore() = default;

void PgStore::Private::close() {
    if (connectionName.isEmpty())
        return;
    statements.clear();
    pg::removeConnection(connectionName); // ends the session: its locks go with it
    connectionName.clear();
}

OpenedStore PgStore::open(const WorkshopAddress& address, OpenMode mode,
                          const LoadProgress& progress) {
    auto connected = connectStore(address);
    if (const pg::Failure* f = std::get_if<pg::Failure>(&connected))
        return failed(*f);
    std::unique_ptr<Private> d = std::move(std::get<std::unique_ptr<Private>>(connected));
    const pg::Address& parts = d->parts;
    QSqlDatabase db = d->db();
    QString error;
    const std::optional<int> version = pg::schemaVersion(db, &error);
    if (!version)
        return failed(StoreError::CannotRead, cannotRead(parts, error));
    if (*version > pg::currentSchemaVersion)
        return failed(StoreError::NewerSchema,
                      PgStoreTr::tr("%1 holds workshops of a newer version of Streamboard (schema "
                                    "version %2; this version reads up to %3). Please update "
                                    "Streamboard.")
                          .arg(parts.serverText())
                          .arg(*version)
                          .arg(pg::currentSchemaVersion));
    const QString missing =
        PgStoreTr::tr("there is no workshop “%1” in %2").arg(parts.workshop, parts.serverText());
    if (*version == 0)
        return failed(StoreError::NotFound, missing);
    const std::optional<qint64> id = workshopIdOf(*d);
    if (!id)
        return failed(StoreError::CannotRead, cannotRead(parts, d->error));
    if (*id == 0)
        return failed(StoreError::NotFound, missing);
    d->workshopId = *id;
    d->readOnly = mode == OpenMode::ReadOnly || !canWrite(*d);
    if (d->readOnly && !d->exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s))
        return failed(StoreError::CannotRead, cannotRead(parts, d->error));
    // Held by the session until the store closes; the writes' transaction locks are the same
    // lock, taken again.
    if (mode == OpenMode::Exclusive && !d->readOnly &&
        !d->exec(u"SELECT pg_advisory_lock(%1, %2)"_s.arg(workshopLockClass)
                     .arg(static_cast<qint32>(d->workshopId & 0x7fffffff))))
        return failed(StoreError::CannotRead, cannotRead(parts, d->error));

    if (!d->identify(!d->readOnly))
        return failed(StoreError::CannotRead, cannotRead(parts, d->error));

    OpenedStore opened;
    const StoreError loaded =
        pg::load(db, d->workshopId, &opened.workshop, &error, progress, &d->rows);
    if (loaded == StoreError::Cancelled)
        return failed(
            loaded, PgStoreTr::tr("Opening the workshop “%1” was cancelled.").arg(parts.workshop));
    if (loaded == StoreError::Corrupt)
        return failed(loaded, PgStoreTr::tr("the workshop “%1” in %2 is damaged and cannot be "
                                            "opened (%3).")
                                  .arg(parts.workshop, parts.serverText(), error));
    if (loaded == StoreError::TooLarge)
        return failed(loaded, PgStoreTr::tr("the workshop “%1” in %2 is too large to open: %3.")
                                  .arg(parts.workshop, parts.serverText(), error));
    if (loaded != StoreError::None)
        return failed(loaded, cannotRead(parts, error));
    for (const Map& map : std::as_const(opened.workshop.maps))
        d->lastUid = std::max(d->lastUid, map.uid);
    d->rememberWorkItems(opened.workshop);
    std::unique_ptr<PgStore> store(new PgStore);
    store->d = std::move(d);
    opened.store = std::move(store);
    return opened;
}

OpenedStore PgStore::create(const WorkshopAddress& address, const Workshop& workshop,
                            bool overwrite) {
    auto connected = connectStore(address);
    // No database (or no usable address) to create the workshop in.
    if (const pg::Failure* f = std::get_if<pg::Failure>(&connected))
        return failed(f->error == StoreError::NotFound ? StoreError::CannotWrite : f->error,
                      f->message);
    std::unique_ptr<Private> d = std::move(std::get<std::unique_ptr<Private>>(connected));
    const pg::Address& parts = d->parts;
    auto cannotWrite = [&](const QString& reason) {
        return failed(StoreError::CannotWrite,
                      PgStoreTr::tr("the workshop “%1” cannot be written to %2: %3")
                          .arg(parts.workshop, parts.serverText(), reason));
    };
    QSqlDatabase db = d->db();
    QString error;
    if (!pg::createSchema(db, &error))
        return cannotWrite(error);
    if (!db.transaction())
        return cannotWrite(pg::describe(db.lastError()));
    bool exists = false;
    const bool built = [&] {
        QSqlQuery* insert = d->statement(u"INSERT INTO workshops (name) VALUES (?) ON CONFLICT "
                                         u"(name) DO NOTHING RETURNING id"_s);
        if (!insert || !d->run(*insert, {parts.workshop}))
            return false;
        d->workshopId = insert->next() ? insert->value(0).toLongLong() : 0;
        insert->finish();
        if (d->workshopId == 0) {
            exists = true;
            const std::optional<qint64> id = overwrite ? workshopIdOf(*d) : std::nullopt;
            if (!id || *id == 0)
                return false;
            d->workshopId = *id;
            if (!d->lockWorkshop() ||
                !d->exec(u"DELETE FROM maps WHERE workshop = %1"_s.arg(d->workshopId)) ||
                !d->exec(u"DELETE FROM meta WHERE workshop = %1"_s.arg(d->workshopId)))
                return false;
        } else if (!d->lockWorkshop()) {
            return false;
        }
        if (!d->identify(true))
            return false;
        MapUid last = 0;
        for (const Map& map : workshop.maps)
            last = std::max(last, map.uid);
        QSqlQuery* meta =
            d->statement(u"INSERT INTO meta (workshop, key, value) VALUES "
                         u"(?, 'application', 'Streamboard'), (?, 'created_by', ?)"_s);
        QSqlQuery* lastUid = d->statement(u"UPDATE workshops SET last_map_uid = "
                                          u"greatest(last_map_uid, ?) WHERE id = ?"_s);
        return meta && lastUid &&
               d->run(*meta, {d->workshopId, d->workshopId, QStringLiteral(STREAMBOARD_VERSION)}) &&
               d->run(*lastUid, {last, d->workshopId}) && d->writeWorkshop(workshop) &&
               d->exec(u"NOTIFY "_s + PgLive::channel(d->workshopId)); // a replaced one
    }();
    if (!built) {
        const QString reason = d->error;
        db.rollback();
        if (exists && !overwrite)
            return cannotWrite(PgStoreTr::tr("a workshop of that name exists already."));
        return cannotWrite(reason);
    }
    if (!db.commit())
        return cannotWrite(pg::describe(db.lastError()));
    d->takeStagedRows();
    for (const Map& map : workshop.maps)
        d->lastUid = std::max(d->lastUid, map.uid);
    OpenedStore opened;
    opened.workshop = workshop;
    std::unique_ptr<PgStore> store(new PgStore);
    store->d = std::move(d);
    opened.store = std::move(store);
    return opened;
}

WorkshopAddress PgStore::address() const {
    return d->address;
}

bool PgStore::isReadOnly() const {
    return d->readOnly || (m_live && !m_live->isConnected());
}

QString PgStore::displayName() const {
    return d->parts.workshop;
}

bool PgStore::write(const Journal& journal, const Workshop& workshop) {
    if (d->readOnly) {
        d->error = PgStoreTr::tr("the workshop “%1” in %2 is open read-only.")
                       .arg(d->parts.workshop, d->parts.serverText());
        return false;
    }
    if (m_live && !m_live->isConnected()) {
        d->error = PgStoreTr::tr("the connection to %1 is lost: the change is kept and written "
                                 "once the connection is back")
                       .arg(d->parts.serverText());
        return false;
    }
    if (journal.isEmpty())
        return true;
    d->error.clear();
    d->conflicts.clear();
    d->staged.clear();
    // The NOTIFY reaches the other clients when the transaction commits, and only then.
    if (d->writeInTransaction([&] {
            return d->writeJournal(journal, workshop) &&
                   d->exec(u"NOTIFY "_s + PgLive::channel(d->workshopId));
        })) {
        d->takeStagedRows();
        return true;
    }
    d->staged.clear();
    if (m_live)
        m_live->checkConnection();
    if (!d->conflicts.isEmpty())
        d->error = PgStoreTr::tr("another facilitator changed the workshop “%1” in %2 meanwhile: "
                                 "nothing was written.")
                       .arg(d->parts.workshop, d->parts.serverText());
    else
        d->error = PgStoreTr::tr("the workshop “%1” in %2 cannot be written: %3")
                       .arg(d->parts.workshop, d->parts.serverText(), d->error);
    return false;
}

bool PgStore::copyTo(const WorkshopAddress& target) {
    Workshop snapshot;
    QSqlDatabase db = d->db();
    QString error;
    if (pg::load(db, d->workshopId, &snapshot, &error) != StoreError::None) {
        d->error = cannotRead(d->parts, error);
        return false;
    }
    // A file was chosen in a dialog that asked before replacing it; a shared workshop of that
    // name may be open elsewhere and is never replaced.
    const OpenedStore copy = stores::create(target, snapshot, target.scheme().isEmpty());
    if (!copy) {
        d->error = copy.errorString;
        return false;
    }
    return true;
}

MapUid PgStore::nextMapUid() {
    if (!d->readOnly) {
        // One statement: the row lock makes clients asking at once take turns.
        QSqlQuery* next = d->statement(
            u"UPDATE workshops SET last_map_uid = greatest(last_map_uid, (SELECT coalesce(max(id), "
            u"0) FROM maps WHERE workshop = ?)) + 1 WHERE id = ? RETURNING last_map_uid"_s);
        if (next && d->run(*next, {d->workshopId, d->workshopId}) && next->next())
            d->lastUid = std::max(d->lastUid, next->value(0).toLongLong() - 1);
        if (next)
            next->finish();
    }
    return ++d->lastUid;
}

QString PgStore::errorString() const {
    return d->error;
}

LiveFeed* PgStore::live() {
    if (!m_live)
        m_live = std::make_unique<PgLive>(*d);
    return m_live.get();
}

} // namespace sb
