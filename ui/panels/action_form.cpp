#include "action_form.h"

#include "field_widgets.h"
#include "labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

ActionForm::ActionForm(Document* document, MapUid map, const Id& action, QWidget* parent)
    : ElementForm(document, map, parent)
    , m_id(action) {
    m_title = addLineField(rows(), tr("&Title"));
    m_owner = addCombo(rows(), tr("&Owner team"));
    m_status = addCombo(rows(), tr("&Status"));
    for (ActionStatus s : {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done,
                           ActionStatus::Dropped})
        addEnumItem(m_status, s, actionStatusLabel(s));

    auto* dueRow = new QWidget(this);
    auto* dueLayout = new QHBoxLayout(dueRow);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    m_hasDue = new QCheckBox(tr("By"), dueRow);
    m_due = new QDateEdit(dueRow);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    dueLayout->addWidget(m_hasDue);
    dueLayout->addWidget(m_due, 1);
    rows()->addRow(tr("&Due"), dueRow);

    m_note = addTextField(rows(), tr("&Notes"), 3);
    m_links = addNameLabel(rows(), tr("About"));
    m_findings = addNameLabel(rows(), tr("Answers"));

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        change<Action>(m_id, u"title"_s, [&](Action& a) { a.title = text; });
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        change<Action>(m_id, u"owner"_s, [&](Action& a) { a.owner = currentId(m_owner); });
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        change<Action>(m_id, u"status"_s,
                       [&](Action& a) { a.status = enumValue<ActionStatus>(m_status); });
    });
    connect(m_hasDue, &QCheckBox::clicked, this, [this](bool checked) {
        change<Action>(m_id, u"due"_s, [&](Action& a) {
            a.due = checked ? QDate::currentDate().addDays(14) : QDate();
        });
    });
    connect(m_due, &QDateEdit::userDateChanged, this, [this](QDate date) {
        change<Action>(m_id, u"due"_s, [&](Action& a) { a.due = date; });
    });
    connect(m_note, &TextArea::edited, this, [this](const QString& text) {
        change<Action>(m_id, u"note"_s, [&](Action& a) { a.note = text; });
    });
    refresh();
}

void ActionForm::refresh() {
    const Map* m = map();
    const Action* action = m ? m->find<Action>(m_id) : nullptr;
    if (!action)
        return;
    showText(m_title, action->title);
    showChoices(m_owner, teamChoices(*m, tr("No owner")), action->owner);
    showEnumValue(m_status, static_cast<int>(action->status));
    showValue(m_hasDue, action->due.isValid());
    m_due->setEnabled(action->due.isValid());
    {
        const QSignalBlocker blocker(m_due);
        m_due->setDate(action->due.isValid() ? action->due : QDate::currentDate());
    }
    m_note->showText(action->note);
    QStringList names;
    for (const Id& id : action->links)
        names.append(m->nameOf(id));
    m_links->setText(names.isEmpty() ? tr("Nothing linked") : names.join(u", "_s));
    const qsizetype answered = action->findings.size();
    m_findings->setText(answered == 0   ? tr("No finding")
                        : answered == 1 ? tr("1 finding")
                                        : tr("%1 findings").arg(answered));
}

void ActionForm::focusMainField() {
    selectAllAndFocus(m_title);
}

} // namespace sb::panels
