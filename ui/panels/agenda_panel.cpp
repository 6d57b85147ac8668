#include "agenda_panel.h"

#include "agenda_row.h"
#include "analysis_watcher.h"
#include "canvas/canvas_style.h"
#include "commands/commands.h"
#include "facilitation/agenda_steps.h"
#include "facilitation/timebox_timer.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb::panels {

namespace {

QLabel* wrappingLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, canvas::style::mutedInk());
    label->setPalette(p);
    return label;
}

} // namespace

AgendaPanel::AgendaPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_goal(wrappingLabel(this))
    , m_outcome(wrappingLabel(this))
    , m_next(wrappingLabel(this))
    , m_noDivergence(new QCheckBox(tr("No material divergence"), this))
    , m_remaining(new QLabel(this))
    , m_duration(new QSpinBox(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_reset(new QPushButton(tr("Reset"), this))
    , m_extend(new QPushButton(tr("+5 min"), this)) {
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (AgendaStep step : agendaSteps()) {
        auto* row = new AgendaRow(step, this);
        m_rows[static_cast<size_t>(step)] = row;
        layout->addWidget(row);
        connect(row, &AgendaRow::clicked, this, [this](AgendaStep s) {
            setFocus();
            activate(s);
        });
    }

    auto* details = new QWidget(this);
    auto* form = new QVBoxLayout(details);
    form->setContentsMargins(12, 12, 12, 12);
    form->setSpacing(4);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    form->addWidget(m_title);
    form->addSpacing(4);
    form->addWidget(heading(tr("Goal"), details));
    form->addWidget(m_goal);
    form->addSpacing(4);
    form->addWidget(heading(tr("Expected outcome"), details));
    form->addWidget(m_outcome);
    form->addSpacing(4);
    form->addWidget(heading(tr("Next"), details));
    form->addWidget(m_next);
    m_noDivergence->setToolTip(
        tr("The room looked across the slices and found no fork worth a stream of its own"));
    form->addWidget(m_noDivergence);
    connect(m_noDivergence, &QCheckBox::toggled, this, &AgendaPanel::setNoMaterialDivergence);

    form->addSpacing(10);
    form->addWidget(heading(tr("Timebox"), details));
    auto* clock = new QHBoxLayout;
    QFont big = m_remaining->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    big.setStyleHint(QFont::Monospace);
    m_remaining->setFont(big);
    m_remaining->setToolTip(tr("Time left in this step; after the end, the overtime"));
    clock->addWidget(m_remaining, 1);
    m_duration->setRange(1, 480);
    m_duration->setSuffix(tr(" min"));
    m_duration->setKeyboardTracking(false);
    m_duration->setToolTip(tr("How long the room gives this step; stored in the map"));
    m_duration->setAccessibleName(tr("Timebox duration"));
    clock->addWidget(m_duration);
    form->addLayout(clock);
    connect(m_duration, &QSpinBox::valueChanged, this, &AgendaPanel::setDuration);
    auto* buttons = new QHBoxLayout;
    m_start->setToolTip(tr("Start or pause this step's timer (F6)"));
    m_reset->setToolTip(tr("Back to the full timebox"));
    m_extend->setToolTip(tr("Five more minutes for this step, until it is reset"));
    for (QPushButton* b : {m_start, m_reset, m_extend}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    form->addLayout(buttons);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_timer)
            m_timer->toggle(m_current);
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (m_timer)
            m_timer->reset(m_current);
    });
    connect(m_extend, &QPushButton::clicked, this, [this] {
        if (m_timer)
            m_timer->extend(m_current);
    });
    layout->addWidget(details);
    layout->addStretch(1);
    refresh();
}

void AgendaPanel::setWatcher(AnalysisWatcher* watcher) {
    if (watcher == m_watcher)
        return;
    disconnect(m_watcherConnection);
    m_watcher = watcher;
    if (watcher)
        m_watcherConnection =
            connect(watcher, &AnalysisWatcher::analyzed, this, &AgendaPanel::refresh);
    refresh();
}

void AgendaPanel::setTimer(TimeboxTimer* timer) {
    if (m_timer)
        m_timer->disconnect(this);
    m_timer = timer;
    if (timer)
        connect(timer, &TimeboxTimer::changed, this, &AgendaPanel::updateTimers);
    refresh();
}

AgendaItem AgendaPanel::item(AgendaStep step) const {
    return m_items.value(static_cast<qsizetype>(step));
}

