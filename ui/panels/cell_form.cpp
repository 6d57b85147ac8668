#include "cell_form.h"

#include "commands/commands.h"
#include "field_widgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

std::optional<std::pair<Id, Id>> cellPlace(const Map& map, const QString& key) {
    for (const Slice& slice : map.slices)
        for (const Step& step : map.steps)
            if (cellKey(slice.id, step.id) == key)
                return std::pair{slice.id, step.id};
    return std::nullopt;
}

CellForm::CellForm(Document* document, MapUid map, const Id& slice, const Id& step, QWidget* parent)
    : ElementForm(document, map, parent)
    , m_slice(slice)
    , m_step(step)
    , m_place(new QLabel(this)) {
    m_place->setWordWrap(true);
    m_place->setTextFormat(Qt::PlainText);
    rows()->addRow(tr("Where"), m_place);
    m_intent = addTextField(rows(), tr("&Intent"), 2);
    m_intent->setPlaceholderText(tr("What the customer is trying to do"));
    m_value = addTextField(rows(), tr("&Value delivered"), 2);
    m_value->setPlaceholderText(tr("What they tangibly get"));
    m_outcome = addTextField(rows(), tr("&Outcome"), 2);
    m_outcome->setPlaceholderText(tr("How you know the step worked"));
    m_metric = addLineField(rows(), tr("&Metric"));
    m_metric->setPlaceholderText(tr("The single measure you track"));
    m_divergent = new QCheckBox(tr("&Divergent: the path truly forks here"), this);
    rows()->addRow(QString(), m_divergent);

    connect(m_intent, &TextArea::edited, this,
            [this](const QString& text) { edit(u"intent"_s, [&](Cell& c) { c.intent = text; }); });
    connect(m_value, &TextArea::edited, this,
            [this](const QString& text) { edit(u"value"_s, [&](Cell& c) { c.value = text; }); });
    connect(m_outcome, &TextArea::edited, this, [this](const QString& text) {
        edit(u"outcome"_s, [&](Cell& c) { c.outcome = text; });
    });
    connect(m_metric, &QLineEdit::textEdited, this,
            [this](const QString& text) { edit(u"metric"_s, [&](Cell& c) { c.metric = text; }); });
    connect(m_divergent, &QCheckBox::toggled, this,
            [this](bool on) { edit(u"divergent"_s, [&](Cell& c) { c.divergent = on; }); });
    refresh();
}

template <class Edit> void CellForm::edit(const QString& field, Edit edit) {
    const Map* m = map();
    if (!m)
        return;
    if (const Cell* stored = m->find<Cell>(cellKey(m_slice, m_step))) {
        Cell changed = *stored;
        edit(changed);
        push(commands::changeElement(document(), mapUid(), changed, field));
        return;
    }
    Cell created{m_slice, m_step, {}, {}, {}, {}, false};
    edit(created);
    push(commands::addElementForField(document(), mapUid(), created, field));
}

void CellForm::refresh() {
    const Map* m = map();
    if (!m)
        return;
    const Cell* stored = m->find<Cell>(cellKey(m_slice, m_step));
    const Cell cell = stored ? *stored : Cell{m_slice, m_step, {}, {}, {}, {}, false};
    m_place->setText(tr("%1 at %2").arg(m->nameOf(m_slice), m->nameOf(m_step)));
    m_intent->showText(cell.intent);
    m_value->showText(cell.value);
    m_outcome->showText(cell.outcome);
    showText(m_metric, cell.metric);
    showValue(m_divergent, cell.divergent);
}

void CellForm::focusMainField() {
    selectAllAndFocus(m_intent);
}

} // namespace sb::panels
