// A patch of `streamboard apply` made of any bytes, read and applied to a workshop as the command
// line does: it is refused with a one-line reason naming where, or it makes one command whose
// result keeps the rules of every workshop and whose undo gives the workshop back exactly.

#include "commands/patch.h"
#include "fuzz_support.h"
#include "model/document.h"
#include "store/json_interchange.h"
#include "store/patch_reader.h"
#include "store/workshop_checks.h"

using namespace sb;

namespace {

const Workshop* workshop = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::startQt(argc, argv);
    workshop = fuzz::startingWorkshop("the workshop the patches change reads");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QString error;
    const std::optional<patch::Patch> patch = patch::read(fuzz::bytesOf(data, size), &error);
    if (!patch) {
        fuzz::checkReason(error);
        return 0;
    }
    Document doc(*workshop);
    const MapUid map = workshop->maps.first().uid;
    commands::CommandPtr command = commands::applyPatch(&doc, map, patch->operations, &error);
    if (!command) {
        if (!error.isEmpty())
            fuzz::checkReason(error);
        return 0;
    }
    if (!doc.push(command.release()))
        fuzz::broken("a patch's command applies");
    if (rules::firstBroken(doc.workshop(), rules::Naming::Elements))
        fuzz::broken("a patched workshop keeps the rules of every workshop");
    fuzz::checkEveryMap(doc.workshop());
    doc.undoStack()->undo();
    if (!(doc.workshop() == *workshop))
        fuzz::broken("undoing a patch gives the workshop back");
    return 0;
}
