#pragma once

#include "model/work_items.h"

#include <QString>

namespace sb::cli {

// What `streamboard items` was asked to do. The setup's fields that were not given on the
// command line (states empty, active/start/typeColumn/types/stages unset) take the stream's
// remembered choices.
struct ItemsRequest {
    QString workshopPath;
    QString csvPath;
    QString mapName; // null: the first map with the stream
    QString stream;
    std::optional<QStringList> states;
    std::optional<QStringList> active;
    std::optional<QString> start;
    std::optional<QString> typeColumn;
    std::optional<QList<QPair<QString, FlowItemKind>>> types;
    std::optional<QList<QPair<QString, QString>>> stages;
    bool replace = false;
};

struct ItemsImported {
    QString error; // one line, naming the file (and line); empty on success
    int items = 0; // the items the file holds
    QString stream;
    QString map;
    QList<QPair<QString, int>> unmappedTypes;
};

// Imports the CSV into the stream as one command on the workshop's undo stack, one write; any
// error leaves the workshop as it was.
ItemsImported importItemsFile(const ItemsRequest& request);

// "Story=features,Bug=defects" → pairs; error names the first bad entry.
std::optional<QList<QPair<QString, FlowItemKind>>> parseTypes(const QString& text, QString* error);
// "Dev=s2,Review=s3" → pairs; error names the first bad entry.
std::optional<QList<QPair<QString, QString>>> parseStages(const QString& text, QString* error);

} // namespace sb::cli
