#include "pg_connection.h"

#include "model/message_text.h"
#include "pg_session.h"

#include <QCoreApplication>
#include <QSqlError>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace sb::pg {

namespace {

struct PgConnectionTr {
    Q_DECLARE_TR_FUNCTIONS(sb::pg::Connection)
};

// libpq's message without its "connection to server … failed: " and "FATAL:  " prefixes, first
// line only: "No such file or directory", "database "x" does not exist".
QString libpqReason(const QString& text) {
    QString line = text.section(u'\n', 0, 0).trimmed();
    for (const QString& failed : {u"failed: "_s, u"fehlgeschlagen: "_s}) // libpq's German
        if (const qsizetype at = line.lastIndexOf(failed); at >= 0)
            line = line.mid(at + failed.size());
    for (const QString& prefix : {u"FATAL:"_s, u"ERROR:"_s})
        if (line.startsWith(prefix))
            line = line.mid(prefix.size()).trimmed();
    return line;
}

} // namespace

QString newConnectionName() {
    static std::atomic<int> counter = 0;
    return u"streamboard-pg-%1"_s.arg(++counter);
}

QSqlDatabase connect(const QString& name, const Address& address) {
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid())
        return db;
    db.setHostName(address.host);
    if (address.port != 0)
        db.setPort(address.port);
    db.setUserName(address.user);
    if (const QString password = rememberedPassword(address); !password.isEmpty())
        db.setPassword(password); // typed into the window's prompt, for this process only
    db.setDatabaseName(address.database);
    QStringList options = address.options;
    if (!options.join(u' ').contains(u"connect_timeout="_s))
        options.append(u"connect_timeout=10"_s); // an unreachable host fails, not hangs
    if (!options.join(u' ').contains(u"application_name="_s))
        options.append(u"application_name=streamboard"_s);
    db.setConnectOptions(options.join(u';'));
    db.open();
    return db;
}

void removeConnection(const QString& name) {
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

Failure connectFailure(const Address& address, const QSqlError& error) {
    const QString server = address.serverText();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString reason = escapeControls(libpqReason(text));
    const QString user = address.user.isEmpty() ? PgConnectionTr::tr("the default user")
                                                : u"“%1”"_s.arg(address.user);
    if (text.contains(u"no password supplied"_s))
        return {StoreError::NeedsPassword,
                PgConnectionTr::tr("%1 wants a password for %2: put it in ~/.pgpass or PGPASSWORD")
                    .arg(server, user)};
    // The server's words are in its own language (lc_messages): English or German are known.
    if (text.contains(u"password authentication failed"_s) ||
        text.contains(u"Passwort-Authentifizierung"_s))
        return {StoreError::NeedsPassword,
                PgConnectionTr::tr("%1 refused the password for %2").arg(server, user)};
    if ((text.contains(u"database \""_s) && text.contains(u"does not exist"_s)) ||
        (text.contains(u"Datenbank »"_s) && text.contains(u"existiert nicht"_s)))
        return {StoreError::NotFound, PgConnectionTr::tr("%1: the database does not exist on the "
                                                         "server")
                                          .arg(server)};
    if (text.contains(u"FATAL"_s))
        return {StoreError::CannotRead,
                PgConnectionTr::tr("%1 refused the connection: %2").arg(server, reason)};
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return {StoreError::CannotRead,
                PgConnectionTr::tr("PostgreSQL cannot be reached: Qt's QPSQL driver is not "
                                   "installed")};
    return {
        StoreError::CannotRead,
        PgConnectionTr::tr("the PostgreSQL server %1 cannot be reached: %2").arg(server, reason)};
}

QString describe(const QSqlError& error) {
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return escapeControls(libpqReason(text));
}

} // namespace sb::pg
