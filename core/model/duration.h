#pragma once

#include <QLocale>
#include <QString>
#include <optional>

namespace sb::duration {

// The longest duration a workshop holds: 100 years of 365 days of 24 hours, whatever the working
// day. Sums of durations (a stream's lead time, totals) stay far below what a double holds exactly.
inline constexpr double longestSeconds = 100.0 * 365 * 24 * 3600;

// Durations are stored in seconds. They are typed and shown with units: 30s, 45m, 4h, 1.5d, 2w,
// and compounds like "1d 4h". A day has workingDayHours hours; a week has 5 days when
// workingDayHours is below 24 and 7 otherwise.

// Parses a duration with units. The locale's decimal separator is accepted besides '.'. German
// units are accepted besides the English ones: Sek., Min., Std., T/Tag/Tage, Wo./Woche/Wochen.
// Returns nullopt and sets error (a sentence naming what was not understood) on failure, also for
// a duration longer than longestSeconds.
std::optional<double> parse(QStringView text, double workingDayHours, QString* error = nullptr,
                            const QLocale& locale = QLocale::c());

// Shows seconds with the two largest units ("1d 4h", "45m"), rounded to the smaller one. The units
// follow the installed translation: "1 Tag 4 Std." in German. For display only; files store
// seconds.
QString format(double seconds, double workingDayHours);
// The same in as little room as the language allows, for the canvas's tight spots: "1d 4h" in
// English, "1T 4h" in German.
QString formatCompact(double seconds, double workingDayHours);

double secondsPerDay(double workingDayHours);
double secondsPerWeek(double workingDayHours);

} // namespace sb::duration
