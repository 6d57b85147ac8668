#include "team_form.h"

#include "color_field.h"
#include "field_widgets.h"
#include "labels.h"
#include "team_glyph.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

TeamForm::TeamForm(Document* document, MapUid map, const Id& team, QWidget* parent)
    : ElementForm(document, map, parent)
    , m_id(team) {
    m_name = addLineField(rows(), tr("&Name"));
    m_type = addCombo(rows(), tr("&Type"));
    for (TeamType t : {TeamType::StreamAligned, TeamType::Platform, TeamType::Enabling,
                       TeamType::ComplicatedSubsystem})
        addEnumItem(m_type, t, teamTypeLabel(t), teamTypeIcon(t));
    m_size = new QSpinBox(this);
    m_size->setRange(0, 999);
    m_size->setSpecialValueText(tr("No size"));
    m_size->setSuffix(tr(" people"));
    m_size->setKeyboardTracking(false);
    m_size->setToolTip(tr("Without a size the team-size rules do not apply"));
    rows()->addRow(tr("&Size"), m_size);
    m_color = new ColorField(tr("Palette colour"), tr("Use palette"), this);
    rows()->addRow(tr("&Colour"), m_color);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        change<Team>(m_id, u"name"_s, [&](Team& t) { t.name = text; });
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        change<Team>(m_id, u"type"_s, [&](Team& t) { t.type = enumValue<TeamType>(m_type); });
    });
    connect(m_size, &QSpinBox::valueChanged, this, [this](int size) {
        change<Team>(m_id, u"size"_s, [&](Team& t) {
            t.size = size == 0 ? std::nullopt : std::optional<int>(size);
        });
    });
    connect(m_color, &ColorField::colorChosen, this, [this](const QColor& color) {
        change<Team>(m_id, u"color"_s, [&](Team& t) { t.color = color; });
    });
    refresh();
}

void TeamForm::refresh() {
    const Map* m = map();
    const Team* team = m ? m->find<Team>(m_id) : nullptr;
    if (!team)
        return;
    showText(m_name, team->name);
    showEnumValue(m_type, static_cast<int>(team->type));
    showValue(m_size, team->size.value_or(0));
    m_color->showColor(team->color, m->teamColor(m_id));
}

void TeamForm::focusMainField() {
    selectAllAndFocus(m_name);
}

} // namespace sb::panels
