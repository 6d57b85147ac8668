// The main window's size on the screen: a saved geometry comes back fitted into the screen, a
// restart keeps the size, and the window fits a 1366×768 screen in every language. The tests run
// on an offscreen screen of that size (see runWindowGeometryTests below).
#include "i18n/translations.h"
#include "test_main.h"
#include "window/main_window.h"
#include "window/presentation_bar.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace tst_window_geometry {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

QRect availableArea() {
    return QGuiApplication::primaryScreen()->availableGeometry();
}

void settle() {
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

class TestWindowGeometry : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(availableArea().size(), QSize(1366, 768));
    }
    void init() {
        QSettings settings;
        settings.remove(u"window"_s);
    }
    void cleanup() { i18n::install(u"en"_s); }

    void languages_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("German") << u"de"_s;
    }

    // The first start takes 95% × 92% of the screen: 1366 × 95 / 100 = 1297 (whole pixels) and
    // 768 × 92 / 100 = 706. A restart keeps that size, whatever the panels and the language.
    void restartKeepsTheSize_data() { languages_data(); }
    void restartKeepsTheSize() {
        QFETCH(QString, language);
        QVERIFY(i18n::install(language));
        QSize sizes[3];
        for (QSize& size : sizes) {
            MainWindow window;
            QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
            window.showAtStartSize();
            settle();
            size = window.size();
            QVERIFY(window.close());
        }
        QCOMPARE(sizes[0], QSize(1297, 706));
        QCOMPARE(sizes[1], sizes[0]);
        QCOMPARE(sizes[2], sizes[0]);
    }

    // A geometry saved on a larger screen (2600 × 1400) comes back inside this one.
    void oversizeGeometryIsFittedToTheScreen_data() { languages_data(); }
    void oversizeGeometryIsFittedToTheScreen() {
        QFETCH(QString, language);
        QVERIFY(i18n::install(language));
        {
            MainWindow large;
            large.setGeometry(40, 30, 2600, 1400);
            QCOMPARE(large.size(), QSize(2600, 1400));
            QSettings().setValue(u"window/geometry"_s, large.saveGeometry());
        }
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        window.showAtStartSize();
        settle();
        QVERIFY2(availableArea().contains(window.frameGeometry()),
                 qPrintable(u"%1×%2 at %3,%4"_s.arg(window.width())
                                .arg(window.height())
                                .arg(window.x())
                                .arg(window.y())));
        // Every panel on the screen with it (a panel behind another's tab is not shown).
        for (const QDockWidget* dock : window.findChildren<QDockWidget*>())
            if (!dock->visibleRegion().isEmpty())
                QVERIFY2(
                    availableArea().contains(QRect(dock->mapToGlobal(QPoint(0, 0)), dock->size())),
                    qPrintable(dock->objectName()));
    }

    // The window's minimum size, its panels filled with the example, fits the screen: before it
    // is shown (when a restored geometry is applied) and after.
    void minimumSizeFitsTheScreen_data() { languages_data(); }
    void minimumSizeFitsTheScreen() {
        QFETCH(QString, language);
        QVERIFY(i18n::install(language));
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        const auto fits = [](const QSize& minimum) {
            return minimum.width() <= availableArea().width() &&
                   minimum.height() <= availableArea().height();
        };
        QVERIFY2(fits(window.minimumSizeHint()),
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        window.showAtStartSize();
        settle();
        QVERIFY2(fits(window.minimumSizeHint()),
                 qPrintable(QString::number(window.minimumSizeHint().width())));
    }

    // Presentation mode fills the screen and no more: the band across the top, its timer
    // included, is inside it.
    void presentationFitsTheScreen_data() { languages_data(); }
    void presentationFitsTheScreen() {
        QFETCH(QString, language);
        QVERIFY(i18n::install(language));
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        window.showAtStartSize();
        settle();
        window.setPresenting(true);
        settle();
        QVERIFY(window.isPresenting());
        QVERIFY2(window.minimumSizeHint().width() <= availableArea().width(),
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY(availableArea().contains(window.frameGeometry()));
        const QLabel* timer = window.presentationBar()->timerLabel();
        QVERIFY(timer->isVisible());
        QVERIFY(availableArea().contains(QRect(timer->mapToGlobal(QPoint(0, 0)), timer->size())));
    }
};

// The offscreen platform's screen made 1366×768, the smallest desktop the window is made for.
int runWindowGeometryTests(int argc, char** argv) {
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screen.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(
        R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    return test::runTestObject<TestWindowGeometry, QApplication>(argc, argv, __FILE__);
}

STREAMBOARD_TEST_MAIN_FUNCTION(runWindowGeometryTests)
} // namespace tst_window_geometry
#include "tst_window_geometry.moc"
