#pragma once

#include "element_form.h"
#include "facilitation/team_roles.h"

#include <functional>

class QCheckBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace sb::panels {

// What the inspector shows when nothing is selected: the map's name, state and baseline, what it
// holds, and the settings the analysis and the durations use.
class MapInfoForm : public ElementForm {
    Q_OBJECT
public:
    MapInfoForm(Document* document, MapUid map, QWidget* parent = nullptr);
    void refresh() override;

    QDoubleSpinBox* workingDayHoursField() const { return m_workingDayHours; }
    // Under the working day: what a day and a week of the map's times are, in hours.
    QLabel* dayLengthNote() const { return m_dayLength; }
    QSpinBox* settingField(int MapSettings::*setting) const;

    // The role list: one row per role of the map (name, required, remove), then a new role.
    struct RoleRow {
        QLineEdit* name;
        QCheckBox* required;
        QToolButton* remove;
    };
    const QList<RoleRow>& roleRows() const { return m_roleRows; }
    QLineEdit* newRoleField() const { return m_newRole; }
    QPushButton* addRoleButton() const { return m_addRole; }

private:
    QSpinBox* addSetting(QFormLayout* layout, const QString& label, int MapSettings::*setting,
                         int minimum, const QString& toolTip);
    void changeSettings(const std::function<void(MapSettings&)>& edit);
    void addRolesSection();
    void showRoles(const MapSettings& settings);
    void addRoleRow();
    // Pushes a change of the role list with the teams it changes, as one command.
    void pushRoleEdit(const std::optional<RoleListEdit>& edit, const QString& text);

    QLabel* m_name;
    QLabel* m_state;
    QLabel* m_baseline;
    QLabel* m_contents;
    QDoubleSpinBox* m_workingDayHours;
    QLabel* m_dayLength;
    QList<std::pair<QSpinBox*, int MapSettings::*>> m_settings;
    QGridLayout* m_roleGrid = nullptr;
    QList<RoleRow> m_roleRows;
    QLineEdit* m_newRole = nullptr;
    QPushButton* m_addRole = nullptr;
};

} // namespace sb::panels
