// The agenda's timers against a fake clock: no real time passes in these tests.
#include "facilitation/timebox_timer.h"
#include "test_main.h"

#include <QSignalSpy>
#include <QTest>

namespace tst_timebox {

using namespace Qt::Literals::StringLiterals;
using sb::AgendaStep;
using sb::TimeboxTimer;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;

// A clock the test moves by hand.
struct FakeClock {
    qint64 now = 1'000'000;
    TimeboxTimer::Clock function() {
        return [this] { return now; };
    }
};

// Slices 10 min, Outcomes 2 min, the rest as planned by default.
sb::Timeboxes shortBoxes() {
    sb::Timeboxes boxes;
    boxes[AgendaStep::Slices] = 10 * 60;
    boxes[AgendaStep::Outcomes] = 2 * 60;
    return boxes;
}

} // namespace

class TestTimebox : public QObject {
    Q_OBJECT
private slots:
    void startsFromThePlannedDuration() {
        FakeClock clock;
        TimeboxTimer timer(clock.function());
        const AgendaStep slices = AgendaStep::Slices;
        timer.setTimeboxes(shortBoxes());
        QCOMPARE(timer.duration(slices), 10 * minute);
        QCOMPARE(timer.remaining(slices), 10 * minute);
        QCOMPARE(timer.duration(AgendaStep::Grid), 45 * minute); // the default plan
        QVERIFY(!timer.running());
        QVERIFY(!timer.activeStep());
        QVERIFY(!timer.hasStarted(slices));
        clock.now += 5 * minute; // nothing runs yet
        QCOMPARE(timer.remaining(slices), 10 * minute);
        timer.start(slices);
        QVERIFY(timer.isRunning(slices));
        QVERIFY(timer.activeStep() == slices);
        clock.now += 90 * second;
        QCOMPARE(timer.elapsed(slices), 90 * second);
        QCOMPARE(timer.remaining(slices), 8 * minute + 30 * second);
        QCOMPARE(TimeboxTimer::format(timer.remaining(slices)), u"08:30"_s);
    }

    void pauseKeepsTheRemainingTime() {
        FakeClock clock;
        TimeboxTimer timer(clock.function());
        const AgendaStep slices = AgendaStep::Slices;
        timer.setTimeboxes(shortBoxes());
        QSignalSpy changed(&timer, &TimeboxTimer::changed);
        timer.start(slices);
        clock.now += 3 * minute;
        timer.pause();
        QVERIFY(!timer.running());
        QCOMPARE(timer.remaining(slices), 7 * minute);
        clock.now += 20 * minute; // paused: the time stays
        QCOMPARE(timer.remaining(slices), 7 * minute);
        timer.toggle(slices); // resumes
        QVERIFY(timer.isRunning(slices));
        clock.now += 1 * minute;
        QCOMPARE(timer.remaining(slices), 6 * minute);
        timer.toggle(slices);
        QVERIFY(!timer.running());
        QCOMPARE(changed.count(), 4);
    }

    void resetGoesBackToThePlan() {
        FakeClock clock;
        TimeboxTimer timer(clock.function());
        const AgendaStep slices = AgendaStep::Slices;
        timer.setTimeboxes(shortBoxes());
        timer.start(slices);
        clock.now += 4 * minute;
        timer.extend(slices);
        timer.reset(slices);
        QVERIFY(!timer.running());
        QCOMPARE(timer.duration(slices), 10 * minute); // the extension goes with the reset
        QCOMPARE(timer.remaining(slices), 10 * minute);
        QVERIFY(!timer.hasStarted(slices));
        clock.now += 1 * minute;
        QCOMPARE(timer.remaining(slices), 10 * minute);
    }

    void extendAddsFiveMinutes() {
        FakeClock clock;
        TimeboxTimer timer(clock.function());
        const AgendaStep slices = AgendaStep::Slices;
        timer.setTimeboxes(shortBoxes());
        timer.start(slices);
        clock.now += 9 * minute;
        timer.extend(slices);
        QCOMPARE(timer.duration(slices), 15 * minute);
        QCOMPARE(timer.remaining(slices), 6 * minute);
        timer.extend(slices, 2 * minute);
        QCOMPARE(timer.remaining(slices), 8 * minute);
    }

    void overtimeCountsOnAfterZero() {
        FakeClock clock;
        TimeboxTimer timer(clock.function());
        const AgendaStep slices = AgendaStep::Slices;
        timer.setTimeboxes(shortBoxes());
        timer.start(slices);
        clock.now += 10 * minute;
        QVERIFY(!timer.isOvertime(slices));
        QCOMPARE(TimeboxTimer::format(timer.remaining(slices)), u"00:00"_s);
        clock.now += 1 * minute + 23 * second;
        QVERIFY(timer.isOvertime(slices));
        QCOMPARE(timer.remaining(slices), -(1 * minute + 23 * second));
        QCOMPARE(TimeboxTimer::format(timer.remaining(slices)), u"+01:23"_s);
    }

