#include "i18n/translations.h"
#include "model/duration.h"
#include "test_main.h"

#include <QTest>
#include <cmath>
#include <limits>

namespace tst_duration {

using namespace sb;
using namespace Qt::StringLiterals;

// Expected values are worked by hand: a day is workingDayHours × 3600 s; a week is 5 such days
// when workingDayHours < 24 (8 h: 28800 s a day, 144000 s a week; 7.5 h: 27000 and 135000) and
// 7 days otherwise (24 h: 86400 and 604800).
class TestDuration : public QObject {
    Q_OBJECT

private slots:
    void unitSizes_data() {
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("day");
        QTest::addColumn<double>("week");
        QTest::newRow("24 h days, 7-day weeks") << 24.0 << 86400.0 << 604800.0;
        QTest::newRow("8 h days, 5-day weeks") << 8.0 << 28800.0 << 144000.0;
        QTest::newRow("7.5 h days") << 7.5 << 27000.0 << 135000.0;
        QTest::newRow("23.5 h days still 5-day weeks") << 23.5 << 84600.0 << 423000.0;
        QTest::newRow("out of range counts as 24") << 0.0 << 86400.0 << 604800.0;
    }
    void unitSizes() {
        QFETCH(double, hours);
        QFETCH(double, day);
        QFETCH(double, week);
        QCOMPARE(duration::secondsPerDay(hours), day);
        QCOMPARE(duration::secondsPerWeek(hours), week);
    }

    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("seconds");
        QTest::newRow("seconds") << u"30s"_s << 24.0 << 30.0;
        QTest::newRow("minutes") << u"45m"_s << 24.0 << 2700.0;
        QTest::newRow("hours") << u"4h"_s << 24.0 << 14400.0;
        QTest::newRow("fraction of 24 h days") << u"1.5d"_s << 24.0 << 129600.0;
        QTest::newRow("fraction of 8 h days") << u"1.5d"_s << 8.0 << 43200.0;
        QTest::newRow("7-day weeks") << u"2w"_s << 24.0 << 1209600.0;
        QTest::newRow("5-day weeks") << u"2w"_s << 8.0 << 288000.0;
        QTest::newRow("compound with space") << u"1d 4h"_s << 8.0 << 43200.0;
        QTest::newRow("compound without space") << u"1d4h"_s << 24.0 << 100800.0;
        QTest::newRow("four units") << u"2w 1d 3h 30m"_s << 8.0 << 329400.0;
        QTest::newRow("min with space") << u"90 min"_s << 24.0 << 5400.0;
        QTest::newRow("Hours capitalised") << u"2 Hours"_s << 24.0 << 7200.0;
        QTest::newRow("WEEK of 7.5 h days") << u"1 WEEK"_s << 7.5 << 135000.0;
        QTest::newRow("days") << u"3 days"_s << 24.0 << 259200.0;
        QTest::newRow("secs") << u"10 secs"_s << 24.0 << 10.0;
        QTest::newRow("sec") << u"1 sec"_s << 24.0 << 1.0;
        QTest::newRow("hr and mins") << u"1hr 15mins"_s << 24.0 << 4500.0;
        QTest::newRow("hrs") << u"2hrs"_s << 24.0 << 7200.0;
        QTest::newRow("day and hours words") << u"1 day 2 hours"_s << 24.0 << 93600.0;
        QTest::newRow("weeks word") << u"3 weeks"_s << 8.0 << 432000.0;
        QTest::newRow("surrounding spaces, zero") << u"  0m  "_s << 24.0 << 0.0;
        QTest::newRow("leading point") << u".5h"_s << 24.0 << 1800.0;
        QTest::newRow("quarter day of 8 h") << u"0.25d"_s << 8.0 << 7200.0;
        QTest::newRow("a day of 24 h") << u"1d"_s << 24.0 << 86400.0;
        QTest::newRow("week of 23.5 h days") << u"1w"_s << 23.5 << 423000.0;
        QTest::newRow("repeated unit adds") << u"1h 1h"_s << 24.0 << 7200.0;
        QTest::newRow("half a second") << u"0.5s"_s << 24.0 << 0.5;
        QTest::newRow("week of 24 h days") << u"1w"_s << 24.0 << 604800.0;
        QTest::newRow("minute word") << u"1 minute 1 second"_s << 24.0 << 61.0;
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(double, hours);
        QFETCH(double, seconds);
        QString error;
        const std::optional<double> parsed = duration::parse(text, hours, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, seconds);
        QVERIFY(error.isEmpty());
    }