AgendaRow* AgendaPanel::row(AgendaStep step) const {
    return m_rows[std::min(static_cast<size_t>(step), m_rows.size() - 1)];
}

void AgendaPanel::setCurrentStep(AgendaStep step) {
    if (step == m_current)
        return;
    m_current = step;
    for (AgendaRow* r : m_rows)
        r->setCurrent(r->step() == step);
    showDetails();
    updateTimers();
    emit currentStepChanged(step);
}

void AgendaPanel::activate(AgendaStep step) {
    setCurrentStep(step);
    emit stepActivated(step);
}

void AgendaPanel::keyPressEvent(QKeyEvent* event) {
    const int current = static_cast<int>(m_current);
    switch (event->key()) {
    case Qt::Key_Up:
        if (current > 0)
            activate(static_cast<AgendaStep>(current - 1));
        event->accept();
        return;
    case Qt::Key_Down:
        if (current + 1 < agendaStepCount)
            activate(static_cast<AgendaStep>(current + 1));
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_current);
        event->accept();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void AgendaPanel::refresh() {
    const Map* map = m_watcher ? m_watcher->map() : nullptr;
    m_items = agendaProgress(map ? *map : Map(), map ? m_watcher->result() : AnalysisResult());
    for (AgendaRow* r : m_rows) {
        r->setItem(m_items[static_cast<qsizetype>(r->step())]);
        r->setCurrent(r->step() == m_current);
    }
    if (m_timer && map)
        m_timer->setTimeboxes(map->info.timeboxes);
    setEnabled(map != nullptr);
    showDetails();
    updateTimers();
}

void AgendaPanel::showDetails() {
    const AgendaItem current = item(m_current);
    m_title->setText(tr("%1. %2").arg(static_cast<int>(m_current) + 1).arg(agendaTitle(m_current)));
    m_goal->setText(agendaGoal(m_current));
    m_outcome->setText(agendaOutcome(m_current));
    m_next->setText(current.done ? tr("Done: %1.").arg(current.progress) : current.next);
    const Map* map = m_watcher ? m_watcher->map() : nullptr;
    const bool writable = map && !m_watcher->document()->isReadOnly();
    m_syncing = true;
    m_noDivergence->setVisible(m_current == AgendaStep::Divergences);
    m_noDivergence->setChecked(map && map->info.noMaterialDivergence);
    m_noDivergence->setEnabled(writable);
    if (map && !m_duration->hasFocus())
        m_duration->setValue(std::max(1, qRound(map->info.timeboxes[m_current] / 60)));
    m_duration->setEnabled(writable);
    m_syncing = false;
}

void AgendaPanel::updateTimers() {
    if (!m_timer) {
        m_remaining->setText(QString());
        return;
    }
    for (AgendaRow* r : m_rows) {
        const AgendaStep step = r->step();
        if (m_timer->hasStarted(step))
            r->setTimerText(TimeboxTimer::format(m_timer->remaining(step)),
                            m_timer->isOvertime(step));
        else
            r->setTimerText({}, false);
    }
    const bool over = m_timer->isOvertime(m_current);
    m_remaining->setText(TimeboxTimer::format(m_timer->remaining(m_current)));
    QPalette p = m_remaining->palette();
    p.setColor(QPalette::WindowText, over ? canvas::style::violation() : canvas::style::ink());
    m_remaining->setPalette(p);
    m_start->setText(m_timer->isRunning(m_current)    ? tr("Pause")
                     : m_timer->hasStarted(m_current) ? tr("Resume")
                                                      : tr("Start"));
}

void AgendaPanel::setNoMaterialDivergence(bool on) {
    const Map* map = m_watcher ? m_watcher->map() : nullptr;
    if (m_syncing || !map || map->info.noMaterialDivergence == on)
        return;
    MapInfo info = map->info;
    info.noMaterialDivergence = on;
    Document* document = m_watcher->document();
    if (auto command = commands::changeMapInfo(document, m_watcher->mapUid(), info))
        document->push(command.release());
}

void AgendaPanel::setDuration(int minutes) {
    const Map* map = m_watcher ? m_watcher->map() : nullptr;
    if (m_syncing || !map)
        return;
    MapInfo info = map->info;
    if (qRound(info.timeboxes[m_current] / 60) == minutes)
        return;
    info.timeboxes[m_current] = minutes * 60.0;
    Document* document = m_watcher->document();
    if (auto command = commands::changeMapInfo(document, m_watcher->mapUid(), info))
        document->push(command.release());
}

} // namespace sb::panels
