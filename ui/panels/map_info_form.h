#pragma once

#include "element_form.h"

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace sb::panels {

// What the inspector shows when nothing is selected: the map's name, state and baseline, what it
// holds, and the settings the analysis and the durations use.
class MapInfoForm : public ElementForm {
    Q_OBJECT
public:
    MapInfoForm(Document* document, MapUid map, QWidget* parent = nullptr);
    void refresh() override;

    QDoubleSpinBox* workingDayHoursField() const { return m_workingDayHours; }
    QSpinBox* settingField(int MapSettings::*setting) const;

private:
    QSpinBox* addSetting(QFormLayout* layout, const QString& label, int MapSettings::*setting,
                         int minimum, const QString& toolTip);
    void changeSettings(const std::function<void(MapSettings&)>& edit);

    QLabel* m_name;
    QLabel* m_state;
    QLabel* m_baseline;
    QLabel* m_contents;
    QDoubleSpinBox* m_workingDayHours;
    QList<std::pair<QSpinBox*, int MapSettings::*>> m_settings;
};

} // namespace sb::panels
