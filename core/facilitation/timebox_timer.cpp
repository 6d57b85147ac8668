#include "timebox_timer.h"

#include <QElapsedTimer>
#include <cmath>

namespace sb {

TimeboxTimer::Clock TimeboxTimer::steadyClock() {
    return [] {
        static const QElapsedTimer clock = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return clock.elapsed();
    };
}

TimeboxTimer::TimeboxTimer(Clock now, QObject* parent)
    : QObject(parent)
    , m_now(std::move(now)) {}

size_t TimeboxTimer::index(AgendaStep step) {
    // Bounds-checked: GCC cannot tell that the enum stays within the array.
    return std::min(static_cast<size_t>(step), static_cast<size_t>(agendaStepCount - 1));
}

void TimeboxTimer::setTimeboxes(const Timeboxes& timeboxes) {
    if (timeboxes == m_timeboxes)
        return;
    m_timeboxes = timeboxes;
    for (int i = 0; i < agendaStepCount; ++i)
        rearm(static_cast<AgendaStep>(i));
    emit changed();
}

void TimeboxTimer::start(AgendaStep step) {
    if (m_running == step)
        return;
    stopRunning();
    m_running = step;
    m_active = step;
    m_runningSince = m_now();
    emit changed();
}

void TimeboxTimer::pause() {
    if (!m_running)
        return;
    stopRunning();
    emit changed();
}

void TimeboxTimer::toggle(AgendaStep step) {
    if (m_running == step)
        pause();
    else
        start(step);
}

void TimeboxTimer::reset(AgendaStep step) {
    if (m_running == step)
        m_running.reset();
    if (m_active == step)
        m_active.reset();
    clock(step) = {};
    emit changed();
}

void TimeboxTimer::extend(AgendaStep step, qint64 msecs) {
    clock(step).extension += msecs;
    rearm(step);
    emit changed();
}

std::optional<AgendaStep> TimeboxTimer::running() const {
    return m_running;
}

qint64 TimeboxTimer::duration(AgendaStep step) const {
    const double planned = std::max(0.0, m_timeboxes.seconds[index(step)]);
    return std::llround(planned * 1000) + clock(step).extension;
}

qint64 TimeboxTimer::elapsed(AgendaStep step) const {
    qint64 used = clock(step).used;
    if (m_running == step)
        used += m_now() - m_runningSince;
    return used;
}

bool TimeboxTimer::hasStarted(AgendaStep step) const {
    return m_running == step || m_active == step || clock(step).used > 0;
}

void TimeboxTimer::poll() {
    if (!m_running)
        return;
    StepClock& c = clock(*m_running);
    if (c.expiredSignalled || remaining(*m_running) > 0)
        return;
    c.expiredSignalled = true;
    emit expired(*m_running);
}

QString TimeboxTimer::format(qint64 remainingMsecs) {
    // Whole seconds, rounded so the display reaches 00:00 exactly when the time is up.
    const bool over = remainingMsecs < 0;
    const qint64 seconds = over ? -remainingMsecs / 1000 : (remainingMsecs + 999) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    const auto two = [](qint64 v) { return QString::number(v).rightJustified(2, u'0'); };
    const QString text =
        h > 0 ? QString::number(h) + u':' + two(m) + u':' + two(s) : two(m) + u':' + two(s);
    return over ? u'+' + text : text;
}

void TimeboxTimer::stopRunning() {
    if (!m_running)
        return;
    clock(*m_running).used += m_now() - m_runningSince;
    m_running.reset();
}

// A step with time left again may expire again.
void TimeboxTimer::rearm(AgendaStep step) {
    if (remaining(step) > 0)
        clock(step).expiredSignalled = false;
}

} // namespace sb
