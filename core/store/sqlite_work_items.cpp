#include "sqlite_work_items.h"

#include "sqlite_errors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sb::sqlite {

using namespace Qt::Literals::StringLiterals;

namespace {

struct SqliteWorkItemsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::SqliteStore)
};

QString workItemJson(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariant workItemText(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Pairs as [[first, second], …], keeping their order.
template <class Pairs, class Second> QString workItemPairs(const Pairs& pairs, Second&& second) {
    QJsonArray array;
    for (const auto& pair : pairs)
        array.append(QJsonArray{pair.first, second(pair.second)});
    return workItemJson(array);
}

std::optional<QJsonArray> workItemArrayAt(const QSqlQuery& q, int i) {
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(i).toString().toUtf8());
    if (!doc.isArray())
        return std::nullopt;
    return doc.array();
}

QStringList workItemStrings(const QJsonArray& array) {
    QStringList list;
    for (const QJsonValue& v : array)
        list.append(v.toString());
    return list;
}

class Loader {
public:
    Loader(QSqlDatabase& db, Map& map, QString* error, std::optional<qint64> workshop)
        : m_db(db)
        , m_map(map)
        , m_error(error)
        , m_workshop(workshop) {
        for (qsizetype i = 0; i < map.streams.size(); ++i)
            m_streams.insert(map.streams[i].id, i);
    }

    bool run() { return loadSetups() && loadItems(); }

private:
    // The query with "WHERE map = ?" (and the workshop before it, when there is one).
    bool select(QSqlQuery& query, QString sql) {
        query.setForwardOnly(true);
        if (m_workshop)
            sql.replace(u"WHERE map = ?"_s, u"WHERE workshop = ? AND map = ?"_s);
        query.prepare(sql);
        if (m_workshop)
            query.addBindValue(*m_workshop);
        query.addBindValue(m_map.uid);
        if (query.exec())
            return true;
        *m_error = describe(query.lastError());
        return false;
    }

    bool broken(const QString& stream, const QString& what) {
        *m_error = SqliteWorkItemsTr::tr("the work items of stream “%1” do not read: %2")
                       .arg(stream, what);
        return false;
    }

    bool loadSetups() {
        QSqlQuery q(m_db);
        if (!select(q, QStringLiteral("SELECT stream, states, active, start, type_column, types, "
                                      "stages FROM work_item_setups WHERE map = ?")))
            return false;
        while (q.next()) {
            const QString stream = q.value(0).toString();
            const auto index = m_streams.constFind(stream);
            if (index == m_streams.cend())
                return broken(stream, SqliteWorkItemsTr::tr("no such stream"));
            const auto states = workItemArrayAt(q, 1);
            const auto active = workItemArrayAt(q, 2);
            const auto types = workItemArrayAt(q, 5);
            const auto stages = workItemArrayAt(q, 6);
            if (!states || !active || !types || !stages)
                return broken(stream, SqliteWorkItemsTr::tr("a list is not JSON"));
            WorkItemSetup& setup = m_map.streams[*index].workItems.setup;
            setup.states = workItemStrings(*states);
            setup.active = workItemStrings(*active);
            setup.start = q.value(3).toString();
            setup.typeColumn = q.value(4).toString();
            for (const QJsonValue& pair : *types)
                setup.types.append(
                    {pair[0].toString(),
                     parseFlowItemKind(pair[1].toString()).value_or(FlowItemKind::Features)});
            for (const QJsonValue& pair : *stages)
                setup.stages.append({pair[0].toString(), pair[1].toString()});
        }
        return true;
    }

    bool loadItems() {
        QSqlQuery q(m_db);
        if (!select(q, QStringLiteral("SELECT stream, id, name, link, type, kind, entered FROM "
                                      "work_items WHERE map = ? ORDER BY stream, ord")))
            return false;
        while (q.next()) {
            const QString stream = q.value(0).toString();
            const auto index = m_streams.constFind(stream);
            if (index == m_streams.cend())
                return broken(stream, SqliteWorkItemsTr::tr("no such stream"));
            WorkItems& work = m_map.streams[*index].workItems;
            WorkItem item;
            item.id = q.value(1).toString();
            item.name = q.value(2).toString();
            item.link = q.value(3).toString();
            item.type = q.value(4).toString();
            item.kind = parseFlowItemKind(q.value(5).toString()).value_or(FlowItemKind::Features);
            const auto entered = workItemArrayAt(q, 6);
            if (!entered)
                return broken(stream,
                              SqliteWorkItemsTr::tr("the dates of “%1” are not JSON").arg(item.id));
            item.entered.reserve(entered->size());
            for (const QJsonValue& v : *entered) {
                if (v.isNull()) {
                    item.entered.append(notEntered);
                    continue;
                }
                const std::optional<StateTime> time = parseStateTime(v.toString());
                if (!time)
                    return broken(stream, SqliteWorkItemsTr::tr("“%1” of “%2” is not a date")
                                              .arg(v.toString(), item.id));
                item.entered.append(*time);
            }
            work.items.append(std::move(item));
        }
        return true;
    }

    QSqlDatabase& m_db;
    Map& m_map;
    QString* m_error;
    std::optional<qint64> m_workshop;
    QHash<QString, qsizetype> m_streams;
};

} // namespace

QString insertSetupSql(bool withWorkshop) {
    return withWorkshop ? u"INSERT INTO work_item_setups (workshop, map, stream, states, active, "
                          u"start, type_column, types, stages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                        : u"INSERT INTO work_item_setups (map, stream, states, active, start, "
                          u"type_column, types, stages) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

QString insertItemSql(bool withWorkshop) {
    return withWorkshop ? u"INSERT INTO work_items (workshop, map, stream, ord, id, name, link, "
                          u"type, kind, entered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                        : u"INSERT INTO work_items (map, stream, ord, id, name, link, type, kind, "
                          u"entered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

QVariantList setupValues(const WorkItemSetup& setup) {
    return {workItemJson(QJsonArray::fromStringList(setup.states)),
            workItemJson(QJsonArray::fromStringList(setup.active)),
            workItemText(setup.start),
            workItemText(setup.typeColumn),
            workItemPairs(setup.types, [](FlowItemKind k) { return toString(k); }),
            workItemPairs(setup.stages, [](const QString& stage) { return stage; })};
}

QVariantList itemValues(const WorkItem& item, qsizetype ord, const QStringList& states) {
    QJsonArray entered;
    for (qsizetype s = 0; s < states.size(); ++s) {
        const StateTime t = item.entered.value(s, notEntered);
        entered.append(t == notEntered ? QJsonValue() : QJsonValue(stateTimeText(t)));
    }
    return {ord,
            item.id,
            workItemText(item.name),
            workItemText(item.link),
            workItemText(item.type),
            toString(item.kind),
            workItemJson(entered)};
}

bool loadWorkItems(QSqlDatabase& db, Map& map, QString* error, std::optional<qint64> workshop) {
    return Loader(db, map, error, workshop).run();
}

} // namespace sb::sqlite
