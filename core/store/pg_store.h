#pragma once

#include "store.h"

#include <memory>

namespace sb {

class PgLive;

// A workshop in a PostgreSQL database through Qt SQL's QPSQL driver, addressed by
// postgresql://USER@HOST:PORT/DB?workshop=NAME (pg_address.h). One database holds many
// workshops (pg_schema.h); every write is one transaction under the workshop's advisory lock.
class PgStore : public Store {
public:
    // Opens the workshop and loads it in one snapshot. ReadWrite falls back to read-only when
    // the server or the user's privileges allow no writing; Exclusive also holds the workshop's
    // lock until the store closes.
    static OpenedStore open(const WorkshopAddress& address, OpenMode mode = OpenMode::ReadWrite,
                            const LoadProgress& progress = {});
    // Creates the schema when the database has none, then the workshop in one transaction; an
    // existing workshop of that name is replaced only when overwrite is true.
    static OpenedStore create(const WorkshopAddress& address, const Workshop& workshop,
                              bool overwrite = false);

    ~PgStore() override; // closes the connection

    WorkshopAddress address() const override;
    bool isReadOnly() const override;
    QString displayName() const override; // the workshop's name
    bool write(const Journal& journal, const Workshop& workshop) override;
    // A snapshot of the workshop to another address: a file (replaced), or a workshop on a
    // server (refused when one of that name exists there).
    bool copyTo(const WorkshopAddress& address) override;
    // From the database, so clients never hand out the same uid.
    MapUid nextMapUid() override;
    QString errorString() const override;
    // Made on first use: listens for other clients' commits, keeps the heartbeat and
    // reconnects (pg_live.h). While the connection is lost the store is read-only.
    LiveFeed* live() override;
    // A write changes an element only while its row's revision is the one last read or written
    // here (pg_store_conditional.cpp).
    StoreError lastWriteError() const override;
    QList<Journal::ElementRef> conflicts() const override;
    std::optional<QList<StoredElement>> reread(const QList<Journal::ElementRef>& elements) override;
    // "-N-", N counted up in the workshop's row for every client that opens it for writing.
    QString idTag() const override;

    // The class key of the workshops' transaction advisory locks (the object key is the
    // workshop's id): "Stbd", as the schema's lock.
    static constexpr qint32 workshopLockClass = 0x53746264;
    // No more rows than a workshop file holds (SqliteStore::maxRows).
    static constexpr qint64 maxRows = 1'000'000;

    struct Private; // pg_store_p.h

private:
    PgStore();
    std::unique_ptr<Private> d;
    std::unique_ptr<PgLive> m_live; // destroyed before d: it leaves through d's connection
};

} // namespace sb
