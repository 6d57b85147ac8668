// The window's actions, menus and toolbar, and what the Edit and Map menus do.
#include "canvas/canvas_view.h"
#include "canvas/map_scene.h"
#include "catalog_sync_dialog.h"
#include "commands/clipboard.h"
#include "find_bar.h"
#include "main_window.h"
#include "panels/analysis_watcher.h"
#include "panels/comparison_panel.h"
#include "panels/findings_panel.h"
#include "panels/inspector_panel.h"
#include "panels/legend_panel.h"
#include "panels/metrics_panel.h"
#include "panels/roadmap_panel.h"
#include "panels/teams_panel.h"
#include "preferences_dialog.h"
#include "recent_files.h"
#include "shared_workshop_status.h"
#include "store/workshop_files.h"
#include "templates.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace sb {

QAction* MainWindow::addAction(QMenu* menu, const QString& name, const QString& text,
                               const QKeySequence& shortcut, void (MainWindow::*slot)()) {
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    if (menu)
        menu->addAction(action);
    m_actions.insert(name, action);
    return action;
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    addAction(file, u"newFromTemplate"_s, tr("&New from template…"), QKeySequence::New,
              &MainWindow::chooseTemplate);
    addAction(file, u"open"_s, tr("&Open…"), QKeySequence::Open, &MainWindow::chooseFileToOpen);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    addAction(file, u"openShared"_s, tr("Open s&hared workshop…"), {},
              &MainWindow::chooseSharedWorkshop);
    // Explicitly: most platforms bind nothing to QKeySequence::SaveAs.
    addAction(file, u"saveAs"_s, tr("Save &as…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
              &MainWindow::saveAs);
    addAction(file, u"shareOnServer"_s, tr("Share on a ser&ver…"), {}, &MainWindow::shareOnServer);
    file->addSeparator();
    addAction(file, u"export"_s, tr("&Export…"), QKeySequence(u"Ctrl+E"_s), &MainWindow::exportMap);
    addAction(file, u"print"_s, tr("&Print…"), QKeySequence::Print, &MainWindow::printMap);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(u"quit"_s);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addSeparator();
    addAction(m_editMenu, u"cut"_s, tr("Cu&t"), QKeySequence::Cut, &MainWindow::cut);
    addAction(m_editMenu, u"copy"_s, tr("&Copy"), QKeySequence::Copy, &MainWindow::copy);
    addAction(m_editMenu, u"paste"_s, tr("&Paste"), QKeySequence::Paste, &MainWindow::paste);
    addAction(m_editMenu, u"delete"_s, tr("&Delete"), QKeySequence::Delete,
              &MainWindow::deleteSelection);
    m_editMenu->addSeparator();
    addAction(m_editMenu, u"selectAll"_s, tr("Select &all"), QKeySequence::SelectAll,
              &MainWindow::selectAll);
    QAction* find =
        m_editMenu->addAction(tr("&Find…"), QKeySequence::Find, m_findBar, &FindBar::activate);
    find->setObjectName(u"find"_s);
    m_actions.insert(u"find"_s, find);
    m_editMenu->addSeparator();
    // The platform's Preferences key, unless it is Ctrl+, (Map settings has that one).
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferencesKeys.removeAll(QKeySequence(u"Ctrl+,"_s));
    QAction* preferences = addAction(m_editMenu, u"preferences"_s, tr("Pre&ferences…"), {},
                                     &MainWindow::showPreferences);
    preferences->setShortcuts(preferencesKeys);
    preferences->setMenuRole(QAction::PreferencesRole);
    // Delete acts on the canvas; while a text field has focus the key belongs to the field.
    m_actions[u"delete"_s]->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_actions[u"delete"_s]);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = m_viewMenu->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, m_view,
                                            &canvas::CanvasView::zoomIn);
    zoomIn->setObjectName(u"zoomIn"_s);
    QAction* zoomOut = m_viewMenu->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, m_view,
                                             &canvas::CanvasView::zoomOut);
    zoomOut->setObjectName(u"zoomOut"_s);
    QAction* fit = m_viewMenu->addAction(tr("Zoom to &fit"), QKeySequence(u"Ctrl+0"_s), m_view,
                                         &canvas::CanvasView::zoomToFit);
    fit->setObjectName(u"zoomToFit"_s);
    QAction* actual = m_viewMenu->addAction(tr("&Actual size (100%)"), QKeySequence(u"Ctrl+1"_s),
                                            m_view, &canvas::CanvasView::resetZoom);
    actual->setObjectName(u"zoomActual"_s);
    m_viewMenu->addSeparator();
    QAction* grid = addAction(m_viewMenu, u"showGrid"_s, tr("Show customer &grid"),
                              QKeySequence(u"Ctrl+G"_s), &MainWindow::toggleGrid);
    grid->setCheckable(true);
    grid->setChecked(true);
    QAction* changes =
        addAction(m_viewMenu, u"showChanges"_s, tr("Show &changes against the baseline"),
                  QKeySequence(u"Ctrl+Shift+B"_s), &MainWindow::toggleChanges);
    changes->setCheckable(true);
    m_viewMenu->addSeparator();
    m_viewMenu->addSection(tr("Panels"));

    QMenu* map = menuBar()->addMenu(tr("&Map"));
    addAction(map, u"addStep"_s, tr("Add &step (column)"), QKeySequence(u"Ctrl+Shift+T"_s),
              &MainWindow::addStepAction);
    addAction(map, u"addSlice"_s, tr("Add customer s&lice (row)"), QKeySequence(u"Ctrl+Shift+L"_s),
              &MainWindow::addSliceAction);
    addAction(map, u"addStream"_s, tr("Add customer st&ream"), QKeySequence(u"Ctrl+Shift+R"_s),
              &MainWindow::addCustomerStream);
    addAction(map, u"addSupportingStream"_s, tr("Add s&upporting stream"), {},
              &MainWindow::addSupportingStream);
    addAction(map, u"addCapability"_s, tr("Add &capability"), QKeySequence(u"Ctrl+Shift+C"_s),
              &MainWindow::addCapabilityAction);
    addAction(map, u"addSticky"_s, tr("Add sticky &note"), QKeySequence(u"Ctrl+Shift+N"_s),
              &MainWindow::addSticky);
    addAction(map, u"addKaizen"_s, tr("Add &kaizen burst"), QKeySequence(u"Ctrl+Shift+K"_s),
              &MainWindow::addKaizen);
    addAction(map, u"addAction"_s, tr("Add roadmap &action"), QKeySequence(u"Ctrl+Shift+A"_s),
              &MainWindow::addRoadmapActionFromMenu);
    map->addSeparator();
    addAction(map, u"newMap"_s, tr("New current-state &map"), {}, &MainWindow::newCurrentMap);
    addAction(map, u"deriveFuture"_s, tr("&Derive future-state map"),
              QKeySequence(u"Ctrl+Shift+D"_s), &MainWindow::deriveFutureMap);
    addAction(map, u"turnChangesIntoActions"_s, tr("&Turn changes into actions"), {},
              &MainWindow::turnChangesIntoActionsFromMenu);
    addAction(map, u"syncWithCatalog"_s, tr("S&ync with catalog…"), {},
              &MainWindow::syncWithCatalog);
    addAction(map, u"renameMap"_s, tr("Re&name map…"), QKeySequence(u"F2"_s),
              &MainWindow::renameMap);
    addAction(map, u"deleteMap"_s, tr("Delete ma&p"), {}, &MainWindow::deleteMap);
    map->addSeparator();
    addAction(map, u"mapSettings"_s, tr("Map &settings…"), QKeySequence(u"Ctrl+,"_s),
              &MainWindow::showMapSettings);

    QMenu* stream = menuBar()->addMenu(tr("&Stream"));
    addAction(stream, u"importWorkItems"_s, tr("Import &work items…"), {},
              &MainWindow::importWorkItemsFromMenu);
}

