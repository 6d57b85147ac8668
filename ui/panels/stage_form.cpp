#include "stage_form.h"

#include "duration_field.h"
#include "field_widgets.h"
#include "model/duration.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
}

void StageForm::focusMainField() {
    selectAllAndFocus(m_name);
}

} // namespace sb::panels
