#include "analysis/analysis.h"
#include "analysis/finding_order.h"
#include "finding_printing.h"
#include "store/json_interchange.h"
#include "test_main.h"
#include "test_maps.h"

#include <QFile>
#include <QTest>

namespace tst_analysis {

using namespace sbtest;
using sb::Finding;
using sb::FlowKind;
using sb::Severity;
using sb::TeamType;

namespace {

Finding finding(const char* rule, Severity severity, const char* subjects,
                const char* message = "") {
    return {QString::fromUtf8(rule), severity, ids(subjects), QString::fromUtf8(message)};
}

// Only rule, severity and subjects: for tests about which findings come, and in what order.
QList<Finding> withoutMessages(QList<Finding> findings) {
    for (Finding& f : findings)
        f.message.clear();
    return findings;
}

} // namespace

// Expected findings, subjects and messages are written by hand from DESIGN.md, "Analysis rules".
// Streams are supporting unless a test is about cards, so that the card rule stays out of the way.
class TestAnalysis : public QObject {
    Q_OBJECT

private slots:
    void severityNames_data();
    void severityNames();
    void timing_data();
    void timing();
    void flowCycle_data();
    void flowCycle();
    void findingsComeInOrder();
    void findingOrder();
    void resultCarriesMetrics();
    void messages_data();
    void messages();
    void exampleMessages();
    void streamAnalysisForTheCanvas();
    void dependencyCycleForTheCanvas();
};

void TestAnalysis::severityNames_data() {
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("name");
    QTest::newRow("error") << Severity::Error << QStringLiteral("error");
    QTest::newRow("warning") << Severity::Warning << QStringLiteral("warning");
    QTest::newRow("info") << Severity::Info << QStringLiteral("info");
}

void TestAnalysis::severityNames() {
    QFETCH(Severity, severity);
    QFETCH(QString, name);
    QCOMPARE(sb::toString(severity), name);
}

void TestAnalysis::timing_data() {
    QTest::addColumn<sb::Map>("map");
    QTest::addColumn<QList<Finding>>("findings");

    QTest::newRow("lead time shorter than process time")
        << MapBuilder()
               .stream("s")
               .supporting()
               .stage({"r", "s", 2, 4, "", 100, "Code review"})
               .map()
        << QList<Finding>{finding("timing", Severity::Error, "r",
                                  "“Code review” waits less than it works: lead time 2h is "
                                  "shorter than process time 4h. Lead time includes process "
                                  "time.")};
    // With 8-hour days, 8h is 1d and 10h is 1d 2h.
    QTest::newRow("shown in working days")
        << MapBuilder()
               .workingDayHours(8)
               .stream("s")
               .supporting()
               .stage({"r", "s", 8, 10, "", 100, "Test"})
               .map()
        << QList<Finding>{finding("timing", Severity::Error, "r",
                                  "“Test” waits less than it works: lead time 1d "
                                  "is shorter than process time 1d 2h. Lead time "
                                  "includes process time.")};
    QTest::newRow("lead time equal to process time")
        << MapBuilder().stream("s").supporting().stage({"r", "s", 4, 4}).map() << QList<Finding>();
    QTest::newRow("lead time longer than process time")
        << MapBuilder().stream("s").supporting().stage({"r", "s", 5, 4}).map() << QList<Finding>();
}

void TestAnalysis::timing() {
    QFETCH(sb::Map, map);
    QFETCH(QList<Finding>, findings);
    QCOMPARE(sb::analyze(map).findings, findings);
}

void TestAnalysis::flowCycle_data() {
    QTest::addColumn<sb::Map>("map");
    QTest::addColumn<QList<Finding>>("findings");

    // Build, Test and Deploy form the cycle; Build is its first member in the file.
    const MapBuilder delivery = MapBuilder()
                                    .stream("co", "Checkout")
                                    .supporting()
                                    .stage({"plan", "co", 1, 1, "", 100, "Plan"})
                                    .stage({"build", "co", 1, 1, "", 100, "Build"})
                                    .stage({"test", "co", 1, 1, "", 100, "Test"})
                                    .stage({"deploy", "co", 1, 1, "", 100, "Deploy"})
                                    .flow("plan", "build")
                                    .flow("build", "test")
                                    .flow("test", "deploy");

    QTest::newRow("three stages") << MapBuilder(delivery).flow("deploy", "build").map()
                                  << QList<Finding>{finding(
                                         "flow-cycle", Severity::Error, "co build test deploy",
                                         "Flows of “Checkout” go round in a circle: Build → Test "
                                         "→ Deploy → Build. Mark the backward flow as rework, or "
                                         "remove it; lead time cannot be computed until then.")};
    QTest::newRow("backward flow marked as rework")
        << MapBuilder(delivery).flow("deploy", "build", FlowKind::Rework).map() << QList<Finding>();
    QTest::newRow("self-loop") << MapBuilder()
                                      .stream("s", "Support")
                                      .supporting()
                                      .stage({"a", "s", 1, 1, "", 100, "Triage"})
                                      .flow("a", "a")
                                      .map()
                               << QList<Finding>{finding(
                                      "flow-cycle", Severity::Error, "s a",
                                      "Flows of “Support” go round in a circle: Triage → Triage. "
                                      "Mark the backward flow as rework, or remove it; lead time "
                                      "cannot be computed until then.")};
}

void TestAnalysis::flowCycle() {
    QFETCH(sb::Map, map);
    QFETCH(QList<Finding>, findings);
    QCOMPARE(sb::analyze(map).findings, findings);
}

void TestAnalysis::findingsComeInOrder() {
    // Stream ids and stage ids run against the file order, so sorting by id would fail.
    const sb::Map map = MapBuilder()
                            .stream("zeta")
                            .supporting()
                            .stream("alpha")
                            .supporting()
                            .stream("mid")
                            .supporting()
                            .stage({"z1", "zeta", 1, 2})
                            .stage({"a1", "alpha", 1, 1})
                            .stage({"y9", "mid", 0, 1})
                            .stage({"a2", "alpha", 2, 2})
                            .stage({"z2", "zeta", 1, 1})
                            .stage({"b0", "mid", 1, 3})
                            .flow("a2", "a1")
                            .flow("a1", "a2")
                            .flow("z2", "z1")
                            .flow("z1", "z2")
                            .map();
    const QList<Finding> expected = {
        finding("flow-cycle", Severity::Error, "zeta z1 z2"),
        finding("flow-cycle", Severity::Error, "alpha a1 a2"),
        finding("timing", Severity::Error, "z1"),
        finding("timing", Severity::Error, "y9"),
        finding("timing", Severity::Error, "b0"),
    };
    QCOMPARE(withoutMessages(sb::analyze(map).findings), expected);
}

void TestAnalysis::findingOrder() {
    // File order: team zteam, stream s1, stages st-b then st-a, flow f1, capability acap.
    const sb::Map map = MapBuilder()
                            .team("zteam")
                            .stream("s1")
                            .stage({"st-b", "s1", 1, 1})
                            .stage({"st-a", "s1", 1, 1})
                            .flow("st-b", "st-a")
                            .capability("acap")
                            .map();

    QList<Finding> findings = {
        finding("handoff", Severity::Info, "f1 st-b st-a"),
        finding("staffing", Severity::Warning, "acap"),
        finding("timing", Severity::Error, "st-a"),
        finding("card", Severity::Warning, "s1"),
        finding("timing", Severity::Error, "st-b"),
        finding("staffing", Severity::Warning, "zteam"),
        finding("one-hop", Severity::Error, "s1 zteam"),
        finding("flow-cycle", Severity::Error, "s1 st-a st-b"),
        finding("flow-cycle", Severity::Error, "s1 st-b st-a"),
    };
    const QList<Finding> expected = {
        // Same rule and first subject: the next subject decides.
        finding("flow-cycle", Severity::Error, "s1 st-b st-a"),
        finding("flow-cycle", Severity::Error, "s1 st-a st-b"),
        finding("one-hop", Severity::Error, "s1 zteam"),
        finding("timing", Severity::Error, "st-b"),
        finding("timing", Severity::Error, "st-a"),
        finding("card", Severity::Warning, "s1"),
        // Teams come before capabilities in the file.
        finding("staffing", Severity::Warning, "zteam"),
        finding("staffing", Severity::Warning, "acap"),
        finding("handoff", Severity::Info, "f1 st-b st-a"),
    };
    sb::sortFindings(findings, sb::ElementIndex(map));
    QCOMPARE(findings, expected);
}

void TestAnalysis::resultCarriesMetrics() {
    const sb::Map map = MapBuilder()
                            .stream("s")
                            .stream("u")
                            .stage({"a", "s", 3, 1})
                            .stage({"b", "u", 2, 2})
                            .stage({"c", "u", 1, 1})
                            .flow("b", "c")
                            .flow("c", "b")
                            .map();
    const QList<sb::StreamMetrics> metrics = sb::analyze(map).metrics;
    QCOMPARE(metrics.size(), 2);
    QCOMPARE(metrics[0].stream, QStringLiteral("s"));
    QCOMPARE(metrics[0].leadTime, 3 * hour);
    QCOMPARE(metrics[1].stream, QStringLiteral("u"));
    QCOMPARE(metrics[1].flowCycle, ids("b c"));
    QCOMPARE(metrics, sb::computeMetrics(map));
}

void TestAnalysis::messages_data() {
    QTest::addColumn<sb::Map>("map");
    QTest::addColumn<QList<Finding>>("findings");

    QTest::newRow("handoff")
        << MapBuilder()
               .team("Checkout")
               .team("Operations")
               .stream("s", "Delivery", "Checkout")
               .supporting()
               .stage({"a", "s", 1, 1, "Checkout", 100, "Build"})
               .stage({"b", "s", 1, 1, "Operations", 100, "Release"})
               .flow("a", "b")
               .map()
        << QList<Finding>{finding("handoff", Severity::Info, "f1 a b",
                                  "“Build” → “Release” is a handoff from Checkout to Operations.")};

    QTest::newRow("three hops")
        << MapBuilder()
               .team("Web")
               .team("Api")
               .team("Data")
               .team("Infra")
               .stream("s", "Orders", "Web")
               .supporting()
               .stage({"w", "s", 1, 1, "Web"})
               .stage({"a", "s", 1, 1, "Api"})
               .stage({"d", "s", 1, 1, "Data"})
               .stage({"i", "s", 1, 1, "Infra"})
               .flow("w", "a")
               .flow("a", "d")
               .flow("d", "i")
               .map()
        << QList<Finding>{
               finding("one-hop", Severity::Error, "s Web Api Data Infra",
                       "“Orders” needs Infra through Api and Data: Web → Api → Data → Infra is 3 "
                       "hops. A change should need at most one."),
               finding("coordination", Severity::Warning, "s Web Api Data Infra",
                       "4 teams must coordinate on “Orders”: Web, Api, Data and Infra. No more "
                       "than 2 should."),
               finding("handoff", Severity::Info, "f1 w a",
                       "“w” → “a” is a handoff from Web to Api."),
               finding("handoff", Severity::Info, "f2 a d",
                       "“a” → “d” is a handoff from Api to Data."),
               finding("handoff", Severity::Info, "f3 d i",
                       "“d” → “i” is a handoff from Data to Infra."),
           };

    QTest::newRow("self-dependency")
        << MapBuilder()
               .team("Sec")
               .capability("Vault", "Sec", "99%")
               .dependency("Vault", "Vault")
               .map()
        << QList<Finding>{finding("dependency-cycle", Severity::Error, "Vault",
                                  "“Vault” depends on itself. Remove that dependency.")};

    const MapBuilder threeUsers = MapBuilder()
                                      .team("Data")
                                      .stream("s1")
                                      .supporting()
                                      .stream("s2")
                                      .supporting()
                                      .stream("s3")
                                      .supporting();
    QTest::newRow("shared service with an owner")
        << MapBuilder(threeUsers)
               .capability("orders-db", "Data", "99.9%")
               .dependency("s1", "orders-db")
               .dependency("s2", "orders-db")
               .dependency("s3", "orders-db")
               .map()
        << QList<Finding>{finding(
               "shared-service", Severity::Warning, "orders-db",
               "“orders-db”: 3 streams depend on it, but its owner Data is not a platform team and "
               "no supporting stream provides it. Run it as a platform service, or give it a "
               "supporting stream.")};
    QTest::newRow("shared service without an owner")
        << MapBuilder(threeUsers)
               .capability("orders-db", "", "99.9%")
               .dependency("s1", "orders-db")
               .dependency("s2", "orders-db")
               .dependency("s3", "orders-db")
               .map()
        << QList<Finding>{
               finding("shared-service", Severity::Warning, "orders-db",
                       "“orders-db”: 3 streams depend on it, but no team owns it and no "
                       "supporting stream provides it. Run it as a platform service, or give it "
                       "a supporting stream."),
               finding("staffing", Severity::Warning, "orders-db",
                       "No team owns “orders-db”, yet 3 streams depend on it. Give it an owner."),
           };
    QTest::newRow("capability without owner and SLA")
        << MapBuilder(threeUsers).capability("Cache").dependency("s2", "Cache").map()
        << QList<Finding>{finding("staffing", Severity::Warning, "Cache",
                                  "No team owns “Cache” and it has no SLA, yet 1 stream depends "
                                  "on it. Give it an owner and agree an SLA.")};
    QTest::newRow("capability without SLA")
        << MapBuilder(threeUsers)
               .capability("Cache", "Data")
               .dependency("s1", "Cache")
               .dependency("s2", "Cache")
               .map()
        << QList<Finding>{finding("staffing", Severity::Warning, "Cache",
                                  "“Cache” has no SLA, yet 2 streams depend on it. Agree one with "
                                  "its owner, Data.")};

    QTest::newRow("team of one")
        << MapBuilder().team("Solo", TeamType::StreamAligned, 1).map()
        << QList<Finding>{finding("staffing", Severity::Warning, "Solo",
                                  "Team “Solo” has 1 person, fewer than 2: too few to keep its "
                                  "work flowing when someone is away.")};
    QTest::newRow("team below a raised minimum")
        << MapBuilder().teamSizeMin(5).team("Trio", TeamType::StreamAligned, 3).map()
        << QList<Finding>{finding("staffing", Severity::Warning, "Trio",
                                  "Team “Trio” has 3 people, fewer than 5: too few to keep its "
                                  "work flowing when someone is away.")};
    QTest::newRow("team too large")
        << MapBuilder().team("Big", TeamType::Platform, 12).map()
        << QList<Finding>{finding("team-size", Severity::Warning, "Big",
                                  "Team “Big” has 12 people, more than 9: split it so that each "
                                  "team can hold its work in mind.")};

    QTest::newRow("cards") << MapBuilder()
                                  .stream("c", "Checkout")
                                  .stream("r", "Returns")
                                  .card("", "Refund paid", "Refunds within a day")
                                  .stream("k", "Kept")
                                  .card("Order placed", "Delivered", "Orders a week")
                                  .map()
                           << QList<Finding>{
                                  finding("card", Severity::Warning, "c",
                                          "The card of “Checkout” has no trigger, no finish line "
                                          "and no north-star metric. A customer stream needs a "
                                          "trigger, a finish line and a north-star metric."),
                                  finding("card", Severity::Warning, "r",
                                          "The card of “Returns” has no trigger. A customer "
                                          "stream needs a trigger, a finish line and a "
                                          "north-star metric."),
                              };
}

void TestAnalysis::messages() {
    QFETCH(sb::Map, map);
    QFETCH(QList<Finding>, findings);
    QCOMPARE(sb::analyze(map).findings, findings);
}

// The example workshop's findings with their messages; which findings come is checked by
// tst_analysis_golden against tests/data/example/expected-analysis.json.
void TestAnalysis::exampleMessages() {
    QFile file(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto workshop = sb::json::read(file.readAll(), &error);
    QVERIFY2(workshop, qPrintable(error));
    const QList<Finding> findings = sb::analyze(workshop->maps.first()).findings;
    QCOMPARE(findings.size(), 14);
    QCOMPARE(findings[0],
             finding("dependency-cycle", Severity::Error, "cap-orders cap-pipeline",
                     "2 elements depend on each other in a circle: Order database → Deployment "
                     "pipeline → Order database. Break one of these dependencies so that each "
                     "can change and ship on its own."));
    QCOMPARE(findings[1],
             finding("one-hop", Severity::Error, "vs-shopper t-storefront t-platform t-dba",
                     "“Shopper purchase” needs DBA through Platform: Storefront → "
                     "Platform → DBA is 2 hops. A change should need at most one."));
    QCOMPARE(findings[2],
             finding("coordination", Severity::Warning,
                     "vs-shopper t-storefront t-checkout t-payments t-fulfilment t-dba",
                     "5 teams must coordinate on “Shopper purchase”: Storefront, Checkout, "
                     "Payments, Fulfilment and DBA. No more than 2 should."));
    QCOMPARE(findings[4], finding("staffing", Severity::Warning, "cap-identity",
                                  "“Identity” has no SLA, yet 2 streams depend on it. Agree one "
                                  "with its owner, Platform."));
    QCOMPARE(findings[5],
             finding("tangled-stream", Severity::Warning, "cap-catalog",
                     "“Product catalog” is owned by Storefront, which owns “Shopper purchase”, "
                     "yet 2 customer streams depend on it: their work is tangled through it. Give "
                     "it to a platform team or a supporting stream."));
    QCOMPARE(findings[6], finding("handoff", Severity::Info, "sp-f2 sp-compare sp-checkout",
                                  "“Compare specs, reviews and delivery options” → “Checkout” is "
                                  "a handoff from Storefront to Checkout."));
}

void TestAnalysis::streamAnalysisForTheCanvas() {
    // b → c is rework; a → d has no owner at d: not a handoff.
    const sb::Map map = MapBuilder()
                            .team("T1")
                            .team("T2")
                            .team("T3")
                            .stream("s", "S", "T1")
                            .supporting()
                            .stage({"a", "s", 1, 1, "T1"})
                            .stage({"b", "s", 1, 1, "T2"})
                            .stage({"c", "s", 1, 1, "T3"})
                            .stage({"d", "s", 1, 1})
                            .flow("a", "b")
                            .flow("b", "c")
                            .flow("c", "b", FlowKind::Rework)
                            .flow("a", "d")
                            .map();
    const sb::AnalysisResult result = sb::analyze(map);
    QCOMPARE(result.streams.size(), 1);
    const sb::StreamAnalysis expected{QStringLiteral("s"), 2, ids("T1 T2 T3"), ids("T1 T2 T3"),
                                      ids("f1 f2 f3")};
    QCOMPARE(result.streams.first(), expected);
}

void TestAnalysis::dependencyCycleForTheCanvas() {
    const sb::Map map = MapBuilder()
                            .stream("s")
                            .supporting()
                            .capability("x", "", "99%")
                            .capability("y", "", "99%")
                            .dependency("s", "x")
                            .dependency("x", "y")
                            .dependency("y", "x")
                            .dependency("y", "s")
                            .map();
    // One component {s, x, y}; the shortest cycle through s is s → x → y → s.
    const QList<sb::DependencyCycle> expected = {{ids("s x y"), ids("s x y"), ids("d1 d2 d4")}};
    QCOMPARE(sb::analyze(map).dependencyCycles, expected);
}

STREAMBOARD_GUILESS_TEST_MAIN(TestAnalysis)
} // namespace tst_analysis
#include "tst_analysis.moc"
