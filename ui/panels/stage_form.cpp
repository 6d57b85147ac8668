#include "stage_form.h"

#include "commands/work_item_import.h"
#include "duration_field.h"
#include "field_widgets.h"
#include "metrics/flow_measures.h"
#include "model/duration.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

StageForm::StageForm(Document* document, MapUid map, const Id& stage, QWidget* parent)
    : ElementForm(document, map, parent)
    , m_id(stage) {
    m_name = addLineField(rows(), tr("&Name"));
    m_owner = addCombo(rows(), tr("&Owner team"));
    m_step = addCombo(rows(), tr("Journey &step"));
    m_stream = new QLabel(this);
    m_stream->setTextFormat(Qt::PlainText);
    m_stream->setWordWrap(true);
    rows()->addRow(tr("Stream"), m_stream);
    m_processTime = new DurationField(this);
    m_processTime->setToolTip(tr("Time actually spent working on an item"));
    routeUndoKeys(m_processTime->lineEdit(), document);
    rows()->addRow(tr("&Process time"), m_processTime);
    m_leadTime = new DurationField(this);
    m_leadTime->setToolTip(tr("Elapsed time from arrival to handing on, process time included"));
    routeUndoKeys(m_leadTime->lineEdit(), document);
    rows()->addRow(tr("&Lead time"), m_leadTime);
    m_wait = new QLabel(this);
    m_wait->setWordWrap(true);
    m_wait->setTextFormat(Qt::PlainText);
    rows()->addRow(tr("Wait time"), m_wait);
    m_pctCA = new QSpinBox(this);
    m_pctCA->setRange(0, 100);
    m_pctCA->setSuffix(tr(" %"));
    m_pctCA->setKeyboardTracking(false);
    m_pctCA->setToolTip(tr("Percent complete and accurate: work the next stage can use as is"));
    rows()->addRow(tr("%&C&&A"), m_pctCA);
    m_measured = new QLabel(this);
    m_measured->setWordWrap(true);
    m_measured->setTextFormat(Qt::PlainText);
    m_useMeasured = new QPushButton(tr("Use measured time"), this);
    m_useMeasured->setToolTip(tr("Set the lead time to the median time the stream's work items "
                                 "spent in this stage's state"));
    auto* measuredRow = new QWidget(this);
    auto* measuredLayout = new QVBoxLayout(measuredRow);
    measuredLayout->setContentsMargins(0, 0, 0, 0);
    measuredLayout->addWidget(m_measured);
    measuredLayout->addWidget(m_useMeasured, 0, Qt::AlignLeft);
    rows()->addRow(tr("Measured"), measuredRow);
    connect(m_useMeasured, &QPushButton::clicked, this, [this] {
        if (m_measuredSeconds)
            push(useMeasuredLeadTime(this->document(), mapUid(), m_id, *m_measuredSeconds));
    });

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        change<Stage>(m_id, u"name"_s, [&](Stage& s) { s.name = text; });
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        change<Stage>(m_id, u"owner"_s, [&](Stage& s) { s.owner = currentId(m_owner); });
    });
    connect(m_step, &QComboBox::activated, this, [this] {
        change<Stage>(m_id, u"step"_s, [&](Stage& s) { s.step = currentId(m_step); });
    });
    connect(m_processTime, &DurationField::committed, this, [this](double seconds) {
        change<Stage>(m_id, u"processTime"_s, [&](Stage& s) { s.processTime = seconds; });
    });
    connect(m_leadTime, &DurationField::committed, this, [this](double seconds) {
        change<Stage>(m_id, u"leadTime"_s, [&](Stage& s) { s.leadTime = seconds; });
    });
    connect(m_pctCA, &QSpinBox::valueChanged, this,
            [this](int pct) { change<Stage>(m_id, u"pctCA"_s, [&](Stage& s) { s.pctCA = pct; }); });
    refresh();
}

void StageForm::refresh() {
    const Map* m = map();
    const Stage* stage = m ? m->find<Stage>(m_id) : nullptr;
    if (!stage)
        return;
    const double dayHours = m->info.settings.workingDayHours;
    showText(m_name, stage->name);
    showChoices(m_owner, teamChoices(*m, tr("No owner")), stage->owner);
    QList<Choice> steps = {{Id(), tr("No step")}};
    for (const Step& s : m->steps)
        steps.append({s.id, s.name});
    showChoices(m_step, steps, stage->step);
    m_stream->setText(m->nameOf(stage->stream));
    m_processTime->showSeconds(stage->processTime, dayHours);
    m_leadTime->showSeconds(stage->leadTime, dayHours);
    const double wait = stage->leadTime - stage->processTime;
    if (wait < 0) {
        m_wait->setText(tr("Lead time is shorter than process time by %1")
                            .arg(duration::format(-wait, dayHours)));
        m_wait->setStyleSheet(u"color: #b3261e;"_s);
    } else {
        m_wait->setText(duration::format(wait, dayHours));
        m_wait->setStyleSheet(QString());
    }
    showValue(m_pctCA, qRound(stage->pctCA));
    refreshMeasured(*m, *stage);
}

void StageForm::refreshMeasured(const Map& m, const Stage& stage) {
    m_measuredSeconds.reset();
    const Stream* stream = m.find<Stream>(stage.stream);
    const std::optional<FlowMeasures> measures = stream ? measureStream(*stream) : std::nullopt;
    const StageMeasure* mine = nullptr;
    if (measures)
        for (const StageMeasure& s : measures->stages)
            if (s.stage == stage.id)
                mine = &s;
    if (!mine) {
        m_measured->setText(tr("No work items are mapped to this stage (Stream → Import work "
                               "items…)"));
    } else if (!mine->medianDays) {
        m_measured->setText(
            tr("No item done from %1 to %2 passed through “%3”")
                .arg(QLocale().toString(measures->period.from, QLocale::ShortFormat),
                     QLocale().toString(measures->period.to, QLocale::ShortFormat), mine->state));
    } else {
        // A measured day counts as a day of the map, as the room speaks of days.
        const double dayHours = m.info.settings.workingDayHours;
        m_measuredSeconds = *mine->medianDays * dayHours * 3600;
        m_measured->setText(
            tr("“%1”, %2 to %3: median %4, 85th percentile %5")
                .arg(mine->state, QLocale().toString(measures->period.from, QLocale::ShortFormat),
                     QLocale().toString(measures->period.to, QLocale::ShortFormat),
                     duration::format(*m_measuredSeconds, dayHours),
                     duration::format(*mine->p85Days * dayHours * 3600, dayHours)));
    }
    m_useMeasured->setEnabled(m_measuredSeconds && *m_measuredSeconds != stage.leadTime);
}

void StageForm::focusMainField() {
    selectAllAndFocus(m_name);
}

} // namespace sb::panels
