#pragma once

#include "analysis/finding.h"
#include "commands/commands.h"
#include "json_imports.h"
#include "model/document.h"

#include <QHash>
#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;
class QTabBar;
class QTimer;

namespace sb {

class OpeningProgress;
class PresentationBar;
class PresentationMode;
class SharedWorkshopStatus;
class TimeboxTimer;

namespace canvas {
class CanvasView;
class MapScene;
} // namespace canvas

class FindBar;

namespace panels {
class AgendaPanel;
class AnalysisWatcher;
class ComparisonPanel;
class MetricsPanel;
class FindingsPanel;
class InspectorPanel;
class LegendPanel;
class RoadmapPanel;
class TeamsPanel;
} // namespace panels

// The facilitator's window: the map tabs, the canvas of the current map and the panels around
// it. Every change is a command on the Document's undo stack and reaches the file at once, so
// there is nothing to save; "Save as" copies the workshop elsewhere and continues there.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow();
    // Shows the window with its saved geometry, fitted into the screen's free area, or on first
    // start sized to the screen.
    void showAtStartSize();
    ~MainWindow() override;

    // Opens a .vsmap (offering read-only when another Streamboard has it open) or imports an
    // interchange .json into a new workshop. Shows a message and returns false on failure.
    // A progress dialog shows when this takes longer than openingProgressDelay(); cancelling it
    // keeps the workshop that was open.
    bool openFile(const QString& path);
    // A workshop at an address with a scheme (a shared one on a server): asks for a password
    // when the server wants one that libpq's sources do not have (main_window_shared.cpp).
    bool openAddress(const WorkshopAddress& address);
    int openingProgressDelay() const { return m_openingProgressDelay; }
    void setOpeningProgressDelay(int milliseconds) { m_openingProgressDelay = milliseconds; }
    // What opening an interchange .json again does when the workshop made from it is still there
    // and the file has not changed (main_window_import.cpp).
    enum class ReopenChoice { OpenExisting, NewCopy, Cancel };
    using ReopenChooser = std::function<ReopenChoice(const JsonImport& previous)>;
    // The window asks with a message box unless it has a chooser of its own, or all windows
    // have one: the tests answer so, as nobody would see the question.
    void setReopenChooser(ReopenChooser chooser) { m_reopenChooser = std::move(chooser); }
    static void setDefaultReopenChooser(ReopenChooser chooser);
    // Starts a new workshop from one of workshopTemplates().
    bool newFromTemplate(int index);

    Document* document() const { return m_document.get(); }
    canvas::CanvasView* canvasView() const { return m_view; }
    canvas::MapScene* currentScene() const;
    panels::InspectorPanel* inspector() const { return m_inspector; }
    panels::TeamsPanel* teamsPanel() const { return m_teams; }
    panels::FindingsPanel* findingsPanel() const { return m_findings; }
    panels::MetricsPanel* metricsPanel() const { return m_metrics; }
    panels::ComparisonPanel* comparisonPanel() const { return m_comparison; }
    panels::RoadmapPanel* roadmapPanel() const { return m_roadmap; }
    MapUid currentMap() const { return m_currentMap; }
    void setCurrentMap(MapUid map);

    // The agenda (main_window_agenda.cpp).
    panels::AgendaPanel* agendaPanel() const { return m_agenda; }
    TimeboxTimer* timeboxTimer() const { return m_timebox; }
    QLabel* timerStatusLabel() const { return m_timerStatus; }
    PresentationBar* presentationBar() const { return m_presentationBar; }
    // Selects and centres what an agenda step is about and brings up the panel to work on it.
    void showAgendaStep(AgendaStep step);
    void moveAgendaStep(int delta);
    // The stream shown last in presentation mode (Down/Up), empty before any.
    Id presentedStream() const { return m_presentedStream; }
    void moveStream(int delta);
    bool isPresenting() const;
    void setPresenting(bool on);