void MainWindow::createDocks() {
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    auto dock = [this](const QString& name, const QString& title, QWidget* content,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        m_viewMenu->addAction(d->toggleViewAction());
        return d;
    };
    m_inspector = new panels::InspectorPanel(this);
    m_teams = new panels::TeamsPanel(this);
    dock(u"inspectorDock"_s, tr("Inspector"), m_inspector, Qt::RightDockWidgetArea)
        ->setMinimumWidth(320);
    dock(u"teamsDock"_s, tr("Teams"), m_teams, Qt::LeftDockWidgetArea)->setMinimumWidth(280);
    m_legend = new panels::LegendPanel(this);
    auto* legendScroll = new QScrollArea(this);
    legendScroll->setWidget(m_legend);
    legendScroll->setWidgetResizable(true);
    legendScroll->setFrameShape(QFrame::NoFrame);
    QDockWidget* legend = dock(u"legendDock"_s, tr("Legend"), legendScroll, Qt::LeftDockWidgetArea);
    tabifyDockWidget(findChild<QDockWidget*>(u"teamsDock"_s), legend);
    findChild<QDockWidget*>(u"teamsDock"_s)->raise();
    m_analysis = new panels::AnalysisWatcher(this);
    m_findings = new panels::FindingsPanel(this);
    m_findings->setWatcher(m_analysis);
    dock(u"findingsDock"_s, tr("Findings"), m_findings, Qt::RightDockWidgetArea)
        ->setMinimumWidth(280);
    m_metrics = new panels::MetricsPanel(this);
    m_comparison = new panels::ComparisonPanel(this);
    QDockWidget* metrics =
        dock(u"metricsDock"_s, tr("Metrics"), m_metrics, Qt::RightDockWidgetArea);
    metrics->setMinimumWidth(360);
    QDockWidget* comparison =
        dock(u"comparisonDock"_s, tr("Current vs future"), m_comparison, Qt::RightDockWidgetArea);
    tabifyDockWidget(findChild<QDockWidget*>(u"findingsDock"_s), metrics);
    tabifyDockWidget(metrics, comparison);
    createRoadmapDock();
    findChild<QDockWidget*>(u"findingsDock"_s)->raise();
    connect(m_findings, &panels::FindingsPanel::findingActivated, this,
            [this](const QList<commands::ElementRef>& subjects) {
                if (canvas::MapScene* scene = currentScene()) {
                    scene->selectElements(subjects);
                    m_view->centreOn(subjects);
                }
            });
    connect(m_teams, &panels::TeamsPanel::teamActivated, this, [this](const Id& team) {
        if (canvas::MapScene* scene = currentScene())
            scene->clearSelection();
        m_inspector->showElement(commands::ElementRef{ElementKind::Team, team});
    });
    connect(m_teams->addButton(), &QAbstractButton::clicked, m_inspector,
            &panels::InspectorPanel::focusMainField, Qt::QueuedConnection);
}

