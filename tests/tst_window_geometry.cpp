// The main window's size on the screen: a saved geometry comes back fitted into the screen, a
// restart keeps the size, and the window fits a 1366×768 screen in every language; and what the
// canvas shows of the map on opening and when adding. The tests run on an offscreen screen of
// that size (see runWindowGeometryTests below).
#include "canvas/canvas_view.h"
#include "canvas/map_layout.h"
#include "canvas/map_scene.h"
#include "i18n/translations.h"
#include "test_main.h"
#include "window/main_window.h"
#include "window/presentation_bar.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QScreen>
#include <QScrollBar>
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

QRectF visibleArea(const canvas::CanvasView* view) {
    return view->mapToScene(view->viewport()->rect()).boundingRect();
}

// The header column (slice and lane names) spans x 0 to headerWidth; the step header row y 0 to
// stepHeaderHeight.
bool showsHeaderColumn(const canvas::CanvasView* view) {
    const QRectF visible = visibleArea(view);
    return visible.left() <= 0 && visible.right() >= canvas::MapLayout::headerWidth;
}
bool showsStepHeaderRow(const canvas::CanvasView* view) {
    const QRectF visible = visibleArea(view);
    return visible.top() <= 0 && visible.bottom() >= canvas::MapLayout::stepHeaderHeight;
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

    // Opening a workshop shows the whole map, at 100% at most, and keeps it whole while the
    // window settles (its panels laid out after it is shown) or is resized, until the user
    // zooms or scrolls.
    void openingFitsTheWholeMap() {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        window.showAtStartSize();
        settle();
        const canvas::CanvasView* view = window.canvasView();
        const QRectF map = window.currentScene()->layout().bounds;
        QVERIFY(view->zoom() <= 1.0);
        QVERIFY(visibleArea(view).contains(map));
        QVERIFY(showsHeaderColumn(view));
        QVERIFY(showsStepHeaderRow(view));

        window.resize(1000, 640);
        settle();
        QVERIFY(view->zoom() <= 1.0);
        QVERIFY(visibleArea(view).contains(map));

        QVERIFY(view->keepsFitted());
        window.canvasView()->zoomIn();
        QVERIFY(!view->keepsFitted());
        const qreal zoomed = view->zoom();
        window.resize(1100, 700);
        settle();
        QCOMPARE(view->zoom(), zoomed);
    }

    // A map smaller than the view opens at 100%, not larger: a new workshop's empty map (810 scene
    // px wide with its margins) in the whole window, the panels hidden.
    void smallMapOpensAtHundredPercent() {
        MainWindow window;
        QVERIFY(window.newFromTemplate(0));
        window.showAtStartSize();
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            dock->hide();
        settle();
        QCOMPARE(window.currentScene()->sceneRect().width(), 810.0);
        QCOMPARE(window.canvasView()->zoom(), 1.0);
    }

    // Adding steps at 100% shows each new step with the header column beside it: the view zooms
    // out for that, down to 50%. With the panels hidden the canvas is about 1280 px wide; the
    // example has 5 steps, so step k (6 to 10) ends at 240 + 220 × k ≤ 2440 scene px, which fits
    // about 2500 scene px at 50%.
    void addingStepsKeepsTheHeaderColumnInView() {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        window.showAtStartSize();
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            dock->hide();
        settle();
        canvas::CanvasView* view = window.canvasView();
        view->resetZoom();
        for (int k = 6; k <= 10; ++k) {
            const Id step = window.addStep();
            QVERIFY(!step.isEmpty());
            settle();
            const QRectF header = window.currentScene()->layout().columns.value(k - 1);
            QCOMPARE(header.right(), 240.0 + 220.0 * k);
            QVERIFY2(visibleArea(view).contains(header), qPrintable(QString::number(k)));
            QVERIFY2(showsHeaderColumn(view), qPrintable(QString::number(k)));
            QVERIFY(view->zoom() >= canvas::CanvasView::headersZoom);
            QVERIFY(view->zoom() <= 1.0);
        }
    }

    // A slice added while the view shows the bottom right of the map comes into view with the
    // step header row above it and the header column it belongs to.
    void addingASliceKeepsTheStepHeaderRowInView() {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        window.showAtStartSize();
        settle();
        canvas::CanvasView* view = window.canvasView();
        view->resetZoom();
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QVERIFY(!showsStepHeaderRow(view));
        const Id slice = window.addSlice();
        QVERIFY(!slice.isEmpty());
        settle();
        QVERIFY(
            visibleArea(view).contains(window.currentScene()->layout().sliceHeaders.value(slice)));
        QVERIFY(showsStepHeaderRow(view));
        QVERIFY(showsHeaderColumn(view));
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
