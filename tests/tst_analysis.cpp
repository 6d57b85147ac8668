#include "analysis/analysis.h"
#include "analysis/finding_order.h"
#include "test_maps.h"

#include <QTest>

using namespace sbtest;
using sb::Finding;
using sb::FlowKind;
using sb::Severity;

Q_DECLARE_METATYPE(sb::Finding)
Q_DECLARE_METATYPE(sb::Severity)

namespace sb {
// Lets QCOMPARE show findings that differ.
char* toString(const Finding& f) {
    const QString text =
        QStringLiteral("%1 %2 [%3] %4")
            .arg(toString(f.severity), f.rule, f.subjects.join(QStringLiteral(", ")), f.message);
    return qstrdup(text.toUtf8().constData());
}
} // namespace sb

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
        << MapBuilder().stream("s").stage({"r", "s", 2, 4, "", 100, "Code review"}).map()
        << QList<Finding>{finding("timing", Severity::Error, "r",
                                  "“Code review” waits less than it works: lead time 2h is "
                                  "shorter than process time 4h. Lead time includes process "
                                  "time.")};
    // With 8-hour days, 8h is 1d and 10h is 1d 2h.
    QTest::newRow("shown in working days")
        << MapBuilder()
               .workingDayHours(8)
               .stream("s")
               .stage({"r", "s", 8, 10, "", 100, "Test"})
               .map()
        << QList<Finding>{finding("timing", Severity::Error, "r",
                                  "“Test” waits less than it works: lead time 1d "
                                  "is shorter than process time 1d 2h. Lead time "
                                  "includes process time.")};
    QTest::newRow("lead time equal to process time")
        << MapBuilder().stream("s").stage({"r", "s", 4, 4}).map() << QList<Finding>();
    QTest::newRow("lead time longer than process time")
        << MapBuilder().stream("s").stage({"r", "s", 5, 4}).map() << QList<Finding>();
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
                            .stream("alpha")
                            .stream("mid")
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

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
