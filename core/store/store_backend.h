#pragma once

#include "store.h"

namespace sb {

// One kind of place workshops live in (files, a database server …): opens and creates the
// stores at the addresses it takes.
class StoreBackend {
public:
    virtual ~StoreBackend() = default;

    virtual bool takes(const WorkshopAddress& address) const = 0;

    // Opens an existing workshop. Damaged or foreign data is never changed. ReadWrite falls
    // back to read-only when the workshop cannot be written (Store::isReadOnly() tells);
    // LockedByOther when another process writes it.
    virtual OpenedStore open(const WorkshopAddress& address, OpenMode mode,
                             const LoadProgress& progress) = 0;

    // Creates a new workshop holding the workshop in one transaction. An existing one is
    // replaced only when overwrite is true; a failure leaves nothing behind (and a replaced
    // one as it was).
    virtual OpenedStore create(const WorkshopAddress& address, const Workshop& workshop,
                               bool overwrite) = 0;
};

namespace stores {

// The backend that takes the address: the most recently added one that does, else PostgreSQL's
// for postgresql:// and postgres:// addresses, else the file backend.
StoreBackend& backendFor(const WorkshopAddress& address);

OpenedStore open(const WorkshopAddress& address, OpenMode mode = OpenMode::ReadWrite,
                 const LoadProgress& progress = {});
OpenedStore create(const WorkshopAddress& address, const Workshop& workshop,
                   bool overwrite = false);

// Adds a backend, asked before those added earlier, until it is removed again. The caller
// keeps it alive meanwhile.
void addBackend(StoreBackend* backend);
void removeBackend(StoreBackend* backend);

} // namespace stores

} // namespace sb
