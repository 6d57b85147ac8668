#pragma once

#include "model/document.h"
#include "sqlite_store.h"

#include <memory>

namespace sb::files {

// Opening, creating and saving workshops as files, for the window and the tests.

struct OpenedDocument {
    std::unique_ptr<Document> document;
    SqliteStore::OpenError error = SqliteStore::OpenError::None;
    QString errorString;
    explicit operator bool() const { return document != nullptr; }
};

// Where new workshops live until they are saved elsewhere: the application's data folder.
QString untitledFolder();
bool isUntitled(const QString& path);

OpenedDocument open(const QString& path, SqliteStore::Mode mode = SqliteStore::Mode::ReadWrite,
                    const SqliteStore::LoadProgress& progress = {});
// Creates a new workshop file in the untitled folder holding the workshop, named after baseName
// (an imported file's name, say) or "Untitled workshop" and the time.
OpenedDocument createUntitled(const Workshop& workshop, const QString& baseName = {});
// Like createUntitled, for a second workshop made from the same source: named "baseName (copy)",
// "baseName (copy 2)", … so its title and the recent files say it is a copy.
OpenedDocument createUntitledCopy(const Workshop& workshop, const QString& baseName);
// Writes a consistent copy to path and continues on the copy. An untitled file left behind is
// removed. Fails (leaving the document on its file) when path is open in another process.
bool saveAs(Document& document, const QString& path, QString* error);

} // namespace sb::files
