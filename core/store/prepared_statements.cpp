#include "prepared_statements.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace sb {

QSqlQuery* PreparedStatements::get(const QSqlDatabase& db, const QString& sql, QString* error) {
    if (const auto found = m_statements.find(sql); found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(db);
    if (!query->prepare(sql)) {
        *error = m_describe(query->lastError());
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

bool PreparedStatements::run(QSqlQuery& query, const QVariantList& values, QString* error) const {
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values[i]);
    if (query.exec())
        return true;
    *error = m_describe(query.lastError());
    return false;
}

bool PreparedStatements::exec(const QSqlDatabase& db, const QString& sql, QString* error) const {
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = m_describe(query.lastError());
    return false;
}

} // namespace sb
