#pragma once

#include "facilitation/agenda.h"

#include <QPointer>
#include <QWidget>
#include <array>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sb {
class TimeboxTimer;
}

namespace sb::panels {

class AgendaRow;
class AnalysisWatcher;

// The agenda dock: the eight steps of the method with their live progress (recomputed whenever
// the watched map is analyzed again), and for the current step its goal, expected outcome, what
// to do next and its timebox: the time left, start / pause, reset, +5 min and the planned
// duration, which is stored in the map (an undoable command). On the divergences step the room
// can record that there is no material divergence.
//
// Clicking a step (or Enter on it) makes it current and emits stepActivated, for the window to
// show on the canvas what the step is about.
class AgendaPanel : public QWidget {
    Q_OBJECT
public:
    explicit AgendaPanel(QWidget* parent = nullptr);

    // The analysis whose map the agenda describes. Not owned; nullptr shows an empty agenda.
    void setWatcher(AnalysisWatcher* watcher);
    // The timers the controls act on. Not owned.
    void setTimer(TimeboxTimer* timer);

    const QList<AgendaItem>& items() const { return m_items; }
    AgendaItem item(AgendaStep step) const;
    AgendaStep currentStep() const { return m_current; }
    // Makes a step current without emitting stepActivated.
    void setCurrentStep(AgendaStep step);

    AgendaRow* row(AgendaStep step) const;
    QLabel* nextLabel() const { return m_next; }
    QCheckBox* noDivergenceBox() const { return m_noDivergence; }
    QSpinBox* durationField() const { return m_duration; }
    QLabel* remainingLabel() const { return m_remaining; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* extendButton() const { return m_extend; }

    // Shows the timers as they stand now; the window calls it on every tick.
    void updateTimers();

signals:
    // The user picked a step: show what it is about.
    void stepActivated(sb::AgendaStep step);
    void currentStepChanged(sb::AgendaStep step);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refresh();
    void showDetails();
    void activate(AgendaStep step);
    void setNoMaterialDivergence(bool on);
    void setDuration(int minutes);

    QPointer<AnalysisWatcher> m_watcher;
    QMetaObject::Connection m_watcherConnection;
    QPointer<TimeboxTimer> m_timer;
    QList<AgendaItem> m_items;
    AgendaStep m_current = AgendaStep::Slices;
    std::array<AgendaRow*, agendaStepCount> m_rows{};
    QLabel* m_title;
    QLabel* m_goal;
    QLabel* m_outcome;
    QLabel* m_next;
    QCheckBox* m_noDivergence;
    QLabel* m_remaining;
    QSpinBox* m_duration;
    QPushButton* m_start;
    QPushButton* m_reset;
    QPushButton* m_extend;
    bool m_syncing = false;
};

} // namespace sb::panels