void MainWindow::showSelectionInInspector() {
    canvas::MapScene* scene = currentScene();
    const QList<commands::ElementRef> selected =
        scene ? scene->selectedElements() : QList<commands::ElementRef>();
    // The metrics follow the stream of what is selected, or show the whole map.
    std::optional<Id> stream;
    const Map* map = scene ? scene->map() : nullptr;
    for (const commands::ElementRef& r : selected) {
        if (r.kind == ElementKind::Stream)
            stream = r.key;
        else if (const Stage* s =
                     map && r.kind == ElementKind::Stage ? map->find<Stage>(r.key) : nullptr)
            stream = s->stream;
    }
    m_metrics->setStream(stream);
    m_comparison->setStream(stream);
    if (selected.size() == 1) {
        m_inspector->showElement(selected.first());
        m_teams->selectTeam({});
        m_roadmap->selectAction({});
    } else if (selected.isEmpty() && m_inspector->shownElement() &&
               (m_inspector->shownElement()->kind == ElementKind::Team ||
                m_inspector->shownElement()->kind == ElementKind::Action)) {
        // A team or action picked in its panel stays shown until something else is picked.
    } else {
        m_inspector->showElement(std::nullopt);
    }
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Workshop"));
    bar->setObjectName(u"workshopToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    for (const QString& name : {u"addStep"_s, u"addSlice"_s, u"addStream"_s, u"addCapability"_s,
                                u"addSticky"_s, u"addKaizen"_s})
        bar->addAction(m_actions[name]);
    bar->addSeparator();
    bar->addAction(m_actions[u"deriveFuture"_s]);
}