    // Map-menu edits, also used by tests; each is one command and returns the new element's id.
    Id addStep();
    Id addSlice();
    Id addStream(StreamKind kind);
    Id addCapability();
    Id addNote(NoteKind kind);
    // Roadmap edits (main_window_roadmap.cpp). Map → Add action: linked to the kaizen burst
    // selected on the canvas, if one is. Each adds one command and shows the action.
    Id addRoadmapAction();
    Id createActionForFinding(const Finding& finding);
    Id createActionForKaizen(const Id& note);
    // Map → Turn changes into actions; returns how many actions it added (one command).
    int turnChangesIntoActions();
    // Stream → Import work items (main_window_work_items.cpp): reads the file into the stream
    // of the current map as one command. Returns what the status bar says, or the error (the
    // CSV's line first) with ok false.
    QString importWorkItems(const Id& stream, const QString& path, const WorkItemSetup& setup,
                            bool replace, bool* ok);
    // The stream the Stream menu works on: the selected stream, the stream of the selected
    // stage, else the map's first stream; empty when the map has none.
    Id streamForMenu() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void fitIntoScreen();
    void createMenus();
    void createDocks();
    void createRoadmapDock();
    void showRoadmap();
    void showAction(const Id& action);
    void addRoadmapActionFromMenu() { addRoadmapAction(); }
    void importWorkItemsFromMenu();
    void turnChangesIntoActionsFromMenu() { turnChangesIntoActions(); }
    void showSelectionInInspector();
    void createToolBar();
    void createAgenda();
    void createPresentation();
    void updateTimerDisplays();
    void timeboxExpired(AgendaStep step);
    void updatePresentationBar();
    QAction* addAction(QMenu* menu, const QString& name, const QString& text,
                       const QKeySequence& shortcut, void (MainWindow::*slot)());
    bool importJson(const QString& path);
    ReopenChoice askReopen(const JsonImport& previous);
    void setDocument(std::unique_ptr<Document> document);
    void releaseDocument();
    void afterChanges(const ChangeSet& changes);
    void dropScenesOfRemovedMaps();
    void syncTabs();
    void updateTitle();
    void updateActions();
    void updateStatus();
    bool push(commands::CommandPtr command);
    void selectAndEdit(const commands::ElementRef& element);
    QString newStepName() const;

    void chooseTemplate();
    void chooseFileToOpen();
    void saveAs();
    void chooseSharedWorkshop();
    void shareOnServer();
    // Asks for the password the server at address wants; false when the user cancels.
    bool askPassword(const WorkshopAddress& address, const QString& reason);
    void exportMap();
    void printMap();
    void fillRecentMenu();
    void cut();
    void copy();
    void paste();
    void deleteSelection();
    void selectAll();
    void newCurrentMap();
    void deriveFutureMap();
    void renameMap();
    void deleteMap();
    void addCustomerStream() { addStream(StreamKind::Customer); }
    void addSupportingStream() { addStream(StreamKind::Supporting); }
    void addSticky() { addNote(NoteKind::Sticky); }
    void addKaizen() { addNote(NoteKind::Kaizen); }
    void addStepAction() { addStep(); }
    void addSliceAction() { addSlice(); }
    void addCapabilityAction() { addCapability(); }
    void toggleGrid();
    void showMapSettings();
    void showPreferences();
    void syncWithCatalog();
    void toggleChanges();

    std::unique_ptr<Document> m_document;
    QHash<MapUid, canvas::MapScene*> m_scenes;
    MapUid m_currentMap = 0;
    // Builds the new document's first canvas under the progress, then shows the document; false
    // (and nothing changed) when the opening was cancelled.
    // Builds the first map's canvas under the progress, then shows the workshop. Cancelled, the
    // window keeps what it had; removeFileOnCancel takes the new file of an import with it.
    bool showOpened(std::unique_ptr<Document> document, OpeningProgress& progress,
                    bool removeFileOnCancel);
    canvas::MapScene* m_preparedScene = nullptr; // built by showOpened for setCurrentMap
    int m_openingProgressDelay = 500;
    QTabBar* m_tabs = nullptr;
    canvas::CanvasView* m_view = nullptr;
    FindBar* m_findBar = nullptr;
    panels::InspectorPanel* m_inspector = nullptr;
    panels::TeamsPanel* m_teams = nullptr;
    panels::LegendPanel* m_legend = nullptr;
    panels::AnalysisWatcher* m_analysis = nullptr;
    panels::FindingsPanel* m_findings = nullptr;
    panels::MetricsPanel* m_metrics = nullptr;
    panels::ComparisonPanel* m_comparison = nullptr;
    panels::AgendaPanel* m_agenda = nullptr;
    TimeboxTimer* m_timebox = nullptr;
    QTimer* m_timerTick = nullptr;
    QLabel* m_timerStatus = nullptr;
    bool m_flashOn = false;
    bool m_geometryRestored = false;
    PresentationBar* m_presentationBar = nullptr;
    PresentationMode* m_presentation = nullptr;
    Id m_presentedStream;
    panels::RoadmapPanel* m_roadmap = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QLabel* m_fileLabel = nullptr;
    SharedWorkshopStatus* m_shared = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QHash<QString, QAction*> m_actions;
    bool m_syncingTabs = false;
    ReopenChooser m_reopenChooser;
};

} // namespace sb
