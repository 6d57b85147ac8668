// Shared workshops live (core/store/pg_live.h, core/model/live_follower.h): a window shows
// another process's commit within a second and keeps its selection, zoom, scroll and undo
// stack; a lost server makes it read-only at once and it reconnects and catches up, losing no
// edit; it shows who else has the workshop open (README, Reference, "Shared workshops, live").
#include "canvas/canvas_view.h"
#include "canvas/map_scene.h"
#include "canvas/stage_item.h"
#include "cli_runner.h"
#include "commands/commands.h"
#include "model/document.h"
#include "model/live_follower.h"
#include "panels/inspector_panel.h"
#include "pg_server.h"
#include "store/live_feed.h"
#include "store/pg_live.h"
#include "store/pg_store.h"
#include "test_main.h"
#include "test_workshops.h"
#include "window/main_window.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace tst_pg_live {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

Workshop oneMap() {
    Workshop w;
    w.maps = {test::smallMap(1)};
    return w;
}

QString shownName(const canvas::MapScene& scene, const QString& stage) {
    auto* item = dynamic_cast<canvas::StageItem*>(scene.itemFor(ElementKind::Stage, stage));
    return item ? item->content().name : QString();
}

Workshop reopen(const QString& url) {
    OpenedStore opened = PgStore::open(url, OpenMode::ReadOnly);
    if (!opened)
        qWarning("%s", qPrintable(opened.errorString));
    return std::move(opened.workshop);
}

std::unique_ptr<Document> openDocument(const QString& url) {
    OpenedStore opened = PgStore::open(url);
    if (!opened)
        return nullptr;
    return std::make_unique<Document>(std::move(opened.workshop), std::move(opened.store));
}

bool rename(Document& doc, const QString& stage, const QString& name) {
    Stage changed = std::get<Stage>(*doc.map(1)->element(ElementKind::Stage, stage));
    changed.name = name;
    return doc.push(commands::changeElement(&doc, 1, changed).release());
}

class TestPgLive : public QObject {
    Q_OBJECT

    test::PgServer server;
    QTemporaryDir dir;
    int databases = 0;
    QString database;

    QString url(const QString& workshop) const {
        return server.url(database) + u"?workshop="_s + workshop;
    }

