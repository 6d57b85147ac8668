#include "cli/check_report.h"
#include "store/json_interchange.h"
#include "test_main.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QTextStream>

namespace tst_check_report {

using namespace Qt::Literals::StringLiterals;

// What `check` reports per stream beyond the metrics: hops and counted teams, hand-worked for the
// example workshop in tests/data/example/expected-metrics.md.
class TestCheckReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonHasHopsAndTeamIds();
    void textHasHopsAndTeamNames();

private:
    sb::Map m_map;
    sb::AnalysisResult m_result;
};

void TestCheckReport::initTestCase() {
    QFile file(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto workshop = sb::json::read(file.readAll(), &error);
    QVERIFY2(workshop, qPrintable(error));
    m_map = workshop->maps.first();
    m_result = sb::analyze(m_map);
}

void TestCheckReport::jsonHasHopsAndTeamIds() {
    const QJsonArray streams = sb::cli::checkReportJson(m_map, m_result)[u"streams"_s].toArray();
    QCOMPARE(streams.size(), 3);
    QCOMPARE(streams[0][u"id"_s].toString(), u"vs-shopper"_s);
    QCOMPARE(streams[0][u"hops"_s].toInt(-1), 2);
    QCOMPARE(streams[0][u"teams"_s].toArray(),
             QJsonArray({u"t-storefront"_s, u"t-checkout"_s, u"t-payments"_s, u"t-fulfilment"_s,
                         u"t-dba"_s}));
    QCOMPARE(streams[1][u"hops"_s].toInt(-1), 1);
    QCOMPARE(streams[2][u"hops"_s].toInt(-1), 1);
    QCOMPARE(streams[2][u"teams"_s].toArray(), QJsonArray({u"t-payments"_s, u"t-dba"_s}));
    QVERIFY(sb::cli::hasErrors(m_result));
}

void TestCheckReport::textHasHopsAndTeamNames() {
    QString text;
    QTextStream out(&text);
    sb::cli::writeCheckReportText(m_map, m_result, out);
    out.flush();
    QVERIFY2(text.contains(u"  Shopper purchase\n"_s), qPrintable(text));
    QVERIFY2(
        text.contains(u"\n    hops 2, teams: Storefront, Checkout, Payments, Fulfilment, DBA\n"_s),
        qPrintable(text));
    QVERIFY(text.contains(u"\n    hops 1, teams: Payments, DBA\n"_s));
}

STREAMBOARD_GUILESS_TEST_MAIN(TestCheckReport)
} // namespace tst_check_report
#include "tst_check_report.moc"
