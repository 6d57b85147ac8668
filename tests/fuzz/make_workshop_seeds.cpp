// Writes the workshop file target's seeds: each interchange file given, as a .vsmap in the folder
// given, in pages of 512 bytes (a fifth of the size with 4096: less for the fuzzer to wade
// through). Usage: make_workshop_seeds FOLDER FILE.json...

#include "store/json_interchange.h"
#include "store/sqlite_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdio>

using namespace sb;

namespace {

bool repage(const QString& path) {
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA page_size = 512")) &&
             QSqlQuery(db).exec(QStringLiteral("VACUUM"));
    }
    QSqlDatabase::removeDatabase(path);
    return ok;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: make_workshop_seeds FOLDER FILE.json...\n");
        return 2;
    }
    const QDir folder(args[1]);
    for (const QString& input : args.mid(2)) {
        QFile file(input);
        QString error;
        const std::optional<Workshop> workshop =
            file.open(QIODevice::ReadOnly) ? json::read(file.readAll(), &error) : std::nullopt;
        if (!workshop) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(input), qPrintable(error));
            return 1;
        }
        const QString output =
            folder.filePath(QFileInfo(input).completeBaseName() + QStringLiteral(".vsmap"));
        const bool created = static_cast<bool>(SqliteStore::create(output, *workshop, true));
        if (!created || !repage(output)) {
            std::fprintf(stderr, "%s: cannot write\n", qPrintable(output));
            return 1;
        }
    }
    return 0;
}
