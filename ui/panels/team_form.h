#pragma once

#include "element_form.h"

class QComboBox;
class QSpinBox;

namespace sb::panels {

class ColorField;

// Name, Team Topologies type, size and colour of a team, and its people per role of the map.
// A team with roles has their sum as its size: the Size field then only shows it.
class TeamForm : public ElementForm {
    Q_OBJECT
public:
    TeamForm(Document* document, MapUid map, const Id& team, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

    QSpinBox* sizeField() const { return m_size; }
    // The people spin box of a role of the map, nullptr for another name.
    QSpinBox* roleField(const QString& role) const;

private:
    void showRoles(const Map& current, const Team& team);

    Id m_id;
    QLineEdit* m_name;
    QComboBox* m_type;
    QSpinBox* m_size;
    ColorField* m_color;
    QFormLayout* m_roles;
    QLabel* m_rolesHint;
    // A spin box per role of the map, in the map's order.
    QList<std::pair<QString, QSpinBox*>> m_roleFields;
};

} // namespace sb::panels