void MainWindow::updateActions() {
    const bool writable = m_document && !m_document->isReadOnly();
    const bool hasMap = m_document && m_document->map(m_currentMap);
    const bool selection = currentScene() && !currentScene()->selectedItems().isEmpty();
    for (const QString& name :
         {u"addStep"_s, u"addSlice"_s, u"addStream"_s, u"addSupportingStream"_s, u"addCapability"_s,
          u"addSticky"_s, u"addKaizen"_s, u"deriveFuture"_s, u"renameMap"_s, u"paste"_s})
        m_actions[name]->setEnabled(writable && hasMap);
    m_actions[u"addAction"_s]->setEnabled(writable && hasMap);
    const Map* current = hasMap ? m_document->map(m_currentMap) : nullptr;
    m_actions[u"turnChangesIntoActions"_s]->setEnabled(
        writable && current && current->info.state == MapState::Future &&
        m_document->workshop().mapNamed(current->info.baseline));
    m_actions[u"syncWithCatalog"_s]->setEnabled(writable && hasMap);
    m_actions[u"newMap"_s]->setEnabled(writable);
    m_actions[u"deleteMap"_s]->setEnabled(writable && m_document->workshop().maps.size() > 1);
    m_actions[u"cut"_s]->setEnabled(writable && selection);
    m_actions[u"delete"_s]->setEnabled(writable && selection);
    m_actions[u"copy"_s]->setEnabled(selection);
    m_actions[u"selectAll"_s]->setEnabled(hasMap);
    m_actions[u"export"_s]->setEnabled(hasMap);
    m_actions[u"print"_s]->setEnabled(hasMap);
    m_actions[u"saveAs"_s]->setEnabled(m_document != nullptr);
    m_actions[u"shareOnServer"_s]->setEnabled(m_document != nullptr);
    canvas::MapScene* scene = currentScene();
    m_actions[u"showChanges"_s]->setEnabled(scene && scene->canShowChanges());
    m_actions[u"showChanges"_s]->setChecked(scene && scene->showsChanges());
}

void MainWindow::chooseTemplate() {
    QStringList names;
    for (const WorkshopTemplate& t : workshopTemplates())
        names.append(t.name);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("New workshop"), tr("Start from:"), names, 0, false, &ok);
    if (ok)
        newFromTemplate(static_cast<int>(names.indexOf(chosen)));
}

void MainWindow::chooseFileToOpen() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workshop"), {},
        tr("Workshops (*.vsmap);;Interchange JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = RecentFiles::list();
    for (const QString& path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })
            ->setToolTip(path);
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workshops"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear list"), this, [] { RecentFiles::clear(); });
}

void MainWindow::saveAs() {
    if (!m_document)
        return;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save workshop as"), {}, tr("Workshops (*.vsmap)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".vsmap"_s;
    QString error;
    const Store* before = m_document->store();
    const QString oldPath = before ? before->address().toString() : QString();
    if (!files::saveAs(*m_document, path, &error)) {
        QMessageBox::warning(this, tr("Cannot save as %1").arg(QFileInfo(path).fileName()), error);
        return;
    }
    RecentFiles::add(path);
    JsonImports::moved(oldPath, path); // still the workshop made from its JSON file
    m_shared->follow(m_document.get());
    updateTitle();
    updateStatus();
    statusBar()->showMessage(
        tr("Saved as %1. Every change is written there from now on.").arg(path), 8000);
}

