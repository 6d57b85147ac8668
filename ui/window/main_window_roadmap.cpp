// The Roadmap dock and the ways actions reach it: the Map menu, a finding's context menu, a
// kaizen burst's inspector and a future map's changes.
#include "canvas/map_scene.h"
#include "facilitation/action_drafts.h"
#include "main_window.h"
#include "panels/analysis_watcher.h"
#include "panels/findings_panel.h"
#include "panels/inspector_panel.h"
#include "panels/roadmap_panel.h"

#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace sb {

void MainWindow::createRoadmapDock() {
    m_roadmap = new panels::RoadmapPanel(this);
    auto* dock = new QDockWidget(tr("Roadmap"), this);
    dock->setObjectName(u"roadmapDock"_s);
    dock->setWidget(m_roadmap);
    dock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    if (auto* comparison = findChild<QDockWidget*>(u"comparisonDock"_s))
        tabifyDockWidget(comparison, dock);
    connect(m_roadmap, &panels::RoadmapPanel::actionActivated, this, &MainWindow::showAction);
    connect(m_findings, &panels::FindingsPanel::createActionRequested, this,
            [this](const Finding& finding) { createActionForFinding(finding); });
    connect(m_inspector, &panels::InspectorPanel::createActionForNote, this,
            [this](const Id& note) { createActionForKaizen(note); });
}

void MainWindow::showRoadmap() {
    if (auto* dock = findChild<QDockWidget*>(u"roadmapDock"_s)) {
        dock->show();
        dock->raise();
    }
}

// The action in the inspector, with nothing selected on the canvas to compete with it.
void MainWindow::showAction(const Id& action) {
    if (canvas::MapScene* scene = currentScene())
        scene->clearSelection();
    m_inspector->showElement(commands::ElementRef{ElementKind::Action, action});
}

Id MainWindow::addRoadmapAction() {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map || m_document->isReadOnly())
        return {};
    if (canvas::MapScene* scene = currentScene()) {
        const QList<commands::ElementRef> selected = scene->selectedElements();
        if (selected.size() == 1 && selected.first().kind == ElementKind::Note)
            if (const Note* n = map->find<Note>(selected.first().key);
                n && n->kind == NoteKind::Kaizen)
                return createActionForKaizen(n->id);
    }
    showRoadmap();
    const Id id = m_roadmap->addAction();
    if (!id.isEmpty())
        showAction(id);
    return id;
}

Id MainWindow::createActionForFinding(const Finding& finding) {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map || m_document->isReadOnly())
        return {};
    showRoadmap();
    const Id id = m_roadmap->addAction(actionForFinding(*map, finding));
    if (!id.isEmpty()) {
        showAction(id);
        m_inspector->focusMainField();
    }
    return id;
}

Id MainWindow::createActionForKaizen(const Id& note) {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    const Note* n = map ? map->find<Note>(note) : nullptr;
    if (!n || m_document->isReadOnly())
        return {};
    showRoadmap();
    const Id id = m_roadmap->addAction(actionForKaizen(*map, *n));
    if (!id.isEmpty()) {
        showAction(id);
        m_inspector->focusMainField();
    }
    return id;
}

int MainWindow::turnChangesIntoActions() {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map || map->info.state != MapState::Future || m_document->isReadOnly())
        return 0;
    const Map* baseline = m_document->workshop().mapNamed(map->info.baseline);
    if (!baseline)
        return 0;
    const QList<Action> drafts = actionsFromChanges(*baseline, *map);
    showRoadmap();
    if (drafts.isEmpty()) {
        statusBar()->showMessage(
            tr("Every change against “%1” has an action already, or there is none.")
                .arg(baseline->info.name),
            8000);
        return 0;
    }
    QList<Element> elements;
    for (const Action& a : drafts)
        elements.append(a);
    const int n = static_cast<int>(drafts.size());
    if (!push(commands::addElements(m_document.get(), m_currentMap, elements,
                                    tr("Turn changes into actions"))))
        return 0;
    statusBar()->showMessage(
        n == 1
            ? tr("1 action added to the roadmap: check its owner and give it a date.")
            : tr("%1 actions added to the roadmap: check their owners and give them dates.").arg(n),
        8000);
    return n;
}

} // namespace sb
