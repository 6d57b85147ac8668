#pragma once
// A throwaway PostgreSQL 15 server for one run of a test file: a cluster made by initdb in a
// temporary folder under /tmp, listening only on a Unix socket in that folder, run as `nobody`
// when the tests run as root (PostgreSQL refuses root), as the test's own user otherwise.
// Stopped (immediate shutdown) by stop() or the destructor, and by the kernel when the test
// process dies (the server's parent-death signal).
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

class QSqlDatabase;

namespace sb::test {

class PgServer {
public:
    static constexpr const char* binDir = "/usr/lib/postgresql/15/bin";
    static constexpr int port = 5432; // names the socket file only: no TCP port is opened
    static constexpr const char* superuser = "streamboard";

    // Why no server can run here (PostgreSQL 15 or Qt's QPSQL driver is not installed), or empty.
    static QString missingReason();

    PgServer() = default;
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;
    ~PgServer();

    // Runs initdb and starts the server; returns once it accepts connections. False with
    // error() (the tools' own output) when it cannot.
    bool start();
    void stop();
    // Stops the server at once, as a crash or a pulled cable would, keeping its data; restart()
    // starts it again on the same data and socket.
    void crash();
    bool restart();
    bool isRunning() const;
    QString error() const { return errorText; }

    // The folder holding the socket: what libpq takes as the host.
    QString socketFolder() const;
    // libpq's URI of a database on the server, the host being the socket folder.
    QString url(const QString& database) const;
    // Opens `connectionName` on `database` as the superuser through QPSQL.
    QSqlDatabase open(const QString& connectionName, const QString& database) const;
    // Creates an empty database; false with error() when it cannot.
    bool createDatabase(const QString& name);

private:
    bool runToEnd(const QStringList& arguments);
    bool waitUntilReady();
    bool launch();

    std::unique_ptr<QTemporaryDir> folder;
    std::unique_ptr<QProcess> server;
    QString errorText;
};

} // namespace sb::test

// In a test's initTestCase: starts the server. Where PostgreSQL is not installed the test is
// skipped, except under CI, which installs it (./dev): there it fails.
#define STREAMBOARD_START_PG_SERVER(server)                                                        \
    do {                                                                                           \
        const QString missingServer = ::sb::test::PgServer::missingReason();                       \
        if (!missingServer.isEmpty() && qEnvironmentVariable("CI") == u"true")                     \
            QFAIL(qPrintable(missingServer));                                                      \
        if (!missingServer.isEmpty())                                                              \
            QSKIP(qPrintable(missingServer));                                                      \
        QVERIFY2((server).start(), qPrintable((server).error()));                                  \
    } while (false)
