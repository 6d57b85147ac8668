#include "message_text.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace sb {

namespace {

bool needsEscape(char16_t c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

} // namespace

QString escapeControls(QStringView text) {
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return needsEscape(c.unicode()); }))
        return text.toString();
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        case u'\r':
            escaped += QStringLiteral("\\r");
            break;
        case u'\t':
            escaped += QStringLiteral("\\t");
            break;
        default:
            if (needsEscape(c.unicode()))
                escaped += QStringLiteral("\\u{%1}").arg(c.unicode(), 0, 16);
            else
                escaped += c;
        }
    }
    return escaped;
}

QString numberText(double number) {
    // Whole numbers in full ("4000000000", not "4e+09") as far as a double holds them exactly.
    if (number == std::trunc(number) && std::abs(number) < 9007199254740992.0)
        return QString::number(number, 'f', 0);
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

} // namespace sb
