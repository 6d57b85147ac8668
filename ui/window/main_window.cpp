#include "main_window.h"

#include "canvas/canvas_view.h"
#include "canvas/map_scene.h"
#include "find_bar.h"
#include "opening_progress.h"
#include "panels/analysis_watcher.h"
#include "panels/comparison_panel.h"
#include "panels/findings_panel.h"
#include "panels/inspector_panel.h"
#include "panels/labels.h"
#include "panels/legend_panel.h"
#include "panels/metrics_panel.h"
#include "panels/roadmap_panel.h"
#include "panels/teams_panel.h"
#include "presentation_bar.h"
#include "recent_files.h"
#include "shared_workshop_status.h"
#include "store/workshop_files.h"
#include "templates.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace sb {

MainWindow::MainWindow() {
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tabs = new QTabBar(centre);
    m_tabs->setMovable(true);
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    m_findBar = new FindBar(centre);
    m_view = new canvas::CanvasView(centre);
    m_presentationBar = new PresentationBar(centre);
    // Hidden from the start: the docks added below lay the window out, and a shown bar, as wide
    // as its large type, would set the window's minimum width (it grew past the screen).
    m_presentationBar->hide();
    layout->addWidget(m_presentationBar);
    layout->addWidget(m_tabs);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view, 1);
    setCentralWidget(centre);

    m_zoomLabel = new QLabel(this);
    m_fileLabel = new QLabel(this);
    m_shared = new SharedWorkshopStatus(
        [this] {
            updateTitle();
            updateActions();
            // Their fields would take edits the document refuses until the server is back.
            for (QWidget* panel :
                 {static_cast<QWidget*>(m_inspector), static_cast<QWidget*>(m_teams),
                  static_cast<QWidget*>(m_roadmap)})
                panel->setEnabled(!m_shared->isLost());
        },
        this);
    statusBar()->addPermanentWidget(m_shared);
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    createMenus();
    createToolBar();
    createDocks();
    createAgenda();
    createPresentation();

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_syncingTabs && index >= 0)
            setCurrentMap(m_tabs->tabData(index).toLongLong());
    });
    connect(m_tabs, &QTabBar::tabMoved, this, [this](int, int to) {
        if (m_syncingTabs || !m_document)
            return;
        push(commands::reorderMap(m_document.get(), m_tabs->tabData(to).toLongLong(), to));
    });
    connect(m_tabs, &QTabBar::tabBarDoubleClicked, this, [this](int) { renameMap(); });
    connect(m_view, &canvas::CanvasView::zoomChanged, this, &MainWindow::updateStatus);
    connect(m_findBar, &FindBar::matchesChanged, this,
            [this](const QList<commands::ElementRef>& matches) {
                if (canvas::MapScene* scene = currentScene())
                    scene->selectElements(matches);
            });
    connect(m_findBar, &FindBar::currentMatchChanged, this,
            [this](const commands::ElementRef& match) { m_view->centreOn({match}); });
    connect(m_findBar, &FindBar::closed, m_view, qOverload<>(&QWidget::setFocus));

    resize(1400, 900);
    const QSettings settings;
    m_geometryRestored = restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    if (!restoreState(settings.value(u"window/state"_s).toByteArray())) {
        // First start: the right-hand panels wide enough for the comparison table.
        if (auto* inspector = findChild<QDockWidget*>(u"inspectorDock"_s))
            resizeDocks({inspector}, {500}, Qt::Horizontal);
    }
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::showAtStartSize() {
    if (!m_geometryRestored && screen()) {
        // Most of the screen (a projector's included), no larger than a comfortable desktop
        // window.
        const QSize available = screen()->availableGeometry().size();
        resize(std::min(available.width() * 95 / 100, 1800),
               std::min(available.height() * 92 / 100, 1100));
    }
    fitIntoScreen();
    show();
    fitIntoScreen(); // again, now that the window manager's frame is known
    if (!m_geometryRestored)
        QTimer::singleShot(0, this, [this] {
            // Wide enough for the comparison table and for four tabs in longer languages.
            if (auto* inspector = findChild<QDockWidget*>(u"inspectorDock"_s))
                resizeDocks({inspector}, {500}, Qt::Horizontal);
        });
}

