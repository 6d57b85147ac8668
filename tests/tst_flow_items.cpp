#include "metrics/flow_items.h"
#include "test_main.h"
#include "test_maps.h"

#include <QTest>

namespace tst_flow_items {

using namespace sbtest;
using sb::FlowCounts;
using sb::FlowMetrics;

// Flow metrics as docs/flow.md defines them; every expected value is worked out by hand.
class TestFlowItems : public QObject {
    Q_OBJECT

private:
    // A map with one stream "vs" whose flow items are the given ones.
    static sb::Map withItems(double periodDays, FlowCounts done, FlowCounts inProgress) {
        sb::Map map = MapBuilder().stream("vs").map();
        map.streams[0].flowItems = {periodDays, done, inProgress};
        return map;
    }
    static FlowMetrics measure(const sb::Map& map) {
        return sb::computeFlowMetrics(map, sb::computeMetrics(map)).first();
    }

private slots:
    void velocity_data();
    void velocity();
    void distribution();
    void load();
    void nothingDone();
    void flowTimeIsTheLeadTime();
    void flowTimeIsNullWithAFlowCycle();
    void everyStreamInFileOrder();
};

void TestFlowItems::velocity_data() {
    QTest::addColumn<double>("periodDays");
    QTest::addColumn<int>("features");
    QTest::addColumn<int>("debt");
    QTest::addColumn<int>("velocity");
    QTest::addColumn<double>("perWeek");

    // 3 + 7 = 10 done in 14 days: 10 / 14 * 7 = 5 a week.
    QTest::newRow("two weeks") << 14.0 << 3 << 7 << 10 << 5.0;
    // 6 done in 30 days: 6 / 30 * 7 = 1.4 a week.
    QTest::newRow("a month") << 30.0 << 6 << 0 << 6 << 1.4;
    // 2 + 1 = 3 done in 3.5 days: 3 / 3.5 * 7 = 6 a week.
    QTest::newRow("half a week") << 3.5 << 2 << 1 << 3 << 6.0;
    // A period of 0 days (the reader refuses it; an edited model may hold it): no weekly rate.
    QTest::newRow("no period") << 0.0 << 4 << 0 << 4 << 0.0;
}

void TestFlowItems::velocity() {
    QFETCH(double, periodDays);
    QFETCH(int, features);
    QFETCH(int, debt);
    QFETCH(int, velocity);
    QFETCH(double, perWeek);
    const FlowMetrics m = measure(withItems(periodDays, {features, 0, 0, debt}, {}));
    QCOMPARE(m.velocity, velocity);
    QCOMPARE(m.velocityPerWeek, perWeek);
}

void TestFlowItems::distribution() {
    // Done 3 features, 2 defects, 1 risk, 4 debt = 10: 30%, 20%, 10%, 40%.
    const FlowMetrics m = measure(withItems(14, {3, 2, 1, 4}, {}));
    QCOMPARE(m.velocity, 10);
    QCOMPARE(m.distribution.features, 0.3);
    QCOMPARE(m.distribution.defects, 0.2);
    QCOMPARE(m.distribution.risks, 0.1);
    QCOMPARE(m.distribution.debt, 0.4);
    // Only defects done: 5 of 5.
    const FlowMetrics defects = measure(withItems(14, {0, 5, 0, 0}, {}));
    QVERIFY(defects.distribution == (sb::FlowDistribution{0, 1, 0, 0}));
}

void TestFlowItems::load() {
    // In progress 5 features, 0 defects, 2 risks, 1 debt = 8; done does not count.
    const FlowMetrics m = measure(withItems(14, {9, 9, 9, 9}, {5, 0, 2, 1}));
    QCOMPARE(m.load, 8);
    QVERIFY(m.loadByKind == (FlowCounts{5, 0, 2, 1}));
}

void TestFlowItems::nothingDone() {
    const FlowMetrics m = measure(withItems(30, {}, {1, 1, 1, 1}));
    QCOMPARE(m.velocity, 0);
    QCOMPARE(m.velocityPerWeek, 0.0);
    QVERIFY(m.distribution == (sb::FlowDistribution{0, 0, 0, 0}));
    QCOMPARE(m.load, 4);
}

void TestFlowItems::flowTimeIsTheLeadTime() {
    // a (LT 2h) → b (LT 5h), and a lone c (LT 6h): the critical path is a b, 7h.
    const sb::Map map = MapBuilder()
                            .stream("vs")
                            .stage({"a", "vs", 2, 1})
                            .stage({"b", "vs", 5, 1})
                            .stage({"c", "vs", 6, 1})
                            .flow("a", "b")
                            .map();
    const FlowMetrics m = measure(map);
    QCOMPARE(m.stream, QStringLiteral("vs"));
    QVERIFY(m.flowTime.has_value());
    QCOMPARE(*m.flowTime, 7 * hour);
}

void TestFlowItems::flowTimeIsNullWithAFlowCycle() {
    const sb::Map map = MapBuilder()
                            .stream("vs")
                            .stage({"a", "vs", 2, 1})
                            .stage({"b", "vs", 5, 1})
                            .flow("a", "b")
                            .flow("b", "a")
                            .map();
    QVERIFY(!measure(map).flowTime.has_value());
}

void TestFlowItems::everyStreamInFileOrder() {
    sb::Map map = MapBuilder().stream("one").stream("two").stage({"x", "two", 3, 1}).map();
    map.streams[0].flowItems.done = {1, 0, 0, 0};
    map.streams[1].flowItems.done = {0, 2, 0, 0};
    const QList<FlowMetrics> all = sb::computeFlowMetrics(map, sb::computeMetrics(map));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].stream, QStringLiteral("one"));
    QCOMPARE(all[0].velocity, 1);
    QCOMPARE(*all[0].flowTime, 0.0); // no stages: lead time 0
    QCOMPARE(all[1].stream, QStringLiteral("two"));
    QCOMPARE(all[1].velocity, 2);
    QCOMPARE(*all[1].flowTime, 3 * hour);
}

STREAMBOARD_GUILESS_TEST_MAIN(TestFlowItems)
} // namespace tst_flow_items
#include "tst_flow_items.moc"
