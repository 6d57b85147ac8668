#include "map_info_form.h"

#include "canvas/canvas_style.h"
#include "field_widgets.h"
#include "labels.h"
#include "model/duration.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

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
    m_dayLength = new QLabel(this);
    m_dayLength->setWordWrap(true);
    QPalette muted = m_dayLength->palette();
    muted.setColor(QPalette::WindowText, canvas::style::mutedInk());
    m_dayLength->setPalette(muted);
    durations->addRow(m_dayLength);
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
    addRolesSection();
    refresh();
}

void MapInfoForm::addRolesSection() {
    QFormLayout* section = addSection(tr("Roles"));
    auto* hint = new QLabel(tr("The roles teams list with their headcounts. Required roles are "
                               "the ones every customer stream's teams need between them."),
                            this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, canvas::style::mutedInk());
    hint->setPalette(muted);
    section->addRow(hint);
    m_roleGrid = new QGridLayout;
    m_roleGrid->setHorizontalSpacing(8);
    m_roleGrid->setVerticalSpacing(4);
    m_roleGrid->setColumnStretch(0, 1);
    section->addRow(m_roleGrid);

    auto* add = new QHBoxLayout;
    m_newRole = new QLineEdit(this);
    m_newRole->setPlaceholderText(tr("New role"));
    routeUndoKeys(m_newRole, document());
    m_addRole = new QPushButton(tr("Add role"), this);
    add->addWidget(m_newRole, 1);
    add->addWidget(m_addRole);
    section->addRow(add);
    auto addRole = [this] {
        const Map* m = map();
        if (!m)
            return;
        const QString name = m_newRole->text().simplified();
        if (name.isEmpty())
            return;
        const std::optional<RoleListEdit> edit = sb::addRole(*m, name);
        if (!edit) {
            m_newRole->setToolTip(tr("The map has a role “%1” already").arg(name));
            m_newRole->selectAll();
            return;
        }
        pushRoleEdit(edit, tr("Add role “%1”").arg(name));
        m_newRole->clear();
        m_newRole->setToolTip({});
    };
    connect(m_newRole, &QLineEdit::returnPressed, this, addRole);
    connect(m_addRole, &QPushButton::clicked, this, addRole);
}

// Row i edits the map's i-th role, whatever its name is by then.
void MapInfoForm::addRoleRow() {
    const int row = static_cast<int>(m_roleRows.size());
    RoleRow r{new QLineEdit(this), new QCheckBox(tr("Required"), this), new QToolButton(this)};
    routeUndoKeys(r.name, document());
    r.name->setAccessibleName(tr("Role %1").arg(row + 1));
    r.required->setToolTip(tr("Every customer stream's counted teams need someone in this role"));
    r.remove->setText(tr("Remove"));
    r.remove->setToolTip(tr("Remove the role from the map and from every team that lists it"));
    m_roleGrid->addWidget(r.name, row, 0);
    m_roleGrid->addWidget(r.required, row, 1);
    m_roleGrid->addWidget(r.remove, row, 2);
    m_roleRows.append(r);
    auto roleAt = [this, row]() -> QString {
        const Map* m = map();
        return m ? m->info.settings.roles.value(row) : QString();
    };
    connect(r.name, &QLineEdit::editingFinished, this, [this, roleAt, edit = r.name] {
        const Map* m = map();
        const QString role = roleAt();
        const QString name = edit->text().simplified();
        if (!m || role.isEmpty() || name == role) {
            refresh();
            return;
        }
        pushRoleEdit(renameRole(*m, role, name), tr("Rename role “%1” to “%2”").arg(role, name));
    });
    connect(r.required, &QCheckBox::clicked, this, [this, roleAt](bool checked) {
        const Map* m = map();
        const QString role = roleAt();
        if (m && !role.isEmpty())
            pushRoleEdit(setRoleRequired(*m, role, checked),
                         checked ? tr("Require role “%1”").arg(role)
                                 : tr("Stop requiring role “%1”").arg(role));
    });
    connect(r.remove, &QToolButton::clicked, this, [this, roleAt] {
        const Map* m = map();
        const QString role = roleAt();
        if (m && !role.isEmpty())
            pushRoleEdit(removeRole(*m, role), tr("Remove role “%1”").arg(role));
    });
}

void MapInfoForm::pushRoleEdit(const std::optional<RoleListEdit>& edit, const QString& text) {
    if (!edit) {
        refresh();
        return;
    }
    QList<Element> teams;
    for (const Team& t : edit->teams)
        teams.append(t);
    push(commands::changeMapInfoAndElements(document(), mapUid(), edit->info, teams, text));
}

void MapInfoForm::showRoles(const MapSettings& settings) {
    while (m_roleRows.size() < settings.roles.size())
        addRoleRow();
    while (m_roleRows.size() > settings.roles.size()) {
        const RoleRow r = m_roleRows.takeLast();
        for (QWidget* w : {static_cast<QWidget*>(r.name), static_cast<QWidget*>(r.required),
                           static_cast<QWidget*>(r.remove)}) {
            m_roleGrid->removeWidget(w);
            w->disconnect(this);
            w->deleteLater();
        }
    }
    for (qsizetype i = 0; i < settings.roles.size(); ++i) {
        const QString& role = settings.roles[i];
        showText(m_roleRows[i].name, role);
        showValue(m_roleRows[i].required, settings.requiredRoles.contains(role));
    }
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
    const double day = m->info.settings.workingDayHours;
    showValue(m_workingDayHours, day);
    const double weekDays = duration::secondsPerWeek(day) / duration::secondsPerDay(day);
    const QLocale locale;
    m_dayLength->setText(
        tr("1d is %1 hours of work and 1w is %2 days (%3 hours).")
            .arg(locale.toString(day), locale.toString(weekDays), locale.toString(day * weekDays)));
    for (const auto& [spin, setting] : std::as_const(m_settings))
        showValue(spin, m->info.settings.*setting);
    showRoles(m->info.settings);
}

} // namespace sb::panels
