#include "sqlite_migrations.h"

#include "sqlite_errors.h"
#include "sqlite_schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sb::sqlite {

namespace {

struct SqliteMigrationsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::SqliteStore)
};

bool exec(QSqlQuery& query, const QString& sql, QString* error) {
    if (query.exec(sql))
        return true;
    *error = describe(query.lastError());
    return false;
}

const Migration* stepFrom(const QList<Migration>& steps, int version) {
    for (const Migration& m : steps)
        if (m.from == version)
            return &m;
    return nullptr;
}

bool applySteps(QSqlQuery& query, int version, int target, const QList<Migration>& steps,
                QString* error) {
    for (; version < target; ++version) {
        const Migration* step = stepFrom(steps, version);
        if (!step) {
            *error = SqliteMigrationsTr::tr("no upgrade from file version %1").arg(version);
            return false;
        }
        for (const QString& sql : step->statements)
            if (!exec(query, sql, error))
                return false;
    }
    if (!exec(query, QStringLiteral("PRAGMA foreign_key_check"), error))
        return false;
    if (query.next()) {
        *error = SqliteMigrationsTr::tr("the upgrade left a reference in table “%1” dangling")
                     .arg(query.value(0).toString());
        return false;
    }
    return exec(query, applicationIdStatement(), error) &&
           exec(query, QStringLiteral("PRAGMA user_version = %1").arg(target), error);
}

} // namespace

const QList<Migration>& migrations() {
    static const QList<Migration> steps = {{1, upgradeToVersion2()}, {2, upgradeToVersion3()}};
    return steps;
}

bool migrate(QSqlDatabase& db, int target, const QList<Migration>& steps, QString* error) {
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("PRAGMA user_version"), error) || !query.next())
        return false;
    const int version = query.value(0).toInt();
    query.finish();
    if (version >= target)
        return true;
    // foreign_keys cannot change inside a transaction, and rebuilding a table needs it off.
    bool ok = exec(query, QStringLiteral("PRAGMA foreign_keys = OFF"), error) &&
              exec(query, QStringLiteral("BEGIN IMMEDIATE"), error) &&
              applySteps(query, version, target, steps, error);
    query.finish();
    if (ok)
        ok = exec(query, QStringLiteral("COMMIT"), error);
    QString ignored;
    if (!ok)
        exec(query, QStringLiteral("ROLLBACK"), &ignored);
    exec(query, QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
    return ok;
}

} // namespace sb::sqlite
