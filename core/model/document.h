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
    // Groups the commands pushed in between into one undo step (QUndoStack's macros); what
    // they did is announced once, at the end, as a command.
    void beginMacro(const QString& text);
    void endMacro();

    // A uid for a new map, unique in this document and its store.
    MapUid newMapUid();

    // Applies one primitive edit; for commands only. Returns the operation's inverse.
    Operation apply(Operation operation);

    // True when the last write to the store failed; the changes are kept and retried.
    bool hasUnsavedChanges() const { return !m_pending.isEmpty(); }
    // Writes pending changes now; called by itself after every command.
    bool flush();

    // Applies edits that were made elsewhere and are stored already (by another facilitator of a
    // shared workshop): not written again, not on the undo stack. Views hear of them like of
    // any command, through changesApplied with the External origin. The local undo stack
    // stays: undoing a command whose element changed since is refused by the command.
    void applyExternal(const QList<Operation>& operations);

    // Shared workshops (document_conflicts.cpp). An id for a new element: base, the store's
    // id tag, then a number (commands.h's freeId), so clients never make the same id.
    QString idPrefix(const QString& base) const;
    // Whether the operations find the elements they change as they expect them (an undo finds
    // what its command left); else *stale names the first element that differs.
    bool isCurrent(const QList<Operation>& operations, Journal::ElementRef* stale = nullptr) const;
    // Tells that an undo or redo of the command was refused: its element changed since.
    void refuseStale(const QString& commandText, const Journal::ElementRef& element);
    // How many writes were refused so far: a command made after one never merges into one made
    // before it (typing on after a refusal is an undo step of its own).
    int refusedWrites() const { return m_conflicts; }

    // How often the map has changed since the document was opened: a view or a cache that
    // remembers the revision it showed knows whether it is current.
    quint64 revision(MapUid map) const { return m_revisions.value(map); }

signals:
    // Each primitive change, as it is applied (the map may be half-way through a command).
    void changed(const sb::Change& change);
    // Everything a command, an undo, a redo or an external change did, once it is all applied
    // and written. Views update from this.
    void changesApplied(const sb::ChangeSet& changes);
    // The undo stack moved (after changesApplied, if anything changed).
    void commandFinished();
    void storeFailed(const QString& message);
    // A write, an undo or a redo was refused because another facilitator changed an element
    // meanwhile; the document shows the elements as stored now.
    void writeRefused(const QString& message);

private:
    void record(Change change);
    void finishChanges(ChangeSet::Origin origin);
    // After a write refused as a conflict: drops the pending changes and shows the elements they
    // touched as the store holds them now. False when they cannot be read again.
    bool showStoredVersions();
    QString describe(const Journal::ElementRef& element) const;
    // The element as the workshop holds it; through indexes of its lists when given.
    std::optional<Element>
    element(const Journal::ElementRef& ref,
            QHash<Journal::ListRef, QHash<QString, qsizetype>>* indexes) const;

    Workshop m_workshop;
    std::unique_ptr<Store> m_store;
    QUndoStack m_undoStack;
    Journal m_pending;
    MapUid m_lastUid = 0;
    QList<Change> m_applied; // since the last changesApplied
    QHash<MapUid, quint64> m_revisions;
    QHash<Journal::ElementRef, QString> m_changedBy; // who last changed them, as a store said
    int m_stackIndex = 0;
    bool m_pushing = false;
    bool m_external = false;
    int m_conflicts = 0;
    bool m_stackMoving = false; // in the undo stack's indexChanged: it announces the changes
};

} // namespace sb