    // Runs SQL as the superuser in the test's database (or another).
    bool admin(const QString& sql, const QString& in = {}) {
        bool done = false;
        {
            QSqlDatabase db = server.open(u"tst_pg_live_admin"_s, in.isEmpty() ? database : in);
            QSqlQuery query(db);
            done = query.exec(sql);
            if (!done)
                qWarning("%s", qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"tst_pg_live_admin"_s);
        return done;
    }

private slots:
    void initTestCase() {
        STREAMBOARD_START_PG_SERVER(server);
        QVERIFY(dir.isValid());
    }

    // A database of its own for every test; commits reach the disk before they return, so a
    // crashed server keeps every one of them (the test server's default is not to wait).
    void init() {
        if (!server.isRunning())
            QVERIFY2(server.restart(), qPrintable(server.error()));
        database = u"live%1"_s.arg(++databases);
        QVERIFY2(server.createDatabase(database), qPrintable(server.error()));
        QVERIFY(
            admin(u"ALTER DATABASE %1 SET synchronous_commit = on"_s.arg(database), u"postgres"_s));
    }

    void cleanup() { PgLive::setHeartbeatInterval(5000); }

    void aWindowShowsAnotherProcesssCommitWithinASecond() {
        const QString address = url(u"live"_s);
        QVERIFY(PgStore::create(address, oneMap()));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(address));
        Document* doc = window.document();
        canvas::CanvasView* view = window.canvasView();
        canvas::MapScene* scene = view->mapScene();
        QVERIFY(scene);
        QSignalSpy heard(doc->store()->live(), &LiveFeed::changedElsewhere);
        QSignalSpy applied(doc, &Document::changesApplied);

        // This window's own edit: on its undo stack, and its own announcement is not heard.
        QVERIFY(rename(*doc, u"a"_s, u"Intake"_s));
        QCOMPARE(doc->undoStack()->count(), 1);
        view->setZoom(4);
        scene->selectElements({{ElementKind::Stage, u"c"_s}});
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->minimum() + 40);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->minimum() + 40);
        QCoreApplication::processEvents(); // the window settled into its layout
        const QPoint scrolled(view->horizontalScrollBar()->value(),
                              view->verticalScrollBar()->value());
        applied.clear();

        const QString patch = dir.filePath(u"rename-b.json"_s);
        QFile file(patch);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "streamboard-patch", "version": 1, "ops": [{"op": "change",
                   "kind": "stages", "id": "b", "set": {"name": "Built"}}]})");
        file.close();
        const test::CliResult result = test::runCli({u"apply"_s, address, patch});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(shownName(*scene, u"b"_s), u"Built"_s, 1000);

        QCOMPARE(heard.size(), 1); // the other process's commit, not this window's
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied[0][0].value<ChangeSet>().origin, ChangeSet::Origin::External);
        QCOMPARE(shownName(*scene, u"a"_s), u"Intake"_s);
        QCOMPARE(view->zoom(), 4.0);
        QCOMPARE(QPoint(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value()),
                 scrolled);
        QCOMPARE(scene->selectedElements().size(), 1);
        QCOMPARE(scene->selectedElements()[0].key, u"c"_s);
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(!doc->hasUnsavedChanges());
    }

    // A read-only open (the user may only read, or chose to) follows the others too.
    void aReadOnlyDocumentFollowsTooAndIsSeen() {
        PgLive::setHeartbeatInterval(100);
        const QString address = url(u"readonly"_s);
        QVERIFY(PgStore::create(address, oneMap()));
        OpenedStore opened = PgStore::open(address, OpenMode::ReadOnly);
        QVERIFY(opened);
        Document reader(std::move(opened.workshop), std::move(opened.store));
        QVERIFY(reader.isReadOnly());
        LiveFollower::follow(&reader);
        std::unique_ptr<Document> writer = openDocument(address);
        QTRY_COMPARE(writer->store()->live()->participants().size(), 1);
        QVERIFY(rename(*writer, u"b"_s, u"Seen by the reader"_s));
        QTRY_COMPARE(reader.map(1)->stages[1].name, u"Seen by the reader"_s);
    }

    // A change shown live is taken as read: editing the same element next is written, not
    // refused as a change over the other facilitator's (the store's revision follows what the
    // window shows).
    void anElementChangedLiveCanBeEditedNext() {
        const QString address = url(u"follow-then-edit"_s);
        QVERIFY(PgStore::create(address, oneMap()));
        std::unique_ptr<Document> ann = openDocument(address);
        std::unique_ptr<Document> bob = openDocument(address);
        LiveFollower::follow(ann.get());
        QVERIFY(rename(*bob, u"b"_s, u"Bob's name"_s));
        QVERIFY(!bob->hasUnsavedChanges());
        QTRY_COMPARE(ann->map(1)->stages[1].name, u"Bob's name"_s);
        QVERIFY(rename(*ann, u"b"_s, u"Ann's name after Bob's"_s));
        QVERIFY2(!ann->hasUnsavedChanges(), qPrintable(ann->store()->errorString()));
        QCOMPARE(ann->map(1)->stages[1].name, u"Ann's name after Bob's"_s);
        OpenedStore stored = PgStore::open(address, OpenMode::ReadOnly);
        QVERIFY(stored);
        QCOMPARE(stored.workshop.maps[0].stages[1].name, u"Ann's name after Bob's"_s);
    }

    // The undo stack stays when others' changes arrive; undoing an edit of an element another
    // facilitator removed since is refused and changes nothing (the element stays removed).
    void undoOfAnElementRemovedByAnotherIsRefused() {
        const QString address = url(u"undo-removed"_s);
        QVERIFY(PgStore::create(address, oneMap()));
        std::unique_ptr<Document> ann = openDocument(address);
        LiveFollower::follow(ann.get());
        QVERIFY(rename(*ann, u"c"_s, u"Ann's name"_s));
        QVERIFY(!ann->hasUnsavedChanges());
        std::unique_ptr<Document> bob = openDocument(address); // reads Ann's name
        QVERIFY(bob->push(
            commands::removeElements(bob.get(), 1, {{ElementKind::Stage, u"c"_s}}).release()));
        QVERIFY(!bob->hasUnsavedChanges());
        QTRY_VERIFY(!ann->map(1)->find<Stage>(u"c"_s));
        QCOMPARE(ann->undoStack()->count(), 1);
        ann->undoStack()->undo();
        QVERIFY(!ann->map(1)->find<Stage>(u"c"_s));
        OpenedStore stored = PgStore::open(address, OpenMode::ReadOnly);
        QVERIFY(stored);
        QVERIFY(!stored.workshop.maps[0].find<Stage>(u"c"_s));
    }

    void aLostServerMakesTheWindowReadOnlyAndItCatchesUp() {
        const QString address = url(u"faults"_s);
        QVERIFY(PgStore::create(address, oneMap()));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openFile(address));
        Document* doc = window.document();
        canvas::MapScene* scene = window.canvasView()->mapScene();
        auto* status = window.findChild<QLabel*>(u"sharedWorkshopStatus"_s);
        QVERIFY(status);
        QVERIFY(status->isVisible());
        QVERIFY(!doc->isReadOnly());

        server.crash();
        QTRY_VERIFY(doc->isReadOnly());
        QCOMPARE(status->text(),
                 u"The server cannot be reached: read-only until it is back. Reconnecting…"_s);
        QVERIFY(window.windowTitle().contains(u"(read-only)"_s));
        auto* inspector = window.findChild<panels::InspectorPanel*>();
        QVERIFY(inspector && !inspector->isEnabled());
        QCOMPARE(shownName(*scene, u"b"_s), u"Build"_s); // the map stays
        QVERIFY(!rename(*doc, u"b"_s, u"never"_s));      // edits are refused, visibly

        // Another client writes before this window is back: no announcement reaches it, so it
        // catches up by reading.
        QVERIFY2(server.restart(), qPrintable(server.error()));
        std::unique_ptr<Document> other = openDocument(address);
        QVERIFY(other);
        QVERIFY(rename(*other, u"c"_s, u"Deployed meanwhile"_s));
        QVERIFY(!other->hasUnsavedChanges());

        QTRY_VERIFY(!doc->isReadOnly());
        QTRY_COMPARE(shownName(*scene, u"c"_s), u"Deployed meanwhile"_s);
        QCOMPARE(status->text(), u"Shared: nobody else has it open"_s);
        QVERIFY(!window.windowTitle().contains(u"(read-only)"_s));
        QVERIFY(inspector->isEnabled());
        // Listening again: the next commit of the other is announced.
        QVERIFY(rename(*other, u"a"_s, u"Announced after the return"_s));
        QTRY_COMPARE(shownName(*scene, u"a"_s), u"Announced after the return"_s);
        QVERIFY(rename(*doc, u"b"_s, u"Built after the return"_s));
        QVERIFY(!doc->hasUnsavedChanges());
        QCOMPARE(reopen(address).maps[0].stages[1].name, u"Built after the return"_s);
    }

    // Killed mid-edit: every committed edit is there after the restart, and the edit whose write
    // met the dead server is kept, said to be unwritten, and written once the server is back.
    // The window's message for a write that meets a dead server says the change waits for the
    // server, not for the next write to a file.
    void theWindowSaysAnEditWaitsForTheServer() {
        const QString address = url(u"window-midedit"_s);
        QVERIFY(PgStore::create(address, oneMap()));
        MainWindow window;
        QVERIFY(window.openAddress(address));
        server.crash();
        QString title;
        QTimer::singleShot(0, [&title] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                title = box->windowTitle();
                box->close();
            }
        });
        QVERIFY(rename(*window.document(), u"b"_s, u"In flight"_s));
        QCOMPARE(title, u"Could not write the shared workshop"_s);
        QVERIFY(window.document()->hasUnsavedChanges());
        QVERIFY2(server.restart(), qPrintable(server.error()));
        QTRY_VERIFY(!window.document()->hasUnsavedChanges());
        QCOMPARE(reopen(address).maps[0].stages[1].name, u"In flight"_s);
    }

    void anEditWhenTheServerDiesIsWrittenWhenItIsBack() {
        const QString address = url(u"midedit"_s);
        QVERIFY(PgStore::create(address, oneMap()));
        std::unique_ptr<Document> doc = openDocument(address);
        QVERIFY(doc);
        LiveFeed* feed = doc->store()->live();
        LiveFollower::follow(doc.get());
        QSignalSpy failed(doc.get(), &Document::storeFailed);
        QSignalSpy lost(feed, &LiveFeed::connectionLost);
        QVERIFY(rename(*doc, u"a"_s, u"Committed"_s));
        QVERIFY(!doc->hasUnsavedChanges());

        server.crash();
        // No event handled since: the write is what meets the dead server.
        QVERIFY(rename(*doc, u"b"_s, u"In flight"_s));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed[0][0].toString().contains(u"cannot be written"_s));
        QCOMPARE(lost.size(), 1);
        QVERIFY(doc->hasUnsavedChanges());
        QVERIFY(doc->isReadOnly());
        QVERIFY(!rename(*doc, u"c"_s, u"Refused"_s));

        QVERIFY2(server.restart(), qPrintable(server.error()));
        QTRY_VERIFY(feed->isConnected());
        QTRY_VERIFY(!doc->hasUnsavedChanges());
        const Workshop stored = reopen(address);
        QCOMPARE(stored.maps[0].stages[0].name, u"Committed"_s);
        QCOMPARE(stored.maps[0].stages[1].name, u"In flight"_s);
        QCOMPARE(stored.maps[0].stages[2].name, u"Deploy"_s);
        QCOMPARE(stored, doc->workshop());
    }

    void theWindowShowsWhoElseHasTheWorkshopOpen() {
        PgLive::setHeartbeatInterval(100);
        qputenv("USER", "carla");
        const QString address = url(u"presence"_s);
        QVERIFY(PgStore::create(address, oneMap()));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(address));
        auto* status = window.findChild<QLabel*>(u"sharedWorkshopStatus"_s);
        QVERIFY(status);
        QTRY_COMPARE(status->text(), u"Shared: nobody else has it open"_s);

        // Another client opens it, and closes it: it leaves at once.
        std::unique_ptr<Document> other = openDocument(address);
        other->store()->live();
        const QString carla = u"Shared with carla on %1"_s.arg(QSysInfo::machineHostName());
        QTRY_COMPARE(status->text(), carla);
        other.reset();
        QTRY_COMPARE(status->text(), u"Shared: nobody else has it open"_s);

        // A client that died keeps its row but no longer beats: after four intervals it is gone.
        QVERIFY(admin(u"INSERT INTO streamboard_presence (client, workshop, username, host) "
                      u"SELECT 'dead', id, 'ann', 'far-away' FROM workshops WHERE name = "
                      u"'presence'"_s));
        QTRY_COMPARE(status->text(), u"Shared with ann on far-away"_s);
        QTRY_COMPARE(status->text(), u"Shared: nobody else has it open"_s);
    }

    void cleanupTestCase() { server.stop(); }
};

STREAMBOARD_TEST_MAIN(TestPgLive)
} // namespace tst_pg_live
#include "tst_pg_live.moc"