void MainWindow::copy() {
    canvas::MapScene* scene = currentScene();
    if (!scene || !scene->map())
        return;
    const QByteArray data = clipboard::copy(*scene->map(), scene->selectedElements());
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(clipboard::mimeType), data);
    QApplication::clipboard()->setMimeData(mime);
}

void MainWindow::cut() {
    copy();
    deleteSelection();
}

void MainWindow::paste() {
    canvas::MapScene* scene = currentScene();
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!scene || !scene->map() || !mime)
        return;
    Id targetStream;
    for (const commands::ElementRef& r : scene->selectedElements())
        if (r.kind == ElementKind::Stream)
            targetStream = r.key;
        else if (const Stage* s =
                     r.kind == ElementKind::Stage ? scene->map()->find<Stage>(r.key) : nullptr)
            targetStream = s->stream;
    const QList<Element> elements =
        clipboard::paste(*scene->map(), mime->data(QLatin1String(clipboard::mimeType)),
                         targetStream, m_document->idPrefix({}));
    if (elements.isEmpty()) {
        statusBar()->showMessage(tr("Nothing on the clipboard can be pasted here."), 5000);
        return;
    }
    if (push(commands::addElements(m_document.get(), m_currentMap, elements,
                                   tr("Paste %1 elements").arg(elements.size())))) {
        QList<commands::ElementRef> pasted;
        for (const Element& e : elements)
            pasted.append({kindOf(e), keyOf(e)});
        scene->selectElements(pasted);
    }
}

void MainWindow::deleteSelection() {
    if (canvas::MapScene* scene = currentScene(); scene && !m_document->isReadOnly())
        scene->deleteSelection();
}

void MainWindow::selectAll() {
    if (canvas::MapScene* scene = currentScene())
        for (QGraphicsItem* item : scene->items())
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                item->setSelected(true);
}

// The map's settings (working day, analysis thresholds) live in the inspector when nothing is
// selected; this brings them up.
void MainWindow::showMapSettings() {
    if (canvas::MapScene* scene = currentScene())
        scene->clearSelection();
    m_inspector->showElement(std::nullopt);
    if (auto* dock = findChild<QDockWidget*>(u"inspectorDock"_s)) {
        dock->show();
        dock->raise();
    }
    m_inspector->setFocus();
}

void MainWindow::syncWithCatalog() {
    if (!m_document || m_document->isReadOnly() || !m_document->map(m_currentMap))
        return;
    CatalogSyncDialog dialog(m_document.get(), m_currentMap, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (push(dialog.takeCommand()))
        statusBar()->showMessage(tr("Synced with the catalog: %1").arg(dialog.totals()), 8000);
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::toggleChanges() {
    if (canvas::MapScene* scene = currentScene())
        scene->setShowChanges(m_actions[u"showChanges"_s]->isChecked());
}

void MainWindow::toggleGrid() {
    const bool show = m_actions[u"showGrid"_s]->isChecked();
    for (canvas::MapScene* scene : std::as_const(m_scenes))
        scene->setShowGrid(show);
}

QString MainWindow::newStepName() const {
    return tr("New step");
}

Id MainWindow::addStep() {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map)
        return {};
    // After the selected step, or at the end of the time axis.
    qsizetype index = map->steps.size();
    for (const commands::ElementRef& r : currentScene()->selectedElements())
        if (r.kind == ElementKind::Step)
            index = map->indexOf<Step>(r.key) + 1;
    const Step step{freeId(*map, m_document->idPrefix(u"step"_s)), newStepName()};
    if (!push(commands::addElement(m_document.get(), m_currentMap, step, index)))
        return {};
    selectAndEdit({ElementKind::Step, step.id});
    return step.id;
}

Id MainWindow::addSlice() {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map)
        return {};
    const Slice slice{freeId(*map, m_document->idPrefix(u"slice"_s)), tr("New customer slice"), {}};
    if (!push(commands::addElement(m_document.get(), m_currentMap, slice)))
        return {};
    if (!m_actions[u"showGrid"_s]->isChecked())
        m_actions[u"showGrid"_s]->trigger();
    selectAndEdit({ElementKind::Slice, slice.id});
    return slice.id;
}

