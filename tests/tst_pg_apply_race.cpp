// Two processes applying patches to one workshop on PostgreSQL at once (core/store/pg_store.h,
// app/cli/apply_command.cpp) on a throwaway server (tests/pg_server.h); a file of its own, as it
// runs a thousand commands.
#include "cli_runner.h"
#include "pg_server.h"
#include "store/pg_store.h"
#include "test_main.h"
#include "test_paths.h"
#include "test_workshops.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <array>

namespace tst_pg_apply_race {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

class TestPgApplyRace : public QObject {
    Q_OBJECT

    test::PgServer server;

private slots:
    void initTestCase() {
        STREAMBOARD_START_PG_SERVER(server);
        QVERIFY2(server.createDatabase(u"shop"_s), qPrintable(server.error()));
    }

    // Two processes each apply 500 patches (100 under ASan) at once, each adding a note whose id
    // apply picks from what it read: without the workshop's lock from reading to writing, two would
    // pick the same id and one note would replace the other.
    void twoProcessesApplyingAtOnceLoseNothing() {
        const QString address = server.url(u"shop"_s) + u"?workshop=busy"_s;
        Workshop workshop;
        workshop.maps = {test::smallMap(1)};
        QVERIFY(PgStore::create(address, workshop));
#ifdef __SANITIZE_ADDRESS__
        // The sanitized binary starts many times slower: 2 × 500 would outlast the test's time.
        constexpr int perProcess = 100;
#else
        constexpr int perProcess = 500;
#endif
        QTemporaryDir patches;
        for (const char* who : {"A", "B"}) {
            for (int i = 1; i <= perProcess; ++i) {
                QFile file(patches.filePath(u"%1-%2.json"_s.arg(QLatin1String(who)).arg(i)));
                QVERIFY(file.open(QIODevice::WriteOnly));
                const QString text = u"%1 %2"_s.arg(QLatin1String(who)).arg(i);
                const QJsonArray ops = {QJsonObject{{u"op"_s, u"add"_s},
                                                    {u"kind"_s, u"notes"_s},
                                                    {u"element"_s, QJsonObject{{u"text"_s, text}}}},
                                        QJsonObject{{u"op"_s, u"change"_s},
                                                    {u"kind"_s, u"stages"_s},
                                                    {u"id"_s, u"b"_s},
                                                    {u"set"_s, QJsonObject{{u"name"_s, text}}}}};
                file.write(QJsonDocument(QJsonObject{{u"format"_s, u"streamboard-patch"_s},
                                                     {u"version"_s, 1},
                                                     {u"ops"_s, ops}})
                               .toJson());
            }
        }
        const QString loop = u"for i in $(seq 1 %1); do \"$0\" apply \"$1\" \"$2-$i.json\" "
                             u">/dev/null || exit 1; done"_s.arg(perProcess);
        std::array<QProcess, 2> processes;
        for (int p = 0; p < 2; ++p)
            processes[p].start(u"sh"_s, {u"-c"_s, loop, QStringLiteral(STREAMBOARD_BINARY), address,
                                         patches.filePath(p == 0 ? u"A"_s : u"B"_s)});
        for (QProcess& process : processes) {
            QVERIFY(process.waitForFinished(240000));
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     process.readAllStandardError().constData());
        }
        OpenedStore opened = PgStore::open(address, OpenMode::ReadOnly);
        QVERIFY2(opened, qPrintable(opened.errorString));
        const Workshop& after = opened.workshop;
        QSet<QString> texts;
        QSet<QString> ids;
        for (const Note& note : after.maps[0].notes) {
            texts.insert(note.text);
            ids.insert(note.id);
        }
        QSet<QString> expected = {u"Why so slow?"_s};
        for (int i = 1; i <= perProcess; ++i)
            expected += {u"A %1"_s.arg(i), u"B %1"_s.arg(i)};
        QCOMPARE(after.maps[0].notes.size(), 2 * perProcess + 1);
        QCOMPARE(ids.size(), 2 * perProcess + 1);
        QCOMPARE(texts, expected);
        // The last patch of one of them named the stage.
        const QString last = after.maps[0].stages[1].name;
        QVERIFY2(last == u"A %1"_s.arg(perProcess) || last == u"B %1"_s.arg(perProcess),
                 qPrintable(last));
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestPgApplyRace)
} // namespace tst_pg_apply_race
#include "tst_pg_apply_race.moc"
