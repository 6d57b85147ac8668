// The Agenda dock on the example workshop: live progress, what a click on a step shows, the
// divergence flag and timebox durations as undoable commands, and the timer controls.
#include "canvas/map_scene.h"
#include "commands/commands.h"
#include "facilitation/timebox_timer.h"
#include "panels/agenda_panel.h"
#include "panels/agenda_row.h"
#include "panels/inspector_panel.h"
#include "test_main.h"
#include "test_paths.h"
#include "window/main_window.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

namespace tst_agenda_panel {

using namespace Qt::Literals::StringLiterals;
using namespace sb;

class TestAgendaPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void docksOnTheLeftWithTheEightSteps() {
        auto* dock = m_window->findChild<QDockWidget*>(u"agendaDock"_s);
        QVERIFY(dock);
        QVERIFY(dock->isVisible());
        QCOMPARE(m_window->dockWidgetArea(dock), Qt::LeftDockWidgetArea);
        panels::AgendaPanel* agenda = m_window->agendaPanel();
        QCOMPARE(agenda->items().size(), 8);
        QVERIFY(agenda->row(AgendaStep::Grid)->item().done);
        QCOMPARE(agenda->row(AgendaStep::Grid)->item().progress, u"10 of 10 cells filled"_s);
        QVERIFY(!agenda->row(AgendaStep::Shared)->item().done);
    }

    // Giving Identity an SLA settles it (platform-owned, two streams) and removes the one
    // staffing finding; undo brings both back.
    void progressFollowsEveryCommand() {
        Document* d = m_window->document();
        const MapUid map = m_window->currentMap();
        panels::AgendaPanel* agenda = m_window->agendaPanel();
        Capability identity = *d->map(map)->find<Capability>(u"cap-identity"_s);
        identity.sla = u"99.9%"_s;
        QVERIFY(d->push(commands::changeElement(d, map, identity).release()));
        QTRY_COMPARE(agenda->item(AgendaStep::Shared).progress,
                     u"3 of 5 depended-on capabilities are in order"_s);
        QVERIFY(agenda->item(AgendaStep::Staffing).done);
        QCOMPARE(agenda->row(AgendaStep::Staffing)->item().progress,
                 u"3 of 3 streams have an owner; no staffing findings"_s);
        d->undoStack()->undo();
        QTRY_VERIFY(!agenda->item(AgendaStep::Staffing).done);
    }

    // Shared: the unsettled capabilities are selected, the first one is in the inspector.
    void clickingAStepShowsWhatItIsAbout() {
        panels::AgendaPanel* agenda = m_window->agendaPanel();
        QTest::mouseClick(agenda->row(AgendaStep::Shared), Qt::LeftButton);
        QVERIFY(agenda->currentStep() == AgendaStep::Shared);
        QStringList selected;
        for (const commands::ElementRef& r : m_window->currentScene()->selectedElements())
            selected.append(r.key);
        selected.sort();
        QCOMPARE(selected, (QStringList{u"cap-catalog"_s, u"cap-identity"_s, u"cap-orders"_s}));
        QVERIFY(m_window->inspector()->shownElement());
        QCOMPARE(m_window->inspector()->shownElement()->key, u"cap-catalog"_s);
        QCOMPARE(agenda->nextLabel()->text(),
                 u"2 streams depend on “Product catalog”: let a supporting stream provide it or a "
                 "platform team own it."_s);
        // Staffing: what is left is a finding about Identity; the Findings dock comes up.
        QTest::mouseClick(agenda->row(AgendaStep::Staffing), Qt::LeftButton);
        QCOMPARE(m_window->currentScene()->selectedElements().size(), 1);
        QCOMPARE(m_window->currentScene()->selectedElements()[0].key, u"cap-identity"_s);
        QVERIFY(m_window->findChild<QDockWidget*>(u"findingsDock"_s)->isVisible());
    }

    void noMaterialDivergenceIsAnUndoableCommand() {
        Document* d = m_window->document();
        const MapUid map = m_window->currentMap();
        panels::AgendaPanel* agenda = m_window->agendaPanel();
        QVERIFY(!agenda->noDivergenceBox()->isVisible());
        agenda->setCurrentStep(AgendaStep::Divergences);
        QVERIFY(agenda->noDivergenceBox()->isVisible());
        QVERIFY(!agenda->noDivergenceBox()->isChecked());
        agenda->noDivergenceBox()->click();
        QVERIFY(d->map(map)->info.noMaterialDivergence);
        d->undoStack()->undo();
        QVERIFY(!d->map(map)->info.noMaterialDivergence);
        QTRY_VERIFY(!agenda->noDivergenceBox()->isChecked());
    }

    void durationsAreStoredInTheMap() {
        Document* d = m_window->document();
        const MapUid map = m_window->currentMap();
        panels::AgendaPanel* agenda = m_window->agendaPanel();
        agenda->setCurrentStep(AgendaStep::Grid);
        QCOMPARE(agenda->durationField()->value(), 45);
        QCOMPARE(agenda->remainingLabel()->text(), u"45:00"_s);
        agenda->durationField()->setValue(30);
        QCOMPARE(d->map(map)->info.timeboxes[AgendaStep::Grid], 1800.0);
        QTRY_COMPARE(agenda->remainingLabel()->text(), u"30:00"_s);
        QCOMPARE(m_window->timeboxTimer()->duration(AgendaStep::Grid), qint64(1800 * 1000));
        d->undoStack()->undo();
        QCOMPARE(d->map(map)->info.timeboxes[AgendaStep::Grid], 2700.0);
        QTRY_COMPARE(agenda->durationField()->value(), 45);
    }

    void timerButtons() {
        panels::AgendaPanel* agenda = m_window->agendaPanel();
        TimeboxTimer* timer = m_window->timeboxTimer();
        agenda->setCurrentStep(AgendaStep::Grid);
        QCOMPARE(agenda->startButton()->text(), u"Start"_s);
        QVERIFY(!m_window->timerStatusLabel()->isVisible());
        agenda->startButton()->click();
        QVERIFY(timer->isRunning(AgendaStep::Grid));
        QCOMPARE(agenda->startButton()->text(), u"Pause"_s);
        QVERIFY(m_window->timerStatusLabel()->isVisible());
        QVERIFY(m_window->timerStatusLabel()->text().startsWith(u"4. Fill the grid: "_s));
        QVERIFY(!agenda->row(AgendaStep::Grid)->timerText().isEmpty());
        agenda->extendButton()->click();
        QCOMPARE(timer->duration(AgendaStep::Grid), qint64(50 * 60 * 1000));
        agenda->startButton()->click();
        QVERIFY(!timer->running());
        QCOMPARE(agenda->startButton()->text(), u"Resume"_s);
        agenda->resetButton()->click();
        QCOMPARE(timer->remaining(AgendaStep::Grid), qint64(45 * 60 * 1000));
        QCOMPARE(agenda->startButton()->text(), u"Start"_s);
        QVERIFY(agenda->row(AgendaStep::Grid)->timerText().isEmpty());
        QVERIFY(!m_window->timerStatusLabel()->isVisible());
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

STREAMBOARD_TEST_MAIN(TestAgendaPanel)
} // namespace tst_agenda_panel
#include "tst_agenda_panel.moc"
