// A Backstage catalog file made of any bytes, read and synced into a workshop as `streamboard
// sync` does: it is refused with a one-line reason, or its sync keeps the rules of every
// workshop, a second sync finds nothing to change, and undo gives the workshop back exactly.

#include "catalog/catalog_sync.h"
#include "fuzz_support.h"
#include "model/document.h"
#include "store/json_interchange.h"
#include "store/workshop_checks.h"

using namespace sb;

namespace {

const Workshop* workshop = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::startQt(argc, argv);
    workshop = fuzz::startingWorkshop("the workshop the catalogs sync into reads");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QString error;
    const std::optional<catalog::Catalog> read =
        catalog::readText(fuzz::bytesOf(data, size), QStringLiteral("fuzz.yaml"), &error);
    if (!read) {
        fuzz::checkReason(error);
        return 0;
    }
    Document doc(*workshop);
    const MapUid map = workshop->maps.first().uid;
    // Odd sizes remove what the catalog no longer has.
    const catalog::SyncOptions options{size % 2 == 1};
    catalog::SyncResult first = catalog::sync(&doc, map, *read, options);
    if (!first.error.isEmpty()) {
        fuzz::checkReason(first.error);
        return 0;
    }
    if (!first.command)
        return 0;
    if (!doc.push(first.command.release()))
        fuzz::broken("a sync's command applies");
    if (rules::firstBroken(doc.workshop(), rules::Naming::Elements))
        fuzz::broken("a synced workshop keeps the rules of every workshop");
    fuzz::checkEveryMap(doc.workshop());
    const catalog::SyncResult second = catalog::sync(&doc, map, *read, options);
    if (second.command || !second.error.isEmpty())
        fuzz::broken("a second sync with the same catalog changes nothing");
    doc.undoStack()->undo();
    if (!(doc.workshop() == *workshop))
        fuzz::broken("undoing a sync gives the workshop back");
    return 0;
}
