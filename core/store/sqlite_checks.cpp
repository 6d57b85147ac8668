#include "sqlite_checks.h"

#include "sqlite_schema.h"
#include "sqlite_store.h"
#include "sqlite_store_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <map>
#include <mutex>
#include <set>

namespace sb::sqlite {

namespace {

struct SqliteChecksTr {
    Q_DECLARE_TR_FUNCTIONS(sb::SqliteStore)
};

struct TableShape {
    QStringList columns;     // "name type notnull pk", in order
    QStringList foreignKeys; // "table from to on_delete", sorted
    bool strict = false;
    bool withoutRowid = false;
    friend bool operator==(const TableShape&, const TableShape&) = default;
};

struct Shape {
    std::map<QString, TableShape> tables;
    std::set<QString> indexes;
};

bool fail(const QSqlQuery& query, QSqlError* sqlError) {
    *sqlError = query.lastError();
    return false;
}

QString sqlFailed(const QSqlQuery& query, QSqlError* sqlError) {
    *sqlError = query.lastError();
    return {};
}

// A name from the file as a message shows it: control characters escaped, at most 64 characters.
QString shown(const QString& name) {
    QString result;
    for (const QChar c : name.left(64)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return name.size() > 64 ? result + QStringLiteral("…") : result;
}

bool readTable(QSqlDatabase& db, const QString& table, TableShape* shape, QSqlError* sqlError) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)"));
    query.bindValue(0, table);
    if (!query.exec())
        return fail(query, sqlError);
    while (query.next())
        shape->columns.append(QStringLiteral("%1 %2 %3 %4")
                                  .arg(query.value(0).toString(), query.value(1).toString())
                                  .arg(query.value(2).toInt())
                                  .arg(query.value(3).toInt()));
    query.prepare(QStringLiteral(
        "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?)"));
    query.bindValue(0, table);
    if (!query.exec())
        return fail(query, sqlError);
    while (query.next())
        shape->foreignKeys.append(QStringLiteral("%1 %2 %3 %4")
                                      .arg(query.value(0).toString(), query.value(1).toString(),
                                           query.value(2).toString(), query.value(3).toString()));
    shape->foreignKeys.sort();
    query.prepare(
        QStringLiteral("SELECT strict, wr FROM pragma_table_list(?) WHERE schema = 'main'"));
    query.bindValue(0, table);
    if (!query.exec())
        return fail(query, sqlError);
    if (query.next()) {
        shape->strict = query.value(0).toInt() != 0;
        shape->withoutRowid = query.value(1).toInt() != 0;
    }
    return true;
}

// What the file holds besides tables: views, triggers, indexes; a problem for the first that
// is not ours.
struct SchemaObject {
    QString type;
    QString name;
};

bool readObjects(QSqlDatabase& db, QList<SchemaObject>* objects, QSqlError* sqlError) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT type, name FROM sqlite_schema ORDER BY rowid")))
        return fail(query, sqlError);
    while (query.next())
        objects->append({query.value(0).toString(), query.value(1).toString()});
    return true;
}

