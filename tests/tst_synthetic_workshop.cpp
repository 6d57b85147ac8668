#include "analysis/analysis.h"
#include "synthetic_workshop.h"
#include "test_main.h"

#include <QSet>
#include <QTest>

namespace tst_synthetic_workshop {

// The shape of the benchmarks' synthetic workshop (README, "Performance"), worked out from its
// definition for 1,000 stages: 20 streams of 50 stages, 20 / 5 + 3 = 7 teams of which t0 is the
// platform team (every seventh), 1,000 / 10 = 100 capabilities, 3 × 20 = 60 dependencies of
// streams, and a three-capability loop at each of the 100 / 10 = 10 tenths.
class TestSyntheticWorkshop : public QObject {
    Q_OBJECT

private slots:
    void shape() {
        const sb::Map map = sb::synthetic::generatedMap(1000);
        QCOMPARE(map.stages.size(), 1000);
        QCOMPARE(map.streams.size(), 20);
        for (const sb::Stream& stream : map.streams) {
            const auto stages =
                std::count_if(map.stages.begin(), map.stages.end(),
                              [&](const sb::Stage& s) { return s.stream == stream.id; });
            QCOMPARE(stages, 50);
        }
        QCOMPARE(map.teams.size(), 7);
        QCOMPARE(std::count_if(map.teams.begin(), map.teams.end(),
                               [](const sb::Team& t) { return t.type == sb::TeamType::Platform; }),
                 1);
        QCOMPARE(map.capabilities.size(), 100);
        QCOMPARE(map.steps.size(), 40);
        QCOMPARE(map.slices.size(), 10);
        for (const sb::Stage& stage : map.stages) {
            QVERIFY(stage.processTime >= 60 && stage.processTime <= 8 * 3600);
            QVERIFY(stage.leadTime >= stage.processTime);
            QVERIFY(stage.leadTime <= stage.processTime + 5 * 86400);
            QVERIFY(stage.pctCA >= 60 && stage.pctCA <= 100);
        }
    }

    void threeDistinctDependenciesPerStream() {
        const sb::Map map = sb::synthetic::generatedMap(1000);
        for (const sb::Stream& stream : map.streams) {
            QSet<sb::Id> targets;
            for (const sb::Dependency& d : map.dependencies)
                if (d.from == stream.id)
                    targets.insert(d.to);
            QCOMPARE(targets.size(), 3);
        }
    }

    void flowsPushAlongEachStreamWithSomeRework() {
        const sb::Map map = sb::synthetic::generatedMap(1000);
        const auto count = [&](sb::FlowKind kind) {
            return std::count_if(map.flows.begin(), map.flows.end(),
                                 [&](const sb::Flow& f) { return f.kind == kind; });
        };
        QCOMPARE(count(sb::FlowKind::Push), 20 * 49);
        // One stage in twenty of the 47 per stream past the third: about 47 in all.
        QVERIFY(count(sb::FlowKind::Rework) > 10);
        QVERIFY(count(sb::FlowKind::Rework) < 150);
    }

    void tenDependencyCycles() {
        const sb::AnalysisResult result = sb::analyze(sb::synthetic::generatedMap(1000));
        QCOMPARE(result.dependencyCycles.size(), 10);
        for (const sb::DependencyCycle& cycle : result.dependencyCycles)
            QCOMPARE(cycle.cycle.size(), 3);
    }

    void lastStreamIsShorterWhenStagesDoNotDivide() {
        const sb::Map map = sb::synthetic::generatedMap(120);
        QCOMPARE(map.stages.size(), 120);
        QCOMPARE(map.streams.size(), 3);
        QCOMPARE(map.stages.last().stream, QStringLiteral("v2"));
        QCOMPARE(map.capabilities.size(), 12);
    }

    void sameSeedSameBytes() {
        QCOMPARE(sb::synthetic::interchangeJson(500, 7), sb::synthetic::interchangeJson(500, 7));
        QVERIFY(sb::synthetic::interchangeJson(500, 7) != sb::synthetic::interchangeJson(500, 8));
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestSyntheticWorkshop)
} // namespace tst_synthetic_workshop
#include "tst_synthetic_workshop.moc"
