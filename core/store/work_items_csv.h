#pragma once

#include "model/work_items.h"

#include <QByteArray>

namespace sb {

// The first problem of a work-item CSV; line counts from 1 (the header), 0 for a problem of
// the choices rather than of the file.
struct WorkItemCsvError {
    int line = 0;
    QString message;
    bool operator==(const WorkItemCsvError&) const = default;
};

struct WorkItemCsvResult {
    QList<WorkItem> items;
    // Types the setup does not map, with how many items have each, in order of first use: those
    // items count as features.
    QList<QPair<QString, int>> unmappedTypes;
    std::optional<WorkItemCsvError> error; // when set, items is empty
};

// Reads the layout flow-analytics tools read: a header row, an ID column, optional Name and
// Link columns, one column per state of setup.states holding the date the item entered it,
// and the setup's type column (when the file has it). Comma, semicolon or tab separated,
// whichever the header uses most; quoted fields; UTF-8 with or without a BOM.
WorkItemCsvResult readWorkItemsCsv(const QByteArray& data, const WorkItemSetup& setup);

// The choices of a setup that are wrong whatever the file holds (no states, a start or active
// state that is not a state, a state named twice); empty when there is none.
QString setupProblem(const WorkItemSetup& setup);

} // namespace sb