    void parseGermanDecimalComma_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("seconds");
        QTest::newRow("comma") << u"1,5d"_s << 43200.0;
        QTest::newRow("point still works") << u"1.5d"_s << 43200.0;
        QTest::newRow("comma in compound") << u"1d 2,25h"_s << 36900.0;
    }
    void parseGermanDecimalComma() {
        QFETCH(QString, text);
        QFETCH(double, seconds);
        const std::optional<double> parsed =
            duration::parse(text, 8, nullptr, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(parsed);
        QCOMPARE(*parsed, seconds);
    }

    void parseErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const QString notDuration = u" is not a duration; enter one like 45m or 1d 4h."_s;
        QTest::newRow("empty") << QString() << u"No duration given; enter one like 45m or 1d 4h."_s;
        QTest::newRow("spaces") << u"   "_s << u"No duration given; enter one like 45m or 1d 4h."_s;
        QTest::newRow("no unit") << u"5"_s << u"“5” needs a unit: s, m, h, d or w."_s;
        QTest::newRow("no unit after compound")
            << u"1d 4"_s << u"“4” needs a unit: s, m, h, d or w."_s;
        QTest::newRow("number then number") << u"4 5h"_s << u"“4” needs a unit: s, m, h, d or w."_s;
        QTest::newRow("unknown unit") << u"3x"_s << u"“x” is not a unit; use s, m, h, d or w."_s;
        QTest::newRow("months") << u"2 months"_s
                                << u"“months” is not a unit; use s, m, h, d or w."_s;
        QTest::newRow("negative") << u"-5m"_s << u"“-5m”: a duration cannot be negative."_s;
        QTest::newRow("negative second part")
            << u"1h -30m"_s << u"“-30m”: a duration cannot be negative."_s;
        QTest::newRow("unicode minus") << u"−2h"_s << u"“−2h”: a duration cannot be negative."_s;
        QTest::newRow("words") << u"abc"_s << u"“abc”"_s + notDuration;
        QTest::newRow("nan") << u"nan"_s << u"“nan”"_s + notDuration;
        QTest::newRow("inf") << u"inf h"_s << u"“inf”"_s + notDuration;
        QTest::newRow("comma in the C locale") << u"1,5d"_s << u"“1,5d”"_s + notDuration;
        QTest::newRow("percent") << u"5%"_s << u"“5%”"_s + notDuration;
        QTest::newRow("two points") << u"1.5.3h"_s << u"“1.5.3h”"_s + notDuration;
        // Long tokens are quoted by their first 60 characters.
        const QString sixtyNines(60, u'9');
        QTest::newRow("number too large")
            << QString(400, u'9') + u's' << u"“"_s + sixtyNines + u"…” is too large a number."_s;
        QTest::newRow("sum too large")
            << QString(308, u'9') + u'm' << u"“"_s + sixtyNines + u"…” is longer than 100 years."_s;
        QTest::newRow("60 characters quoted whole")
            << QString(60, u'a') << u"“"_s + QString(60, u'a') + u"”"_s + notDuration;
    }
    void parseErrors() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString actual;
        QCOMPARE(duration::parse(text, 24, &actual), std::nullopt);
        QCOMPARE(actual, error);
    }

    void format_data() {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << 24.0 << u"0s"_s;
        QTest::newRow("0.4 s rounds down") << 0.4 << 24.0 << u"0s"_s;
        QTest::newRow("0.5 s rounds up") << 0.5 << 24.0 << u"1s"_s;
        QTest::newRow("under a minute") << 45.0 << 24.0 << u"45s"_s;
        QTest::newRow("59.4 s") << 59.4 << 24.0 << u"59s"_s;
        QTest::newRow("59.5 s becomes a minute") << 59.5 << 24.0 << u"1m"_s;
        QTest::newRow("a minute") << 60.0 << 24.0 << u"1m"_s;
        QTest::newRow("minutes and seconds") << 90.0 << 24.0 << u"1m 30s"_s;
        QTest::newRow("45 minutes") << 2700.0 << 24.0 << u"45m"_s;
        QTest::newRow("59m 59s") << 3599.0 << 24.0 << u"59m 59s"_s;
        QTest::newRow("3599.5 s carries to an hour") << 3599.5 << 24.0 << u"1h"_s;
        QTest::newRow("an hour") << 3600.0 << 24.0 << u"1h"_s;
        QTest::newRow("hour and a half") << 5400.0 << 24.0 << u"1h 30m"_s;
        QTest::newRow("29 s round away") << 5429.0 << 24.0 << u"1h 30m"_s;
        QTest::newRow("30 s round up") << 5430.0 << 24.0 << u"1h 31m"_s;
        QTest::newRow("40 s round up to a minute") << 10840.0 << 24.0 << u"3h 1m"_s;
        QTest::newRow("29 s dropped") << 10829.0 << 24.0 << u"3h"_s;
        QTest::newRow("10 h in 8 h days") << 36000.0 << 8.0 << u"1d 2h"_s;
        QTest::newRow("10 h in 24 h days") << 36000.0 << 24.0 << u"10h"_s;
        QTest::newRow("1.5 days of 8 h") << 43200.0 << 8.0 << u"1d 4h"_s;
        QTest::newRow("a day of 8 h") << 28800.0 << 8.0 << u"1d"_s;
        QTest::newRow("5 days of 8 h are a week") << 144000.0 << 8.0 << u"1w"_s;
        QTest::newRow("week and a day of 8 h") << 172800.0 << 8.0 << u"1w 1d"_s;
        QTest::newRow("7 days of 24 h are a week") << 604800.0 << 24.0 << u"1w"_s;
        QTest::newRow("10 days of 24 h") << 864000.0 << 24.0 << u"1w 3d"_s;
        QTest::newRow("2.5 days round up") << 820800.0 << 24.0 << u"1w 3d"_s;
        QTest::newRow("2d 11h round down") << 817200.0 << 24.0 << u"1w 2d"_s;
        QTest::newRow("4d 7h 59m of 8 h carry to a week") << 143940.0 << 8.0 << u"1w"_s;
        QTest::newRow("23h 59m 59s carries to a day") << 86399.0 << 24.0 << u"1d"_s;
        QTest::newRow("2.5 days of 24 h") << 216000.0 << 24.0 << u"2d 12h"_s;
        QTest::newRow("7.5 h days, 50 min over") << 30000.0 << 7.5 << u"1d 1h"_s;
        QTest::newRow("7.5 h days, 7.4 h over") << 53640.0 << 7.5 << u"1d 7h"_s;
        QTest::newRow("7.5 h days, 7.5 h over") << 54000.0 << 7.5 << u"2d"_s;
        QTest::newRow("negative difference") << -5400.0 << 24.0 << u"-1h 30m"_s;
        QTest::newRow("not a number") << std::nan("") << 24.0 << u"—"_s;
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << 24.0 << u"∞"_s;
    }
    void format() {
        QFETCH(double, seconds);
        QFETCH(double, hours);
        QFETCH(QString, text);
        QCOMPARE(duration::format(seconds, hours), text);
    }

    // Past INT_MAX of the largest unit a double cannot tell the smaller one apart: that one
    // alone, never a negative or overflowing remainder (fuzz_duration found "…w -1628906115d"
    // and an endless carry).
    void formatHugeDurations_data() {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("hours");
        QTest::newRow("1e30 s in 24 h days") << 1e30 << 24.0;
        QTest::newRow("1e30 s in 8 h days") << 1e30 << 8.0;
        QTest::newRow("2^32 weeks and 3 days") << 604800.0 * 4294967296.0 + 259200.0 << 24.0;
    }
    void formatHugeDurations() {
        QFETCH(double, seconds);
        QFETCH(double, hours);
        for (const QString& text :
             {duration::format(seconds, hours), duration::formatCompact(seconds, hours)}) {
            QVERIFY2(text.endsWith(u'w') && !text.contains(u' ') && !text.contains(u'-'),
                     qPrintable(text));
            // Longer than any duration may be: read back, it is refused as such, not misread.
            QString error;
            QVERIFY(!duration::parse(text, hours, &error).has_value());
            QVERIFY2(error.contains(u"100 years"_s), qPrintable(error));
        }
        if (seconds < 1e20)
            QCOMPARE(duration::format(seconds, hours), u"4294967296w"_s);
    }

    // What format shows reads back as the value it rounded to.
    void formatThenParse_data() {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("hours");
        QTest::newRow("1d 4h of 8 h") << 43200.0 << 8.0;
        QTest::newRow("1w 3d of 24 h") << 864000.0 << 24.0;
        QTest::newRow("1m 30s") << 90.0 << 24.0;
        QTest::newRow("1d 7h of 7.5 h") << 52200.0 << 7.5;
    }
    void formatThenParse() {
        QFETCH(double, seconds);
        QFETCH(double, hours);
        QCOMPARE(duration::parse(duration::format(seconds, hours), hours), seconds);
    }

    // A German facilitator types German units; English ones still work, whatever the language.
    void parseGermanUnits_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("seconds");
        QTest::newRow("Tage and Std.") << u"2 Tage 3 Std."_s << 24.0 << 183600.0;
        QTest::newRow("Tag") << u"1 Tag"_s << 24.0 << 86400.0;
        QTest::newRow("T") << u"3T"_s << 8.0 << 86400.0;
        QTest::newRow("Min.") << u"30 Min."_s << 24.0 << 1800.0;
        QTest::newRow("min without stop") << u"30 min"_s << 24.0 << 1800.0;
        QTest::newRow("Std without stop") << u"2 Std"_s << 24.0 << 7200.0;
        QTest::newRow("Stunden and Minuten") << u"1 Stunde 15 Minuten"_s << 24.0 << 4500.0;
        QTest::newRow("Wo. of 8 h days") << u"1 Wo. 2 Tage"_s << 8.0 << 201600.0;
        QTest::newRow("Woche") << u"1 Woche"_s << 24.0 << 604800.0;
        QTest::newRow("Wochen") << u"2 Wochen"_s << 24.0 << 1209600.0;
        QTest::newRow("Sek.") << u"10 Sek."_s << 24.0 << 10.0;
        QTest::newRow("Sekunden") << u"10 Sekunden"_s << 24.0 << 10.0;
        QTest::newRow("mixed with English") << u"1d 3 Std."_s << 24.0 << 97200.0;
        QTest::newRow("compact Std.") << u"1Tag 4Std."_s << 8.0 << 43200.0;
    }
    void parseGermanUnits() {
        QFETCH(QString, text);
        QFETCH(double, hours);
        QFETCH(double, seconds);
        QString error;
        const std::optional<double> parsed = duration::parse(text, hours, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, seconds);
    }

    void parseGermanUnitsWithDecimalComma() {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(duration::parse(u"1,5 Std."_s, 24, nullptr, german), 5400.0);
        QCOMPARE(duration::parse(u"2,5 Tage"_s, 8, nullptr, german), 72000.0);
    }

    // A stop belongs to the unit before it, only at the end of a word.
    void parseStopNotAfterAUnit() {
        QCOMPARE(duration::parse(u"3."_s, 24), std::nullopt);
        QCOMPARE(duration::parse(u"3 Std.x"_s, 24), std::nullopt);
    }

    // Shown with German units when the German catalogue is installed; English again without it.
    void formatGerman_data() {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("text");
        QTest::newRow("2 days 3 hours") << 183600.0 << 24.0 << u"2 Tage 3 Std."_s;
        QTest::newRow("a day") << 86400.0 << 24.0 << u"1 Tag"_s;
        QTest::newRow("30 minutes") << 1800.0 << 24.0 << u"30 Min."_s;
        QTest::newRow("seconds") << 45.0 << 24.0 << u"45 Sek."_s;
        QTest::newRow("zero") << 0.0 << 24.0 << u"0 Sek."_s;
        QTest::newRow("hour and a half") << 5400.0 << 24.0 << u"1 Std. 30 Min."_s;
        QTest::newRow("week and days of 8 h") << 201600.0 << 8.0 << u"1 Wo. 2 Tage"_s;
        QTest::newRow("two weeks") << 1209600.0 << 24.0 << u"2 Wo."_s;
        QTest::newRow("negative") << -5400.0 << 24.0 << u"-1 Std. 30 Min."_s;
    }
    void formatGerman() {
        QFETCH(double, seconds);
        QFETCH(double, hours);
        QFETCH(QString, text);
        QVERIFY(i18n::install(u"de"_s));
        const QString shown = duration::format(seconds, hours);
        const std::optional<double> back =
            duration::parse(shown, hours, nullptr, QLocale(QLocale::German, QLocale::Germany));
        i18n::install(u"en"_s);
        QCOMPARE(shown, text);
        QCOMPARE(back, seconds >= 0 ? std::optional<double>(seconds) : std::nullopt);
        QVERIFY(!duration::format(seconds, hours).contains(u"Std"_s));
    }

    // The canvas's tight spots: the English form as is, German with short unit symbols.
    void formatCompact() {
        QCOMPARE(duration::formatCompact(43200, 8), u"1d 4h"_s);
        QCOMPARE(duration::formatCompact(2700, 24), u"45m"_s);
        QVERIFY(i18n::install(u"de"_s));
        const QString days = duration::formatCompact(43200, 8);
        const QString minutes = duration::formatCompact(2700, 24);
        const QString weeks = duration::formatCompact(172800, 8);
        i18n::install(u"en"_s);
        QCOMPARE(days, u"1T 4h"_s);
        QCOMPARE(minutes, u"45min"_s);
        QCOMPARE(weeks, u"1Wo 1T"_s);
        QCOMPARE(duration::parse(days, 8), 43200.0);
        QCOMPARE(duration::parse(minutes, 24), 2700.0);
        QCOMPARE(duration::parse(weeks, 8), 172800.0);
    }

    void parseErrorsInGerman() {
        QVERIFY(i18n::install(u"de"_s));
        QString error;
        duration::parse(u"3x"_s, 24, &error);
        QString empty;
        duration::parse(QString(), 24, &empty);
        i18n::install(u"en"_s);
        QCOMPARE(error,
                 u"„x“ ist keine Einheit; verwenden Sie Sek., Min., Std., Tag oder Woche."_s);
        QCOMPARE(empty, u"Keine Dauer angegeben; geben Sie z. B. 45 Min. oder 1 Tag 4 Std. ein."_s);
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestDuration)
} // namespace tst_duration
#include "tst_duration.moc"
