#pragma once

#include "change.h"
#include "journal.h"
#include "map.h"
#include "operation.h"
#include "store/store.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace sb {

// One open workshop: its maps, its undo stack and, when it has one, the store that keeps it.
// Commands are the only way to change it; each command's changes reach the store in one
// transaction once the command is done, undone or redone.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(Workshop workshop = {}, std::unique_ptr<Store> store = {},
                      QObject* parent = nullptr);
    ~Document() override;

    const Workshop& workshop() const { return m_workshop; }
    const Map* map(MapUid uid) const { return m_workshop.map(uid); }
    QUndoStack* undoStack() { return &m_undoStack; }

    Store* store() const { return m_store.get(); }
    bool isReadOnly() const;
    // Swaps in another store holding the same workshop (after "Save as"); returns the old one.
    std::unique_ptr<Store> replaceStore(std::unique_ptr<Store> store);

    // Pushes a command onto the undo stack. Refused (and deleted) when the document is read-only.
    bool push(QUndoCommand* command);

    // A uid for a new map, unique in this document and its store.
    MapUid newMapUid();

    // Applies one primitive edit; for commands only. Returns the operation's inverse.
    Operation apply(Operation operation);

    // True when the last write to the store failed; the changes are kept and retried.
    bool hasUnsavedChanges() const { return !m_pending.isEmpty(); }
    // Writes pending changes now; called by itself after every command.
    bool flush();

signals:
    void changed(const sb::Change& change);
    // Emitted after a command's changes are all applied (and written).
    void commandFinished();
    void storeFailed(const QString& message);

private:
    void record(const Change& change);

    Workshop m_workshop;
    std::unique_ptr<Store> m_store;
    QUndoStack m_undoStack;
    Journal m_pending;
    MapUid m_lastUid = 0;
};

} // namespace sb