// A geometry saved on a larger screen, or by a version whose window was wider, comes back whole
// on this screen: no larger than its free area, and inside it.
void MainWindow::fitIntoScreen() {
    if (!screen() || isMaximized() || isFullScreen())
        return;
    const QRect available = screen()->availableGeometry();
    const QRect inner = geometry();
    const QRect outer = frameGeometry();
    const QSize frame = outer.size() - inner.size();
    const QSize size = inner.size().boundedTo(available.size() - frame).expandedTo(minimumSize());
    QRect fitted(outer.topLeft(), size + frame);
    fitted.moveRight(std::min(fitted.right(), available.right()));
    fitted.moveBottom(std::min(fitted.bottom(), available.bottom()));
    fitted.moveLeft(std::max(fitted.left(), available.left()));
    fitted.moveTop(std::max(fitted.top(), available.top()));
    if (fitted.size() != outer.size())
        resize(size);
    if (fitted.topLeft() != outer.topLeft())
        move(fitted.topLeft());
}

MainWindow::~MainWindow() {
    releaseDocument();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    setPresenting(false); // the layout to remember is the one outside presentation mode
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (m_document && !m_document->flush()) {
        const auto answer = QMessageBox::warning(
            this, tr("Changes not written"),
            tr("The last changes could not be written to the workshop file:\n%1\n\nClose anyway "
               "and lose them?")
                .arg(m_document->store()->errorString()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

canvas::MapScene* MainWindow::currentScene() const {
    return m_scenes.value(m_currentMap);
}

void MainWindow::setCurrentMap(MapUid uid) {
    if (!m_document || !m_document->map(uid))
        return;
    const bool first = !m_scenes.contains(uid);
    canvas::MapScene* prepared = std::exchange(m_preparedScene, nullptr);
    if (prepared &&
        (!first || prepared->document() != m_document.get() || prepared->mapUid() != uid)) {
        delete prepared;
        prepared = nullptr;
    }
    if (first) {
        auto* scene = prepared ? prepared : new canvas::MapScene(m_document.get(), uid, this);
        connect(scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateActions);
        connect(scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateStatus);
        connect(scene, &QGraphicsScene::selectionChanged, this,
                &MainWindow::showSelectionInInspector);
        connect(scene, &canvas::MapScene::moveRefused, this,
                [this](const QString& reason) { statusBar()->showMessage(reason, 8000); });
        m_scenes.insert(uid, scene);
    }
    m_currentMap = uid;
    // Only the scene on screen follows the document; the others catch up when shown.
    for (canvas::MapScene* scene : std::as_const(m_scenes))
        scene->setShown(scene->mapUid() == uid);
    m_view->setMapScene(m_scenes.value(uid));
    if (first)
        m_view->openFitted();
    m_findBar->setMap(m_document->map(uid));
    m_inspector->setMap(uid);
    m_teams->setMap(uid);
    m_legend->setMap(uid);
    m_analysis->setMap(uid);
    m_metrics->setMap(uid);
    m_comparison->setMap(uid);
    m_roadmap->setMap(uid);
    showSelectionInInspector();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->tabData(i).toLongLong() == uid && m_tabs->currentIndex() != i) {
            m_syncingTabs = true;
            m_tabs->setCurrentIndex(i);
            m_syncingTabs = false;
        }
    updateTitle();
    updateActions();
    updateStatus();
}

// An untitled workshop nobody drew anything in is not worth keeping in the data folder.
void MainWindow::releaseDocument() {
    m_inspector->setDocument(nullptr);
    m_teams->setDocument(nullptr);
    m_legend->setDocument(nullptr);
    m_analysis->setDocument(nullptr);
    m_metrics->setDocument(nullptr);
    m_comparison->setDocument(nullptr);
    m_roadmap->setDocument(nullptr);
    m_view->setMapScene(nullptr);
    for (canvas::MapScene* scene : std::as_const(m_scenes)) {
        scene->disconnect(this);
        delete scene;
    }
    m_scenes.clear();
    if (!m_document)
        return;
    const Store* store = m_document->store();
    const QString path = store ? store->address().toString() : QString();
    const bool blank = std::all_of(
        m_document->workshop().maps.cbegin(), m_document->workshop().maps.cend(), [](const Map& m) {
            bool empty = true;
            forEachKind([&]<class T>() { empty = empty && m.list<T>().isEmpty(); });
            return empty;
        });
    const bool discard = store && files::isUntitled(path) && blank &&
                         m_document->workshop().maps.size() <= 1 && !m_document->isReadOnly();
    m_document.reset();
    if (discard)
        QFile::remove(path);
}

void MainWindow::setDocument(std::unique_ptr<Document> document) {
    releaseDocument();
    m_currentMap = 0;
    if (m_undo) {
        m_editMenu->removeAction(m_undo);
        m_editMenu->removeAction(m_redo);
        delete m_undo;
        delete m_redo;
    }
    m_document = std::move(document);
    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_editMenu->insertAction(m_editMenu->actions().value(0), m_redo);
    m_editMenu->insertAction(m_redo, m_undo);
    connect(m_document.get(), &Document::changesApplied, this, &MainWindow::afterChanges);
    m_inspector->setDocument(m_document.get());
    m_teams->setDocument(m_document.get());
    m_legend->setDocument(m_document.get());
    m_analysis->setDocument(m_document.get());
    m_metrics->setDocument(m_document.get());
    m_comparison->setDocument(m_document.get());
    m_roadmap->setDocument(m_document.get());
    m_shared->follow(m_document.get());
    connect(m_document.get(), &Document::storeFailed, this, [this](const QString& message) {
        Store* store = m_document->store();
        if (store && store->live()) { // a shared workshop: the window reconnects by itself
            QMessageBox::critical(this, tr("Could not write the shared workshop"),
                                  tr("Your last change is kept and written once the server "
                                     "can be reached again.\n\n%1")
                                      .arg(message));
            return;
        }
        QMessageBox::critical(this, tr("Could not write the workshop file"),
                              tr("Your last change is kept and will be written with the next "
                                 "one. If this persists, use File → Save as to write the "
                                 "workshop elsewhere.\n\n%1")
                                  .arg(message));
    });
    // Queued: the map shows the elements as they are now before the message does.
    connect(
        m_document.get(), &Document::writeRefused, this,
        [this](const QString& message) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Changed by another facilitator"),
                                        message, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        },
        Qt::QueuedConnection);
    if (const Store* store = m_document->store(); store && !files::isUntitled(store->address()))
        RecentFiles::add(store->address().toString());
    syncTabs();
    if (!m_document->workshop().maps.isEmpty())
        setCurrentMap(m_document->workshop().maps.first().uid);
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::afterChanges(const ChangeSet& changes) {
    syncTabs();
    if (changes.changesMapList())
        dropScenesOfRemovedMaps();
    // The find bar holds the map itself, which another map's arrival or removal may move.
    if (changes.touches(m_currentMap) || changes.changesMapList())
        m_findBar->setMap(m_document->map(m_currentMap));
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::dropScenesOfRemovedMaps() {
    if (!m_document->map(m_currentMap) && !m_document->workshop().maps.isEmpty())
        setCurrentMap(m_document->workshop().maps.first().uid);
    for (auto it = m_scenes.begin(); it != m_scenes.end();) {
        if (m_document->map(it.key())) {
            ++it;
            continue;
        }
        if (m_view->mapScene() == it.value())
            m_view->setMapScene(nullptr);
        it.value()->disconnect(this);
        delete it.value();
        it = m_scenes.erase(it);
    }
}

void MainWindow::syncTabs() {
    m_syncingTabs = true;
    const QList<Map>& maps = m_document ? m_document->workshop().maps : QList<Map>();
    while (m_tabs->count() > maps.size())
        m_tabs->removeTab(m_tabs->count() - 1);
    for (qsizetype i = 0; i < maps.size(); ++i) {
        const Map& m = maps[i];
        const QString label = m.info.state == MapState::Future
                                  ? panels::nameWithState(m.info.name, MapState::Future)
                                  : m.info.name;
        if (i >= m_tabs->count())
            m_tabs->addTab(label);
        m_tabs->setTabText(static_cast<int>(i), label);
        m_tabs->setTabData(static_cast<int>(i), m.uid);
        m_tabs->setTabToolTip(static_cast<int>(i),
                              m.info.baseline.isEmpty()
                                  ? QString()
                                  : tr("Future state of “%1”").arg(m.info.baseline));
        if (m.uid == m_currentMap)
            m_tabs->setCurrentIndex(static_cast<int>(i));
    }
    m_syncingTabs = false;
}

void MainWindow::updateTitle() {
    if (!m_document) {
        setWindowTitle(tr("Streamboard"));
        return;
    }
    const QString workshop =
        m_document->store() ? m_document->store()->displayName() : tr("Workshop");
    const Map* map = m_document->map(m_currentMap);
    QString title = map ? tr("%1 — %2").arg(workshop, map->info.name) : workshop;
    if (m_document->isReadOnly())
        title += u' ' + tr("(read-only)");
    setWindowTitle(title + u" — Streamboard"_s);
}

void MainWindow::updateStatus() {
    m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(m_view->zoom() * 100)));
    if (!m_document) {
        m_fileLabel->clear();
        return;
    }
    if (const Store* store = m_document->store()) {
        const QString address = store->address().toString();
        m_fileLabel->setText(
            !store->address().scheme().isEmpty() ? store->address().toDisplayString()
            : files::isUntitled(address)         ? tr("Not saved under a name yet: kept in %1")
                                               .arg(QFileInfo(address).absolutePath())
                                         : address);
    }
}

bool MainWindow::push(commands::CommandPtr command) {
    if (!command || !m_document)
        return false;
    if (m_document->isReadOnly()) {
        statusBar()->showMessage(tr("This workshop is open read-only."), 5000);
        return false;
    }
    return m_document->push(command.release());
}

void MainWindow::selectAndEdit(const commands::ElementRef& element) {
    if (canvas::MapScene* scene = currentScene()) {
        scene->selectElements({element});
        m_view->reveal({element});
        m_view->editInPlace(element);
    }
}

bool MainWindow::showOpened(std::unique_ptr<Document> document, OpeningProgress& progress,
                            bool removeFileOnCancel) {
    if (!document->workshop().maps.isEmpty()) {
        auto scene = std::make_unique<canvas::MapScene>(
            document.get(), document->workshop().maps.first().uid, this,
            [&progress](qreal done) { return progress.building(done); });
        if (progress.wasCancelled()) {
            const Store* store = document->store();
            const QString path =
                store && removeFileOnCancel ? store->address().toString() : QString();
            scene.reset();
            document.reset();
            if (!path.isEmpty()) // the file an import has just made, nothing of the user's
                QFile::remove(path);
            return false;
        }
        delete m_preparedScene;
        m_preparedScene = scene.release();
    }
    setDocument(std::move(document));
    return true;
}

bool MainWindow::openFile(const QString& path) {
    if (!WorkshopAddress(path).scheme().isEmpty())
        return openAddress(path);
    if (QFileInfo(path).suffix().toLower() == u"json")
        return importJson(path);
    // The workshop this window has open already: nothing to open, and no other window to name.
    if (const Store* store = m_document ? m_document->store() : nullptr;
        store && store->address().isSameAs(path)) {
        statusBar()->showMessage(
            tr("%1 is open in this window already.").arg(QFileInfo(path).fileName()));
        return true;
    }
    // The progress exists only while something is read or built, never under a question: a
    // Cancel clicked there would silently stop the opening that was asked for.
    std::optional<OpeningProgress> progress;
    const auto openAs = [&](OpenMode mode) {
        progress.emplace(this, QFileInfo(path).fileName(), m_openingProgressDelay);
        return files::open(path, mode, [&progress](qint64 done, qint64 total) {
            return progress->reading(done, total);
        });
    };
    files::OpenedDocument opened = openAs(OpenMode::ReadWrite);
    if (opened.error == StoreError::LockedByOther) {
        progress.reset();
        const auto answer = QMessageBox::question(
            this, tr("Workshop already open"),
            tr("%1 is open in another Streamboard window. Open a read-only view of it?")
                .arg(QFileInfo(path).fileName()));
        if (answer != QMessageBox::Yes)
            return false;
        opened = openAs(OpenMode::ReadOnly);
    }
    if (opened.error == StoreError::Cancelled)
        return false;
    if (!opened) {
        progress.reset();
        QMessageBox::warning(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                             opened.errorString);
        return false;
    }
    if (!showOpened(std::move(opened.document), *progress, false))
        return false;
    if (m_document->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: changes cannot be written to this file."));
    return true;
}

bool MainWindow::newFromTemplate(int index) {
    const QList<WorkshopTemplate> templates = workshopTemplates();
    if (index < 0 || index >= templates.size())
        return false;
    QString error;
    const std::optional<Workshop> workshop = instantiate(templates[index], &error);
    files::OpenedDocument created;
    if (workshop) {
        created = files::createUntitled(*workshop);
        error = created.errorString;
    }
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create a workshop"), error);
        return false;
    }
    setDocument(std::move(created.document));
    return true;
}

} // namespace sb
