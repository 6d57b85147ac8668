#pragma once

#include "element_form.h"

class QComboBox;
class QSpinBox;

namespace sb::panels {

class ColorField;

// Name, Team Topologies type, size and colour of a team.
class TeamForm : public ElementForm {
    Q_OBJECT
public:
    TeamForm(Document* document, MapUid map, const Id& team, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

private:
    Id m_id;
    QLineEdit* m_name;
    QComboBox* m_type;
    QSpinBox* m_size;
    ColorField* m_color;
};

} // namespace sb::panels
