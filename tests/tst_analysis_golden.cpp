#include "analysis/analysis.h"
#include "store/json_interchange.h"
#include "test_main.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace tst_analysis_golden {

using namespace Qt::Literals::StringLiterals;

// Runs the analysis over every map in tests/data/analysis/ (NAME.json) and compares it with the
// hand-worked NAME.expected.json next to it, and over the example workshop with
// tests/data/example/expected-analysis.json. An expected file lists the findings in order
// (rule, severity, subjects) and, per stream in file order, any of id, hops, teams, handoffs and
// farthestPath; dependencyCycles, when given, lists every cycle (members, cycle, dependencies).
class TestAnalysisGolden : public QObject {
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
};

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QJsonObject readObject(const QString& path) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(path), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return document.object();
}

QJsonArray toArray(const QList<sb::Id>& ids) {
    QJsonArray array;
    for (const sb::Id& id : ids)
        array.append(id);
    return array;
}

QString text(const QJsonValue& value) {
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonArray findingsOf(const sb::AnalysisResult& result) {
    QJsonArray findings;
    for (const sb::Finding& f : result.findings)
        findings.append(QJsonObject{{u"rule"_s, f.rule},
                                    {u"severity"_s, sb::toString(f.severity)},
                                    {u"subjects"_s, toArray(f.subjects)}});
    return findings;
}

// The expected findings without anything but rule, severity and subjects.
QJsonArray expectedFindings(const QJsonArray& findings) {
    QJsonArray stripped;
    for (const QJsonValue& f : findings)
        stripped.append(QJsonObject{{u"rule"_s, f[u"rule"_s]},
                                    {u"severity"_s, f[u"severity"_s]},
                                    {u"subjects"_s, f[u"subjects"_s]}});
    return stripped;
}

QJsonObject streamOf(const sb::AnalysisResult& result, qsizetype i) {
    const sb::StreamAnalysis& s = result.streams[i];
    return QJsonObject{{u"id"_s, s.stream},
                       {u"hops"_s, s.hops},
                       {u"teams"_s, toArray(s.teams)},
                       {u"handoffs"_s, result.metrics[i].handoffs},
                       {u"farthestPath"_s, toArray(s.farthestPath)}};
}

QJsonArray cyclesOf(const sb::AnalysisResult& result) {
    QJsonArray cycles;
    for (const sb::DependencyCycle& c : result.dependencyCycles)
        cycles.append(QJsonObject{{u"members"_s, toArray(c.members)},
                                  {u"cycle"_s, toArray(c.cycle)},
                                  {u"dependencies"_s, toArray(c.dependencies)}});
    return cycles;
}

} // namespace

void TestAnalysisGolden::golden_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QDir folder(QStringLiteral(TEST_DATA_DIR "/analysis"));
    const QStringList cases = folder.entryList({u"*.expected.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(cases.size() >= 30);
    for (const QString& expected : cases) {
        const QString name = expected.chopped(u".expected.json"_s.size());
        QTest::newRow(qPrintable(name))
            << folder.filePath(name + u".json"_s) << folder.filePath(expected);
    }
    QTest::newRow("example shopper-purchase")
        << QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")
        << QStringLiteral(TEST_DATA_DIR "/example/expected-analysis.json");
}

void TestAnalysisGolden::golden() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const std::optional<sb::Workshop> workshop = sb::json::read(readAll(input), &error);
    QVERIFY2(workshop, qPrintable(error));
    QCOMPARE(workshop->maps.size(), 1);
    const sb::AnalysisResult result = sb::analyze(workshop->maps.first());
    const QJsonObject want = readObject(expected);

    QCOMPARE(text(findingsOf(result)), text(expectedFindings(want[u"findings"_s].toArray())));

    const QJsonArray streams = want[u"streams"_s].toArray();
    QCOMPARE(result.streams.size(), streams.size());
    for (qsizetype i = 0; i < streams.size(); ++i) {
        const QJsonObject actual = streamOf(result, i);
        const QJsonObject stream = streams[i].toObject();
        for (const QString& key :
             {u"id"_s, u"hops"_s, u"teams"_s, u"handoffs"_s, u"farthestPath"_s})
            if (stream.contains(key))
                QCOMPARE(stream[u"id"_s].toString() + u" "_s + key + u": "_s + text(actual[key]),
                         stream[u"id"_s].toString() + u" "_s + key + u": "_s + text(stream[key]));
    }
    if (want.contains(u"dependencyCycles"_s))
        QCOMPARE(text(cyclesOf(result)), text(want[u"dependencyCycles"_s]));
}

STREAMBOARD_GUILESS_TEST_MAIN(TestAnalysisGolden)
} // namespace tst_analysis_golden
#include "tst_analysis_golden.moc"
