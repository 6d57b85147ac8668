#include "map_info_form.h"

#include "field_widgets.h"
#include "labels.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace sb::panels {

MapInfoForm::MapInfoForm(Document* document, MapUid map, QWidget* parent)
    : ElementForm(document, map, parent)
    , m_name(addNameLabel(rows(), tr("Name")))
    , m_state(addNameLabel(rows(), tr("State")))
    , m_baseline(addNameLabel(rows(), tr("Baseline")))
    , m_contents(addNameLabel(rows(), tr("Holds"))) {
    m_baseline->setToolTip(tr("The map this future-state map was derived from"));

    QFormLayout* durations = addSection(tr("Durations"));
    m_workingDayHours = new QDoubleSpinBox(this);
    m_workingDayHours->setRange(1, 24);
    m_workingDayHours->setDecimals(1);
    m_workingDayHours->setSingleStep(0.5);
    m_workingDayHours->setSuffix(tr(" h"));
    m_workingDayHours->setKeyboardTracking(false);
    m_workingDayHours->setToolTip(tr("Hours in a day when times are typed and shown in days; a "
                                     "week has 5 days below 24 h and 7 at 24 h. Stored times do "
                                     "not change."));
    durations->addRow(tr("&Working day"), m_workingDayHours);
    connect(m_workingDayHours, &QDoubleSpinBox::valueChanged, this, [this](double hours) {
        changeSettings([&](MapSettings& s) { s.workingDayHours = hours; });
    });

    QFormLayout* analysis = addSection(tr("Analysis thresholds"));
    analysis->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addSetting(analysis, tr("Teams to &coordinate, at most"), &MapSettings::coordinationMaxTeams, 1,
               tr("More teams than this on one stream's changes is flagged"));
    addSetting(analysis, tr("Shared-service &streams, from"), &MapSettings::sharedServiceMinStreams,
               1, tr("A capability this many streams depend on is a shared service"));
    addSetting(analysis, tr("Team size, &minimum"), &MapSettings::teamSizeMin, 1,
               tr("Smaller teams are flagged"));
    addSetting(analysis, tr("Team size, ma&ximum"), &MapSettings::teamSizeMax, 1,
               tr("Larger teams are flagged"));
    refresh();
}

QSpinBox* MapInfoForm::addSetting(QFormLayout* layout, const QString& label,
                                  int MapSettings::*setting, int minimum, const QString& toolTip) {
    auto* spin = new QSpinBox(this);
    spin->setRange(minimum, 999);
    spin->setKeyboardTracking(false);
    spin->setToolTip(toolTip);
    layout->addRow(label, spin);
    m_settings.append({spin, setting});
    connect(spin, &QSpinBox::valueChanged, this, [this, setting](int value) {
        changeSettings([&](MapSettings& s) { s.*setting = value; });
    });
    return spin;
}

QSpinBox* MapInfoForm::settingField(int MapSettings::*setting) const {
    for (const auto& [spin, s] : m_settings)
        if (s == setting)
            return spin;
    return nullptr;
}

void MapInfoForm::changeSettings(const std::function<void(MapSettings&)>& edit) {
    const Map* m = map();
    if (!m)
        return;
    MapInfo info = m->info;
    edit(info.settings);
    push(commands::changeMapInfo(document(), mapUid(), info));
}

void MapInfoForm::refresh() {
    const Map* m = map();
    if (!m)
        return;
    m_name->setText(m->info.name);
    m_state->setText(mapStateLabel(m->info.state));
    m_baseline->setText(m->info.baseline.isEmpty() ? tr("None") : m->info.baseline);
    m_contents->setText(tr("Teams: %1 · Streams: %2 · Stages: %3 · Capabilities: %4")
                            .arg(m->teams.size())
                            .arg(m->streams.size())
                            .arg(m->stages.size())
                            .arg(m->capabilities.size()));
    showValue(m_workingDayHours, m->info.settings.workingDayHours);
    for (const auto& [spin, setting] : std::as_const(m_settings))
        showValue(spin, m->info.settings.*setting);
}

} // namespace sb::panels
