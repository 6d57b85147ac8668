// Opening an interchange JSON file again: the workshop made from it is offered, a copy says it is
// one, a changed file makes a new workshop (README, Reference, "Workshop files").
#include "model/document.h"
#include "store/json_interchange.h"
#include "store/sqlite_store.h"
#include "store/workshop_files.h"
#include "test_main.h"
#include "test_workshops.h"
#include "window/json_imports.h"
#include "window/main_window.h"
#include "window/recent_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace tst_json_reopen {

using namespace sb;
using namespace Qt::Literals::StringLiterals;
using Choice = MainWindow::ReopenChoice;

class TestJsonReopen : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_json; // "<tmp>/purchase.json"
    QList<JsonImport> m_asked;

    static Workshop workshop(const QString& mapName) {
        Map m = test::smallMap();
        m.info.name = mapName;
        Workshop w;
        w.maps = {m};
        return w;
    }

    bool writeJson(const QString& mapName) {
        QFile file(m_json);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(json::write(workshop(mapName))) > 0;
    }

    static QStringList workshopFiles() {
        return QDir(files::untitledFolder()).entryList({u"*.vsmap"_s}, QDir::Files, QDir::Name);
    }

    static QString openPath(const MainWindow& window) {
        const auto* store = dynamic_cast<const SqliteStore*>(window.document()->store());
        return store ? store->path() : QString();
    }

    // A window that answers the question with choice and notes what it was asked about.
    std::unique_ptr<MainWindow> window(Choice choice) {
        auto w = std::make_unique<MainWindow>();
        w->setReopenChooser([this, choice](const JsonImport& previous) {
            m_asked.append(previous);
            return choice;
        });
        return w;
    }

    QString folder(const QString& name) const {
        return QDir(files::untitledFolder()).filePath(name);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_json = m_dir.filePath(u"purchase.json"_s);
    }

    void init() {
        QDir(files::untitledFolder()).removeRecursively();
        JsonImports::clear();
        RecentFiles::clear();
        m_asked.clear();
        QVERIFY(writeJson(u"Current state"_s));
    }

    // The first time nothing is asked; the second time (unchanged file) the workshop made the
    // first time is offered, and opening it makes no second file.
    void openingAgainOpensTheWorkshopMadeFromIt() {
        const QString made = folder(u"purchase.vsmap"_s);
        {
            auto first = window(Choice::OpenExisting);
            QVERIFY(first->openFile(m_json));
            QCOMPARE(openPath(*first), made);
            QCOMPARE(m_asked.size(), 0);
            QCOMPARE(RecentFiles::list(), QStringList({made}));
        } // closed: the file is free again
        auto second = window(Choice::OpenExisting);
        QVERIFY(second->openFile(m_json));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked[0].source, m_json);
        QCOMPARE(m_asked[0].workshop, made);
        QVERIFY(m_asked[0].made.isValid());
        QCOMPARE(openPath(*second), made);
        QCOMPARE(workshopFiles(), QStringList({u"purchase.vsmap"_s}));
        QCOMPARE(second->windowTitle(), u"purchase — Current state — Streamboard"_s);

        // Asked again in the window that has it open, it stays on it.
        QVERIFY(second->openFile(m_json));
        QCOMPARE(m_asked.size(), 2);
        QCOMPARE(openPath(*second), made);
        QVERIFY(!second->document()->isReadOnly());
        QCOMPARE(workshopFiles(), QStringList({u"purchase.vsmap"_s}));
    }

    // A new copy is a second file whose name, and so the window title and the recent files, say
    // it is a copy; the workshop offered stays the first one.
    void aNewCopySaysSo() {
        auto w = window(Choice::NewCopy);
        QVERIFY(w->openFile(m_json));
        QVERIFY(w->openFile(m_json));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(openPath(*w), folder(u"purchase (copy).vsmap"_s));
        QCOMPARE(workshopFiles(), QStringList({u"purchase (copy).vsmap"_s, u"purchase.vsmap"_s}));
        QCOMPARE(w->windowTitle(), u"purchase (copy) — Current state — Streamboard"_s);
        QCOMPARE(RecentFiles::list(),
                 QStringList({folder(u"purchase (copy).vsmap"_s), folder(u"purchase.vsmap"_s)}));
        QVERIFY(w->openFile(m_json));
        QCOMPARE(m_asked.size(), 2);
        QCOMPARE(m_asked[1].workshop, folder(u"purchase.vsmap"_s));
        QCOMPARE(openPath(*w), folder(u"purchase (copy 2).vsmap"_s));
        QCOMPARE(w->windowTitle(), u"purchase (copy 2) — Current state — Streamboard"_s);
        QCOMPARE(workshopFiles().size(), 3);
    }

    // Cancel opens nothing and makes nothing.
    void cancelLeavesEverything() {
        auto w = window(Choice::Cancel);
        QVERIFY(w->openFile(m_json));
        QVERIFY(!w->openFile(m_json));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(openPath(*w), folder(u"purchase.vsmap"_s));
        QCOMPARE(workshopFiles(), QStringList({u"purchase.vsmap"_s}));
    }

    // A changed file is new content: a new workshop at once, without asking, and it is the one
    // offered from then on.
    void aChangedFileMakesANewWorkshopWithoutAsking() {
        auto w = window(Choice::OpenExisting);
        QVERIFY(w->openFile(m_json));
        QVERIFY(writeJson(u"As is"_s));
        QVERIFY(w->openFile(m_json));
        QCOMPARE(m_asked.size(), 0);
        QCOMPARE(openPath(*w), folder(u"purchase (2).vsmap"_s));
        QCOMPARE(w->document()->workshop().maps.first().info.name, u"As is"_s);
        QCOMPARE(workshopFiles(), QStringList({u"purchase (2).vsmap"_s, u"purchase.vsmap"_s}));
        QVERIFY(w->openFile(m_json));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked[0].workshop, folder(u"purchase (2).vsmap"_s));
        QCOMPARE(workshopFiles().size(), 2);
    }

    // A workshop gone from the data folder (deleted, or never kept) is not offered.
    void aWorkshopThatIsGoneIsNotOffered() {
        {
            auto first = window(Choice::OpenExisting);
            QVERIFY(first->openFile(m_json));
        }
        QVERIFY(QFile::remove(folder(u"purchase.vsmap"_s)));
        auto w = window(Choice::OpenExisting);
        QVERIFY(w->openFile(m_json));
        QCOMPARE(m_asked.size(), 0);
        QCOMPARE(openPath(*w), folder(u"purchase.vsmap"_s));
    }

    // Save as moves the workshop made from a file: it is the one offered from then on.
    void saveAsKeepsTheLink() {
        const QString made = folder(u"purchase.vsmap"_s);
        const QString saved = m_dir.filePath(u"workshop.vsmap"_s);
        QFile json(m_json);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray content = json.readAll();
        JsonImports::remember(m_json, content, made);
        QVERIFY(QDir().mkpath(files::untitledFolder()));
        QVERIFY(QFile(made).open(QIODevice::WriteOnly)); // it exists
        QVERIFY(JsonImports::find(m_json));
        QCOMPARE(JsonImports::find(m_json)->workshop, made);
        QCOMPARE(JsonImports::find(m_json)->hash, JsonImports::hashOf(content));
        JsonImports::moved(made, saved);
        QVERIFY(!JsonImports::find(m_json)); // not there yet
        QVERIFY(QFile(saved).open(QIODevice::WriteOnly));
        QVERIFY(JsonImports::find(m_json));
        QCOMPARE(JsonImports::find(m_json)->workshop, saved);
    }
};

STREAMBOARD_TEST_MAIN(TestJsonReopen)
} // namespace tst_json_reopen
#include "tst_json_reopen.moc"