Id MainWindow::addStream(StreamKind kind) {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map)
        return {};
    Stream stream;
    stream.id = freeId(*map, m_document->idPrefix(u"stream"_s));
    stream.kind = kind;
    stream.name =
        kind == StreamKind::Customer ? tr("New value stream") : tr("New supporting stream");
    if (!push(commands::addElement(m_document.get(), m_currentMap, stream)))
        return {};
    selectAndEdit({ElementKind::Stream, stream.id});
    return stream.id;
}

Id MainWindow::addCapability() {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map)
        return {};
    Capability c{
        freeId(*map, m_document->idPrefix(u"capability"_s)), tr("New capability"), {}, {}, {}};
    if (!push(commands::addElement(m_document.get(), m_currentMap, c)))
        return {};
    selectAndEdit({ElementKind::Capability, c.id});
    return c.id;
}

Id MainWindow::addNote(NoteKind kind) {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map)
        return {};
    Note note;
    note.id = freeId(*map, m_document->idPrefix(u"note"_s));
    note.kind = kind;
    note.text = kind == NoteKind::Kaizen ? tr("Improve this") : tr("Note");
    // In the middle of what the room is looking at.
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    note.position = centre - QPointF(75, 75);
    if (!push(commands::addElement(m_document.get(), m_currentMap, note)))
        return {};
    selectAndEdit({ElementKind::Note, note.id});
    return note.id;
}

void MainWindow::newCurrentMap() {
    if (!m_document)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New current-state map"), tr("Name:"), QLineEdit::Normal,
                              freeMapName(m_document->workshop(), tr("Current state")), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Map map;
    map.info.name = name.trimmed();
    // The workshop's way of counting days, as the map in view has it.
    if (const Map* shown = m_document->map(m_currentMap))
        map.info.settings = shown->info.settings;
    else
        map.info.settings.workingDayHours = newWorkshopDayHours;
    if (auto command = commands::addMap(m_document.get(), map)) {
        const MapUid uid = std::get<op::InsertMap>(command->operations().first()).map.uid;
        if (push(std::move(command)))
            setCurrentMap(uid);
    } else {
        QMessageBox::information(this, tr("New map"),
                                 tr("A map named “%1” exists already.").arg(name.trimmed()));
    }
}

void MainWindow::deriveFutureMap() {
    if (!m_document || !m_document->map(m_currentMap))
        return;
    const QString name = freeMapName(m_document->workshop(), tr("Future state"));
    auto command = commands::deriveFutureMap(m_document.get(), m_currentMap, name);
    if (!command)
        return;
    const MapUid uid = std::get<op::InsertMap>(command->operations().first()).map.uid;
    if (push(std::move(command))) {
        setCurrentMap(uid);
        statusBar()->showMessage(
            tr("“%1” is a copy to redesign; “%2” stays as it was, as its baseline.")
                .arg(name, m_document->map(uid)->info.baseline),
            10000);
    }
}

void MainWindow::renameMap() {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map || m_document->isReadOnly())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename map"), tr("Name:"),
                                               QLineEdit::Normal, map->info.name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == map->info.name)
        return;
    MapInfo info = map->info;
    info.name = name;
    if (!push(commands::changeMapInfo(m_document.get(), m_currentMap, info)))
        QMessageBox::information(this, tr("Rename map"),
                                 tr("A map named “%1” exists already.").arg(name));
}

void MainWindow::deleteMap() {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map || m_document->workshop().maps.size() < 2)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete map"),
        tr("Delete the map “%1” with everything on it? Edit → Undo brings it back.")
            .arg(map->info.name));
    if (answer == QMessageBox::Yes)
        push(commands::removeMap(m_document.get(), m_currentMap));
}

} // namespace sb
