#pragma once

#include "commands.h"
#include "store/patch_reader.h"

namespace sb::commands {

// Turns every operation of a patch into one command on the map: pushed, it is one undo entry
// and one write. Each operation is built with the builders of commands.h (a remove takes what
// hangs on the element, as Delete does) and applied, in order, to a copy of the workshop; the
// result must keep the rules of every workshop (store/workshop_checks.h).
//
// Returns nullptr with error set to one line that starts with the path of the operation at
// fault ("ops[3].set.leadTime: …", "ops[2]: stage “s3” of map “Current”, owner: …") when one
// is bad, and nullptr with error empty when the patch changes nothing.
CommandPtr applyPatch(Document* doc, MapUid map, const QList<patch::Operation>& operations,
                      QString* error);

} // namespace sb::commands
