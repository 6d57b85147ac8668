// The main window's own behaviour, apart from what its panels and canvas do.
#include "panels/labels.h"
#include "test_main.h"
#include "window/main_window.h"
#include "window/templates.h"

#include <QAction>
#include <QStandardPaths>
#include <QTest>

namespace tst_main_window {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Most platforms bind no keys to QKeySequence::SaveAs (this one neither), so the action
    // names its own, which the File menu shows beside it.
    void saveAsHasCtrlShiftS() {
        MainWindow window;
        const auto* saveAs = window.findChild<QAction*>(u"saveAs"_s);
        QVERIFY(saveAs);
        QCOMPARE(saveAs->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QCOMPARE(saveAs->shortcut().toString(QKeySequence::PortableText), u"Ctrl+Shift+S"_s);
    }

    // Software delivery counts working days: "1d" of coding in a new workshop is 8 hours of work,
    // as in the bundled examples.
    void newEmptyWorkshopCountsEightHourDays() {
        const QList<WorkshopTemplate> templates = workshopTemplates();
        QVERIFY(templates.first().resource.isEmpty()); // the empty workshop
        QString error;
        const std::optional<Workshop> workshop = instantiate(templates.first(), &error);
        QVERIFY2(workshop, qPrintable(error));
        QCOMPARE(workshop->maps.size(), 1);
        QCOMPARE(workshop->maps.first().info.settings.workingDayHours, 8.0);

        MainWindow window;
        QVERIFY(window.newFromTemplate(0));
        QCOMPARE(window.document()->map(window.currentMap())->info.settings.workingDayHours, 8.0);
    }

    // Tabs and chart legends put a map's state beside its name, unless the name says it already:
    // not "Future state (future)", not "Current (Current state)".
    void mapNamesSayTheirStateOnce() {
        using panels::nameWithState;
        QCOMPARE(nameWithState(u"Future state"_s, MapState::Future), u"Future state"_s);
        QCOMPARE(nameWithState(u"future 2027"_s, MapState::Future), u"future 2027"_s);
        QCOMPARE(nameWithState(u"Q4 target"_s, MapState::Future), u"Q4 target (future)"_s);
        QCOMPARE(nameWithState(u"Current state"_s, MapState::Current), u"Current state"_s);
        QCOMPARE(nameWithState(u"As is"_s, MapState::Current), u"As is (current)"_s);
    }
};

STREAMBOARD_TEST_MAIN(TestMainWindow)
} // namespace tst_main_window
#include "tst_main_window.moc"
