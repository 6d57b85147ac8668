#pragma once

#include "store.h"

#include <QStringList>
#include <optional>

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

    // For backends on servers that ask for a password (StoreError::NeedsPassword): one typed by
    // the user, used for this process's connections to that server only, never written.
    virtual void usePassword(const WorkshopAddress& address, const QString& password) {
        Q_UNUSED(address);
        Q_UNUSED(password);
    }
    // The names of the workshops where the address points (its workshop left aside); nothing,
    // with *error and *message, when they cannot be listed or the backend has no such list.
    virtual std::optional<QStringList> workshopNames(const WorkshopAddress& address,
                                                     StoreError* error, QString* message) {
        Q_UNUSED(address);
        *error = StoreError::NotFound;
        message->clear();
        return std::nullopt;
    }
};

namespace stores {

// The backend that takes the address: the most recently added one that does, else PostgreSQL's
// for postgresql:// and postgres:// addresses, else the file backend.
StoreBackend& backendFor(const WorkshopAddress& address);

OpenedStore open(const WorkshopAddress& address, OpenMode mode = OpenMode::ReadWrite,
                 const LoadProgress& progress = {});
OpenedStore create(const WorkshopAddress& address, const Workshop& workshop,
                   bool overwrite = false);

void usePassword(const WorkshopAddress& address, const QString& password);
std::optional<QStringList> workshopNames(const WorkshopAddress& address, StoreError* error,
                                         QString* message);

// Adds a backend, asked before those added earlier, until it is removed again. The caller
// keeps it alive meanwhile.
void addBackend(StoreBackend* backend);
void removeBackend(StoreBackend* backend);

} // namespace stores

} // namespace sb
