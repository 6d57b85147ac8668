#include "items_command.h"

#include "commands/work_item_import.h"
#include "model/document.h"
#include "store/workshop_files.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace sb::cli {

namespace {

struct ItemsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::cli)
};

// The largest work-item file read: far above 50,000 items of a dozen states.
constexpr qint64 maxCsvBytes = 256 * 1024 * 1024;

std::optional<QByteArray> readCsv(const QString& path, QString* error) {
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        *error = ItemsTr::tr("%1: no such file").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ItemsTr::tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxCsvBytes) {
        *error = ItemsTr::tr("%1: larger than %2 MB").arg(path).arg(maxCsvBytes / 1024 / 1024);
        return std::nullopt;
    }
    return file.readAll();
}

const Map* mapWithStream(const Workshop& workshop, const ItemsRequest& request, QString* error) {
    if (!request.mapName.isNull()) {
        const Map* map = workshop.mapNamed(request.mapName);
        if (!map)
            *error =
                ItemsTr::tr("%1: no map named “%2”").arg(request.workshopPath, request.mapName);
        else if (!map->find<Stream>(request.stream))
            *error = ItemsTr::tr("%1: map “%2” has no stream with id “%3”")
                         .arg(request.workshopPath, request.mapName, request.stream);
        return error->isEmpty() ? map : nullptr;
    }
    for (const Map& map : workshop.maps)
        if (map.find<Stream>(request.stream))
            return &map;
    *error = ItemsTr::tr("%1: no map has a stream with id “%2”")
                 .arg(request.workshopPath, request.stream);
    return nullptr;
}

WorkItemSetup setupFor(const Stream& stream, const ItemsRequest& request) {
    WorkItemSetup setup = stream.workItems.setup;
    if (request.states)
        setup.states = *request.states;
    if (request.active)
        setup.active = *request.active;
    if (request.start)
        setup.start = *request.start;
    if (request.typeColumn)
        setup.typeColumn = *request.typeColumn;
    if (request.types)
        setup.types = *request.types;
    else if (setup.types.isEmpty())
        setup.types = defaultWorkItemTypes();
    if (request.stages)
        setup.stages = *request.stages;
    return setup;
}

// The import as one command on doc; nullptr with result->error set when it is bad, nullptr
// alone when it changes nothing.
std::unique_ptr<EditCommand> importCommand(Document* doc, const QByteArray& csv,
                                           const ItemsRequest& request, ItemsImported* result) {
    const Map* map = mapWithStream(doc->workshop(), request, &result->error);
    if (!map)
        return nullptr;
    const Stream* stream = map->find<Stream>(request.stream);
    result->map = map->info.name;
    result->stream = stream->name;
    const WorkItemSetup setup = setupFor(*stream, request);
    if (setup.states.isEmpty()) {
        result->error =
            ItemsTr::tr("--states is needed: stream “%1” has no states yet").arg(request.stream);
        return nullptr;
    }
    WorkItemImport import =
        importWorkItems(doc, map->uid, request.stream, csv, setup, request.replace);
    if (import.failed()) {
        result->error = import.error.line > 0
                            ? ItemsTr::tr("%1:%2: %3")
                                  .arg(request.csvPath)
                                  .arg(import.error.line)
                                  .arg(import.error.message)
                            : ItemsTr::tr("%1: %2").arg(request.csvPath, import.error.message);
        return nullptr;
    }
    result->items = import.read;
    result->unmappedTypes = import.unmappedTypes;
    return std::move(import.command);
}

} // namespace

ItemsImported importItemsFile(const ItemsRequest& request) {
    ItemsImported result;
    const std::optional<QByteArray> csv = readCsv(request.csvPath, &result.error);
    if (!csv)
        return result;
    if (QFileInfo(request.workshopPath).suffix().toLower() == u"json") {
        result.error = ItemsTr::tr("%1: work items go into a workshop (.vsmap), not an "
                                   "interchange file; import it first")
                           .arg(request.workshopPath);
        return result;
    }
    // Tried on the workshop opened read-only first: a bad file leaves it as it was.
    if (files::OpenedDocument preview = files::open(request.workshopPath, OpenMode::ReadOnly);
        !preview) {
        result.error = ItemsTr::tr("%1: %2").arg(request.workshopPath, preview.errorString);
        return result;
    } else if (!importCommand(preview.document.get(), *csv, request, &result)) {
        return result;
    }
    files::OpenedDocument opened = files::open(request.workshopPath, OpenMode::ReadWrite);
    if (opened.error == StoreError::LockedByOther) {
        result.error = ItemsTr::tr("%1 is open in Streamboard; close it there, then import")
                           .arg(request.workshopPath);
        return result;
    }
    if (!opened || opened.document->isReadOnly()) {
        result.error =
            ItemsTr::tr("%1: cannot be written: %2").arg(request.workshopPath, opened.errorString);
        return result;
    }
    Document* doc = opened.document.get();
    commands::CommandPtr command = importCommand(doc, *csv, request, &result);
    if (!result.error.isEmpty() || !command)
        return result;
    QString writeError;
    const QMetaObject::Connection failed = QObject::connect(
        doc, &Document::storeFailed, [&](const QString& message) { writeError = message; });
    doc->push(command.release());
    QObject::disconnect(failed);
    if (doc->hasUnsavedChanges())
        result.error = ItemsTr::tr("%1: cannot write: %2").arg(request.workshopPath, writeError);
    return result;
}

std::optional<QList<QPair<QString, FlowItemKind>>> parseTypes(const QString& text, QString* error) {
    QList<QPair<QString, FlowItemKind>> types;
    for (const QString& entry : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        const std::optional<FlowItemKind> kind =
            equals > 0 ? parseFlowItemKind(entry.mid(equals + 1).trimmed()) : std::nullopt;
        if (!kind) {
            *error = ItemsTr::tr("--types: “%1” is not TYPE=features, defects, risks or debt")
                         .arg(entry);
            return std::nullopt;
        }
        types.append({entry.left(equals).trimmed(), *kind});
    }
    return types;
}

std::optional<QList<QPair<QString, QString>>> parseStages(const QString& text, QString* error) {
    QList<QPair<QString, QString>> stages;
    for (const QString& entry : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        if (equals <= 0 || equals + 1 == entry.size()) {
            *error = ItemsTr::tr("--stages: “%1” is not STATE=stage id").arg(entry);
            return std::nullopt;
        }
        stages.append({entry.left(equals).trimmed(), entry.mid(equals + 1).trimmed()});
    }
    return stages;
}

} // namespace sb::cli
