// Shared workshops on PostgreSQL, several facilitators at once (README, Reference, "Editing a
// shared workshop at once"): a write over another's change is refused and shows theirs, an
// undo likewise, ids never collide, a move writes one row.
#include "commands/commands.h"
#include "model/document.h"
#include "pg_server.h"
#include "store/pg_store.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

namespace tst_pg_conflicts {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

std::unique_ptr<Document> openDocument(const QString& url) {
    OpenedStore opened = PgStore::open(url);
    if (!opened) {
        qWarning("%s", qPrintable(opened.errorString));
        return nullptr;
    }
    return std::make_unique<Document>(std::move(opened.workshop), std::move(opened.store));
}

bool renameStage(Document& doc, const QString& id, const QString& name) {
    Stage stage = *doc.map(1)->find<Stage>(id);
    stage.name = name;
    return doc.push(commands::changeElement(&doc, 1, stage, u"name"_s).release());
}

QString storedStageName(const QString& url, const QString& id) {
    OpenedStore opened = PgStore::open(url, OpenMode::ReadOnly);
    const Stage* stage = opened ? opened.workshop.map(1)->find<Stage>(id) : nullptr;
    return stage ? stage->name : u"(none)"_s;
}

class TestPgConflicts : public QObject {
    Q_OBJECT

    test::PgServer server;
    int workshops = 0;

    // A new workshop holding smallMap (stages a, b, c) as map 1.
    QString newWorkshop() {
        const QString url = server.url(u"shop"_s) + u"?workshop=W%1"_s.arg(++workshops);
        Workshop workshop;
        workshop.maps = {test::smallMap(1)};
        const OpenedStore created = PgStore::create(url, workshop);
        if (!created)
            qWarning("%s", qPrintable(created.errorString));
        return url;
    }

    // id → (ord, revision) of the stages of a workshop.
    QMap<QString, QPair<qint64, qint64>> stageRows(const QString& workshop) {
        QMap<QString, QPair<qint64, qint64>> rows;
        {
            QSqlDatabase db = server.open(u"conflicts-peek"_s, u"shop"_s);
            QSqlQuery query(db);
            query.prepare(u"SELECT s.id, s.ord, s.revision FROM stages s JOIN workshops w ON "
                          u"w.id = s.workshop WHERE w.name = ?"_s);
            query.addBindValue(workshop);
            query.exec();
            while (query.next())
                rows.insert(query.value(0).toString(),
                            {query.value(1).toLongLong(), query.value(2).toLongLong()});
        }
        QSqlDatabase::removeDatabase(u"conflicts-peek"_s);
        return rows;
    }

private slots:
    void initTestCase() {
        STREAMBOARD_START_PG_SERVER(server);
        QVERIFY2(server.createDatabase(u"shop"_s), qPrintable(server.error()));
    }

    void aWriteOverAnothersChangeIsRefusedAndShowsTheirs() {
        const QString url = newWorkshop();
        auto ann = openDocument(url);
        auto bob = openDocument(url);
        QVERIFY(ann && bob);
        QVERIFY(renameStage(*ann, u"b"_s, u"Build (Ann)"_s));
        QVERIFY(!ann->hasUnsavedChanges());

        QSignalSpy refused(bob.get(), &Document::writeRefused);
        QSignalSpy applied(bob.get(), &Document::changesApplied);
        // Bob's one command changes stage a (nobody else did) and stage b (Ann did).
        Stage a = *bob->map(1)->find<Stage>(u"a"_s), b = *bob->map(1)->find<Stage>(u"b"_s);
        a.name = u"Backlog (Bob)"_s;
        b.name = u"Build (Bob)"_s;
        QVERIFY(bob->push(commands::changeElements(bob.get(), 1, {a, b}, u"Rename"_s).release()));

        QCOMPARE(refused.size(), 1);
        const QString who = u"streamboard@"_s + QSysInfo::machineHostName();
        QCOMPARE(refused[0][0].toString(),
                 u"Your change was not saved: stage “Build (Ann)” was changed by %1 meanwhile. "
                 u"The map shows it as it is now."_s.arg(who));
        // Bob sees Ann's name and his other change taken back: nothing of the command is stored.
        QCOMPARE(bob->map(1)->find<Stage>(u"b"_s)->name, u"Build (Ann)"_s);
        QCOMPARE(bob->map(1)->find<Stage>(u"a"_s)->name, u"Backlog"_s);
        QVERIFY(!bob->hasUnsavedChanges());
        QCOMPARE(storedStageName(url, u"a"_s), u"Backlog"_s);
        QCOMPARE(storedStageName(url, u"b"_s), u"Build (Ann)"_s);
        QVERIFY(!applied.isEmpty()); // the views hear of it

        // From what he sees now, Bob's next change is written.
        QVERIFY(renameStage(*bob, u"b"_s, u"Build (agreed)"_s));
        QVERIFY(!bob->hasUnsavedChanges());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(storedStageName(url, u"b"_s), u"Build (agreed)"_s);
    }

