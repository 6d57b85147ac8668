// The agenda dock, the timeboxes and presentation mode.
#include "canvas/canvas_view.h"
#include "canvas/map_scene.h"
#include "facilitation/agenda_steps.h"
#include "facilitation/timebox_timer.h"
#include "find_bar.h"
#include "main_window.h"
#include "panels/agenda_panel.h"
#include "panels/analysis_watcher.h"
#include "panels/inspector_panel.h"
#include "panels/wheel_guard.h"
#include "presentation_bar.h"
#include "presentation_mode.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

// How far presentation mode zooms in on what a step or stream is about: text at 150%.
constexpr qreal presentationZoom = 1.5;

// The steps that are about the grid, hidden with it.
bool aboutTheGrid(AgendaStep step) {
    return step == AgendaStep::Slices || step == AgendaStep::Outcomes || step == AgendaStep::Grid ||
           step == AgendaStep::Divergences;
}

} // namespace

void MainWindow::createAgenda() {
    m_timebox = new TimeboxTimer(TimeboxTimer::steadyClock(), this);
    m_agenda = new panels::AgendaPanel(this);
    m_agenda->setWatcher(m_analysis);
    m_agenda->setTimer(m_timebox);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_agenda);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    new panels::WheelGuard(scroll); // the timebox minutes
    auto* dock = new QDockWidget(tr("Agenda"), this);
    dock->setObjectName(u"agendaDock"_s);
    dock->setWidget(scroll);
    dock->setMinimumWidth(300);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    // The first of the left-hand tabs, before Teams and Legend: the room's guide through the
    // workshop, with the full height of the window for its steps and the current step's details.
    auto* teams = findChild<QDockWidget*>(u"teamsDock"_s);
    auto* legend = findChild<QDockWidget*>(u"legendDock"_s);
    tabifyDockWidget(dock, teams);
    tabifyDockWidget(teams, legend);
    dock->raise();
    m_viewMenu->addAction(dock->toggleViewAction());

    m_timerStatus = new QLabel(this);
    m_timerStatus->setObjectName(u"timerStatus"_s);
    m_timerStatus->hide();
    statusBar()->insertPermanentWidget(0, m_timerStatus);
    m_timerTick = new QTimer(this);
    m_timerTick->setInterval(250);
    connect(m_timerTick, &QTimer::timeout, this, [this, ticks = 0]() mutable {
        if (++ticks % 2 == 0)
            m_flashOn = !m_flashOn;
        m_timebox->poll();
        updateTimerDisplays();
    });
    connect(m_timebox, &TimeboxTimer::changed, this, [this] {
        if (m_timebox->running())
            m_timerTick->start();
        else
            m_timerTick->stop();
        updateTimerDisplays();
    });
    connect(m_timebox, &TimeboxTimer::expired, this, &MainWindow::timeboxExpired);
    connect(m_agenda, &panels::AgendaPanel::stepActivated, this, &MainWindow::showAgendaStep);
    connect(m_agenda, &panels::AgendaPanel::currentStepChanged, this,
            &MainWindow::updateTimerDisplays);
    connect(m_analysis, &panels::AnalysisWatcher::analyzed, this,
            &MainWindow::updatePresentationBar);

    m_viewMenu->addSeparator();
    QAction* toggle = addAction(m_viewMenu, u"timerStartPause"_s, tr("Start or pause the &timer"),
                                QKeySequence(Qt::Key_F6), nullptr);
    connect(toggle, &QAction::triggered, this,
            [this] { m_timebox->toggle(m_agenda->currentStep()); });
    QAction* extend = addAction(m_viewMenu, u"timerExtend"_s, tr("Five more &minutes"),
                                QKeySequence(Qt::Key_F7), nullptr);
    connect(extend, &QAction::triggered, this,
            [this] { m_timebox->extend(m_agenda->currentStep()); });
    // Reachable while the menu bar is hidden in presentation mode.
    QWidget::addAction(toggle);
    QWidget::addAction(extend);
}

void MainWindow::createPresentation() {
    m_presentation = new PresentationMode(this, m_view, m_presentationBar, {m_tabs, m_findBar});
    QAction* present = addAction(m_viewMenu, u"presentationMode"_s, tr("&Presentation mode"),
                                 QKeySequence(Qt::Key_F5), nullptr);
    present->setCheckable(true);
    connect(present, &QAction::toggled, this, &MainWindow::setPresenting);
    QWidget::addAction(present);
    connect(m_presentation, &PresentationMode::activeChanged, this, [this, present](bool on) {
        present->setChecked(on);
        if (!on)
            return;
        updatePresentationBar();
        // Once the window is full screen, show the current step.
        QTimer::singleShot(0, this, [this] {
            if (isPresenting())
                showAgendaStep(m_agenda->currentStep());
        });
    });
    connect(m_presentation, &PresentationMode::stepRequested, this, &MainWindow::moveAgendaStep);
    connect(m_presentation, &PresentationMode::streamRequested, this, &MainWindow::moveStream);
}

