// Opening a workshop with progress: the store tells how many elements it has read and stops when
// asked; the window's progress dialog cancels an opening and the workshop that was open stays.
#include "canvas/map_scene.h"
#include "commands/commands.h"
#include "example_workshop.h"
#include "store/json_interchange.h"
#include "store/sqlite_store.h"
#include "store/workshop_files.h"
#include "test_main.h"
#include "window/main_window.h"

#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace tst_opening {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

using test::exampleWorkshop;

qint64 elementCount(const Workshop& workshop) {
    qint64 count = 0;
    for (const Map& map : workshop.maps)
        forEachKind([&]<class T>() { count += map.list<T>().size(); });
    return count;
}

// Cancels every opening progress dialog as soon as it shows, as a facilitator's click would.
class CancelOnShow : public QObject {
public:
    int cancelled = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Show && watched->objectName() == u"openingProgress"_s)
            if (auto* dialog = qobject_cast<QProgressDialog*>(watched)) {
                ++cancelled;
                dialog->cancel();
            }
        return false;
    }
};

// Cancels an opening once the file is read, while the canvas is built (the progress bar past
// its reading part, 600 of 1000).
class CancelWhileBuilding : public QObject {
public:
    int cancelled = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Show || watched->objectName() != u"openingProgress"_s)
            return false;
        auto* dialog = qobject_cast<QProgressDialog*>(watched);
        auto* bar = dialog ? dialog->findChild<QProgressBar*>() : nullptr;
        if (bar)
            QObject::connect(bar, &QProgressBar::valueChanged, dialog, [this, dialog](int value) {
                if (value >= 600 && !dialog->wasCanceled()) {
                    ++cancelled;
                    dialog->cancel();
                }
            });
        return false;
    }
};

class TestOpening : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file; // the example as a workshop file

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const Workshop example = exampleWorkshop();
        QVERIFY(!example.maps.isEmpty());
        m_file = m_dir.filePath(u"example.vsmap"_s);
        QVERIFY(SqliteStore::create(m_file, example));
    }

    // Progress hears elements read up to all of them (every map's elements, counted by hand
    // from the workshop), never going back.
    void loadingTellsElementsRead() {
        const qint64 all = elementCount(exampleWorkshop());
        QVERIFY(all > 0);
        qint64 last = 0;
        qint64 lastTotal = 0;
        SqliteStore::Opened opened =
            SqliteStore::open(m_file, SqliteStore::Mode::ReadOnly, [&](qint64 done, qint64 total) {
                if (done < last)
                    return false;
                last = done;
                lastTotal = total;
                return true;
            });
        QVERIFY2(opened, qPrintable(opened.errorString));
        QCOMPARE(last, all);
        QCOMPARE(lastTotal, all);
        QCOMPARE(opened.workshop, exampleWorkshop());
    }

    // Stopped, opening fails as cancelled and takes no lock: the file opens again as before.
    void loadingStopsWhenAsked() {
        SqliteStore::Opened stopped = SqliteStore::open(m_file, SqliteStore::Mode::ReadWrite,
                                                        [](qint64, qint64) { return false; });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error, SqliteStore::OpenError::Cancelled);
        SqliteStore::Opened again = SqliteStore::open(m_file);
        QVERIFY2(again, qPrintable(again.errorString));
        QCOMPARE(again.workshop, exampleWorkshop());
    }

    // Cancelled while reading the file: the workshop that was open stays, canvas and all.
    void cancellingKeepsTheOpenWorkshop() {
        MainWindow window;
        QVERIFY(window.newFromTemplate(0));
        window.show();
        Document* before = window.document();
        canvas::MapScene* scene = window.currentScene();
        const QString title = window.windowTitle();
        window.setOpeningProgressDelay(0);
        CancelOnShow canceller;
        qApp->installEventFilter(&canceller);
        QVERIFY(!window.openFile(m_file));
        qApp->removeEventFilter(&canceller);
        QCOMPARE(canceller.cancelled, 1);
        QCOMPARE(window.document(), before);
        QCOMPARE(window.currentScene(), scene);
        QCOMPARE(window.windowTitle(), title);
        // Not cancelled, the same file opens.
        QVERIFY(window.openFile(m_file));
        QCOMPARE(window.document()->workshop(), exampleWorkshop());
    }

    // The workshop the window has open already: it stays as it is, undo history and all, and
    // the window says so instead of offering a read-only view of "another window".
    void openingTheOpenWorkshopAgainKeepsIt() {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_file));
        Document* doc = window.document();
        Stage s = doc->map(window.currentMap())->stages.first();
        s.name = u"Renamed before opening again"_s;
        QVERIFY(doc->push(commands::changeElement(doc, window.currentMap(), s).release()));
        QVERIFY(window.openFile(QDir(m_dir.path()).filePath(u"./example.vsmap"_s)));
        QCOMPARE(window.document(), doc);
        QVERIFY(!doc->isReadOnly());
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(window.statusBar()->currentMessage().contains(u"open in this window already"_s));
        doc->undoStack()->undo(); // the file as the other tests expect it
    }

    // An import has nothing to read with progress: it is cancelled while its canvas is built,
    // and the workshop file made for it goes again.
    void cancellingAnImportLeavesNoFile() {
        MainWindow window;
        QVERIFY(window.newFromTemplate(0));
        window.show();
        Document* before = window.document();
        const QStringList untitledBefore =
            QDir(files::untitledFolder()).entryList({u"*.vsmap"_s}, QDir::Files);
        window.setOpeningProgressDelay(0);
        CancelOnShow canceller;
        qApp->installEventFilter(&canceller);
        QVERIFY(!window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        qApp->removeEventFilter(&canceller);
        QCOMPARE(canceller.cancelled, 1);
        QCOMPARE(window.document(), before);
        QCOMPARE(QDir(files::untitledFolder()).entryList({u"*.vsmap"_s}, QDir::Files),
                 untitledBefore);
    }

    // A workshop of the untitled folder (every new one and every import lives there) cancelled
    // while its canvas is built stays on disk: only an import's just-made file goes.
    void cancellingAWorkshopKeepsItsFile() {
        QString path;
        {
            files::OpenedDocument made = files::createUntitled(exampleWorkshop());
            QVERIFY2(made, qPrintable(made.errorString));
            path = dynamic_cast<const SqliteStore*>(made.document->store())->path();
        }
        QVERIFY(files::isUntitled(path));
        MainWindow window;
        window.show();
        window.setOpeningProgressDelay(0);
        CancelWhileBuilding canceller;
        qApp->installEventFilter(&canceller);
        QVERIFY(!window.openFile(path));
        qApp->removeEventFilter(&canceller);
        QCOMPARE(canceller.cancelled, 1);
        QVERIFY(QFile::exists(path));
        QVERIFY(window.openFile(path));
    }

    // With no workshop open, a cancelled opening leaves the window empty.
    void cancellingInAnEmptyWindowLeavesItEmpty() {
        MainWindow window;
        window.show();
        QVERIFY(!window.document());
        window.setOpeningProgressDelay(0);
        CancelOnShow canceller;
        qApp->installEventFilter(&canceller);
        QVERIFY(!window.openFile(m_file));
        qApp->removeEventFilter(&canceller);
        QVERIFY(!window.document());
        QVERIFY(!window.currentScene());
    }
};

STREAMBOARD_TEST_MAIN(TestOpening)
} // namespace tst_opening
#include "tst_opening.moc"
