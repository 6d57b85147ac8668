// Presentation mode: what it hides and shows, its keys, and that leaving puts back the layout.
#include "canvas/canvas_view.h"
#include "canvas/map_scene.h"
#include "facilitation/agenda_steps.h"
#include "facilitation/timebox_timer.h"
#include "panels/agenda_panel.h"
#include "test_main.h"
#include "test_paths.h"
#include "window/main_window.h"
#include "window/presentation_bar.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QToolBar>

namespace tst_presentation {

using namespace Qt::Literals::StringLiterals;
using namespace sb;

namespace {

QHash<QString, bool> dockVisibility(const MainWindow& window) {
    QHash<QString, bool> shown;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        shown.insert(dock->objectName(), dock->isVisible());
    return shown;
}

QAction* action(const MainWindow& window, const QString& name) {
    return window.findChild<QAction*>(name);
}

} // namespace

class TestPresentation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void entersFullScreenWithEverythingButTheCanvasHidden() {
        MainWindow& w = *m_window;
        QVERIFY(!w.presentationBar()->isVisible());
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.isPresenting());
        QVERIFY(action(w, u"presentationMode"_s)->isChecked());
        QVERIFY(w.windowState() & Qt::WindowFullScreen);
        for (QDockWidget* dock : w.findChildren<QDockWidget*>())
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        for (QToolBar* bar : w.findChildren<QToolBar*>())
            QVERIFY(!bar->isVisible());
        QVERIFY(!w.menuBar()->isVisible());
        QVERIFY(!w.statusBar()->isVisible());
        QVERIFY(!w.centralWidget()->findChild<QTabBar*>()->isVisible());
        QVERIFY(w.presentationBar()->isVisible());
        QVERIFY(w.canvasView()->isPresentation());
        QCOMPARE(w.presentationBar()->titleLabel()->text(), agendaTitle(AgendaStep::Slices));
        QCOMPARE(w.presentationBar()->progressLabel()->text(), u"✓ 2 slices (2–5 recommended)"_s);
        // F5 again leaves, as does Escape.
        QTest::keyClick(w.canvasView(), Qt::Key_F5);
        QVERIFY(!w.isPresenting());
        QVERIFY(!w.canvasView()->isPresentation());
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.isPresenting());
        QTest::keyClick(w.canvasView(), Qt::Key_Escape);
        QVERIFY(!w.isPresenting());
        QVERIFY(!action(w, u"presentationMode"_s)->isChecked());
    }

    void leavingRestoresTheLayoutExactly() {
        MainWindow& w = *m_window;
        // A layout of the facilitator's own: findings closed, zoomed in.
        w.findChild<QDockWidget*>(u"findingsDock"_s)->hide();
        w.canvasView()->setZoom(0.8);
        QCoreApplication::processEvents(); // the docks laid out as they are shown
        const QByteArray state = w.saveState();
        const QHash<QString, bool> docks = dockVisibility(w);
        const Qt::WindowStates windowState = w.windowState();
        const QTransform transform = w.canvasView()->transform();
        QVERIFY(!docks.value(u"findingsDock"_s));
        QVERIFY(docks.value(u"agendaDock"_s));

        w.setPresenting(true);
        QTest::keyClick(w.canvasView(), Qt::Key_PageDown); // moves and zooms the canvas
        QVERIFY(w.canvasView()->transform() != transform);
        QTest::keyClick(w.canvasView(), Qt::Key_Escape);
        QCoreApplication::processEvents();

        QCOMPARE(w.windowState(), windowState);
        QVERIFY(!(w.windowState() & Qt::WindowFullScreen));
        QCOMPARE(w.saveState(), state);
        QCOMPARE(dockVisibility(w), docks);
        QVERIFY(w.menuBar()->isVisible());
        QVERIFY(w.statusBar()->isVisible());
        QVERIFY(w.centralWidget()->findChild<QTabBar*>()->isVisible());
        for (QToolBar* bar : w.findChildren<QToolBar*>())
            QVERIFY(bar->isVisible());
        QVERIFY(!w.presentationBar()->isVisible());
        QCOMPARE(w.canvasView()->transform(), transform);
        QCOMPARE(w.canvasView()->zoom(), 0.8);
    }

    void keysMoveBetweenStepsAndStreams() {
        MainWindow& w = *m_window;
        w.setPresenting(true);
        panels::AgendaPanel* agenda = w.agendaPanel();
        QVERIFY(agenda->currentStep() == AgendaStep::Slices);
        QTest::keyClick(w.canvasView(), Qt::Key_PageDown);
        QVERIFY(agenda->currentStep() == AgendaStep::Outcomes);
        QTest::keyClick(w.canvasView(), Qt::Key_Right);
        QVERIFY(agenda->currentStep() == AgendaStep::Timeline);
        QCOMPARE(w.presentationBar()->titleLabel()->text(), agendaTitle(AgendaStep::Timeline));
        // The timeline's steps are selected on the canvas.
        QCOMPARE(w.currentScene()->selectedElements().size(), 5);
        QTest::keyClick(w.canvasView(), Qt::Key_PageUp);
        QVERIFY(agenda->currentStep() == AgendaStep::Outcomes);
        QTest::keyClick(w.canvasView(), Qt::Key_Left);
        QTest::keyClick(w.canvasView(), Qt::Key_Left); // stays on the first step
        QVERIFY(agenda->currentStep() == AgendaStep::Slices);
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(w.canvasView(), Qt::Key_PageDown);
        QVERIFY(agenda->currentStep() == AgendaStep::Staffing);
        QCOMPARE(w.presentationBar()->progressLabel()->text(),
                 u"3 of 3 streams have an owner; 1 staffing finding"_s);

        // Streams in lane order: the two customer streams, then the supporting one.
        QVERIFY(w.presentedStream().isEmpty());
        QTest::keyClick(w.canvasView(), Qt::Key_Down);
        QCOMPARE(w.presentedStream(), u"vs-shopper"_s);
        QTest::keyClick(w.canvasView(), Qt::Key_Down);
        QCOMPARE(w.presentedStream(), u"vs-enterprise"_s);
        const QList<commands::ElementRef> selected = w.currentScene()->selectedElements();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected[0].key, u"vs-enterprise"_s);
        const QRectF visible =
            w.canvasView()->mapToScene(w.canvasView()->viewport()->rect()).boundingRect();
        QVERIFY(
            visible.contains(w.currentScene()->layout().lanes.value(u"vs-enterprise"_s).center()));
        QTest::keyClick(w.canvasView(), Qt::Key_Down);
        QTest::keyClick(w.canvasView(), Qt::Key_Down); // stays on the last
        QCOMPARE(w.presentedStream(), u"vs-payments"_s);
        QTest::keyClick(w.canvasView(), Qt::Key_Up);
        QCOMPARE(w.presentedStream(), u"vs-enterprise"_s);
        QVERIFY(w.isPresenting());
    }

    void timerKeysWorkWhilePresenting() {
        MainWindow& w = *m_window;
        w.setPresenting(true);
        QTest::keyClick(w.canvasView(), Qt::Key_PageDown);
        QVERIFY(!w.timeboxTimer()->running());
        QCOMPARE(w.presentationBar()->timerLabel()->text(), u"15:00"_s);
        QTest::keyClick(w.canvasView(), Qt::Key_F6);
        QVERIFY(w.timeboxTimer()->running() == AgendaStep::Outcomes);
        QTest::keyClick(w.canvasView(), Qt::Key_F7);
        QCOMPARE(w.timeboxTimer()->duration(AgendaStep::Outcomes), qint64(20 * 60 * 1000));
        QTest::keyClick(w.canvasView(), Qt::Key_F6);
        QVERIFY(!w.timeboxTimer()->running());
        QTest::keyClick(w.canvasView(), Qt::Key_Escape);
        // Outside, the status bar names the step whose timer ran.
        QVERIFY(w.timerStatusLabel()->isVisible());
        QVERIFY2(w.timerStatusLabel()->text().startsWith(u"2. Say what winning looks like: "_s),
                 qPrintable(w.timerStatusLabel()->text()));
        QVERIFY(w.timerStatusLabel()->text().endsWith(u"(paused)"_s));
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

STREAMBOARD_TEST_MAIN(TestPresentation)
} // namespace tst_presentation
#include "tst_presentation.moc"
