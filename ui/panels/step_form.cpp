#include "step_form.h"

#include "field_widgets.h"

#include <QFormLayout>
#include <QLineEdit>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

StepForm::StepForm(Document* document, MapUid map, const Id& step, QWidget* parent)
    : ElementForm(document, map, parent)
    , m_id(step) {
    m_name = addLineField(rows(), tr("&Name"));
    m_name->setPlaceholderText(tr("What the customer does at this step"));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        change<Step>(m_id, u"name"_s, [&](Step& s) { s.name = text; });
    });
    refresh();
}

void StepForm::refresh() {
    const Map* m = map();
    if (const Step* step = m ? m->find<Step>(m_id) : nullptr)
        showText(m_name, step->name);
}

void StepForm::focusMainField() {
    selectAllAndFocus(m_name);
}

} // namespace sb::panels
