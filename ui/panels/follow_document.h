#pragma once

#include "model/document.h"

namespace sb::panels {

// Points a panel at another document and calls slot on receiver after each of its changes (slot
// may take the ChangeSet).
// Returns false when it is the document already followed.
// current is the panel's Document* or QPointer<Document>.
template <class Current, class Receiver, class Slot>
bool followDocument(Current& current, QMetaObject::Connection& connection, Document* next,
                    Receiver* receiver, Slot slot) {
    if (next == current)
        return false;
    QObject::disconnect(connection);
    current = next;
    if (next)
        connection = QObject::connect(next, &Document::changesApplied, receiver, slot);
    return true;
}

} // namespace sb::panels
