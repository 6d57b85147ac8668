#include "duration.h"

#include "message_text.h"

#include <QCoreApplication>
#include <array>
#include <climits>
#include <cmath>

namespace sb::duration {

namespace {

struct DurationTr {
    Q_DECLARE_TR_FUNCTIONS(sb::duration)
};

QString unitHint() {
    return DurationTr::tr("s, m, h, d or w");
}

// Quotes what was not understood, cut short when it is long.
QString quoted(QStringView text) {
    constexpr qsizetype longest = 60;
    if (text.size() > longest)
        return DurationTr::tr("“%1”").arg(escapeControls(text.first(longest)) + u'…');
    return DurationTr::tr("“%1”").arg(escapeControls(text));
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
    // English units, then German ones (a German facilitator types "2 Tage 3 Std."); both are
    // understood whatever the language shown.
    if (is({"s", "sec", "secs", "second", "seconds", "sek", "sekunde", "sekunden"}))
        return 1;
    if (is({"m", "min", "mins", "minute", "minutes", "minuten"}))
        return 60;
    if (is({"h", "hr", "hrs", "hour", "hours", "std", "stunde", "stunden"}))
        return 3600;
    if (is({"d", "day", "days", "t", "tg", "tag", "tage", "tagen"}))
        return secondsPerDay(workingDayHours);
    if (is({"w", "week", "weeks", "wo", "woche", "wochen"}))
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

// "4h" in English, "4 Std." in German (compact: "4h"): the unit is part of the translated text.
QString amount(double count, char16_t symbol, bool compact) {
    if (count > INT_MAX) // too many for a plural form; the symbol says it
        return QString::number(count, 'f', 0) + QChar(symbol);
    const int n = static_cast<int>(count);
    switch (symbol) {
    case u'w':
        return compact ? DurationTr::tr("%nw", "compact duration in weeks", n)
                       : DurationTr::tr("%nw", "duration in weeks", n);
    case u'd':
        return compact ? DurationTr::tr("%nd", "compact duration in days", n)
                       : DurationTr::tr("%nd", "duration in days", n);
    case u'h':
        return compact ? DurationTr::tr("%nh", "compact duration in hours", n)
                       : DurationTr::tr("%nh", "duration in hours", n);
    case u'm':
        return compact ? DurationTr::tr("%nm", "compact duration in minutes", n)
                       : DurationTr::tr("%nm", "duration in minutes", n);
    default:
        return compact ? DurationTr::tr("%ns", "compact duration in seconds", n)
                       : DurationTr::tr("%ns", "duration in seconds", n);
    }
}

QString formatIn(double seconds, double workingDayHours, bool compact) {
    if (std::isnan(seconds))
        return QStringLiteral("—");
    if (seconds < 0)
        return u'-' + formatIn(-seconds, workingDayHours, compact);
    if (std::isinf(seconds))
        return QStringLiteral("∞");

    const QList<Unit> units = displayUnits(workingDayHours);
    qsizetype first = 0;
    while (first + 1 < units.size() && seconds < units[first].seconds)
        ++first;
    const Unit big = units[first];
    if (first + 1 == units.size()) { // seconds only
        const double count = std::round(seconds);
        if (first > 0 && count >= units[first - 1].seconds) // rounding reached the next unit
            return formatIn(count, workingDayHours, compact);
        return amount(count, big.symbol, compact);
    }
    const Unit small = units[first + 1];
    const double ratio = seconds / big.seconds;
    double bigCount = std::floor(ratio);
    if (ratio - bigCount > 1 - 1e-9) // a whole number of big units that division left just below
        bigCount += 1;
    // Past INT_MAX big units a double cannot tell the smaller unit apart: the big one alone.
    if (bigCount > INT_MAX)
        return amount(bigCount, big.symbol, compact);
    const double smallCount = std::round((seconds - bigCount * big.seconds) / small.seconds);
    if (smallCount * small.seconds >= big.seconds) // rounding reached the next whole big unit
        return formatIn((bigCount + 1) * big.seconds, workingDayHours, compact);
    if (smallCount == 0)
        return amount(bigCount, big.symbol, compact);
    return amount(bigCount, big.symbol, compact) + u' ' + amount(smallCount, small.symbol, compact);
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
        return failWith(error, DurationTr::tr("No duration given; enter one like 45m or 1d 4h."));

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
                error, DurationTr::tr("%1: a duration cannot be negative.").arg(quoted(token)));
        QString digits;
        const qsizetype numberLength = readNumber(trimmed, pos, separator, &digits);
        if (numberLength == 0)
            return failWith(error,
                            DurationTr::tr("%1 is not a duration; enter one like 45m or 1d 4h.")
                                .arg(quoted(token)));
        const QStringView number = trimmed.sliced(pos, numberLength);
        bool ok = false;
        const double value = digits.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return failWith(error, DurationTr::tr("%1 is too large a number.").arg(quoted(number)));
        pos += numberLength;
        while (pos < trimmed.size() && trimmed[pos].isSpace())
            ++pos;
        const qsizetype unitStart = pos;
        while (pos < trimmed.size() && trimmed[pos].isLetter())
            ++pos;
        const QStringView word = trimmed.sliced(unitStart, pos - unitStart);
        // An abbreviation's full stop: "3 Std.", "30 Min."
        if (!word.isEmpty() && pos < trimmed.size() && trimmed[pos] == u'.' &&
            (pos + 1 == trimmed.size() || trimmed[pos + 1].isSpace()))
            ++pos;
        if (word.isEmpty()) {
            if (pos < trimmed.size() && !isDigit(trimmed[pos]))
                return failWith(error,
                                DurationTr::tr("%1 is not a duration; enter one like 45m or 1d 4h.")
                                    .arg(quoted(token)));
            return failWith(error,
                            DurationTr::tr("%1 needs a unit: %2.").arg(quoted(number), unitHint()));
        }
        const double unit = unitSeconds(word, workingDayHours);
        if (unit == 0)
            return failWith(
                error, DurationTr::tr("%1 is not a unit; use %2.").arg(quoted(word), unitHint()));
        total += value * unit;
        if (!std::isfinite(total) || total > longestSeconds)
            return failWith(
                error, DurationTr::tr("%1 is longer than 100 years.").arg(quoted(text.trimmed())));
    }
    return total;
}

QString format(double seconds, double workingDayHours) {
    return formatIn(seconds, workingDayHours, false);
}

QString formatCompact(double seconds, double workingDayHours) {
    return formatIn(seconds, workingDayHours, true);
}

} // namespace sb::duration
