#include "commands/commands.h"
#include "store/sqlite_store.h"
#include "store/workshop_files.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace tst_workshop_files {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

// New workshops live in the data folder until saved elsewhere; Save as continues on the copy.
class TestWorkshopFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString stageName(const QString& path, const QString& id) {
        QString name;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(u"SELECT name FROM stages WHERE id = ?"_s);
                q.addBindValue(id);
                if (q.exec() && q.next())
                    name = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return name;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QDir(files::untitledFolder()).removeRecursively();
        QVERIFY(m_dir.isValid());
    }

    void newWorkshopLivesInTheDataFolder() {
        Workshop w;
        w.maps = {test::smallMap()};
        files::OpenedDocument created = files::createUntitled(w);
        QVERIFY2(created, qPrintable(created.errorString));
        auto* store = dynamic_cast<SqliteStore*>(created.document->store());
        QVERIFY(store);
        QVERIFY(files::isUntitled(store->path()));
        QVERIFY(store->path().endsWith(u".vsmap"_s));
        QCOMPARE(created.document->workshop().maps[0], w.maps[0]);
    }

    void saveAsContinuesOnTheCopyAndRemovesTheUntitledFile() {
        Workshop w;
        w.maps = {test::smallMap()};
        files::OpenedDocument created = files::createUntitled(w);
        QVERIFY(created);
        Document& doc = *created.document;
        const QString untitled = dynamic_cast<SqliteStore*>(doc.store())->path();

        Stage s = doc.map(1)->stages[0];
        s.name = u"Before save"_s;
        doc.push(commands::changeElement(&doc, 1, s).release());

        const QString target = m_dir.filePath(u"Workshop.vsmap"_s);
        QString error;
        QVERIFY2(files::saveAs(doc, target, &error), qPrintable(error));
        QCOMPARE(dynamic_cast<SqliteStore*>(doc.store())->path(), target);
        QCOMPARE(doc.store()->displayName(), u"Workshop"_s);
        QVERIFY(!QFile::exists(untitled));
        QCOMPARE(stageName(target, u"a"_s), u"Before save"_s);

        s.name = u"After save"_s;
        doc.push(commands::changeElement(&doc, 1, s).release());
        QCOMPARE(stageName(target, u"a"_s), u"After save"_s);
        doc.undoStack()->undo();
        QCOMPARE(stageName(target, u"a"_s), u"Before save"_s);
    }

    void saveAsOntoAFileAnotherProcessWouldNeedFailsCleanly() {
        Workshop w;
        w.maps = {test::smallMap()};
        files::OpenedDocument created = files::createUntitled(w);
        QVERIFY(created);
        QString error;
        QVERIFY(
            !files::saveAs(*created.document, m_dir.filePath(u"no/such/folder/x.vsmap"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(files::isUntitled(dynamic_cast<SqliteStore*>(created.document->store())->path()));
    }

    void openReportsMissingFiles() {
        const files::OpenedDocument opened = files::open(m_dir.filePath(u"missing.vsmap"_s));
        QVERIFY(!opened);
        QCOMPARE(opened.error, SqliteStore::OpenError::NotFound);
        QVERIFY(!opened.errorString.isEmpty());
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestWorkshopFiles)
} // namespace tst_workshop_files
#include "tst_workshop_files.moc"
