#include "work_items.h"

#include <QDate>

namespace sb {

namespace {

constexpr qint64 julianDayOfEpoch = 2440588; // 1970-01-01

// Reads `count` digits at `at`; -1 when one of them is not a digit or the text ends.
int digits(QStringView text, qsizetype at, int count) {
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[at + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// The offset east of UTC in seconds from "Z", "+HH:MM", "+HHMM" or "+HH"; nullopt otherwise.
std::optional<int> offsetSeconds(QStringView text) {
    if (text == u"Z" || text == u"z")
        return 0;
    if (text.isEmpty() || (text[0] != u'+' && text[0] != u'-'))
        return std::nullopt;
    const int sign = text[0] == u'+' ? 1 : -1;
    const int hours = digits(text, 1, 2);
    int minutes = 0;
    if (text.size() == 6 && text[3] == u':')
        minutes = digits(text, 4, 2);
    else if (text.size() == 5)
        minutes = digits(text, 3, 2);
    else if (text.size() != 3)
        return std::nullopt;
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

} // namespace

QList<QPair<QString, FlowItemKind>> defaultWorkItemTypes() {
    return {{QStringLiteral("Story"), FlowItemKind::Features},
            {QStringLiteral("Bug"), FlowItemKind::Defects},
            {QStringLiteral("Vulnerability"), FlowItemKind::Risks},
            {QStringLiteral("Chore"), FlowItemKind::Debt}};
}

QString toString(FlowItemKind kind) {
    switch (kind) {
    case FlowItemKind::Features:
        return QStringLiteral("features");
    case FlowItemKind::Defects:
        return QStringLiteral("defects");
    case FlowItemKind::Risks:
        return QStringLiteral("risks");
    case FlowItemKind::Debt:
        break;
    }
    return QStringLiteral("debt");
}

std::optional<FlowItemKind> parseFlowItemKind(QStringView word) {
    for (int i = 0; i < flowItemKindCount; ++i)
        if (word == toString(static_cast<FlowItemKind>(i)))
            return static_cast<FlowItemKind>(i);
    return std::nullopt;
}

StateTime midnightOf(QDate date) {
    return (date.toJulianDay() - julianDayOfEpoch) * secondsPerCalendarDay;
}

QDate dateOf(StateTime time) {
    const qint64 days = time >= 0 ? time / secondsPerCalendarDay
                                  : -((-time + secondsPerCalendarDay - 1) / secondsPerCalendarDay);
    return QDate::fromJulianDay(days + julianDayOfEpoch);
}

QString stateTimeText(StateTime time) {
    const QDate date = dateOf(time);
    const qint64 rest = time - midnightOf(date);
    const QString dateText = date.toString(Qt::ISODate);
    if (rest == 0)
        return dateText;
    return QStringLiteral("%1T%2:%3:%4")
        .arg(dateText)
        .arg(rest / 3600, 2, 10, QLatin1Char('0'))
        .arg(rest / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(rest % 60, 2, 10, QLatin1Char('0'));
}

std::optional<StateTime> parseStateTime(QStringView text) {
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    StateTime time = midnightOf(date);
    if (text.size() == 10)
        return time;
    if (text[10] != u'T' && text[10] != u't' && text[10] != u' ')
        return std::nullopt;
    const int hours = digits(text, 11, 2);
    const int minutes = digits(text, 14, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || text[13] != u':')
        return std::nullopt;
    qsizetype at = 16;
    int seconds = 0;
    if (at < text.size() && text[at] == u':') {
        seconds = digits(text, at + 1, 2);
        if (seconds < 0 || seconds > 59)
            return std::nullopt;
        at += 3;
        // Fractions of a second are read and dropped.
        if (at < text.size() && (text[at] == u'.' || text[at] == u',')) {
            ++at;
            const qsizetype first = at;
            while (at < text.size() && text[at] >= u'0' && text[at] <= u'9')
                ++at;
            if (at == first)
                return std::nullopt;
        }
    }
    time += hours * 3600 + minutes * 60 + seconds;
    if (at == text.size())
        return time;
    const std::optional<int> offset = offsetSeconds(text.mid(at));
    if (!offset)
        return std::nullopt;
    return time - *offset;
}

} // namespace sb
