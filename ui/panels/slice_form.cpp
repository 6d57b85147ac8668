#include "slice_form.h"

#include "field_widgets.h"

#include <QFormLayout>
#include <QLineEdit>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

SliceForm::SliceForm(Document* document, MapUid map, const Id& slice, QWidget* parent)
    : ElementForm(document, map, parent)
    , m_id(slice) {
    m_name = addLineField(rows(), tr("&Name"));
    m_name->setPlaceholderText(tr("Customer segment, persona or job"));
    m_outcome = addTextField(rows(), tr("&Outcome"), 3);
    m_outcome->setPlaceholderText(tr("We win when … happens for …"));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        change<Slice>(m_id, u"name"_s, [&](Slice& s) { s.name = text; });
    });
    connect(m_outcome, &TextArea::edited, this, [this](const QString& text) {
        change<Slice>(m_id, u"outcome"_s, [&](Slice& s) { s.outcome = text; });
    });
    refresh();
}

void SliceForm::refresh() {
    const Map* m = map();
    const Slice* slice = m ? m->find<Slice>(m_id) : nullptr;
    if (!slice)
        return;
    showText(m_name, slice->name);
    m_outcome->showText(slice->outcome);
}

void SliceForm::focusMainField() {
    selectAllAndFocus(m_name);
}

} // namespace sb::panels
