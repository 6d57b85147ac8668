// The duration parser on any text, in English and German number formats and with every kind of
// working day: it gives a duration or a reason, never crashes; what it gives shows as a text
// that parses again.

#include "fuzz_support.h"

#include <QLocale>
#include <array>

using namespace sb;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::startQt(argc, argv);
    return 0;
}

// The first byte picks the working day and the locale; the rest is the text, as UTF-8.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    static const std::array<double, 4> dayHours = {8, 24, 7.5, 0.25};
    static const std::array<QLocale, 2> locales = {QLocale::c(), QLocale(QLocale::German)};
    const double hours = dayHours[data[0] % dayHours.size()];
    const QLocale& locale = locales[(data[0] / dayHours.size()) % locales.size()];
    const QString text = QString::fromUtf8(fuzz::bytesOf(data + 1, size - 1));

    QString error;
    const std::optional<double> seconds = duration::parse(text, hours, &error, locale);
    if (!seconds) {
        if (error.isEmpty())
            fuzz::broken("a refused duration comes with a reason");
        return 0;
    }
    if (!std::isfinite(*seconds) || *seconds < 0)
        fuzz::broken("a duration is a finite number of seconds, not negative");
    const QString shown = duration::format(*seconds, hours);
    (void)duration::formatCompact(*seconds, hours);
    QString again;
    if (!duration::parse(shown, hours, &again))
        fuzz::broken(qPrintable(u"a duration as shown parses again: "_s + shown + u": "_s + again));
    return 0;
}
