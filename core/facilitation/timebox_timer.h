#pragma once

#include "model/elements.h"

#include <QObject>
#include <array>
#include <functional>
#include <optional>

namespace sb {

// The room's clock for the agenda: one timer per agenda step, at most one running. Each step
// keeps the time it has used, so going back to a step carries on where it stopped; starting a
// step pauses the one that ran. Extensions (+5 min) last until the step is reset; they are not
// written to the map, whose timeboxes are the plan.
//
// Time comes from a clock function (milliseconds, monotonic), so tests can drive it. Nothing
// ticks by itself: whoever shows the time calls poll() now and then, which emits expired once
// when the running step's time is up.
class TimeboxTimer : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;
    static Clock steadyClock();

    explicit TimeboxTimer(Clock now = steadyClock(), QObject* parent = nullptr);

    // The planned durations, e.g. from MapInfo::timeboxes; the time used is kept.
    void setTimeboxes(const Timeboxes& timeboxes);
    const Timeboxes& timeboxes() const { return m_timeboxes; }

    void start(AgendaStep step);  // pauses the step that runs, if another
    void pause();                 // the running step, if any
    void toggle(AgendaStep step); // pauses it when it runs, else starts it
    void reset(AgendaStep step);  // back to its planned duration, stopped, no extension
    void extend(AgendaStep step, qint64 msecs = 5 * 60 * 1000);

    std::optional<AgendaStep> running() const;
    bool isRunning(AgendaStep step) const { return running() == step; }
    // The step last started, running or paused since; nullopt before any start or after its
    // reset. The one the status bar shows.
    std::optional<AgendaStep> activeStep() const { return m_active; }

    // Per step, in milliseconds. Remaining is negative in overtime.
    qint64 duration(AgendaStep step) const; // planned plus extensions
    qint64 elapsed(AgendaStep step) const;
    qint64 remaining(AgendaStep step) const { return duration(step) - elapsed(step); }
    bool isOvertime(AgendaStep step) const { return remaining(step) < 0; }
    bool hasStarted(AgendaStep step) const; // ran since its last reset

    // Checks the running step against the clock: emits expired when its time has just run out.
    void poll();

    // "12:34", or "+01:23" in overtime; hours when needed ("1:05:00").
    static QString format(qint64 remainingMsecs);

signals:
    // The step's time ran out: once until it is reset or extended past the clock again.
    void expired(sb::AgendaStep step);
    // Started, paused, reset, extended, or new timeboxes.
    void changed();

private:
    struct StepClock {
        qint64 used = 0;      // before the running stretch, if any
        qint64 extension = 0; // added with extend()
        bool expiredSignalled = false;
    };
    StepClock& clock(AgendaStep step) { return m_clocks[index(step)]; }
    const StepClock& clock(AgendaStep step) const { return m_clocks[index(step)]; }
    static size_t index(AgendaStep step);
    void stopRunning();
    void rearm(AgendaStep step);

    Clock m_now;
    Timeboxes m_timeboxes;
    std::array<StepClock, agendaStepCount> m_clocks{};
    std::optional<AgendaStep> m_running;
    std::optional<AgendaStep> m_active;
    qint64 m_runningSince = 0;
};

} // namespace sb
