#pragma once

#include "model/journal.h"
#include "model/map.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace sb {

class LiveFeed;

// Where a workshop lives, as the user gives it: a file path today (the file backend takes every
// address without a scheme); another backend takes its own scheme.
class WorkshopAddress {
public:
    WorkshopAddress() = default;
    // Implicit: every path the window and the command line accept is an address.
    WorkshopAddress(const QString& text)
        : m_text(text) {}

    QString toString() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    // The address to show in a message: one with a scheme loses a password written into it
    // (USER:PASSWORD@, password=…).
    QString toDisplayString() const;
    // The part before "://", lower-cased; empty for a file path.
    QString scheme() const;

    // The same workshop: files by their canonical paths when both exist, else by their absolute
    // paths; other addresses as written.
    bool isSameAs(const WorkshopAddress& other) const;

    friend bool operator==(const WorkshopAddress&, const WorkshopAddress&) = default;

private:
    QString m_text;
};

// Exclusive is ReadWrite for a script's one change: no other client writes the workshop from
// the open until the store is closed, so what it read is what it changes (a file's ReadWrite is
// that already).
enum class OpenMode { ReadWrite, ReadOnly, Exclusive };

// Why a workshop could not be opened, created or copied. Every backend reports these.
enum class StoreError {
    None,
    NotFound,
    CannotRead,    // permission denied, an input/output error, locked by another program
    NotAWorkshop,  // not a workshop, another application's, or not our schema
    TooLarge,      // more rows or longer texts than a workshop holds
    Corrupt,       // the backend says the data is damaged
    NewerSchema,   // written by a newer Streamboard
    LockedByOther, // another Streamboard process has it open for writing; offer read-only
    CannotWrite,   // could not be created or written (a full disk, no permission …)
    Cancelled,     // the progress callback asked to stop
    NeedsPassword, // the server wants a password that libpq's sources (~/.pgpass …) do not have
    Conflict,      // a write found an element another client changed since this one read it
};

// An element as its store holds it now, read again after a write was refused with Conflict.
struct StoredElement {
    Journal::ElementRef ref;
    std::optional<Element> element; // none: it is not stored (another client deleted it)
    QString previousKey;            // the key of the element stored just before it; empty: first
    QString changedBy;              // who wrote it last ("user@host"); empty when not known
};

// Told how many of the workshop's elements are read so far, of how many; returns false to stop
// reading (open then fails with Cancelled).
using LoadProgress = std::function<bool(qint64 done, qint64 total)>;

// Where a Document's workshop lives. The Document hands over every command's changes; the
// store writes them in one transaction, so what is stored always equals what is shown.
// Closing is destroying the store.
class Store {
public:
    virtual ~Store() = default;

    virtual WorkshopAddress address() const = 0;
    virtual bool isReadOnly() const = 0;
    // A name for the workshop to show (the file's base name for files).
    virtual QString displayName() const = 0;

    // Writes what the journal names, taking values from the workshop, in one transaction.
    // On failure nothing is written and errorString() says why.
    virtual bool write(const Journal& journal, const Workshop& workshop) = 0;

    // Writes a consistent copy of the stored workshop to another address of the same backend
    // (which must not be open elsewhere). On failure errorString() says why.
    virtual bool copyTo(const WorkshopAddress& address) = 0;

    // Hands out uids for new maps that never collide with stored ones.
    virtual MapUid nextMapUid() = 0;

    virtual QString errorString() const = 0;

    // A store other clients write at the same time tells of their changes here (live_feed.h);
    // null for one this process alone writes.
    virtual LiveFeed* live() { return nullptr; }
    // Shared workshops, which several clients write at once. A write changes an element only
    // while it is as this store last read or wrote it; else it writes nothing and
    // lastWriteError() is Conflict, conflicts() names the elements another client changed.
    virtual StoreError lastWriteError() const { return StoreError::CannotWrite; }
    virtual QList<Journal::ElementRef> conflicts() const { return {}; }
    // Reads the elements again as they are stored now and takes them as read; nothing when they
    // cannot be read (errorString() says why).
    virtual std::optional<QList<StoredElement>> reread(const QList<Journal::ElementRef>& elements) {
        Q_UNUSED(elements);
        return std::nullopt;
    }
    // Put after the prefix of every id this client makes, so ids made by the clients of a shared
    // workshop at once never collide; empty where one client writes at a time.
    virtual QString idTag() const { return {}; }
};

// A store just opened or created, with the workshop it holds; or why not.
struct OpenedStore {
    std::unique_ptr<Store> store;
    Workshop workshop;
    StoreError error = StoreError::None;
    QString errorString; // one line for the user
    explicit operator bool() const { return store != nullptr; }
};

} // namespace sb
