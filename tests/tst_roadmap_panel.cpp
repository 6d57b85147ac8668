#include "analysis/finding.h"
#include "canvas/map_scene.h"
#include "facilitation/action_drafts.h"
#include "facilitation/criteria.h"
#include "model/document.h"
#include "panels/analysis_watcher.h"
#include "panels/field_widgets.h"
#include "panels/findings_panel.h"
#include "panels/inspector_panel.h"
#include "panels/map_info_form.h"
#include "panels/note_form.h"
#include "panels/roadmap_model.h"
#include "panels/roadmap_panel.h"
#include "panels/stream_form.h"
#include "panels/team_form.h"
#include "test_main.h"
#include "test_workshops.h"
#include "window/main_window.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace tst_roadmap_panel {

using namespace sb;
using namespace Qt::Literals::StringLiterals;
using commands::ElementRef;
using panels::RoadmapModel;
using panels::RoadmapPanel;

// The Roadmap dock, the team's roles, the stream's decision criteria, the map's role list and
// the window's ways to create actions, driven as a user would, with the Document checked after
// every step: what it holds and how many undo entries it has.
class TestRoadmapPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<panels::InspectorPanel> m_inspector;

    const Map& map() const { return *m_doc->map(1); }
    int undoCount() const { return m_doc->undoStack()->count(); }
    void undo() { m_doc->undoStack()->undo(); }

    static Action action(const char* id, const char* title, ActionStatus status, QDate due) {
        Action a;
        a.id = QString::fromUtf8(id);
        a.title = QString::fromUtf8(title);
        a.status = status;
        a.due = due;
        return a;
    }

    template <class Form> Form* inspect(std::optional<ElementRef> element) {
        m_inspector = std::make_unique<panels::InspectorPanel>();
        m_inspector->setDocument(m_doc.get());
        m_inspector->setMap(1);
        m_inspector->showElement(element);
        m_inspector->resize(440, 1000);
        m_inspector->show();
        m_inspector->activateWindow();
        if (!QTest::qWaitForWindowActive(m_inspector.get()))
            return nullptr;
        return qobject_cast<Form*>(m_inspector->form());
    }

    static Map withRoles() {
        Map m = test::smallMap();
        m.teams[0].roles = {{u"Product"_s, 1}, {u"QA"_s, 2}};
        m.teams[0].size = 3;
        m.teams[1].roles = {{u"Engineering"_s, 7}};
        return m;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        Workshop w;
        w.maps = {test::smallMap()};
        m_doc = std::make_unique<Document>(w);
    }

    void cleanup() {
        m_inspector.reset();
        m_doc.reset();
    }

    // Roadmap dock.

    void addEditStatusAndDeleteWithUndo() {
        RoadmapPanel panel;
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        QVERIFY(panel.emptyLabel()->isVisibleTo(&panel));
        QSignalSpy activated(&panel, &RoadmapPanel::actionActivated);
        const Id id = panel.addAction();
        QCOMPARE(id, u"action1"_s);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<Id>(), id);
        QCOMPARE(map().actions.size(), 1);
        QCOMPARE(map().actions[0].title, u"New action"_s);
        QCOMPARE(undoCount(), 1);
        QCOMPARE(panel.selectedAction(), id);
        QVERIFY(panel.deleteButton()->isEnabled());
        QVERIFY(!panel.emptyLabel()->isVisibleTo(&panel));
        QCOMPARE(panel.summaryLabel()->text(), u"1 action: 1 open, 0 done"_s);

        // In place: title, owner, status.
        RoadmapModel* model = panel.model();
        QVERIFY(model->setData(model->index(0, RoadmapModel::TitleColumn), u"Automate deploys"_s,
                               Qt::EditRole));
        QVERIFY(model->setData(model->index(0, RoadmapModel::OwnerColumn), u"t2"_s, Qt::EditRole));
        QCOMPARE(map().actions[0].title, u"Automate deploys"_s);
        QCOMPARE(map().actions[0].owner, u"t2"_s);
        QCOMPARE(model->index(0, RoadmapModel::OwnerColumn).data().toString(), u"Platform"_s);
        QCOMPARE(undoCount(), 3);
        QVERIFY(panel.setSelectedStatus(ActionStatus::InProgress));
        QVERIFY(map().actions[0].status == ActionStatus::InProgress);
        QVERIFY(panel.setSelectedStatus(ActionStatus::Done));
        QVERIFY(map().actions[0].status == ActionStatus::Done);
        QCOMPARE(undoCount(), 5); // each quick status change is its own entry
        QCOMPARE(panel.summaryLabel()->text(), u"1 action: 0 open, 1 done"_s);

        // Delete key in the table deletes the action; undo brings it back, status and all.
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QVERIFY(map().actions.isEmpty());
        undo();
        QCOMPARE(map().actions.size(), 1);
        QVERIFY(map().actions[0].status == ActionStatus::Done);
        QCOMPARE(model->rowCount(), 1);
        undo();
        QVERIFY(map().actions[0].status == ActionStatus::InProgress);
    }

    void openActionsFirstByDueDateOverdueMarked() {
        const QDate today(2026, 5, 10);
        Map m = test::smallMap();
        m.actions = {action("a1", "Done early", ActionStatus::Done, QDate(2026, 1, 1)),
                     action("a2", "Later", ActionStatus::Planned, QDate(2026, 6, 1)),
                     action("a3", "Undated", ActionStatus::Planned, {}),
                     action("a4", "Late", ActionStatus::Planned, QDate(2026, 5, 9)),
                     action("a5", "Started", ActionStatus::InProgress, {}),
                     action("a6", "Dropped late", ActionStatus::Dropped, QDate(2026, 1, 1))};
        m.actions[1].links = {u"c"_s, u"n1"_s};
        m.actions[1].findings = {u"handoff:b,c"_s};
        Workshop w;
        w.maps = {m};
        m_doc = std::make_unique<Document>(w);
        RoadmapPanel panel;
        panel.model()->setToday(today);
        panel.setDocument(m_doc.get());
        panel.setMap(1);
        RoadmapModel* model = panel.model();
        QStringList order;
        for (int row = 0; row < model->rowCount(); ++row)
            order << model->idAt(row);
        // In progress; planned by due date, undated last; done; dropped.
        QCOMPARE(order, (QStringList{u"a5"_s, u"a4"_s, u"a2"_s, u"a3"_s, u"a1"_s, u"a6"_s}));
        // Only the open action due before today is overdue; done and dropped ones never are.
        QVERIFY(model->index(1, 0).data(RoadmapModel::OverdueRole).toBool());
        for (int row : {0, 2, 3, 4, 5})
            QVERIFY(!model->index(row, 0).data(RoadmapModel::OverdueRole).toBool());
        QCOMPARE(model->overdueCount(), 1);
        QCOMPARE(model->index(1, RoadmapModel::DueColumn).data().toString(),
                 u"⚠ "_s + QLocale().toString(QDate(2026, 5, 9), QLocale::ShortFormat));
        QCOMPARE(model->index(1, RoadmapModel::DueColumn).data(Qt::ToolTipRole).toString(),
                 u"Overdue by 1 day"_s);
        QCOMPARE(model->index(3, RoadmapModel::DueColumn).data().toString(), u"No date"_s);
        QCOMPARE(model->index(2, RoadmapModel::TitleColumn).data(RoadmapModel::AboutRole),
                 QVariant(u"Deploy, Why so slow?, 1 finding"_s));
        QCOMPARE(panel.summaryLabel()->text(), u"6 actions: 4 open, 1 done · 1 overdue"_s);
        // A planned action started moves up to the in-progress group, the pick staying on it.
        panel.selectAction(u"a3"_s);
        QVERIFY(model->setData(model->index(3, RoadmapModel::StatusColumn),
                               int(ActionStatus::InProgress), Qt::EditRole));
        QCOMPARE(model->idAt(0),
                 u"a3"_s); // in progress and undated, like a5, but first in the file
        QCOMPARE(panel.selectedAction(), u"a3"_s);
    }

    // Team roles.

    void teamRolesSetTheSizeAndUndoRestoresIt() {
        auto* form = inspect<panels::TeamForm>(ElementRef{ElementKind::Team, u"t1"_s});
        QVERIFY(form);
        QCOMPARE(map().teams[0].size, std::optional<int>(5));
        QVERIFY(!form->sizeField()->isReadOnly());
        QVERIFY(!form->roleField(u"Sales"_s));
        QSpinBox* engineering = form->roleField(u"Engineering"_s);
        QSpinBox* product = form->roleField(u"Product"_s);
        QVERIFY(engineering && product);
        engineering->setValue(4);
        QCOMPARE(map().teams[0].roles, (QList<RoleCount>{{u"Engineering"_s, 4}}));
        QCOMPARE(map().teams[0].size, std::optional<int>(4));
        QCOMPARE(undoCount(), 1);
        QVERIFY(form->sizeField()->isReadOnly());
        QCOMPARE(form->sizeField()->value(), 4);
        product->setValue(2);
        QCOMPARE(map().teams[0].roles,
                 (QList<RoleCount>{{u"Product"_s, 2}, {u"Engineering"_s, 4}}));
        QCOMPARE(map().teams[0].size, std::optional<int>(6));
        QCOMPARE(undoCount(), 2);
        QCOMPARE(form->sizeField()->value(), 6);
        // The size field takes no typing while roles count.
        form->sizeField()->setValue(9);
        QCOMPARE(map().teams[0].size, std::optional<int>(6));
        QCOMPARE(undoCount(), 2);
        undo();
        QCOMPARE(map().teams[0].size, std::optional<int>(4));
        QCOMPARE(product->value(), 0);
        undo();
        QVERIFY(map().teams[0].roles.isEmpty());
        QCOMPARE(map().teams[0].size, std::optional<int>(5));
        QVERIFY(!form->sizeField()->isReadOnly());
        QCOMPARE(engineering->value(), 0);
    }

    // Decision criteria.

    void criteriaTogglesAndNotesAreCommands() {
        auto* form = inspect<panels::StreamForm>(ElementRef{ElementKind::Stream, u"vs1"_s});
        QVERIFY(form);
        QCheckBox* policy = form->criterionBox(Criterion::PolicyDeltas);
        policy->click();
        QVERIFY(map().streams[0].criteria[Criterion::PolicyDeltas].met);
        QCOMPARE(undoCount(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(),
                 u"Change decision criterion “Policy and SLA deltas” of “Shopper purchase”"_s);
        QLineEdit* note = form->criterionNote(Criterion::PolicyDeltas);
        note->setFocus();
        QTest::keyClicks(note, u"Refunds SLA"_s);
        QCOMPARE(map().streams[0].criteria[Criterion::PolicyDeltas].note, u"Refunds SLA"_s);
        QCOMPARE(undoCount(), 2); // the typing is one entry
        undo();
        QCOMPARE(map().streams[0].criteria[Criterion::PolicyDeltas].note, QString());
        QCOMPARE(note->text(), QString());
        undo();
        QVERIFY(!policy->isChecked());
    }

    void derivedCriteriaFollowTheCardLive() {
        auto* form = inspect<panels::StreamForm>(ElementRef{ElementKind::Stream, u"vs1"_s});
        QVERIFY(form);
        QCheckBox* time = form->criterionBox(Criterion::TimeIntegrity);
        // smallMap's slice has proof points but the card has no trigger or finish line.
        QVERIFY(!time->isChecked());
        QCOMPARE(form->criterionText(Criterion::TimeIntegrity)->text(),
                 u"Missing: a trigger on the card and a finish line on the card."_s);
        QTest::mouseClick(time, Qt::LeftButton); // the room cannot tick it
        QVERIFY(!time->isChecked());
        QCOMPARE(undoCount(), 0);
        form->cardField(CardField::Trigger)->setFocus();
        QTest::keyClicks(form->cardField(CardField::Trigger), u"Search"_s);
        form->cardField(CardField::FinishLine)->setFocus();
        QTest::keyClicks(form->cardField(CardField::FinishLine), u"Paid"_s);
        QVERIFY(time->isChecked());
        QCOMPARE(form->criterionText(Criterion::TimeIntegrity)->text(),
                 u"Starts at “Search”, finishes at “Paid”, with 2 proof points in the grid of "
                 u"“Consumer”."_s);
        // Its note is the room's to write.
        QLineEdit* note = form->criterionNote(Criterion::TimeIntegrity);
        note->setFocus();
        QTest::keyClicks(note, u"ok"_s);
        QCOMPARE(map().streams[0].criteria[Criterion::TimeIntegrity].note, u"ok"_s);
    }

    // The map's role list.

    void renamingARoleReachesTeamsAndRequiredRolesInOneUndo() {
        Workshop w;
        w.maps = {withRoles()};
        m_doc = std::make_unique<Document>(w);
        auto* form = inspect<panels::MapInfoForm>(std::nullopt);
        QVERIFY(form);
        QCOMPARE(form->roleRows().size(), 6);
        QLineEdit* product = form->roleRows()[0].name;
        QCOMPARE(product->text(), u"Product"_s);
        QVERIFY(form->roleRows()[0].required->isChecked());
        product->setFocus();
        product->selectAll();
        QTest::keyClicks(product, u"Product owner"_s);
        QVERIFY2(undoCount() == 0, qPrintable(m_doc->undoStack()->undoText())); // when it is left
        QTest::keyClick(product, Qt::Key_Return);
        QCOMPARE(map().info.settings.roles.first(), u"Product owner"_s);
        QCOMPARE(map().info.settings.requiredRoles,
                 (QStringList{u"Product owner"_s, u"Engineering"_s}));
        QCOMPARE(map().teams[0].roles, (QList<RoleCount>{{u"Product owner"_s, 1}, {u"QA"_s, 2}}));
        QCOMPARE(undoCount(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), u"Rename role “Product” to “Product owner”"_s);
        undo();
        QCOMPARE(map().info.settings.roles.first(), u"Product"_s);
        QCOMPARE(map().teams[0].roles.first().role, u"Product"_s);
        QCOMPARE(map().info.settings.requiredRoles, (QStringList{u"Product"_s, u"Engineering"_s}));
        QCOMPARE(product->text(), u"Product"_s);

        // A name the map has already is refused and the field shows the old name again.
        product->setFocus();
        product->selectAll();
        QTest::keyClicks(product, u"QA"_s);
        QTest::keyClick(product, Qt::Key_Return);
        QCOMPARE(m_doc->undoStack()->index(), 0); // the undone rename, and nothing new
        QCOMPARE(undoCount(), 1);
        QCOMPARE(product->text(), u"Product"_s);
    }

    void removingAddingAndRequiringRoles() {
        Workshop w;
        w.maps = {withRoles()};
        m_doc = std::make_unique<Document>(w);
        auto* form = inspect<panels::MapInfoForm>(std::nullopt);
        QVERIFY(form);
        // QA is the fourth role; Checkout has 2 people in it.
        QCOMPARE(map().info.settings.roles[3], u"QA"_s);
        QTest::mouseClick(form->roleRows()[3].remove, Qt::LeftButton);
        QVERIFY(!map().info.settings.roles.contains(u"QA"_s));
        QCOMPARE(map().teams[0].roles, (QList<RoleCount>{{u"Product"_s, 1}}));
        QCOMPARE(map().teams[0].size, std::optional<int>(1));
        QCOMPARE(form->roleRows().size(), 5);
        QCOMPARE(undoCount(), 1);
        QTest::mouseClick(form->roleRows()[2].required, Qt::LeftButton); // Design
        QCOMPARE(map().info.settings.requiredRoles,
                 (QStringList{u"Product"_s, u"Engineering"_s, u"Design"_s}));
        form->newRoleField()->setFocus();
        QTest::keyClicks(form->newRoleField(), u"Data"_s);
        QTest::mouseClick(form->addRoleButton(), Qt::LeftButton);
        QCOMPARE(map().info.settings.roles.last(), u"Data"_s);
        QCOMPARE(form->roleRows().size(), 6);
        QCOMPARE(form->newRoleField()->text(), QString());
        QCOMPARE(undoCount(), 3);
        undo();
        undo();
        undo();
        QCOMPARE(map(), withRoles());
    }

    // The window.

    void turningChangesIntoActionsIsOneCommand() {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dock = window.findChild<QDockWidget*>(u"roadmapDock"_s);
        QVERIFY(dock);
        QVERIFY(window.tabifiedDockWidgets(dock).contains(
            window.findChild<QDockWidget*>(u"comparisonDock"_s)));
        auto* turn = window.findChild<QAction*>(u"turnChangesIntoActions"_s);
        auto* add = window.findChild<QAction*>(u"addAction"_s);
        QVERIFY(turn && add);
        QCOMPARE(add->shortcut(), QKeySequence(u"Ctrl+Shift+A"_s));
        QVERIFY(!turn->isEnabled()); // a current-state map
        Document* d = window.document();
        QVERIFY(d->push(commands::deriveFutureMap(d, window.currentMap(), u"Future"_s).release()));
        const MapUid future = d->workshop().maps[1].uid;
        window.setCurrentMap(future);
        QVERIFY(turn->isEnabled());
        Stage checkout = *d->map(future)->find<Stage>(u"sp-checkout"_s);
        checkout.owner = u"t-storefront"_s;
        QVERIFY(d->push(commands::changeElement(d, future, checkout).release()));
        QVERIFY(d->push(
            commands::removeElements(d, future, {{ElementKind::Stage, u"p-fraud"_s}}).release()));
        const int before = d->undoStack()->count();
        turn->trigger();
        const Map& m = *d->map(future);
        QCOMPARE(m.actions.size(), 2);
        QCOMPARE(m.actions[0].title, u"Move “Checkout” to team Storefront"_s);
        QCOMPARE(m.actions[0].owner, u"t-storefront"_s);
        QCOMPARE(m.actions[1].title, u"Retire stage “Manual fraud review”"_s);
        QCOMPARE(d->undoStack()->count(), before + 1);
        QVERIFY(dock->isVisible());
        QCOMPARE(window.roadmapPanel()->model()->rowCount(), 2);
        QCOMPARE(window.turnChangesIntoActions(), 0); // covered now
        d->undoStack()->undo();
        QVERIFY(d->map(future)->actions.isEmpty());
    }

    void actionsFromAFindingAndAKaizenBurst() {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Document* d = window.document();
        const MapUid uid = window.currentMap();

        // The findings panel's context menu.
        panels::FindingsPanel* findings = window.findingsPanel();
        QTRY_VERIFY(findings->model()->rowCount() > 0);
        const panels::FindingKey cycle{u"dependency-cycle"_s, {u"cap-orders"_s, u"cap-pipeline"_s}};
        std::unique_ptr<QMenu> menu(findings->contextMenuFor(findings->model()->indexOf(cycle)));
        QVERIFY(menu);
        QAction* create = menu->findChild<QAction*>(u"createAction"_s);
        QVERIFY(create);
        QCOMPARE(create->text(), u"Create action for this finding"_s);
        create->trigger();
        QCOMPARE(d->map(uid)->actions.size(), 1);
        const Action fromFinding = d->map(uid)->actions[0];
        QCOMPARE(fromFinding.findings, QStringList{u"dependency-cycle:cap-orders,cap-pipeline"_s});
        QCOMPARE(fromFinding.links, (QList<Id>{u"cap-orders"_s, u"cap-pipeline"_s}));
        QCOMPARE(fromFinding.owner, u"t-dba"_s); // the order database's owner
        QCOMPARE(fromFinding.title, u"2 elements depend on each other in a circle: Order "
                                    u"database → Deployment pipeline → Order database."_s);
        QVERIFY(window.inspector()->shownElement()->kind == ElementKind::Action);
        QCOMPARE(window.inspector()->shownElement()->key, fromFinding.id);

        // A kaizen burst's "Create action" in the inspector.
        const Note* burst = nullptr;
        for (const Note& n : d->map(uid)->notes)
            if (n.kind == NoteKind::Kaizen)
                burst = &n;
        QVERIFY(burst);
        const Id burstId = burst->id;
        window.currentScene()->selectElements({{ElementKind::Note, burstId}});
        auto* noteForm = qobject_cast<panels::NoteForm*>(window.inspector()->form());
        QVERIFY(noteForm);
        QVERIFY(noteForm->createActionButton()->isVisibleTo(noteForm));
        QTest::mouseClick(noteForm->createActionButton(), Qt::LeftButton);
        QCOMPARE(d->map(uid)->actions.size(), 2);
        QCOMPARE(d->map(uid)->actions[1].links, QList<Id>{burstId});
        QCOMPARE(window.inspector()->shownElement()->key, d->map(uid)->actions[1].id);
        QCOMPARE(window.roadmapPanel()->selectedAction(), d->map(uid)->actions[1].id);
    }
};

STREAMBOARD_TEST_MAIN(TestRoadmapPanel)
} // namespace tst_roadmap_panel
#include "tst_roadmap_panel.moc"
