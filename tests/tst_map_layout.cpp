// Where the layout puts stages, worked out by hand: each lane's stages found by stream and
// column (one pass over the map), a stage without a step or with an unknown one in the trailing
// column, placed stages first in their column.
#include "canvas/map_layout.h"
#include "test_main.h"

#include <QTest>

namespace tst_map_layout {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

Stage stage(const QString& id, const QString& stream, const QString& step,
            std::optional<qreal> y = std::nullopt) {
    Stage s;
    s.id = id;
    s.stream = stream;
    s.step = step;
    if (y)
        s.position = QPointF(0, *y);
    return s;
}

class TestMapLayout : public QObject {
    Q_OBJECT
private slots:
    // Steps k1, k2 and a "No step" column: x = 240 + 220 c + 18, lanes 240 + 3 · 220 + 230 = 1130
    // wide. No slices: the grid is the 32 px hint under the 56 px header row, then a 40 px gap,
    // so lanes start at y 128. Lane v1 stacks two rows (s3 was placed, so it comes before s1): 2·92
    // + 14 + 2·14 + 58 = 284 high; the customer stream v3 follows at 412 (178 high), the supporting
    // v2 last at 590.
    void stagesFindTheirLaneAndColumn() {
        Map map;
        map.steps = {Step{u"k1"_s, u"One"_s}, Step{u"k2"_s, u"Two"_s}};
        for (const QString& id : {u"v1"_s, u"v2"_s, u"v3"_s}) {
            Stream s;
            s.id = id;
            s.kind = id == u"v2"_s ? StreamKind::Supporting : StreamKind::Customer;
            map.streams.append(s);
        }
        map.stages = {stage(u"s1"_s, u"v1"_s, u"k2"_s),     stage(u"s2"_s, u"v2"_s, u"k1"_s),
                      stage(u"s3"_s, u"v1"_s, u"k2"_s, 10), stage(u"s4"_s, u"v1"_s, {}),
                      stage(u"s5"_s, u"v3"_s, u"gone"_s),   stage(u"s6"_s, u"v1"_s, u"k1"_s)};
        const canvas::MapLayout l = canvas::computeLayout(map);
        QCOMPARE(l.columnCount, 3);
        QVERIFY(l.hasNoStepColumn);
        QCOMPARE(l.laneOrder, (QList<Id>{u"v1"_s, u"v3"_s, u"v2"_s}));
        QCOMPARE(l.lanes.value(u"v1"_s), QRectF(0, 128, 1130, 284));
        QCOMPARE(l.lanes.value(u"v3"_s), QRectF(0, 412, 1130, 178));
        QCOMPARE(l.lanes.value(u"v2"_s), QRectF(0, 590, 1130, 178));
        QCOMPARE(l.stages.value(u"s6"_s), QRectF(258, 142, 184, 92));
        QCOMPARE(l.stages.value(u"s3"_s), QRectF(478, 142, 184, 92));
        QCOMPARE(l.stages.value(u"s1"_s), QRectF(478, 248, 184, 92));
        QCOMPARE(l.stages.value(u"s4"_s), QRectF(698, 142, 184, 92));
        QCOMPARE(l.stages.value(u"s5"_s), QRectF(698, 426, 184, 92));
        QCOMPARE(l.stages.value(u"s2"_s), QRectF(258, 604, 184, 92));
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestMapLayout)
} // namespace tst_map_layout
#include "tst_map_layout.moc"