    void removingWhatAnotherChangedIsRefused() {
        const QString url = newWorkshop();
        auto ann = openDocument(url);
        auto bob = openDocument(url);
        QVERIFY(ann && bob);
        QVERIFY(renameStage(*ann, u"c"_s, u"Deploy (Ann)"_s));
        QSignalSpy refused(bob.get(), &Document::writeRefused);
        QVERIFY(bob->push(
            commands::removeElements(bob.get(), 1, {{ElementKind::Stage, u"c"_s}}).release()));
        QCOMPARE(refused.size(), 1);
        // The stage is back with Ann's name, and so is the flow that went with it.
        QCOMPARE(bob->map(1)->find<Stage>(u"c"_s)->name, u"Deploy (Ann)"_s);
        QVERIFY(bob->map(1)->find<Flow>(u"f2"_s));
        QCOMPARE(bob->map(1)->indexOf(ElementKind::Stage, u"c"_s), 2);
        QCOMPARE(storedStageName(url, u"c"_s), u"Deploy (Ann)"_s);
    }

    void undoOfAnElementChangedSinceIsRefused() {
        const QString url = newWorkshop();
        auto ann = openDocument(url);
        QVERIFY(ann);
        QVERIFY(renameStage(*ann, u"b"_s, u"Build (Ann)"_s));
        auto bob = openDocument(url);
        QVERIFY(bob);
        QVERIFY(renameStage(*bob, u"b"_s, u"Build (Bob)"_s));

        QSignalSpy refused(ann.get(), &Document::writeRefused);
        ann->undoStack()->undo();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(ann->map(1)->find<Stage>(u"b"_s)->name, u"Build (Bob)"_s);
        QCOMPARE(storedStageName(url, u"b"_s), u"Build (Bob)"_s);

        // Redoing Ann's rename would overwrite Bob's, unseen: refused too, nothing written.
        ann->undoStack()->redo();
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused[1][0].toString(),
                 u"“Change name of “Build”” was not undone or redone: stage “Build (Bob)” has "
                 u"been changed by streamboard@%1 since."_s.arg(QSysInfo::machineHostName()));
        QCOMPARE(ann->map(1)->find<Stage>(u"b"_s)->name, u"Build (Bob)"_s);
        QVERIFY(!ann->hasUnsavedChanges());
        QCOMPARE(storedStageName(url, u"b"_s), u"Build (Bob)"_s);
    }

    void typingOnAfterARefusalIsAnUndoStepOfItsOwn() {
        const QString url = newWorkshop();
        auto ann = openDocument(url);
        auto bob = openDocument(url);
        QVERIFY(ann && bob);
        QVERIFY(renameStage(*bob, u"b"_s, u"Build (Bob)"_s));
        QSignalSpy refused(ann.get(), &Document::writeRefused);
        QVERIFY(renameStage(*ann, u"b"_s, u"Build!"_s)); // the first keystroke: refused
        QCOMPARE(refused.size(), 1);
        QCOMPARE(ann->map(1)->find<Stage>(u"b"_s)->name, u"Build (Bob)"_s);
        QVERIFY(renameStage(*ann, u"b"_s, u"Build (Bob)!"_s)); // typing on in the same field
        QCOMPARE(storedStageName(url, u"b"_s), u"Build (Bob)!"_s);
        QCOMPARE(ann->undoStack()->count(), 2);
        // Undo takes back what Ann typed after seeing Bob's name, not Bob's name.
        ann->undoStack()->undo();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(storedStageName(url, u"b"_s), u"Build (Bob)"_s);
        // The refused first keystroke cannot be undone: it would bring back "Build".
        ann->undoStack()->undo();
        QCOMPARE(refused.size(), 2);
        QCOMPARE(storedStageName(url, u"b"_s), u"Build (Bob)"_s);
    }

