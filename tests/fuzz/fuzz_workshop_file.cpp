// A workshop file made of any bytes, opened as `streamboard check` opens it (read-only, through
// the SQLite store): it opens or is refused with a reason, never crashes; what opens passes the
// check pass and writes as interchange JSON.

#include "fuzz_support.h"
#include "store/json_interchange.h"
#include "store/sqlite_store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace sb;

namespace {

QTemporaryDir* folder = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::startQt(argc, argv);
    folder = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/streamboard-fuzz-XXXXXX"));
    if (!folder->isValid())
        fuzz::broken("a temporary folder for the workshop files");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = folder->filePath(QStringLiteral("input.vsmap"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) !=
                static_cast<qint64>(size))
            fuzz::broken("the input written to a temporary file");
    }
    {
        const SqliteStore::Opened opened = SqliteStore::open(path, SqliteStore::Mode::ReadOnly);
        if (opened) {
            fuzz::checkEveryMap(opened.workshop);
            (void)json::write(opened.workshop);
        } else {
            fuzz::checkReason(opened.errorString);
        }
    }
    // Reading leaves the folder as it was: the file as written, nothing beside it.
    if (QDir(folder->path()).entryList(QDir::Files | QDir::Hidden) !=
        QStringList{QStringLiteral("input.vsmap")})
        fuzz::broken("reading a workshop file adds no file beside it");
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) ||
            file.readAll() != QByteArray::fromRawData(reinterpret_cast<const char*>(data),
                                                      static_cast<qsizetype>(size)))
            fuzz::broken("reading a workshop file leaves its bytes as they were");
    }
    // Whatever SQLite left beside it goes too, so every input starts in an empty folder.
    for (const QString& name : QDir(folder->path()).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(folder->filePath(name));
    return 0;
}
