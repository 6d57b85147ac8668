#include "capability_form.h"

#include "field_widgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

CapabilityForm::CapabilityForm(Document* document, MapUid map, const Id& capability,
                               QWidget* parent)
    : ElementForm(document, map, parent)
    , m_id(capability) {
    m_name = addLineField(rows(), tr("&Name"));
    m_owner = addCombo(rows(), tr("&Owner team"));
    m_sla = addLineField(rows(), tr("S&LA"));
    m_sla->setPlaceholderText(tr("e.g. 99.9% uptime, answers within a day"));
    m_providedBy = addCombo(rows(), tr("&Provided by"));
    m_providedBy->setToolTip(tr("The supporting stream that offers this capability as a service"));

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        change<Capability>(m_id, u"name"_s, [&](Capability& c) { c.name = text; });
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        change<Capability>(m_id, u"owner"_s, [&](Capability& c) { c.owner = currentId(m_owner); });
    });
    connect(m_sla, &QLineEdit::textEdited, this, [this](const QString& text) {
        change<Capability>(m_id, u"sla"_s, [&](Capability& c) { c.sla = text; });
    });
    connect(m_providedBy, &QComboBox::activated, this, [this] {
        change<Capability>(m_id, u"providedBy"_s,
                           [&](Capability& c) { c.providedBy = currentId(m_providedBy); });
    });
    refresh();
}

void CapabilityForm::refresh() {
    const Map* m = map();
    const Capability* capability = m ? m->find<Capability>(m_id) : nullptr;
    if (!capability)
        return;
    showText(m_name, capability->name);
    showChoices(m_owner, teamChoices(*m, tr("No owner")), capability->owner);
    showText(m_sla, capability->sla);
    QList<Choice> providers = {{Id(), tr("None")}};
    for (const Stream& s : m->streams)
        if (s.kind == StreamKind::Supporting || s.id == capability->providedBy)
            providers.append({s.id, s.name});
    showChoices(m_providedBy, providers, capability->providedBy);
}

void CapabilityForm::focusMainField() {
    selectAllAndFocus(m_name);
}

} // namespace sb::panels
