// A valid workshop file (tests/data/comparison/workshop.json, two maps, one the baseline of the
// other) changed by edits the input spells out, as a hand-made hostile file could be: any column
// of any row set to NULL, a number, a text or another row's id, rows deleted, CHECK constraints
// ignored. Opened as `streamboard check` opens it: it opens or is refused with a reason, never
// crashes; what opens passes the check pass and writes as interchange JSON.

#include "fuzz_support.h"
#include "store/json_interchange.h"
#include "store/sqlite_store.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstring>

using namespace sb;

namespace {

QTemporaryDir* folder = nullptr;
QByteArray original;                                  // the workshop file every input starts from
QList<QPair<QString, QStringList>>* tables = nullptr; // name, columns

// Takes what the edits need from the input, front to back; zeros once it is used up.
class Input {
public:
    Input(const uint8_t* data, size_t size)
        : m_data(data)
        , m_size(size) {}
    bool atEnd() const { return m_pos >= m_size; }
    uint8_t byte() { return atEnd() ? 0 : m_data[m_pos++]; }
    template <class T> T number() {
        unsigned char bytes[sizeof(T)] = {};
        for (unsigned char& b : bytes)
            b = byte();
        T value;
        std::memcpy(&value, bytes, sizeof(T));
        return value;
    }
    QByteArray text() {
        const size_t length = std::min<size_t>(byte(), m_size - std::min(m_pos, m_size));
        const QByteArray bytes(reinterpret_cast<const char*>(m_data + m_pos),
                               static_cast<qsizetype>(length));
        m_pos += length;
        return bytes;
    }

private:
    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 0;
};

QString connectionName() {
    return QStringLiteral("fuzz-edits");
}

QSqlDatabase openEditing(const QString& path) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
    db.setDatabaseName(path);
    if (!db.open())
        fuzz::broken("the workshop copy opens for editing");
    return db;
}

QVariant valueFor(Input& input, QSqlDatabase& db) {
    switch (input.byte() % 7) {
    case 0:
        return QVariant(); // NULL
    case 1:
        return QVariant(static_cast<qint64>(static_cast<int8_t>(input.byte())));
    case 2:
        return QVariant(input.number<qint64>());
    case 3:
        return QVariant(input.number<double>());
    case 4:
        return QVariant(QString::fromUtf8(input.text()));
    case 5:
        return QVariant(input.text()); // a blob
    default: { // some row's id, of any table: a duplicate or a reference to the wrong kind
        const auto& [table, columns] = (*tables)[input.byte() % tables->size()];
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT %1 FROM %2 LIMIT 1 OFFSET %3")
                       .arg(columns.contains(QStringLiteral("id")) ? QStringLiteral("id")
                                                                   : columns.first(),
                            table)
                       .arg(input.byte()));
        return query.next() ? query.value(0) : QVariant();
    }
    }
}

void edit(Input& input, QSqlDatabase& db) {
    QSqlQuery(db).exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    for (int edits = 0; edits < 32 && !input.atEnd(); ++edits) {
        const uint8_t what = input.byte();
        const auto& [table, columns] = (*tables)[input.byte() % tables->size()];
        const QString row = QStringLiteral("rowid IN (SELECT rowid FROM %1 LIMIT 1 OFFSET %2)")
                                .arg(table)
                                .arg(input.byte() % 32);
        QSqlQuery query(db);
        if (what % 8 == 0) {
            query.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, row));
        } else if (what % 8 == 1) {
            query.exec(QStringLiteral("PRAGMA user_version = %1").arg(input.byte() % 5));
        } else {
            const QString column = columns[input.byte() % columns.size()];
            query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(table, column, row));
            query.addBindValue(valueFor(input, db));
            query.exec();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::startQt(argc, argv);
    folder = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/streamboard-fuzz-XXXXXX"));
    QFile json(QStringLiteral(STREAMBOARD_FUZZ_WORKSHOP));
    if (!folder->isValid() || !json.open(QIODevice::ReadOnly))
        fuzz::broken("a temporary folder and the workshop to start from");
    const std::optional<Workshop> workshop = json::read(json.readAll(), nullptr);
    const QString path = folder->filePath(QStringLiteral("original.vsmap"));
    if (!workshop || !SqliteStore::create(path, *workshop))
        fuzz::broken("the workshop to start from is written");
    tables = new QList<QPair<QString, QStringList>>;
    {
        QSqlDatabase db = openEditing(path);
        QSqlQuery names(db);
        names.exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        while (names.next()) {
            QStringList columns;
            QSqlQuery info(db);
            info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(names.value(0).toString()));
            while (info.next())
                columns.append(info.value(1).toString());
            tables->append({names.value(0).toString(), columns});
        }
    }
    QSqlDatabase::removeDatabase(connectionName());
    QFile file(path);
    if (tables->isEmpty() || !file.open(QIODevice::ReadOnly))
        fuzz::broken("the workshop's tables are read");
    original = file.readAll();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = folder->filePath(QStringLiteral("input.vsmap"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(original) != original.size())
            fuzz::broken("the workshop copied to a temporary file");
    }
    {
        QSqlDatabase db = openEditing(path);
        Input input(data, size);
        edit(input, db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName());
    {
        const SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
        if (opened) {
            fuzz::checkEveryMap(opened.workshop);
            (void)json::write(opened.workshop);
        } else if (opened.errorString.isEmpty()) {
            fuzz::broken("a refused file comes with a reason");
        }
    }
    for (const QString& name : QDir(folder->path()).entryList(QDir::Files | QDir::Hidden))
        if (name != QStringLiteral("original.vsmap"))
            QFile::remove(folder->filePath(name));
    return 0;
}
