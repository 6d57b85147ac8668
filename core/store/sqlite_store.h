#pragma once

#include "store.h"

#include <QString>
#include <functional>
#include <memory>

class QLockFile;

namespace sb {

// A workshop file (.vsmap): an SQLite database through Qt SQL. See the README's reference
// section for the schema. Every write is one transaction; the file always equals what the
// Document shows.
class SqliteStore : public Store {
public:
    // The neutral names, kept here for the file store's own callers.
    using Mode = OpenMode;
    using OpenError = StoreError;
    using LoadProgress = sb::LoadProgress;

    struct Opened {
        std::unique_ptr<SqliteStore> store;
        Workshop workshop;
        OpenError error = OpenError::None;
        QString errorString; // one line for the user
        explicit operator bool() const { return store != nullptr; }
    };

    // Opens an existing file. A damaged or foreign file is never changed. ReadWrite falls back
    // to read-only when the file or its folder cannot be written (isReadOnly() tells).
    static Opened open(const QString& path, Mode mode = Mode::ReadWrite,
                       const LoadProgress& progress = {});

    // Creates a new file holding the workshop in one transaction. An existing file is replaced
    // only when overwrite is true; a failure leaves no file behind (and an overwritten one as
    // it was).
    static Opened create(const QString& path, const Workshop& workshop, bool overwrite = false);

    ~SqliteStore() override; // closes: the file is one self-contained file again

    // Writes a consistent copy of the open file to the path (which must not be open elsewhere).
    bool copyTo(const WorkshopAddress& path) override;

    QString path() const;
    WorkshopAddress address() const override;
    bool isReadOnly() const override;
    QString displayName() const override;
    bool write(const Journal& journal, const Workshop& workshop) override;
    MapUid nextMapUid() override;
    QString errorString() const override;

    static constexpr int schemaVersion = 3;
    // PRAGMA application_id of every workshop written: "Stbd" in ASCII. A file with another
    // non-zero id is not opened; 0 (files of older versions) is accepted and set on writing.
    static constexpr qint32 applicationId = 0x53746264;
    // Limits checked before loading: no text value longer than this many bytes (UTF-8) …
    static constexpr qint64 maxTextBytes = 1'000'000;
    // … and no more rows in all tables together (maps and elements).
    static constexpr qint64 maxRows = 1'000'000;
    // A lock whose process cannot be asked (another host) is taken over when its file has not
    // been touched for this long; an open workshop touches it at every write.
    static constexpr qint64 lockStaleSeconds = 12 * 60 * 60;

private:
    SqliteStore();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sb
