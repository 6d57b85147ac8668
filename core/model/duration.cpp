#include "duration.h"

#include <array>
#include <cmath>

namespace sb::duration {

namespace {

const QString unitHint = QStringLiteral("s, m, h, d or w");

// Quotes what was not understood, cut short when it is long.
QString quoted(QStringView text) {
    constexpr qsizetype longest = 60;
    if (text.size() > longest)
        return u'“' + text.first(longest).toString() + QStringLiteral("…”");
    return u'“' + text.toString() + u'”';
}

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool isMinus(QChar c) {
    return c == u'-' || c == QChar(0x2212);
}

// Seconds per unit word, or 0 for a word that is not a unit.
double unitSeconds(QStringView word, double workingDayHours) {
    const QString w = word.toString().toLower();
    auto is = [&](std::initializer_list<const char*> spellings) {
        for (const char* s : spellings)
            if (w == QLatin1String(s))
                return true;
        return false;
    };
    if (is({"s", "sec", "secs", "second", "seconds"}))
        return 1;
    if (is({"m", "min", "mins", "minute", "minutes"}))
        return 60;
    if (is({"h", "hr", "hrs", "hour", "hours"}))
        return 3600;
    if (is({"d", "day", "days"}))
        return secondsPerDay(workingDayHours);
    if (is({"w", "week", "weeks"}))
        return secondsPerWeek(workingDayHours);
    return 0;
}

// Reads digits with an optional fraction after '.' or the locale's separator. Returns the number
// of characters read (0 when there is no number at pos) and the number spelt with '.' in digits.
qsizetype readNumber(QStringView text, qsizetype pos, const QString& localeSeparator,
                     QString* digits) {
    qsizetype end = pos;
    while (end < text.size() && isDigit(text[end]))
        *digits += text[end++];
    for (const QString& separator : {QStringLiteral("."), localeSeparator}) {
        if (separator.isEmpty() || !text.sliced(end).startsWith(separator))
            continue;
        qsizetype fractionEnd = end + separator.size();
        QString fraction;
        while (fractionEnd < text.size() && isDigit(text[fractionEnd]))
            fraction += text[fractionEnd++];
        if (!fraction.isEmpty()) {
            *digits += u'.' + fraction;
            end = fractionEnd;
        }
        break;
    }
    return digits->isEmpty() ? 0 : end - pos;
}

qsizetype tokenEnd(QStringView text, qsizetype pos) {
    while (pos < text.size() && !text[pos].isSpace())
        ++pos;
    return pos;
}

std::optional<double> failWith(QString* error, const QString& message) {
    if (error)
        *error = message;
    return std::nullopt;
}

double dayHoursOrDefault(double workingDayHours) {
    return workingDayHours > 0 && workingDayHours <= 24 ? workingDayHours : 24;
}

struct Unit {
    double seconds;
    char16_t symbol;
};

// The units shown, largest first, each strictly smaller than the one before it.
QList<Unit> displayUnits(double workingDayHours) {
    const std::array<Unit, 5> all = {Unit{secondsPerWeek(workingDayHours), u'w'},
                                     Unit{secondsPerDay(workingDayHours), u'd'}, Unit{3600, u'h'},
                                     Unit{60, u'm'}, Unit{1, u's'}};
    QList<Unit> units;
    for (const Unit& u : all)
        if (units.isEmpty() || u.seconds < units.last().seconds)
            units.append(u);
    return units;
}

QString amount(double count, char16_t symbol) {
    return QString::number(count, 'f', 0) + QChar(symbol);
}

} // namespace

double secondsPerDay(double workingDayHours) {
    return dayHoursOrDefault(workingDayHours) * 3600;
}

double secondsPerWeek(double workingDayHours) {
    const double hours = dayHoursOrDefault(workingDayHours);
    return secondsPerDay(hours) * (hours < 24 ? 5 : 7);
}

std::optional<double> parse(QStringView text, double workingDayHours, QString* error,
                            const QLocale& locale) {
    const QString separator = locale.decimalPoint();
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failWith(error, QStringLiteral("No duration given; enter one like 45m or 1d 4h."));

    double total = 0;
    qsizetype pos = 0;
    while (pos < trimmed.size()) {
        if (trimmed[pos].isSpace()) {
            ++pos;
            continue;
        }
        const qsizetype start = pos;
        const QStringView token = trimmed.sliced(start, tokenEnd(trimmed, start) - start);
        if (isMinus(trimmed[pos]))
            return failWith(
                error, QStringLiteral("%1: a duration cannot be negative.").arg(quoted(token)));
        QString digits;
        const qsizetype numberLength = readNumber(trimmed, pos, separator, &digits);
        if (numberLength == 0)
            return failWith(error, QStringLiteral("%1 is not a duration; enter one like 45m or "
                                                  "1d 4h.")
                                       .arg(quoted(token)));
        const QStringView number = trimmed.sliced(pos, numberLength);
        bool ok = false;
        const double value = digits.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return failWith(error, QStringLiteral("%1 is too large a number.").arg(quoted(number)));
        pos += numberLength;
        while (pos < trimmed.size() && trimmed[pos].isSpace())
            ++pos;
        const qsizetype unitStart = pos;
        while (pos < trimmed.size() && trimmed[pos].isLetter())
            ++pos;
        const QStringView word = trimmed.sliced(unitStart, pos - unitStart);
        if (word.isEmpty()) {
            if (pos < trimmed.size() && !isDigit(trimmed[pos]))
                return failWith(error, QStringLiteral("%1 is not a duration; enter one like 45m "
                                                      "or 1d 4h.")
                                           .arg(quoted(token)));
            return failWith(error,
                            QStringLiteral("%1 needs a unit: %2.").arg(quoted(number), unitHint));
        }
        const double unit = unitSeconds(word, workingDayHours);
        if (unit == 0)
            return failWith(
                error, QStringLiteral("%1 is not a unit; use %2.").arg(quoted(word), unitHint));
        total += value * unit;
        if (!std::isfinite(total))
            return failWith(error, QStringLiteral("%1 is too long a duration.")
                                       .arg(quoted(trimmed.sliced(start, pos - start))));
    }
    return total;
}

QString format(double seconds, double workingDayHours) {
    if (std::isnan(seconds))
        return QStringLiteral("—");
    if (seconds < 0)
        return u'-' + format(-seconds, workingDayHours);
    if (std::isinf(seconds))
        return QStringLiteral("∞");

    const QList<Unit> units = displayUnits(workingDayHours);
    qsizetype first = 0;
    while (first + 1 < units.size() && seconds < units[first].seconds)
        ++first;
    const Unit big = units[first];
    if (first + 1 == units.size()) { // seconds only
        const double count = std::round(seconds);
        return count >= 60 ? format(count, workingDayHours) : amount(count, big.symbol);
    }
    const Unit small = units[first + 1];
    const double ratio = seconds / big.seconds;
    double bigCount = std::floor(ratio);
    if (ratio - bigCount > 1 - 1e-9) // a whole number of big units that division left just below
        bigCount += 1;
    const double smallCount = std::round((seconds - bigCount * big.seconds) / small.seconds);
    if (smallCount * small.seconds >= big.seconds) // rounding reached the next whole big unit
        return format((bigCount + 1) * big.seconds, workingDayHours);
    if (smallCount == 0)
        return amount(bigCount, big.symbol);
    return amount(bigCount, big.symbol) + u' ' + amount(smallCount, small.symbol);
}

} // namespace sb::duration
