#pragma once

#include "catalog/catalog_sync.h"

#include <QString>
#include <QStringList>

namespace sb::cli {

struct Synced {
    QString error; // one line, naming the file; empty on success
    catalog::SyncResult result;
    QString map; // the map synced
};

// Syncs the map mapName chooses (null: the first) of the workshop with the Backstage catalog
// at catalogPaths, in one transaction: one command on the workshop's undo stack, one write, or,
// with dryRun, when the sync changes nothing or on any error, no write at all.
Synced syncWorkshop(const QString& workshopPath, const QStringList& catalogPaths,
                    const QString& mapName, const catalog::SyncOptions& options, bool dryRun);

} // namespace sb::cli
