#pragma once

#include <QString>

namespace sb {

// Makes a value safe to quote in a one-line message: newline, carriage return and tab become
// \n, \r and \t; every other control character (C0, DEL, C1) and the line and paragraph
// separators U+2028 and U+2029 become \u{…} with the code point in hex, e.g. \u{0} for NUL.
QString escapeControls(QStringView text);

// A number as a message shows it: the shortest form that reads back as the same number, so
// 100.0000001 stays 100.0000001 and 3 stays 3; whole numbers are written out in full.
QString numberText(double number);

} // namespace sb
