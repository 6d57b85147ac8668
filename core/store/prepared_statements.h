#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <map>
#include <memory>

class QSqlDatabase;
class QSqlError;

namespace sb {

// The statements a store runs again and again, each prepared once per connection (by its SQL),
// run with values bound by position; a failure is told in the backend's own words.
class PreparedStatements {
public:
    using Describe = QString (*)(const QSqlError& error);
    explicit PreparedStatements(Describe describe)
        : m_describe(describe) {}

    // The statement prepared on the connection; nullptr (and *error set) when it does not.
    QSqlQuery* get(const QSqlDatabase& db, const QString& sql, QString* error);
    bool run(QSqlQuery& query, const QVariantList& values, QString* error) const;
    // Runs SQL once, unprepared (DDL, transaction control).
    bool exec(const QSqlDatabase& db, const QString& sql, QString* error) const;
    // Forgets them all: before the connection closes, or when it was made anew.
    void clear() { m_statements.clear(); }

private:
    Describe m_describe;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace sb
