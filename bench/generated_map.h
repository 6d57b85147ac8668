#pragma once

#include "model/map.h"

namespace sb::bench {

// The project's synthetic workshop of that many stages (synthetic/synthetic_workshop.h, seed 7),
// generated once per size.
const Map& generatedMap(int stages);

} // namespace sb::bench
