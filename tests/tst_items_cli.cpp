// `streamboard items` and the "measured" object of `check --format json`, run as a separate
// process on tests/data/workitems (figures worked out in flow.md).
#include "cli_runner.h"
#include "test_main.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace tst_items_cli {

using namespace sb::test;
using namespace Qt::Literals::StringLiterals;

const QString dataDir = QStringLiteral(TEST_DATA_DIR "/workitems/");

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList flowOptions() {
    return {u"--stream"_s, u"vs1"_s,
            u"--states"_s, u"Backlog,Ready,Dev,Review,Done"_s,
            u"--start"_s,  u"Ready"_s,
            u"--active"_s, u"Dev"_s,
            u"--stages"_s, u"Dev=dev,Review=review"_s};
}

QJsonObject streamReport(const QString& workshop, const QStringList& extra, int stream) {
    const CliResult r = runCli(QStringList{u"check"_s, workshop, u"--format"_s, u"json"_s} + extra);
    if (r.exitCode != 0)
        return {};
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    return report[u"maps"_s][0][u"streams"_s][stream].toObject();
}

class TestItemsCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workshop;

private slots:
    void init() {
        m_workshop = m_dir.filePath(u"items.vsmap"_s);
        QFile::remove(m_workshop);
        const CliResult r =
            runCli({u"import"_s, dataDir + u"workshop.json"_s, m_workshop, u"--force"_s});
        QCOMPARE(r.exitCode, 0);
    }

    void importsAndChecksTheMeasures() {
        const CliResult r =
            runCli(QStringList{u"items"_s, m_workshop, dataDir + u"flow.csv"_s} + flowOptions());
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out),
                 u"read 9 work items into stream “Checkout” of map “Current”\n"
                 u"type “Epic” is not mapped: 1 item counts as features\n"_s);

        const QJsonObject checkout =
            streamReport(m_workshop, {u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-10"_s}, 0);
        const QJsonObject measured = checkout[u"measured"_s].toObject();
        QCOMPARE(measured.keys(),
                 QStringList({u"distribution"_s, u"flowEfficiency"_s, u"flowTimeDays"_s, u"from"_s,
                              u"load"_s, u"stages"_s, u"to"_s, u"velocity"_s}));
        QCOMPARE(measured[u"from"_s].toString(), u"2026-03-01"_s);
        QCOMPARE(measured[u"to"_s].toString(), u"2026-03-10"_s);
        QCOMPARE(measured[u"velocity"_s].toInt(), 4);
        QCOMPARE(
            measured[u"distribution"_s].toObject(),
            (QJsonObject{
                {u"features"_s, 0.5}, {u"defects"_s, 0.25}, {u"risks"_s, 0}, {u"debt"_s, 0.25}}));
        QCOMPARE(measured[u"flowTimeDays"_s].toObject(),
                 (QJsonObject{{u"median"_s, 4}, {u"p85"_s, 11}}));
        QCOMPARE(measured[u"load"_s].toInt(), 2);
        QVERIFY(qFuzzyCompare(measured[u"flowEfficiency"_s].toDouble(), 79.0 / 123.0));
        const QJsonArray stages = measured[u"stages"_s].toArray();
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages[0].toObject(),
                 (QJsonObject{{u"id"_s, u"dev"_s}, {u"medianDays"_s, 2.5}, {u"p85Days"_s, 8}}));
        QCOMPARE(stages[1][u"id"_s].toString(), u"review"_s);
        QVERIFY(qFuzzyCompare(stages[1][u"medianDays"_s].toDouble(), 4.0 / 3.0));
        QCOMPARE(stages[1][u"p85Days"_s].toDouble(), 2.0);

        // Without dates: the stream's periodDays (10) up to the latest date.
        const QJsonObject byDefault = streamReport(m_workshop, {}, 0)[u"measured"_s].toObject();
        QCOMPARE(byDefault[u"from"_s].toString(), u"2026-03-03"_s);
        QCOMPARE(byDefault[u"to"_s].toString(), u"2026-03-12"_s);
        QCOMPARE(byDefault[u"velocity"_s].toInt(), 5);
        // A stream without items has no measured object.
        QVERIFY(!streamReport(m_workshop, {}, 1).contains(u"measured"_s));
    }

    // A second import with only --stream reads with the choices remembered from the first.
    void remembersTheChoices() {
        QCOMPARE(
            runCli(QStringList{u"items"_s, m_workshop, dataDir + u"flow.csv"_s} + flowOptions())
                .exitCode,
            0);
        const CliResult again =
            runCli({u"items"_s, m_workshop, dataDir + u"flow.csv"_s, u"--stream"_s, u"vs1"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.startsWith("read 9 work items"));
        QCOMPARE(
            streamReport(m_workshop, {u"--to"_s, u"2026-03-10"_s}, 0)[u"measured"_s][u"velocity"_s]
                .toInt(),
            4);
    }

    void refusesBadInputAndWritesNothing_data() {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("error");
        const QString missingId = m_dir.filePath(u"missing-id.csv"_s);
        QFile file(missingId);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ID,Backlog,Ready,Dev,Review,Done\nX1,2026-01-01,,,,\n,2026-01-02,,,,\n");
        file.close();
        QTest::newRow("missing ID")
            << missingId << flowOptions() << missingId + u":3: the item has no ID"_s;
        QTest::newRow("no states yet")
            << dataDir + u"flow.csv"_s << QStringList{u"--stream"_s, u"vs1"_s}
            << u"--states is needed: stream “vs1” has no states yet"_s;
        QTest::newRow("stage of another stream")
            << dataDir + u"flow.csv"_s
            << QStringList{u"--stream"_s,   u"vs1"_s,      u"--states"_s,
                           u"Ready,Done"_s, u"--stages"_s, u"Ready=refund"_s}
            << dataDir + u"flow.csv: “refund” is not a stage of stream “Checkout”"_s;
        QTest::newRow("bad types")
            << dataDir + u"flow.csv"_s << (flowOptions() << u"--types"_s << u"Story=stories"_s)
            << u"--types: “Story=stories” is not TYPE=features, defects, risks or debt"_s;
        QTest::newRow("no stream")
            << dataDir + u"flow.csv"_s << QStringList{u"--states"_s, u"Ready,Done"_s}
            << u"--stream is needed"_s;
        QTest::newRow("unknown stream")
            << dataDir + u"flow.csv"_s << QStringList{u"--stream"_s, u"vs9"_s}
            << u"WORKSHOP: no map has a stream with id “vs9”"_s;
    }
    void refusesBadInputAndWritesNothing() {
        QFETCH(QString, csv);
        QFETCH(QStringList, options);
        QFETCH(QString, error);
        const QByteArray before = bytesOf(m_workshop);
        const CliResult r = runCli(QStringList{u"items"_s, m_workshop, csv} + options);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err), u"streamboard items: "_s +
                                               QString(error).replace(u"WORKSHOP"_s, m_workshop) +
                                               u'\n');
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(bytesOf(m_workshop), before);
    }

    // The review pack gets a page of flow charts for the stream with items, after the streams'
    // pages: the map, Checkout, Returns, then Checkout's flow.
    void reviewPackChartsTheItems() {
        QCOMPARE(
            runCli(QStringList{u"items"_s, m_workshop, dataDir + u"flow.csv"_s} + flowOptions())
                .exitCode,
            0);
        const QString pdf = m_dir.filePath(u"pack.pdf"_s);
        QCOMPARE(runCli({u"export"_s, m_workshop, pdf, u"--review-pack"_s}).exitCode, 0);
        QProcess text;
        text.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString pages = QString::fromUtf8(text.readAllStandardOutput());
        const QStringList byPage = pages.split(u'\f');
        QVERIFY(byPage.size() >= 4);
        QVERIFY2(byPage[3].contains(u"Flow of “Checkout”, measured from its work items"_s),
                 qPrintable(byPage[3]));
        QVERIFY(byPage[3].contains(u"Flow time of the items done"_s));
        QVERIFY(byPage[3].contains(u"Page 4 of 4"_s));
    }

    void refusesAnInterchangeFile() {
        const CliResult r =
            runCli(QStringList{u"items"_s, dataDir + u"workshop.json"_s, dataDir + u"flow.csv"_s} +
                   flowOptions());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("work items go into a workshop (.vsmap)"));
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestItemsCli)

} // namespace tst_items_cli
#include "tst_items_cli.moc"
