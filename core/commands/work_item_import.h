#pragma once

#include "commands.h"
#include "store/work_items_csv.h"

namespace sb {

// What importing a work-item CSV into a stream would do, and the command that does it.
struct WorkItemImport {
    commands::CommandPtr command; // nullptr when there is an error or nothing changes
    WorkItemCsvError error;       // message empty when there is none
    int read = 0;                 // items the file holds
    QList<QPair<QString, int>> unmappedTypes;
    bool failed() const { return !error.message.isEmpty(); }
};

// Reads csv with the setup's choices into the stream's work items as one undo entry, and
// remembers the choices. Without replace, the file's items take the place of stored items with
// the same ID and the others are added (the states must then be the stored ones); with replace,
// the stream keeps only the file's items. A mapped stage must be one of the stream's stages.
WorkItemImport importWorkItems(Document* doc, MapUid map, const Id& stream, const QByteArray& csv,
                               const WorkItemSetup& setup, bool replace);

// Sets a stage's lead time to the median time its items spent in its mapped state, as one
// undo entry; nullptr when the stage has no measured time or already has it.
commands::CommandPtr useMeasuredLeadTime(Document* doc, MapUid map, const Id& stage,
                                         double seconds);

} // namespace sb
