#pragma once

#include "catalog.h"
#include "commands/commands.h"

#include <QJsonObject>

namespace sb::catalog {

// One line of a sync's report: an element of the map, named by kind and id.
struct SyncEntry {
    ElementKind kind = ElementKind::Capability;
    Id id;
    QString name;       // the name it has (a removed element: the one it had); empty for none
    Id from, to;        // a dependency's ends
    QStringList fields; // changed: the interchange keys that change ("name", "owner", "sla")
};

struct SyncResult {
    QString error; // one line; the map is not changed
    // The sync as one command (one undo entry, one write); nullptr when it changes nothing.
    commands::CommandPtr command;
    QList<SyncEntry> added, changed, removed;
    QList<SyncEntry> missing;    // catalog elements the catalog no longer has, kept
    QList<SyncEntry> deprecated; // capabilities whose entity is deprecated
    int ignored = 0;             // entities that make nothing on a map
};

struct SyncOptions {
    bool removeMissing = false; // remove catalog elements the catalog no longer has
};

// Brings the catalog's teams, capabilities and the dependencies between those capabilities on
// the map in line with the catalog, leaving everything else as it is (README, Reference,
// "Syncing with a Backstage catalog").
SyncResult sync(Document* doc, MapUid map, const Catalog& catalog, const SyncOptions& options);

// The report as text lines ("added capability component:default/a “A”") without the totals;
// a kept element's line ends in removeHint, which says how to remove it.
QStringList reportLines(const SyncResult& result, const QString& removeHint);
// "2 added, 1 changed, 0 removed, 3 ignored"
QString totalsLine(const SyncResult& result);
// {"added": [...], "changed": [...], "removed": [...], "missing": [...], "deprecated": [...],
//  "ignored": N}; every entry {"kind", "id", "name"}, a dependency's with "from" and "to", a
// change's with "fields".
QJsonObject reportJson(const SyncResult& result);

} // namespace sb::catalog
