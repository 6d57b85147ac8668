#pragma once

#include "model/map.h"

#include <QByteArray>

namespace sb::synthetic {

// A synthetic current-state workshop in the interchange format, for benchmarks and for opening
// large maps by hand. The same stages and seed give the same bytes. Its shape (README,
// "Performance"): streams of 50 stages (the last one shorter when stages is not a multiple of
// 50), a stream-aligned team per five streams plus platform teams, a capability per ten stages,
// three dependencies on distinct capabilities per stream, half the capabilities depending on a
// later one, a dependency cycle of three capabilities per tenth of them, and a rework flow back
// two stages from about one stage in twenty.
QByteArray interchangeJson(int stages, quint32 seed = 7);

// interchangeJson read back into a map (uid 1): what the benchmarks open.
Map generatedMap(int stages, quint32 seed = 7);

} // namespace sb::synthetic
