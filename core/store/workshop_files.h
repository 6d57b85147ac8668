#pragma once

#include "model/document.h"
#include "store_backend.h"

#include <memory>

namespace sb::files {

// Opening, creating and saving workshops as Documents, for the window, the command line and the
// tests, through whichever backend takes the address (store_backend.h).

struct OpenedDocument {
    std::unique_ptr<Document> document;
    StoreError error = StoreError::None;
    QString errorString;
    explicit operator bool() const { return document != nullptr; }
};

// Where new workshops live until they are saved elsewhere: files in the application's data folder.
QString untitledFolder();
bool isUntitled(const WorkshopAddress& address);

OpenedDocument open(const WorkshopAddress& address, OpenMode mode = OpenMode::ReadWrite,
                    const LoadProgress& progress = {});
// Creates a new workshop file in the untitled folder holding the workshop, named after baseName
// (an imported file's name, say) or "Untitled workshop" and the time.
OpenedDocument createUntitled(const Workshop& workshop, const QString& baseName = {});
// Like createUntitled, for a second workshop made from the same source: named "baseName (copy)",
// "baseName (copy 2)", … so its title and the recent files say it is a copy.
OpenedDocument createUntitledCopy(const Workshop& workshop, const QString& baseName);
// Writes a consistent copy to the address and continues on the copy. An untitled file left
// behind is removed. Fails (leaving the document where it was) when the address is open in
// another process.
bool saveAs(Document& document, const WorkshopAddress& address, QString* error);
// Creates a new workshop at the address (a shared one on a server; never replacing one) holding
// what the document shows, and continues on it. Fails with *kind (NeedsPassword …) and *error,
// leaving the document where it was.
bool share(Document& document, const WorkshopAddress& address, StoreError* kind, QString* error);

} // namespace sb::files
