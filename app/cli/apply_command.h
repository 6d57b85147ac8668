#pragma once

#include <QString>

namespace sb::cli {

struct Applied {
    QString error; // one line, naming the file; empty on success
    int operations = 0;
    QString map; // the map the patch was applied to
};

// Applies the patch file to the workshop in one transaction: one command on the workshop's
// undo stack, one write. Any bad operation leaves the workshop as it was. mapName (null: the
// patch's "map", else the first map) chooses the map.
Applied applyPatchFile(const QString& workshopPath, const QString& patchPath,
                       const QString& mapName);

} // namespace sb::cli
