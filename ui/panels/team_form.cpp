#include "team_form.h"

#include "canvas/canvas_style.h"
#include "color_field.h"
#include "facilitation/team_roles.h"
#include "field_widgets.h"
#include "labels.h"
#include "team_glyph.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
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
    m_size->setKeyboardTracking(false);
    rows()->addRow(tr("&Size"), m_size);
    m_color = new ColorField(tr("Palette colour"), tr("Use palette"), this);
    rows()->addRow(tr("&Colour"), m_color);

    m_roles = addSection(tr("Roles"));
    m_rolesHint = new QLabel(tr("How many people of each role the team has. With roles, the "
                                "team's size is their sum. The map's settings hold the list."),
                             this);
    m_rolesHint->setWordWrap(true);
    QPalette muted = m_rolesHint->palette();
    muted.setColor(QPalette::WindowText, canvas::style::mutedInk());
    m_rolesHint->setPalette(muted);
    m_roles->addRow(m_rolesHint);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        change<Team>(m_id, u"name"_s, [&](Team& t) { t.name = text; });
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        change<Team>(m_id, u"type"_s, [&](Team& t) { t.type = enumValue<TeamType>(m_type); });
    });
    connect(m_size, &QSpinBox::valueChanged, this, [this](int size) {
        change<Team>(m_id, u"size"_s, [&](Team& t) {
            if (t.roles.isEmpty())
                t.size = size == 0 ? std::nullopt : std::optional<int>(size);
        });
    });
    connect(m_color, &ColorField::colorChosen, this, [this](const QColor& color) {
        change<Team>(m_id, u"color"_s, [&](Team& t) { t.color = color; });
    });
    refresh();
}

QSpinBox* TeamForm::roleField(const QString& role) const {
    for (const auto& [name, spin] : m_roleFields)
        if (name == role)
            return spin;
    return nullptr;
}

// Rebuilds the spin boxes only when the map's role list changed, so one being typed in stays.
void TeamForm::showRoles(const Map& current, const Team& team) {
    const QStringList& roles = current.info.settings.roles;
    QStringList shown;
    for (const auto& field : std::as_const(m_roleFields))
        shown.append(field.first);
    if (shown != roles) {
        while (m_roles->rowCount() > 1)
            m_roles->removeRow(1);
        m_roleFields.clear();
        for (const QString& role : roles) {
            auto* spin = new QSpinBox(this);
            spin->setRange(0, 999);
            spin->setKeyboardTracking(false);
            spin->setSpecialValueText(tr("None"));
            spin->setToolTip(tr("People in the team with the role %1").arg(role));
            m_roles->addRow(role, spin);
            m_roleFields.append({role, spin});
            connect(spin, &QSpinBox::valueChanged, this, [this, role](int people) {
                const Map* m = map();
                if (!m)
                    return;
                change<Team>(m_id, u"roles."_s + role, [&](Team& t) {
                    t = withRolePeople(t, m->info.settings.roles, role, people);
                });
            });
        }
    }
    for (const auto& [role, spin] : std::as_const(m_roleFields)) {
        int people = 0;
        for (const RoleCount& c : team.roles)
            if (c.role == role)
                people = c.people;
        showValue(spin, people);
    }
}

void TeamForm::refresh() {
    const Map* m = map();
    const Team* team = m ? m->find<Team>(m_id) : nullptr;
    if (!team)
        return;
    showText(m_name, team->name);
    showEnumValue(m_type, static_cast<int>(team->type));
    showValue(m_size, team->size.value_or(0));
    const bool summed = !team->roles.isEmpty();
    m_size->setReadOnly(summed);
    m_size->setButtonSymbols(summed ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    m_size->setSuffix(summed ? tr(" people, the sum of roles") : tr(" people"));
    m_size->setToolTip(summed ? tr("The sum of the people in the team's roles; change the roles "
                                   "below")
                              : tr("Without a size the team-size rules do not apply"));
    m_color->showColor(team->color, m->teamColor(m_id));
    showRoles(*m, *team);
}

void TeamForm::focusMainField() {
    selectAllAndFocus(m_name);
}

} // namespace sb::panels