// The shape of a file created now, read from an in-memory database made with our statements.
std::optional<Shape> currentShape(QSqlError* sqlError) {
    static std::mutex mutex;
    static std::optional<Shape> cached;
    const std::lock_guard guard(mutex);
    if (cached)
        return cached;
    const QString name = newConnectionName();
    std::optional<Shape> shape = Shape();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        if (!db.open() || !createSchema(db, &error)) {
            *sqlError =
                db.isOpen() ? QSqlError(QString(), error, QSqlError::UnknownError) : db.lastError();
            shape.reset();
        } else {
            QList<SchemaObject> objects;
            if (!readObjects(db, &objects, sqlError))
                shape.reset();
            for (const SchemaObject& object : std::as_const(objects)) {
                if (!shape)
                    break;
                if (object.type == QLatin1String("index"))
                    shape->indexes.insert(object.name);
                else if (object.type == QLatin1String("table") &&
                         !readTable(db, object.name, &shape->tables[object.name], sqlError))
                    shape.reset();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (shape)
        cached = shape;
    return shape;
}

// Without the tables and columns one upgrade added (added columns come last).
Shape withoutUpgrade(Shape shape, const QStringList& upgrade) {
    static const QRegularExpression addColumn(QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN"));
    static const QRegularExpression newTable(QStringLiteral("^CREATE TABLE (\\w+)"));
    static const QRegularExpression newIndex(QStringLiteral("^CREATE INDEX (\\w+)"));
    for (const QString& sql : upgrade) {
        if (const auto m = addColumn.match(sql); m.hasMatch())
            shape.tables[m.captured(1)].columns.removeLast();
        else if (const auto t = newTable.match(sql); t.hasMatch())
            shape.tables.erase(t.captured(1));
        else if (const auto i = newIndex.match(sql); i.hasMatch())
            shape.indexes.erase(i.captured(1));
    }
    return shape;
}

// The shape of a file of an older version: the current one without the later upgrades.
Shape versionShape(Shape shape, int version) {
    if (version < 3)
        shape = withoutUpgrade(std::move(shape), upgradeToVersion3());
    if (version < 2)
        shape = withoutUpgrade(std::move(shape), upgradeToVersion2());
    return shape;
}

bool isInternal(const QString& name) {
    return name.startsWith(QLatin1String("sqlite_"));
}

} // namespace

QString shapeProblem(QSqlDatabase& db, int version, QSqlError* sqlError) {
    std::optional<Shape> current = currentShape(sqlError);
    if (!current)
        return {};
    const Shape expected = versionShape(*current, version);
    QList<SchemaObject> objects;
    if (!readObjects(db, &objects, sqlError))
        return {};
    for (const SchemaObject& object : std::as_const(objects)) {
        if (object.type == QLatin1String("trigger"))
            return SqliteChecksTr::tr("it holds a trigger (“%1”)").arg(shown(object.name));
        if (object.type == QLatin1String("view"))
            return SqliteChecksTr::tr("it holds a view (“%1”)").arg(shown(object.name));
        if (object.type == QLatin1String("index") && !isInternal(object.name) &&
            !current->indexes.contains(object.name))
            return SqliteChecksTr::tr("it holds an index a workshop does not have (“%1”)")
                .arg(shown(object.name));
        if (object.type == QLatin1String("table") && !isInternal(object.name) &&
            !expected.tables.contains(object.name))
            return SqliteChecksTr::tr("it holds a table a workshop of file version %1 does not "
                                      "have (“%2”)")
                .arg(version)
                .arg(shown(object.name));
        if (object.type != QLatin1String("table") && object.type != QLatin1String("index"))
            return SqliteChecksTr::tr("it holds a “%1” (“%2”)")
                .arg(shown(object.type), shown(object.name));
    }
    for (const auto& [table, shape] : expected.tables) {
        TableShape found;
        if (!readTable(db, table, &found, sqlError))
            return {};
        if (found.columns != shape.columns)
            return SqliteChecksTr::tr("its table “%1” does not have the columns of file version %2")
                .arg(table)
                .arg(version);
        if (found.foreignKeys != shape.foreignKeys)
            return SqliteChecksTr::tr(
                       "the references of its table “%1” are not those of a workshop")
                .arg(table);
        if (found.strict != shape.strict || found.withoutRowid != shape.withoutRowid)
            return SqliteChecksTr::tr("its table “%1” is not STRICT as a workshop's tables are")
                .arg(table);
    }
    return {};
}

QString sizeProblem(QSqlDatabase& db, QSqlError* sqlError) {
    std::optional<Shape> current = currentShape(sqlError);
    if (!current)
        return {};
    QSqlQuery query(db);
    qint64 rows = 0;
    const QStringList present = db.tables();
    for (const auto& [table, shape] : current->tables) {
        if (!present.contains(table))
            continue; // a version-1 file without the tables version 2 added
        if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !query.next())
            return sqlFailed(query, sqlError);
        rows += query.value(0).toLongLong();
    }
    query.finish();
    if (rows > SqliteStore::maxRows)
        return SqliteChecksTr::tr("it holds %1 maps and elements; a workshop holds at most %2")
            .arg(rows)
            .arg(SqliteStore::maxRows);
    for (const auto& [table, shape] : current->tables) {
        if (!present.contains(table))
            continue;
        QStringList texts;
        for (const QString& column : shape.columns)
            if (column.section(QLatin1Char(' '), 1, 1) == QLatin1String("TEXT"))
                texts.append(column.section(QLatin1Char(' '), 0, 0));
        if (texts.isEmpty())
            continue;
        // Bytes, counted without handing the text to Qt.
        QStringList tooLong;
        for (const QString& column : std::as_const(texts))
            tooLong.append(QStringLiteral("length(CAST(\"%1\" AS BLOB)) > %2")
                               .arg(column)
                               .arg(SqliteStore::maxTextBytes));
        if (!query.exec(QStringLiteral("SELECT rowid, %1 FROM \"%2\" WHERE %3 LIMIT 1")
                            .arg(tooLong.join(QStringLiteral(", ")), table,
                                 tooLong.join(QStringLiteral(" OR ")))))
            return sqlFailed(query, sqlError);
        if (!query.next())
            continue;
        for (qsizetype i = 0; i < texts.size(); ++i)
            if (query.value(static_cast<int>(i) + 1).toInt() != 0)
                return SqliteChecksTr::tr("the text in column “%1” of table “%2” (row %3) is "
                                          "longer than %4 bytes")
                    .arg(texts[i], table, query.value(0).toString())
                    .arg(SqliteStore::maxTextBytes);
    }
    return {};
}

QString referenceProblem(QSqlDatabase& db, QSqlError* sqlError) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlFailed(query, sqlError);
    if (!query.next())
        return {};
    return SqliteChecksTr::tr("row %1 of table “%2” refers to a row of table “%3” that does not "
                              "exist")
        .arg(query.value(1).toString(), shown(query.value(0).toString()),
             shown(query.value(2).toString()));
}

} // namespace sb::sqlite
