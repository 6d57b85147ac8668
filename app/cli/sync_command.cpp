#include "sync_command.h"

#include "model/document.h"
#include "store/workshop_files.h"
#include "workshop_input.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace sb::cli {

namespace {

struct SyncCommandTr {
    Q_DECLARE_TR_FUNCTIONS(sb::cli)
};

// The workshop to change, under its lock; error says why there is none.
std::unique_ptr<Document> openToSync(const QString& path, QString* error) {
    files::OpenedDocument opened = files::open(path, OpenMode::ReadWrite);
    if (opened.error == StoreError::LockedByOther) {
        *error =
            SyncCommandTr::tr("%1 is open in Streamboard; close it there, then sync").arg(path);
        return nullptr;
    }
    if (!opened) {
        *error = SyncCommandTr::tr("%1: %2").arg(path, opened.errorString);
        return nullptr;
    }
    if (opened.document->isReadOnly()) {
        *error = SyncCommandTr::tr("%1: cannot be written, so it cannot be synced").arg(path);
        return nullptr;
    }
    return std::move(opened.document);
}

// The sync of the chosen map of doc; result.error set when it cannot be made.
void plan(Document* doc, const catalog::Catalog& catalog, const QString& mapName,
          const QString& workshopPath, const catalog::SyncOptions& options, Synced* synced) {
    const QList<const Map*> maps = selectMaps(doc->workshop(), mapName, &synced->error);
    if (!synced->error.isEmpty())
        return;
    if (maps.isEmpty()) {
        synced->error = SyncCommandTr::tr("%1 has no map to sync").arg(workshopPath);
        return;
    }
    synced->map = maps.first()->info.name;
    synced->result = catalog::sync(doc, maps.first()->uid, catalog, options);
    if (!synced->result.error.isEmpty())
        synced->error = SyncCommandTr::tr("%1: map “%2”: %3")
                            .arg(workshopPath, synced->map, synced->result.error);
}

} // namespace

Synced syncWorkshop(const QString& workshopPath, const QStringList& catalogPaths,
                    const QString& mapName, const catalog::SyncOptions& options, bool dryRun) {
    Synced synced;
    const std::optional<catalog::Catalog> catalog = catalog::read(catalogPaths, &synced.error);
    if (!catalog)
        return synced;
    if (QFileInfo(workshopPath).suffix().toLower() == u"json") {
        synced.error = SyncCommandTr::tr("%1: sync changes a workshop (.vsmap), not an "
                                         "interchange file; import it first")
                           .arg(workshopPath);
        return synced;
    }
    // Planned first on the workshop opened read-only: opening for writing is itself a write, and
    // a dry run, a sync that changes nothing or a failing one leave the file as it was.
    files::OpenedDocument preview = files::open(workshopPath, OpenMode::ReadOnly);
    if (!preview) {
        synced.error = SyncCommandTr::tr("%1: %2").arg(workshopPath, preview.errorString);
        return synced;
    }
    plan(preview.document.get(), *catalog, mapName, workshopPath, options, &synced);
    if (!synced.error.isEmpty() || !synced.result.command || dryRun)
        return synced;
    preview.document.reset();
    const std::unique_ptr<Document> doc = openToSync(workshopPath, &synced.error);
    if (!doc)
        return synced;
    // Planned again on what the lock now guards, which another program may have changed.
    plan(doc.get(), *catalog, mapName, workshopPath, options, &synced);
    if (!synced.error.isEmpty() || !synced.result.command)
        return synced;
    QString writeError;
    const QMetaObject::Connection failed = QObject::connect(
        doc.get(), &Document::storeFailed, [&](const QString& message) { writeError = message; });
    doc->push(synced.result.command.release());
    QObject::disconnect(failed);
    if (doc->hasUnsavedChanges())
        synced.error = SyncCommandTr::tr("%1: cannot write: %2").arg(workshopPath, writeError);
    return synced;
}

} // namespace sb::cli