bool MainWindow::isPresenting() const {
    return m_presentation && m_presentation->isActive();
}

void MainWindow::setPresenting(bool on) {
    if (on)
        m_presentation->enter();
    else
        m_presentation->leave();
}

void MainWindow::showAgendaStep(AgendaStep step) {
    canvas::MapScene* scene = currentScene();
    if (!scene)
        return;
    if (aboutTheGrid(step) && !m_actions[u"showGrid"_s]->isChecked())
        m_actions[u"showGrid"_s]->trigger();
    const AgendaItem item = m_agenda->item(step);
    QList<commands::ElementRef> focus;
    for (const AgendaFocus& f : item.focus)
        focus.append({f.kind, f.key});
    scene->selectElements(focus);
    if (isPresenting()) {
        if (focus.isEmpty())
            m_view->zoomToFit();
        else
            m_view->frame(focus, presentationZoom);
        updatePresentationBar();
        return;
    }
    if (focus.isEmpty())
        return;
    m_view->centreOn(focus);
    const auto raise = [this](const QString& name) {
        if (auto* dock = findChild<QDockWidget*>(name)) {
            dock->show();
            dock->raise();
        }
    };
    if (step == AgendaStep::Staffing && focus.first().kind != ElementKind::Stream) {
        // What is left is staffing findings (the teams are a tab next to the agenda).
        raise(u"findingsDock"_s);
        return;
    }
    m_inspector->showElement(focus.first());
    raise(u"inspectorDock"_s);
}

void MainWindow::moveAgendaStep(int delta) {
    const int step =
        std::clamp(static_cast<int>(m_agenda->currentStep()) + delta, 0, agendaStepCount - 1);
    m_agenda->setCurrentStep(static_cast<AgendaStep>(step));
    showAgendaStep(static_cast<AgendaStep>(step));
}

void MainWindow::moveStream(int delta) {
    canvas::MapScene* scene = currentScene();
    if (!scene || scene->layout().laneOrder.isEmpty())
        return;
    const QList<Id>& lanes = scene->layout().laneOrder;
    const qsizetype at = lanes.indexOf(m_presentedStream);
    const qsizetype next = at < 0 ? (delta > 0 ? 0 : lanes.size() - 1)
                                  : std::clamp<qsizetype>(at + delta, 0, lanes.size() - 1);
    m_presentedStream = lanes[next];
    scene->selectElements({{ElementKind::Stream, m_presentedStream}});
    if (isPresenting())
        m_view->frameRect(scene->layout().lanes.value(m_presentedStream), presentationZoom);
    else
        m_view->centreOn({{ElementKind::Stream, m_presentedStream}});
}

void MainWindow::timeboxExpired(AgendaStep step) {
    QApplication::beep();
    m_flashOn = true;
    statusBar()->showMessage(tr("Time is up for “%1”.").arg(agendaTitle(step)), 10000);
    updateTimerDisplays();
}

void MainWindow::updateTimerDisplays() {
    m_agenda->updateTimers();
    updatePresentationBar();
    const std::optional<AgendaStep> active = m_timebox->activeStep();
    m_timerStatus->setVisible(active.has_value());
    if (!active)
        return;
    const bool over = m_timebox->isOvertime(*active);
    const bool running = m_timebox->isRunning(*active);
    QString text =
        tr("%1. %2: %3")
            .arg(static_cast<int>(*active) + 1)
            .arg(agendaTitle(*active), TimeboxTimer::format(m_timebox->remaining(*active)));
    if (!running)
        text += u' ' + tr("(paused)");
    m_timerStatus->setText(text);
    m_timerStatus->setToolTip(over ? tr("Over time: the timebox of this step has run out")
                                   : tr("Time left in this agenda step (F6 starts or pauses)"));
    const bool red = over && (m_flashOn || !running);
    m_timerStatus->setStyleSheet(
        red ? u"QLabel { background: #c62828; color: white; font-weight: bold; padding: 0 6px; }"_s
        : over ? u"QLabel { color: #c62828; font-weight: bold; padding: 0 6px; }"_s
               : u"QLabel { font-weight: bold; padding: 0 6px; }"_s);
}

void MainWindow::updatePresentationBar() {
    if (!isPresenting())
        return;
    const AgendaStep step = m_agenda->currentStep();
    const AgendaItem item = m_agenda->item(step);
    m_presentationBar->setStep(static_cast<int>(step) + 1, agendaStepCount, agendaTitle(step),
                               item.progress, item.done);
    m_presentationBar->setTimer(TimeboxTimer::format(m_timebox->remaining(step)),
                                m_timebox->isRunning(step), m_timebox->hasStarted(step),
                                m_timebox->isOvertime(step), m_flashOn);
}

} // namespace sb