    void formatsWholeSecondsAndHours() {
        QCOMPARE(TimeboxTimer::format(45 * minute), u"45:00"_s);
        QCOMPARE(TimeboxTimer::format(1), u"00:01"_s); // a part second left shows as one
        QCOMPARE(TimeboxTimer::format(59 * second + 1), u"01:00"_s);
        QCOMPARE(TimeboxTimer::format(65 * minute), u"1:05:00"_s);
        QCOMPARE(TimeboxTimer::format(-999), u"+00:00"_s);
        QCOMPARE(TimeboxTimer::format(-(61 * minute + 1 * second)), u"+1:01:01"_s);
    }

    void expiresExactlyOnce() {
        FakeClock clock;
        TimeboxTimer timer(clock.function());
        const AgendaStep slices = AgendaStep::Slices;
        timer.setTimeboxes(shortBoxes());
        QSignalSpy expired(&timer, &TimeboxTimer::expired);
        timer.start(slices);
        clock.now += 9 * minute + 59 * second;
        timer.poll();
        QCOMPARE(expired.count(), 0);
        clock.now += 1 * second;
        timer.poll();
        QCOMPARE(expired.count(), 1);
        QVERIFY(expired.first().first().value<AgendaStep>() == AgendaStep::Slices);
        for (int i = 0; i < 5; ++i) {
            clock.now += 10 * second;
            timer.poll();
        }
        timer.pause();
        timer.start(slices);
        timer.poll();
        QCOMPARE(expired.count(), 1);
        // Extended past the clock it may run out again; a reset too.
        timer.extend(slices); // 10:50 used of 15:00
        timer.poll();
        QCOMPARE(expired.count(), 1);
        clock.now += 4 * minute + 10 * second;
        timer.poll();
        QCOMPARE(expired.count(), 2);
        timer.reset(slices);
        timer.start(slices);
        clock.now += 10 * minute;
        timer.poll();
        QCOMPARE(expired.count(), 3);
    }

    void pausedTimerDoesNotExpire() {
        FakeClock clock;
        TimeboxTimer timer(clock.function());
        const AgendaStep slices = AgendaStep::Slices;
        timer.setTimeboxes(shortBoxes());
        QSignalSpy expired(&timer, &TimeboxTimer::expired);
        timer.start(slices);
        clock.now += 5 * minute;
        timer.pause();
        clock.now += 60 * minute;
        timer.poll();
        QCOMPARE(expired.count(), 0);
    }

    void switchingStepsKeepsEachStepsTime() {
        FakeClock clock;
        TimeboxTimer timer(clock.function());
        const AgendaStep slices = AgendaStep::Slices;
        const AgendaStep outcomes = AgendaStep::Outcomes;
        timer.setTimeboxes(shortBoxes());
        timer.start(slices);
        clock.now += 4 * minute;
        timer.start(outcomes); // pauses Slices
        QVERIFY(timer.running() == outcomes);
        QVERIFY(timer.activeStep() == outcomes);
        QCOMPARE(timer.remaining(outcomes), 2 * minute);
        QCOMPARE(timer.remaining(slices), 6 * minute);
        clock.now += 3 * minute;
        QCOMPARE(timer.remaining(outcomes), -1 * minute);
        QCOMPARE(timer.remaining(slices), 6 * minute); // not running
        QSignalSpy expired(&timer, &TimeboxTimer::expired);
        timer.poll();
        QCOMPARE(expired.count(), 1);
        QVERIFY(expired.first().first().value<AgendaStep>() == outcomes);
        timer.toggle(slices); // back to Slices, where it stopped
        QVERIFY(timer.running() == slices);
        QCOMPARE(timer.remaining(slices), 6 * minute);
        QCOMPARE(timer.remaining(outcomes), -1 * minute);
        QVERIFY(timer.hasStarted(outcomes));
        QVERIFY(!timer.hasStarted(AgendaStep::Timeline));
        timer.reset(slices);
        QVERIFY(!timer.running());
        QVERIFY(!timer.activeStep());
        QVERIFY(!timer.hasStarted(slices));
        QCOMPARE(timer.remaining(outcomes), -1 * minute); // other steps keep their time
    }

    void newTimeboxesKeepTheTimeUsed() {
        FakeClock clock;
        TimeboxTimer timer(clock.function());
        const AgendaStep slices = AgendaStep::Slices;
        timer.setTimeboxes(shortBoxes());
        QSignalSpy expired(&timer, &TimeboxTimer::expired);
        timer.start(slices);
        clock.now += 12 * minute;
        timer.poll();
        QCOMPARE(expired.count(), 1);
        sb::Timeboxes longer = shortBoxes();
        longer[AgendaStep::Slices] = 15 * 60;
        timer.setTimeboxes(longer);
        QVERIFY(timer.isRunning(slices));
        QCOMPARE(timer.remaining(slices), 3 * minute);
        clock.now += 3 * minute;
        timer.poll();
        QCOMPARE(expired.count(), 2);
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestTimebox)
} // namespace tst_timebox
#include "tst_timebox.moc"
