#include "work_item_import.h"

#include "model/document.h"

#include <QCoreApplication>
#include <QHash>

namespace sb {

namespace {

struct WorkItemImportTr {
    Q_DECLARE_TR_FUNCTIONS(sb::commands)
};

WorkItemImport failure(int line, const QString& message) {
    WorkItemImport result;
    result.error = {line, message};
    return result;
}

// The stored items with the file's in the place of those with the same ID, the others after.
QList<WorkItem> merged(const QList<WorkItem>& stored, const QList<WorkItem>& read) {
    QHash<QString, qsizetype> position;
    QList<WorkItem> items = stored;
    for (qsizetype i = 0; i < items.size(); ++i)
        position.insert(items[i].id, i);
    for (const WorkItem& item : read) {
        if (const auto found = position.constFind(item.id); found != position.cend())
            items[*found] = item;
        else
            items.append(item);
    }
    return items;
}

} // namespace

WorkItemImport importWorkItems(Document* doc, MapUid mapUid, const Id& streamId,
                               const QByteArray& csv, const WorkItemSetup& setup, bool replace) {
    const Map* map = doc->map(mapUid);
    const Stream* stream = map ? map->find<Stream>(streamId) : nullptr;
    if (!stream)
        return failure(0, WorkItemImportTr::tr("no stream with id “%1”").arg(streamId));
    for (const auto& [state, stageId] : setup.stages) {
        const Stage* stage = map->find<Stage>(stageId);
        if (!stage || stage->stream != streamId)
            return failure(0, WorkItemImportTr::tr("“%1” is not a stage of stream “%2”")
                                  .arg(stageId, stream->name));
    }
    const WorkItems& stored = stream->workItems;
    if (!replace && !stored.isEmpty() && stored.setup.states != setup.states)
        return failure(0, WorkItemImportTr::tr("stream “%1” has work items with the states %2; "
                                               "import with the same states, or replace them")
                              .arg(stream->name, stored.setup.states.join(QStringLiteral(","))));
    WorkItemCsvResult read = readWorkItemsCsv(csv, setup);
    if (read.error)
        return failure(read.error->line, read.error->message);

    WorkItemImport result;
    result.read = static_cast<int>(read.items.size());
    result.unmappedTypes = read.unmappedTypes;
    Stream changed = *stream;
    changed.workItems.setup = setup;
    changed.workItems.items = replace ? read.items : merged(stored.items, read.items);
    if (changed == *stream)
        return result;
    result.command = commands::changeElements(
        doc, mapUid, {changed},
        WorkItemImportTr::tr("Import work items into “%1”").arg(stream->name));
    return result;
}

commands::CommandPtr useMeasuredLeadTime(Document* doc, MapUid mapUid, const Id& stageId,
                                         double seconds) {
    const Map* map = doc->map(mapUid);
    const Stage* stage = map ? map->find<Stage>(stageId) : nullptr;
    if (!stage || stage->leadTime == seconds)
        return nullptr;
    Stage changed = *stage;
    changed.leadTime = seconds;
    return commands::changeElements(
        doc, mapUid, {changed},
        WorkItemImportTr::tr("Use measured lead time for “%1”").arg(stage->name));
}

} // namespace sb
