#include "flow_form.h"

#include "field_widgets.h"
#include "labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

FlowForm::FlowForm(Document* document, MapUid map, const Id& flow, QWidget* parent)
    : ElementForm(document, map, parent)
    , m_id(flow)
    , m_from(addNameLabel(rows(), tr("From")))
    , m_to(addNameLabel(rows(), tr("To")))
    , m_kind(addCombo(rows(), tr("&Kind"))) {
    for (FlowKind k : {FlowKind::Push, FlowKind::Pull, FlowKind::Rework})
        addEnumItem(m_kind, k, flowKindLabel(k));
    connect(m_kind, &QComboBox::activated, this, [this] {
        change<Flow>(m_id, u"kind"_s, [&](Flow& f) { f.kind = enumValue<FlowKind>(m_kind); });
    });
    refresh();
}

void FlowForm::refresh() {
    const Map* m = map();
    const Flow* flow = m ? m->find<Flow>(m_id) : nullptr;
    if (!flow)
        return;
    m_from->setText(m->nameOf(flow->from));
    m_to->setText(m->nameOf(flow->to));
    showEnumValue(m_kind, static_cast<int>(flow->kind));
}

void FlowForm::focusMainField() {
    m_kind->setFocus(Qt::OtherFocusReason);
}

} // namespace sb::panels
