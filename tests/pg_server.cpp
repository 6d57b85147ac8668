#include "pg_server.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <grp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace sb::test {

namespace {

// The account the server runs as when the tests run as root, as the other tests' unprivileged
// children do (setpriv --reuid=65534).
constexpr uid_t pgNobodyId = 65534;

QString pgProgram(const char* name) {
    return QDir(QString::fromLatin1(PgServer::binDir)).filePath(QString::fromLatin1(name));
}

// Runs the program as the folder's owner, and has the kernel stop it with SIGQUIT (PostgreSQL's
// immediate shutdown) when the test process dies without stopping it.
void preparePgChild(QProcess& process, const QString& workingFolder) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys()) {
        if (name.startsWith(QLatin1String("PG")))
            env.remove(name);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingFolder);
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        if (::geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setgid(pgNobodyId) != 0 ||
                                 ::setuid(pgNobodyId) != 0))
            ::_exit(126);
        // Set after the user change, which clears it; the test may have died meanwhile.
        if (::prctl(PR_SET_PDEATHSIG, SIGQUIT) != 0 || ::getppid() != parent)
            ::_exit(126);
    });
}

QString pgFileText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()).trimmed()
                                          : QString();
}

} // namespace

QString PgServer::missingReason() {
    for (const char* program : {"initdb", "postgres"}) {
        if (!QFileInfo(pgProgram(program)).isExecutable())
            return QStringLiteral("PostgreSQL 15 is not installed (no %1; ./dev installs "
                                  "postgresql-15)")
                .arg(pgProgram(program));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral(
            "Qt's QPSQL driver is not installed (./dev installs libqt6sql6-psql)");
    return {};
}

PgServer::~PgServer() {
    stop();
}

QString PgServer::socketFolder() const {
    return folder ? folder->path() : QString();
}

QString PgServer::url(const QString& database) const {
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(QLatin1String(superuser), QString::fromLatin1(QUrl::toPercentEncoding(socketFolder())),
             QString::number(port), database);
}

bool PgServer::runToEnd(const QStringList& arguments) {
    QProcess process;
    preparePgChild(process, socketFolder());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(pgProgram("initdb"), arguments);
    const bool finished = process.waitForFinished(120000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    errorText = QStringLiteral("initdb failed (exit %1): %2")
                    .arg(process.exitCode())
                    .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
    return false;
}

bool PgServer::start() {
    stop();
    errorText.clear();
    // Under /tmp, which `nobody` can reach (the test's home or TMPDIR may be private), and short:
    // a socket's path has at most 107 bytes.
    folder = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/streamboard-pg-XXXXXX"));
    if (!folder->isValid()) {
        errorText = QStringLiteral("cannot make a temporary folder: %1").arg(folder->errorString());
        return false;
    }
    if (::geteuid() == 0 &&
        ::chown(QFile::encodeName(folder->path()).constData(), pgNobodyId, pgNobodyId) != 0) {
        errorText = QStringLiteral("cannot give %1 to nobody").arg(folder->path());
        return false;
    }
    const QString data = folder->filePath(QStringLiteral("data"));
    if (!runToEnd({QStringLiteral("--pgdata=") + data,
                   QStringLiteral("--username=") + QLatin1String(superuser),
                   QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                   QStringLiteral("--no-locale"), QStringLiteral("--no-sync"),
                   QStringLiteral("--wal-segsize=1"), QStringLiteral("--no-instructions")}))
        return false;
    return launch();
}

bool PgServer::launch() {
    const QString data = folder->filePath(QStringLiteral("data"));
    server = std::make_unique<QProcess>();
    preparePgChild(*server, folder->path());
    server->setStandardOutputFile(folder->filePath(QStringLiteral("server.log")));
    server->setProcessChannelMode(QProcess::MergedChannels);
    // Nothing is kept after the run, so nothing needs to reach the disk.
    server->start(pgProgram("postgres"),
                  {QStringLiteral("-D"), data, QStringLiteral("-k"), folder->path(),
                   QStringLiteral("-p"), QString::number(port), QStringLiteral("-c"),
                   QStringLiteral("listen_addresses="), QStringLiteral("-c"),
                   QStringLiteral("fsync=off"), QStringLiteral("-c"),
                   QStringLiteral("synchronous_commit=off"), QStringLiteral("-c"),
                   QStringLiteral("full_page_writes=off")});
    if (!server->waitForStarted(30000)) {
        errorText = QStringLiteral("postgres did not start: %1").arg(server->errorString());
        server.reset();
        return false;
    }
    return waitUntilReady();
}

// The server marks its pid file "ready" once it accepts connections.
bool PgServer::waitUntilReady() {
    const QString pidFile = folder->filePath(QStringLiteral("data/postmaster.pid"));
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        const QStringList lines = pgFileText(pidFile).split(QLatin1Char('\n'));
        if (lines.size() >= 8 && lines.at(7).trimmed() == QLatin1String("ready"))
            return true;
        if (server->waitForFinished(10)) {
            errorText = QStringLiteral("postgres stopped at its start: %1")
                            .arg(pgFileText(folder->filePath(QStringLiteral("server.log"))));
            server.reset();
            return false;
        }
    }
    errorText = QStringLiteral("postgres did not accept connections within a minute: %1")
                    .arg(pgFileText(folder->filePath(QStringLiteral("server.log"))));
    stop();
    return false;
}

bool PgServer::isRunning() const {
    return server && server->state() == QProcess::Running;
}

void PgServer::crash() {
    if (isRunning()) {
        ::kill(static_cast<pid_t>(server->processId()), SIGQUIT);
        if (!server->waitForFinished(30000)) {
            server->kill();
            server->waitForFinished(30000);
        }
    }
    server.reset();
}

bool PgServer::restart() {
    errorText.clear();
    return folder && !isRunning() && launch();
}

void PgServer::stop() {
    if (isRunning()) {
        ::kill(static_cast<pid_t>(server->processId()), SIGQUIT); // pg_ctl stop -m immediate
        if (!server->waitForFinished(30000)) {
            server->kill();
            server->waitForFinished(30000);
        }
    }
    server.reset();
    folder.reset();
}

QSqlDatabase PgServer::open(const QString& connectionName, const QString& database) const {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(socketFolder());
    db.setPort(port);
    db.setUserName(QLatin1String(superuser));
    db.setDatabaseName(database);
    db.open();
    return db;
}

bool PgServer::createDatabase(const QString& name) {
    const QString connection = QStringLiteral("pg_server_admin");
    bool created = false;
    {
        QSqlDatabase db = open(connection, QStringLiteral("postgres"));
        QSqlQuery query(db);
        created = db.isOpen() && query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
        if (!created)
            errorText = db.isOpen() ? query.lastError().text() : db.lastError().text();
    }
    QSqlDatabase::removeDatabase(connection);
    return created;
}

} // namespace sb::test
