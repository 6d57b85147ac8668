#pragma once

#include "json_interchange.h"

#include <QByteArray>

// Helpers of the interchange reader (json_reader.cpp); not part of the store's interface.
namespace sb::json::detail {

// The limits of an interchange file (docs/json.md, "Limits"). Generous: a synthetic workshop of
// 100,000 stages stays far inside them.
using json::maxFileBytes;
inline constexpr int maxDepth = 64;                      // nested objects and arrays
inline constexpr qsizetype maxStringBytes = 1024 * 1024; // one string as written, with escapes
inline constexpr qsizetype maxArrayItems = 1'000'000;    // items of one array

// One linear pass over the raw bytes, before Qt parses them, for what Qt's parser takes silently
// or too late: the limits above, a key given twice in one object (Qt keeps the last), a NUL byte
// or a \u0000 escape. Throws ReadError naming the JSON path. Leaves syntax errors to Qt's parser:
// at bytes it does not understand it stops without a word.
void scanLimitsAndKeys(const QByteArray& data);

} // namespace sb::json::detail
