#pragma once

#include "model/map.h"

namespace sb::bench {

// The synthetic workshop of DESIGN.md ("Generated maps for benchmarks"): genmap.py STAGES,
// generated and read once per size.
const Map& generatedMap(int stages);

} // namespace sb::bench