    void aLargeCommandFindsAChangedElement() {
        // Many operations look their elements up through an index: the stale one is still found.
        Workshop workshop;
        workshop.maps = {test::smallMap(1)};
        for (int i = 0; i < 20; ++i)
            workshop.maps[0].notes.append(
                Note{u"m%1"_s.arg(i), u"note %1"_s.arg(i), NoteKind::Sticky, {}, {}});
        Document doc(workshop);
        QList<Operation> operations;
        for (const Note& note : std::as_const(doc.map(1)->notes)) {
            Note changed = note;
            changed.text += u"!"_s;
            operations.append(op::ReplaceElement{1, note, changed});
        }
        QVERIFY(doc.isCurrent(operations));
        Note other = *doc.map(1)->find<Note>(u"m7"_s);
        other.text = u"changed elsewhere"_s;
        std::get<op::ReplaceElement>(operations[8]).before = other;
        Journal::ElementRef stale;
        QVERIFY(!doc.isCurrent(operations, &stale));
        QCOMPARE(stale.key, u"m7"_s);
        QCOMPARE(stale.kind, ElementKind::Note);
    }

    void undoOfAnUnchangedElementIsWritten() {
        const QString url = newWorkshop();
        auto ann = openDocument(url);
        auto bob = openDocument(url);
        QVERIFY(ann && bob);
        QVERIFY(renameStage(*ann, u"b"_s, u"Build (Ann)"_s));
        QVERIFY(renameStage(*bob, u"a"_s, u"Backlog (Bob)"_s)); // another element
        QSignalSpy refused(ann.get(), &Document::writeRefused);
        ann->undoStack()->undo();
        QCOMPARE(refused.size(), 0);
        QCOMPARE(storedStageName(url, u"b"_s), u"Build"_s);
        ann->undoStack()->redo();
        QCOMPARE(storedStageName(url, u"b"_s), u"Build (Ann)"_s);
        QCOMPARE(storedStageName(url, u"a"_s), u"Backlog (Bob)"_s);
    }

    void idsOfTwoClientsNeverCollide() {
        const QString url = newWorkshop();
        auto ann = openDocument(url);
        auto bob = openDocument(url);
        QVERIFY(ann && bob);
        // Both see the same map and add a stage at once.
        const Id annId = freeId(*ann->map(1), ann->idPrefix(u"stage"_s));
        const Id bobId = freeId(*bob->map(1), bob->idPrefix(u"stage"_s));
        // Tags count the clients writing the workshop: its creator was 1.
        QCOMPARE(annId, u"stage-2-1"_s);
        QCOMPARE(bobId, u"stage-3-1"_s);
        for (const auto& [doc, id] : {std::pair{ann.get(), annId}, std::pair{bob.get(), bobId}}) {
            Stage stage = test::stage(id, u"vs1"_s, id, u"t1"_s, 0, 60, 100, u"c1"_s);
            QVERIFY(doc->push(commands::addElement(doc, 1, stage).release()));
            QVERIFY(!doc->hasUnsavedChanges());
        }
        QCOMPARE(storedStageName(url, annId), annId);
        QCOMPARE(storedStageName(url, bobId), bobId);
    }

    void aMoveWritesOnlyTheMovedRow() {
        const QString url = newWorkshop();
        const QString workshop = u"W%1"_s.arg(workshops);
        auto ann = openDocument(url);
        QVERIFY(ann);
        const auto before = stageRows(workshop);
        QCOMPARE(before.size(), 3);
        QVERIFY(ann->push(
            commands::reorderElement(ann.get(), 1, {ElementKind::Stage, u"c"_s}, 0).release()));
        QVERIFY(!ann->hasUnsavedChanges());
        const auto after = stageRows(workshop);
        // a and b keep their rows; c moves before a: revision 2, a position below a's.
        QCOMPARE(after[u"a"_s], before[u"a"_s]);
        QCOMPARE(after[u"b"_s], before[u"b"_s]);
        QCOMPARE(after[u"c"_s].second, 2);
        QVERIFY(after[u"c"_s].first < after[u"a"_s].first);

        // Moving b between c and a leaves the others too; the order reads back.
        QVERIFY(ann->push(
            commands::reorderElement(ann.get(), 1, {ElementKind::Stage, u"b"_s}, 1).release()));
        const auto third = stageRows(workshop);
        QCOMPARE(third[u"a"_s], after[u"a"_s]);
        QCOMPARE(third[u"c"_s], after[u"c"_s]);
        QVERIFY(third[u"c"_s].first < third[u"b"_s].first);
        QVERIFY(third[u"b"_s].first < third[u"a"_s].first);
        // Removing a stage leaves the other positions as they are.
        QVERIFY(ann->push(
            commands::removeElements(ann.get(), 1, {{ElementKind::Stage, u"b"_s}}).release()));
        const auto fourth = stageRows(workshop);
        QCOMPARE(fourth.size(), 2);
        QCOMPARE(fourth[u"a"_s], third[u"a"_s]);
        QCOMPARE(fourth[u"c"_s], third[u"c"_s]);
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestPgConflicts)
} // namespace tst_pg_conflicts
#include "tst_pg_conflicts.moc"
