#include "pg_live.h"

#include "pg_connection.h"
#include "pg_schema.h"
#include "pg_store_p.h"

#include <QSqlError>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

int heartbeatMs = 5000;

QString loginName() {
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    return u"?"_s;
}

// Not part of the versioned schema: it holds no workshop data, only who is connected, and is
// made by the first client that needs it.
constexpr auto presenceTableSql =
    "CREATE TABLE IF NOT EXISTS streamboard_presence ("
    " client text PRIMARY KEY,"
    " workshop bigint NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,"
    " username text NOT NULL,"
    " host text NOT NULL,"
    " last_seen timestamptz NOT NULL DEFAULT now())";

} // namespace

PgLive::PgLive(PgStore::Private& store)
    : m_store(store)
    , m_client(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &PgLive::heartbeat);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &PgLive::tryReconnect);
    m_watch.setInterval(watchInterval);
    connect(&m_watch, &QTimer::timeout, this, &PgLive::watch);
    m_watch.start();
    if (!listen())
        checkConnection();
    QSqlDatabase db = m_store.db();
    QSqlQuery query(db);
    // Clients take turns making the table; a read-only session writes in a transaction of its own.
    if (query.exec(u"START TRANSACTION READ WRITE"_s)) {
        const bool made =
            query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(pg::schemaLockKey)) &&
            query.exec(QString::fromLatin1(presenceTableSql));
        query.exec(made ? u"COMMIT"_s : u"ROLLBACK"_s);
    }
    heartbeat();
    m_heartbeat.start();
}

PgLive::~PgLive() {
    if (!m_connected)
        return;
    QSqlQuery query(m_store.db());
    query.exec(u"START TRANSACTION READ WRITE"_s);
    query.exec(u"DELETE FROM streamboard_presence WHERE client = '%1'"_s.arg(m_client));
    query.exec(u"COMMIT"_s);
}

QString PgLive::channel(qint64 workshopId) {
    return u"streamboard_workshop_%1"_s.arg(workshopId);
}

void PgLive::setHeartbeatInterval(int milliseconds) {
    heartbeatMs = milliseconds;
}

int PgLive::heartbeatInterval() {
    return heartbeatMs;
}

bool PgLive::listen() {
    QSqlDriver* driver = m_store.db().driver();
    if (!driver || !driver->subscribeToNotification(channel(m_store.workshopId)))
        return false;
    // The same driver after a reconnect: connected once.
    connect(driver, &QSqlDriver::notification, this, &PgLive::onNotification, Qt::UniqueConnection);
    return true;
}

void PgLive::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                            const QVariant&) {
    if (name == channel(m_store.workshopId) && source != QSqlDriver::SelfSource)
        emit changedElsewhere();
}

// The driver reads the connection's socket for notifications, and so learns at once when the
// server closed it; asking whether the connection is open costs no round trip.
void PgLive::watch() {
    if (m_connected && !m_store.db().isOpen())
        checkConnection();
}

bool PgLive::probe(QString* reason) {
    QSqlQuery query(m_store.db());
    if (query.exec(u"SELECT 1"_s))
        return true;
    *reason = pg::describe(query.lastError());
    return false;
}

void PgLive::checkConnection() {
    QString reason;
    if (m_connected && !probe(&reason))
        lose(reason);
}

void PgLive::heartbeat() {
    if (!m_connected)
        return;
    QSqlDatabase db = m_store.db();
    QSqlQuery query(db);
    // A user who may not write the table still sees the others.
    if (query.exec(u"START TRANSACTION READ WRITE"_s)) {
        QSqlQuery beat(db);
        beat.prepare(u"INSERT INTO streamboard_presence (client, workshop, username, host) "
                     u"VALUES (?, ?, ?, ?) ON CONFLICT (client) DO UPDATE SET last_seen = now()"_s);
        beat.addBindValue(m_client);
        beat.addBindValue(m_store.workshopId);
        beat.addBindValue(loginName());
        beat.addBindValue(QSysInfo::machineHostName());
        query.exec(beat.exec() ? u"COMMIT"_s : u"ROLLBACK"_s);
    }
    QSqlQuery others(db);
    others.prepare(u"SELECT username, host FROM streamboard_presence WHERE workshop = ? AND "
                   u"client <> ? AND last_seen > now() - ? * interval '1 millisecond' "
                   u"ORDER BY username, host"_s);
    others.addBindValue(m_store.workshopId);
    others.addBindValue(m_client);
    others.addBindValue(4 * heartbeatMs);
    if (!others.exec()) {
        checkConnection();
        return;
    }
    QList<Participant> found;
    while (others.next())
        found.append({others.value(0).toString(), others.value(1).toString()});
    if (found != m_participants) {
        m_participants = found;
        emit participantsChanged();
    }
}

void PgLive::lose(const QString& reason) {
    m_connected = false;
    m_heartbeat.stop();
    m_store.statements.clear();
    // Closed, not removed: a statement of the caller may still hold the connection. The
    // driver's socket watcher goes with it.
    m_store.db().close();
    m_retry = firstRetry;
    m_reconnect.start(m_retry);
    if (!m_participants.isEmpty()) {
        m_participants.clear();
        emit participantsChanged();
    }
    emit connectionLost(reason);
}

void PgLive::tryReconnect() {
    QSqlDatabase db = m_store.db();
    const QString options = db.connectOptions();
    // A host that does not answer holds the window no longer than this.
    if (!m_store.parts.options.join(u' ').contains(u"connect_timeout="_s))
        db.setConnectOptions(
            QString(options).replace(u"connect_timeout=10"_s, u"connect_timeout=3"_s));
    const bool opened = db.open();
    db.setConnectOptions(options);
    const bool ready = opened &&
                       (!m_store.readOnly ||
                        m_store.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s)) &&
                       listen();
    if (!ready) {
        db.close();
        m_retry = std::min(m_retry * 2, lastRetry);
        m_reconnect.start(m_retry);
        return;
    }
    m_connected = true;
    heartbeat();
    m_heartbeat.start();
    emit reconnected();
}

bool PgLive::readStored(Workshop* out, QString* error) {
    if (!m_connected) {
        *error = tr("the connection to the server is lost");
        return false;
    }
    QSqlDatabase db = m_store.db();
    // What is read is what the document is about to show: the store takes its rows as read, so
    // the next edit of an element another client changed starts from their revision.
    QHash<Journal::ElementRef, PgStore::Private::RowState> rows;
    if (pg::load(db, m_store.workshopId, out, error, {}, &rows) == StoreError::None) {
        m_store.rows = std::move(rows);
        m_store.rememberWorkItems(*out);
        return true;
    }
    checkConnection();
    return false;
}

} // namespace sb
