#include "metrics/stream_metrics.h"
#include "test_main.h"
#include "test_maps.h"

#include <QTest>

namespace tst_metrics {

using namespace sbtest;
using sb::FlowKind;
using sb::StreamMetrics;

// Every expected value below is worked out by hand from DESIGN.md, "Metrics (per stream)".
// Times are written in hours; the builder stores seconds.
class TestMetrics : public QObject {
    Q_OBJECT

private:
    static StreamMetrics first(const sb::Map& map) { return sb::computeMetrics(map).first(); }

private slots:
    void criticalPath_data();
    void criticalPath();
    void handoffs_data();
    void handoffs();
    void rolledPctCA_data();
    void rolledPctCA();
    void flowCycle_data();
    void flowCycle();
    void cycleKeepsRolledPctCAAndHandoffs();
    void streamsAreMeasuredSeparately();
    void flowsBetweenStreamsAreIgnored();
    void manyStreamsEachGetTheirOwnResult();
};

void TestMetrics::criticalPath_data() {
    QTest::addColumn<sb::Map>("map");
    QTest::addColumn<double>("leadHours");
    QTest::addColumn<double>("processHours");
    QTest::addColumn<double>("flowEfficiency");
    QTest::addColumn<QStringList>("path");

    // 4 + 2 + 10 = 16h, 1 + 2 + 3 = 6h, 6/16.
    QTest::newRow("linear") << MapBuilder()
                                   .stream("s")
                                   .stage({"a", "s", 4, 1})
                                   .stage({"b", "s", 2, 2})
                                   .stage({"c", "s", 10, 3})
                                   .flow("a", "b")
                                   .flow("b", "c")
                                   .map()
                            << 16.0 << 6.0 << 0.375 << ids("a b c");

    // a-b-d: 7h/3h; a-c-d: 5h/4h. The longer lead time wins although c comes first in the file.
    QTest::newRow("branching") << MapBuilder()
                                      .stream("s")
                                      .stage({"a", "s", 1, 1})
                                      .stage({"c", "s", 3, 2})
                                      .stage({"b", "s", 5, 1})
                                      .stage({"d", "s", 1, 1})
                                      .flow("a", "b")
                                      .flow("a", "c")
                                      .flow("b", "d")
                                      .flow("c", "d")
                                      .map()
                               << 7.0 << 3.0 << 3.0 / 7.0 << ids("a b d");

    // a-b-c-e: 4h/4h; a-d-e: 6h/3h. Lead time beats both the number of stages and process time.
    QTest::newRow("lead time beats length") << MapBuilder()
                                                   .stream("s")
                                                   .stage({"a", "s", 1, 1})
                                                   .stage({"b", "s", 1, 1})
                                                   .stage({"c", "s", 1, 1})
                                                   .stage({"d", "s", 4, 1})
                                                   .stage({"e", "s", 1, 1})
                                                   .flow("a", "b")
                                                   .flow("b", "c")
                                                   .flow("c", "e")
                                                   .flow("a", "d")
                                                   .flow("d", "e")
                                                   .map()
                                            << 6.0 << 3.0 << 0.5 << ids("a d e");

    // a-b: 6h/2h; a-c: 6h/3h.
    QTest::newRow("lead tie, larger process time wins") << MapBuilder()
                                                               .stream("s")
                                                               .stage({"a", "s", 2, 1})
                                                               .stage({"b", "s", 4, 1})
                                                               .stage({"c", "s", 4, 2})
                                                               .flow("a", "b")
                                                               .flow("a", "c")
                                                               .map()
                                                        << 6.0 << 3.0 << 0.5 << ids("a c");

    // x-z and y-z: both 5h/2h; they differ at their first stage, and y comes first in the file.
    QTest::newRow("full tie at the start, y first in file") << MapBuilder()
                                                                   .stream("s")
                                                                   .stage({"y", "s", 3, 1})
                                                                   .stage({"x", "s", 3, 1})
                                                                   .stage({"z", "s", 2, 1})
                                                                   .flow("x", "z")
                                                                   .flow("y", "z")
                                                                   .map()
                                                            << 5.0 << 2.0 << 0.4 << ids("y z");
    QTest::newRow("full tie at the start, x first in file") << MapBuilder()
                                                                   .stream("s")
                                                                   .stage({"x", "s", 3, 1})
                                                                   .stage({"y", "s", 3, 1})
                                                                   .stage({"z", "s", 2, 1})
                                                                   .flow("y", "z")
                                                                   .flow("x", "z")
                                                                   .map()
                                                            << 5.0 << 2.0 << 0.4 << ids("x z");

    // a-b-d and a-c-d: both 4h/1h; they first differ at their second stage. The flows are listed
    // against the file order, so only the file order can decide.
    QTest::newRow("full tie in the middle, c first in file") << MapBuilder()
                                                                    .stream("s")
                                                                    .stage({"a", "s", 1, 0})
                                                                    .stage({"c", "s", 2, 1})
                                                                    .stage({"b", "s", 2, 1})
                                                                    .stage({"d", "s", 1, 0})
                                                                    .flow("a", "b")
                                                                    .flow("a", "c")
                                                                    .flow("b", "d")
                                                                    .flow("c", "d")
                                                                    .map()
                                                             << 4.0 << 1.0 << 0.25 << ids("a c d");
    QTest::newRow("full tie in the middle, b first in file") << MapBuilder()
                                                                    .stream("s")
                                                                    .stage({"a", "s", 1, 0})
                                                                    .stage({"b", "s", 2, 1})
                                                                    .stage({"c", "s", 2, 1})
                                                                    .stage({"d", "s", 1, 0})
                                                                    .flow("a", "c")
                                                                    .flow("a", "b")
                                                                    .flow("c", "d")
                                                                    .flow("b", "d")
                                                                    .map()
                                                             << 4.0 << 1.0 << 0.25 << ids("a b d");

    // e1-m-x: 4h/2h; e2-m-x: 7h/3h.
    QTest::newRow("multiple entry stages") << MapBuilder()
                                                  .stream("s")
                                                  .stage({"e1", "s", 1, 1})
                                                  .stage({"e2", "s", 4, 2})
                                                  .stage({"m", "s", 2, 1})
                                                  .stage({"x", "s", 1, 0})
                                                  .flow("e1", "m")
                                                  .flow("e2", "m")
                                                  .flow("m", "x")
                                                  .map()
                                           << 7.0 << 3.0 << 3.0 / 7.0 << ids("e2 m x");

    // a-b: 2h/2h; c alone: 5h/1h.
    QTest::newRow("isolated stage is a path of its own") << MapBuilder()
                                                                .stream("s")
                                                                .stage({"a", "s", 1, 1})
                                                                .stage({"b", "s", 1, 1})
                                                                .stage({"c", "s", 5, 1})
                                                                .flow("a", "b")
                                                                .map()
                                                         << 5.0 << 1.0 << 0.2 << ids("c");

    // Counting the rework flows would give a-b-c (7h) or a cycle a-b-a; without them c alone
    // (5h) beats a-b (2h).
    QTest::newRow("rework flows are not part of paths") << MapBuilder()
                                                               .stream("s")
                                                               .stage({"a", "s", 1, 1})
                                                               .stage({"b", "s", 1, 1})
                                                               .stage({"c", "s", 5, 1})
                                                               .flow("a", "b")
                                                               .flow("b", "c", FlowKind::Rework)
                                                               .flow("b", "a", FlowKind::Rework)
                                                               .map()
                                                        << 5.0 << 1.0 << 0.2 << ids("c");

    // a-b through a pull flow: 2h/2h beats c alone (1.5h).
    QTest::newRow("pull flows are part of paths") << MapBuilder()
                                                         .stream("s")
                                                         .stage({"a", "s", 1, 1})
                                                         .stage({"b", "s", 1, 1})
                                                         .stage({"c", "s", 1.5, 1})
                                                         .flow("a", "b", FlowKind::Pull)
                                                         .map()
                                                  << 2.0 << 2.0 << 1.0 << ids("a b");

    // Paths run from an entry stage to an exit stage: a-b (3h/1h) ties with c (3h/1h) and a comes
    // before c in the file; the sub-path b alone is not a candidate although b comes first.
    QTest::newRow("paths start at entry stages") << MapBuilder()
                                                        .stream("s")
                                                        .stage({"b", "s", 3, 1})
                                                        .stage({"a", "s", 0, 0})
                                                        .stage({"c", "s", 3, 1})
                                                        .flow("a", "b")
                                                        .map()
                                                 << 3.0 << 1.0 << 1.0 / 3.0 << ids("a b");

    QTest::newRow("zero lead time gives zero flow efficiency") << MapBuilder()
                                                                      .stream("s")
                                                                      .stage({"a", "s", 0, 0})
                                                                      .stage({"b", "s", 0, 0})
                                                                      .flow("a", "b")
                                                                      .map()
                                                               << 0.0 << 0.0 << 0.0 << ids("a b");

    QTest::newRow("one stage") << MapBuilder().stream("s").stage({"a", "s", 8, 2}).map() << 8.0
                               << 2.0 << 0.25 << ids("a");

    QTest::newRow("empty stream") << MapBuilder().stream("s").map() << 0.0 << 0.0 << 0.0
                                  << QStringList();
}

void TestMetrics::criticalPath() {
    QFETCH(sb::Map, map);
    QFETCH(double, leadHours);
    QFETCH(double, processHours);
    QFETCH(double, flowEfficiency);
    QFETCH(QStringList, path);

    const StreamMetrics m = sb::computeMetrics(map).first();
    QCOMPARE(m.stream, QStringLiteral("s"));
    QCOMPARE(m.criticalPath, path);
    QVERIFY(m.leadTime && m.processTime && m.flowEfficiency);
    QCOMPARE(*m.leadTime, leadHours * hour);
    QCOMPARE(*m.processTime, processHours * hour);
    QCOMPARE(*m.flowEfficiency, flowEfficiency);
    QVERIFY(m.flowCycle.isEmpty());
}

void TestMetrics::handoffs_data() {
    QTest::addColumn<sb::Map>("map");
    QTest::addColumn<int>("handoffs");

    QTest::newRow("same owner") << MapBuilder()
                                       .stream("s")
                                       .stage({"a", "s", 1, 1, "t1"})
                                       .stage({"b", "s", 1, 1, "t1"})
                                       .flow("a", "b")
                                       .map()
                                << 0;
    QTest::newRow("push between owners") << MapBuilder()
                                                .stream("s")
                                                .stage({"a", "s", 1, 1, "t1"})
                                                .stage({"b", "s", 1, 1, "t2"})
                                                .flow("a", "b")
                                                .map()
                                         << 1;
    QTest::newRow("pull between owners") << MapBuilder()
                                                .stream("s")
                                                .stage({"a", "s", 1, 1, "t1"})
                                                .stage({"b", "s", 1, 1, "t2"})
                                                .flow("a", "b", FlowKind::Pull)
                                                .map()
                                         << 1;
    QTest::newRow("rework counts too") << MapBuilder()
                                              .stream("s")
                                              .stage({"a", "s", 1, 1, "t1"})
                                              .stage({"b", "s", 1, 1, "t2"})
                                              .flow("a", "b")
                                              .flow("b", "a", FlowKind::Rework)
                                              .map()
                                       << 2;
    // a → b → c goes from t1 to t2, but through a stage nobody owns: neither flow is a handoff.
    QTest::newRow("unowned stage in between") << MapBuilder()
                                                     .stream("s")
                                                     .stage({"a", "s", 1, 1, "t1"})
                                                     .stage({"b", "s", 1, 1})
                                                     .stage({"c", "s", 1, 1, "t2"})
                                                     .flow("a", "b")
                                                     .flow("b", "c")
                                                     .map()
                                              << 0;
    QTest::newRow("both unowned") << MapBuilder()
                                         .stream("s")
                                         .stage({"a", "s", 1, 1})
                                         .stage({"b", "s", 1, 1})
                                         .flow("a", "b")
                                         .map()
                                  << 0;
    // b→c (t1→t2), c→a rework (t2→t1), b→e pull (t1→t2); a→b same team; c→d, d→e unowned d.
    QTest::newRow("mixed") << MapBuilder()
                                  .stream("s")
                                  .stage({"a", "s", 1, 1, "t1"})
                                  .stage({"b", "s", 1, 1, "t1"})
                                  .stage({"c", "s", 1, 1, "t2"})
                                  .stage({"d", "s", 1, 1})
                                  .stage({"e", "s", 1, 1, "t2"})
                                  .flow("a", "b")
                                  .flow("b", "c")
                                  .flow("c", "d")
                                  .flow("d", "e", FlowKind::Pull)
                                  .flow("c", "a", FlowKind::Rework)
                                  .flow("b", "e", FlowKind::Pull)
                                  .map()
                           << 3;
    QTest::newRow("other streams' flows do not count") << MapBuilder()
                                                              .stream("s")
                                                              .stream("u")
                                                              .stage({"a", "s", 1, 1, "t1"})
                                                              .stage({"b", "s", 1, 1, "t1"})
                                                              .stage({"c", "u", 1, 1, "t1"})
                                                              .stage({"d", "u", 1, 1, "t2"})
                                                              .flow("a", "b")
                                                              .flow("c", "d")
                                                              .map()
                                                       << 0;
}

void TestMetrics::handoffs() {
    QFETCH(sb::Map, map);
    QFETCH(int, handoffs);
    QCOMPARE(sb::computeMetrics(map).first().handoffs, handoffs);
}

void TestMetrics::rolledPctCA_data() {
    QTest::addColumn<sb::Map>("map");
    QTest::addColumn<double>("rolled");

    // Over every stage, on the critical path or not: 0.9 × 0.8 × 1.
    QTest::newRow("90 × 80 × 100") << MapBuilder()
                                          .stream("s")
                                          .stage({"a", "s", 1, 1, "", 90})
                                          .stage({"b", "s", 1, 1, "", 80})
                                          .stage({"c", "s", 5, 1, "", 100})
                                          .flow("a", "b")
                                          .map()
                                   << 0.72;
    QTest::newRow("50 × 50") << MapBuilder()
                                    .stream("s")
                                    .stage({"a", "s", 1, 1, "", 50})
                                    .stage({"b", "s", 1, 1, "", 50})
                                    .map()
                             << 0.25;
    QTest::newRow("a stage at 0") << MapBuilder()
                                         .stream("s")
                                         .stage({"a", "s", 1, 1, "", 0})
                                         .stage({"b", "s", 1, 1, "", 90})
                                         .map()
                                  << 0.0;
    QTest::newRow("only the stream's stages") << MapBuilder()
                                                     .stream("s")
                                                     .stream("u")
                                                     .stage({"a", "s", 1, 1, "", 40})
                                                     .stage({"b", "u", 1, 1, "", 10})
                                                     .map()
                                              << 0.4;
    QTest::newRow("no stages") << MapBuilder().stream("s").map() << 1.0;
}

void TestMetrics::rolledPctCA() {
    QFETCH(sb::Map, map);
    QFETCH(double, rolled);
    QCOMPARE(sb::computeMetrics(map).first().rolledPctCA, rolled);
}

void TestMetrics::flowCycle_data() {
    QTest::addColumn<sb::Map>("map");
    QTest::addColumn<QStringList>("cycle");

    // Members b, c, a (d only leads in); b is the first member in the file, so the cycle starts
    // there and follows the flows.
    QTest::newRow("starts at the first member in file order") << MapBuilder()
                                                                     .stream("s")
                                                                     .stage({"d", "s", 1, 1})
                                                                     .stage({"b", "s", 1, 1})
                                                                     .stage({"a", "s", 1, 1})
                                                                     .stage({"c", "s", 1, 1})
                                                                     .flow("d", "a")
                                                                     .flow("a", "b")
                                                                     .flow("b", "c")
                                                                     .flow("c", "a")
                                                                     .map()
                                                              << ids("b c a");
    // Through a: a-c-d-a (listed first) and a-b-a; the shortest is reported.
    QTest::newRow("shortest cycle through the first member") << MapBuilder()
                                                                    .stream("s")
                                                                    .stage({"a", "s", 1, 1})
                                                                    .stage({"b", "s", 1, 1})
                                                                    .stage({"c", "s", 1, 1})
                                                                    .stage({"d", "s", 1, 1})
                                                                    .flow("a", "c")
                                                                    .flow("c", "d")
                                                                    .flow("d", "a")
                                                                    .flow("a", "b")
                                                                    .flow("b", "a")
                                                                    .map()
                                                             << ids("a b");
    QTest::newRow("self-loop flow") << MapBuilder()
                                           .stream("s")
                                           .stage({"a", "s", 1, 1})
                                           .stage({"b", "s", 1, 1})
                                           .flow("a", "b")
                                           .flow("b", "b")
                                           .map()
                                    << ids("b");
    // a loops on itself and comes before the b-c cycle in the file.
    QTest::newRow("self-loop before a longer cycle") << MapBuilder()
                                                            .stream("s")
                                                            .stage({"a", "s", 1, 1})
                                                            .stage({"b", "s", 1, 1})
                                                            .stage({"c", "s", 1, 1})
                                                            .flow("b", "c")
                                                            .flow("c", "b")
                                                            .flow("a", "a")
                                                            .map()
                                                     << ids("a");
    QTest::newRow("pull flows close cycles") << MapBuilder()
                                                    .stream("s")
                                                    .stage({"a", "s", 1, 1})
                                                    .stage({"b", "s", 1, 1})
                                                    .flow("a", "b", FlowKind::Pull)
                                                    .flow("b", "a")
                                                    .map()
                                             << ids("a b");
}

void TestMetrics::flowCycle() {
    QFETCH(sb::Map, map);
    QFETCH(QStringList, cycle);

    const StreamMetrics m = sb::computeMetrics(map).first();
    QCOMPARE(m.flowCycle, cycle);
    QCOMPARE(m.leadTime, std::nullopt);
    QCOMPARE(m.processTime, std::nullopt);
    QCOMPARE(m.flowEfficiency, std::nullopt);
    QVERIFY(m.criticalPath.isEmpty());
}

void TestMetrics::cycleKeepsRolledPctCAAndHandoffs() {
    const StreamMetrics m = first(MapBuilder()
                                      .stream("s")
                                      .stage({"a", "s", 1, 1, "t1", 50})
                                      .stage({"b", "s", 1, 1, "t2", 50})
                                      .flow("a", "b")
                                      .flow("b", "a")
                                      .map());
    QCOMPARE(m.flowCycle, ids("a b"));
    QCOMPARE(m.rolledPctCA, 0.25);
    QCOMPARE(m.handoffs, 2);
}

void TestMetrics::streamsAreMeasuredSeparately() {
    // Stages of s1 and s2 interleave in the file; s3 has none; s2 has a cycle that must not
    // touch s1.
    const sb::Map map = MapBuilder()
                            .stream("s1")
                            .stream("s2")
                            .stream("s3")
                            .stage({"a1", "s1", 2, 1})
                            .stage({"a2", "s2", 3, 1})
                            .stage({"b1", "s1", 1, 1})
                            .stage({"b2", "s2", 1, 0})
                            .flow("a2", "b2")
                            .flow("a1", "b1")
                            .flow("b2", "a2")
                            .map();
    const QList<StreamMetrics> all = sb::computeMetrics(map);
    QCOMPARE(all.size(), 3);

    QCOMPARE(all[0].stream, QStringLiteral("s1"));
    QCOMPARE(all[0].criticalPath, ids("a1 b1"));
    QCOMPARE(all[0].leadTime, 3 * hour);
    QCOMPARE(all[0].processTime, 2 * hour);

    QCOMPARE(all[1].stream, QStringLiteral("s2"));
    QCOMPARE(all[1].flowCycle, ids("a2 b2"));
    QCOMPARE(all[1].leadTime, std::nullopt);

    QCOMPARE(all[2].stream, QStringLiteral("s3"));
    QCOMPARE(all[2].leadTime, 0.0);
    QCOMPARE(all[2].rolledPctCA, 1.0);
    QVERIFY(all[2].criticalPath.isEmpty());

    for (qsizetype i = 0; i < map.streams.size(); ++i)
        QCOMPARE(sb::computeStreamMetrics(map, map.streams[i]), all[i]);
}

void TestMetrics::flowsBetweenStreamsAreIgnored() {
    // A flow must join two stages of one stream; one that does not belongs to neither.
    const QList<StreamMetrics> all = sb::computeMetrics(MapBuilder()
                                                            .stream("s")
                                                            .stream("u")
                                                            .stage({"a", "s", 1, 1, "t1"})
                                                            .stage({"z", "u", 10, 10, "t2"})
                                                            .flow("a", "z")
                                                            .flow("a", "missing")
                                                            .map());
    QCOMPARE(all[0].criticalPath, ids("a"));
    QCOMPARE(all[0].handoffs, 0);
    QCOMPARE(all[1].criticalPath, ids("z"));
    QCOMPARE(all[1].handoffs, 0);
}

void TestMetrics::manyStreamsEachGetTheirOwnResult() {
    // 2,000 streams of 50 stages. Each stream: a chain of 50 stages (2h LT, 1h PT each), a
    // shortcut from its first to its last stage, a rework flow back; owners change every ten
    // stages. Expected per stream: path = the chain, 100h / 50h; handoffs = 4 in the chain +
    // shortcut (team 0 → team 4) + rework (team 4 → team 0) = 6.
    constexpr int streams = 2000;
    constexpr int stagesPerStream = 50;
    sb::Map map;
    for (int s = 0; s < streams; ++s) {
        const QString stream = QStringLiteral("s%1").arg(s);
        sb::Stream streamElement;
        streamElement.id = stream;
        map.streams.append(streamElement);
        const auto stageId = [&](int i) { return QStringLiteral("s%1-%2").arg(s).arg(i); };
        for (int i = 0; i < stagesPerStream; ++i) {
            sb::Stage stage;
            stage.id = stageId(i);
            stage.stream = stream;
            stage.owner = QStringLiteral("t%1-%2").arg(s).arg(i / 10);
            stage.leadTime = 2 * hour;
            stage.processTime = hour;
            map.stages.append(stage);
            if (i > 0)
                map.flows.append({stageId(i) + u'f', stageId(i - 1), stageId(i)});
        }
        map.flows.append({stream + u'x', stageId(0), stageId(stagesPerStream - 1)});
        map.flows.append(
            {stream + u'r', stageId(stagesPerStream - 1), stageId(0), FlowKind::Rework});
    }

    const QList<StreamMetrics> all = sb::computeMetrics(map);

    QCOMPARE(all.size(), streams);
    for (const StreamMetrics& m : all) {
        QCOMPARE(m.leadTime, 100 * hour);
        QCOMPARE(m.processTime, 50 * hour);
        QCOMPARE(m.criticalPath.size(), stagesPerStream);
        QCOMPARE(m.handoffs, 6);
    }
    QCOMPARE(all.last().criticalPath.last(), QStringLiteral("s1999-49"));
}

STREAMBOARD_GUILESS_TEST_MAIN(TestMetrics)
} // namespace tst_metrics
#include "tst_metrics.moc"
