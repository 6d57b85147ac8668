#pragma once

#include "model/journal.h"
#include "model/map.h"

#include <QString>

namespace sb {

// Where a Document's workshop lives. The Document hands over every command's changes; the
// store writes them in one transaction, so what is stored always equals what is shown.
class Store {
public:
    virtual ~Store() = default;

    virtual bool isReadOnly() const = 0;
    // A name for the workshop to show (the file's base name for files).
    virtual QString displayName() const = 0;

    // Writes what the journal names, taking values from the workshop, in one transaction.
    // On failure nothing is written and errorString() says why.
    virtual bool write(const Journal& journal, const Workshop& workshop) = 0;

    // Hands out uids for new maps that never collide with stored ones.
    virtual MapUid nextMapUid() = 0;

    virtual QString errorString() const = 0;
};

} // namespace sb
