#include "apply_command.h"

#include "commands/patch.h"
#include "store/json_interchange.h"
#include "store/patch_reader.h"
#include "store/workshop_files.h"
#include "workshop_input.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace sb::cli {

namespace {

struct ApplyTr {
    Q_DECLARE_TR_FUNCTIONS(sb::cli)
};

std::optional<patch::Patch> readPatchFile(const QString& path, QString* error) {
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        *error = ApplyTr::tr("%1: no such file").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ApplyTr::tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString reason;
    std::optional<patch::Patch> patch = patch::read(file.read(json::maxFileBytes + 1), &reason);
    if (!patch)
        *error = ApplyTr::tr("%1: %2").arg(path, reason);
    return patch;
}

// The document to change, under the workshop's lock until it closes (no other client writes
// the workshop between reading and writing it); error says why there is none.
std::unique_ptr<Document> openForWriting(const QString& path, QString* error) {
    files::OpenedDocument opened = files::open(path, OpenMode::Exclusive);
    if (opened.error == StoreError::LockedByOther) {
        *error = ApplyTr::tr("%1 is open in Streamboard; close it there, then apply the patch")
                     .arg(path);
        return nullptr;
    }
    if (!opened) {
        *error = ApplyTr::tr("%1: %2").arg(shownAddress(path), opened.errorString);
        return nullptr;
    }
    if (opened.document->isReadOnly()) {
        *error = ApplyTr::tr("%1: cannot be written, so the patch cannot be applied")
                     .arg(shownAddress(path));
        return nullptr;
    }
    return std::move(opened.document);
}

// The patch as one command on the map mapName chooses; nullptr with error set when it is bad,
// nullptr alone when it changes nothing.
std::unique_ptr<EditCommand> patchCommand(Document* doc, const patch::Patch& patch,
                                          const QString& mapName, const QString& workshopPath,
                                          const QString& patchPath, Applied* result) {
    const QString name = mapName.isNull() && !patch.map.isEmpty() ? patch.map : mapName;
    const QList<const Map*> maps = selectMaps(doc->workshop(), name, &result->error);
    if (!result->error.isEmpty())
        return nullptr;
    if (maps.isEmpty()) {
        result->error =
            ApplyTr::tr("%1 has no map to apply the patch to").arg(shownAddress(workshopPath));
        return nullptr;
    }
    result->map = maps.first()->info.name;
    QString reason;
    commands::CommandPtr command =
        commands::applyPatch(doc, maps.first()->uid, patch.operations, &reason);
    if (!reason.isEmpty())
        result->error = ApplyTr::tr("%1: %2").arg(patchPath, reason);
    return command;
}

} // namespace

Applied applyPatchFile(const QString& workshopPath, const QString& patchPath,
                       const QString& mapName) {
    Applied result;
    const std::optional<patch::Patch> patch = readPatchFile(patchPath, &result.error);
    if (!patch)
        return result;
    if (WorkshopAddress(workshopPath).scheme().isEmpty() &&
        QFileInfo(workshopPath).suffix().toLower() == u"json") {
        result.error = ApplyTr::tr("%1: a patch changes a workshop (.vsmap), not an interchange "
                                   "file; import it first")
                           .arg(workshopPath);
        return result;
    }
    // Tried first on the workshop opened read-only: opening for writing is itself a write, and a
    // bad patch leaves the file as it was, byte for byte.
    if (files::OpenedDocument preview = files::open(workshopPath, OpenMode::ReadOnly); !preview) {
        result.error = ApplyTr::tr("%1: %2").arg(shownAddress(workshopPath), preview.errorString);
        return result;
    } else if (!patchCommand(preview.document.get(), *patch, mapName, workshopPath, patchPath,
                             &result)) {
        // Bad, or changes nothing: either way nothing is written.
        if (result.error.isEmpty())
            result.operations = static_cast<int>(patch->operations.size());
        return result;
    }
    const std::unique_ptr<Document> doc = openForWriting(workshopPath, &result.error);
    if (!doc)
        return result;
    // Built again on what the lock now guards, which another program may have changed meanwhile.
    commands::CommandPtr command =
        patchCommand(doc.get(), *patch, mapName, workshopPath, patchPath, &result);
    if (!result.error.isEmpty())
        return result;
    if (command) {
        QString writeError;
        const QMetaObject::Connection failed =
            QObject::connect(doc.get(), &Document::storeFailed,
                             [&](const QString& message) { writeError = message; });
        doc->push(command.release());
        QObject::disconnect(failed);
        if (doc->hasUnsavedChanges()) {
            result.error =
                ApplyTr::tr("%1: cannot write: %2").arg(shownAddress(workshopPath), writeError);
            return result;
        }
    }
    result.operations = static_cast<int>(patch->operations.size());
    return result;
}

} // namespace sb::cli
