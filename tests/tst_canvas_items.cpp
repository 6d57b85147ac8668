// The canvas's items painted on their own, as the view paints them: it does not save the
// painter's state between items, so an item gets the brush and pen the one before it left.
#include "canvas/canvas_style.h"
#include "canvas/connector_item.h"
#include "canvas/ladder_item.h"
#include "canvas/map_scene.h"
#include "model/document.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTest>
#include <cstdlib>

namespace tst_canvas_items {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

QImage paintAlone(canvas::ConnectorItem& item, const QBrush& leftOver) {
    QImage image(420, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setBrush(leftOver);
    const QStyleOptionGraphicsItem option;
    item.paint(&painter, &option, nullptr);
    return image;
}

// Antialiasing may round a channel by one.
bool nearly(const QColor& a, const QColor& b) {
    return std::abs(a.red() - b.red()) <= 2 && std::abs(a.green() - b.green()) <= 2 &&
           std::abs(a.blue() - b.blue()) <= 2;
}

// One stream over three steps: Backlog (4h, of which 1h work), Build (4h, 2h work), Deploy
// (1d, 10 min work), pushed in that order, and Deploy sends rework back to Backlog.
Workshop reworkAcrossTheLadder() {
    Map m;
    m.uid = 1;
    m.info.name = u"Current state"_s;
    m.steps = {Step{u"c1"_s, u"Plan"_s}, Step{u"c2"_s, u"Build"_s}, Step{u"c3"_s, u"Ship"_s}};
    m.streams = {test::stream(u"vs1"_s, u"Purchase"_s, {})};
    m.stages = {test::stage(u"a"_s, u"vs1"_s, u"Backlog"_s, {}, 3600, 14400, 100, u"c1"_s),
                test::stage(u"b"_s, u"vs1"_s, u"Build"_s, {}, 7200, 14400, 100, u"c2"_s),
                test::stage(u"c"_s, u"vs1"_s, u"Deploy"_s, {}, 600, 86400, 100, u"c3"_s)};
    m.flows = {test::flow(u"f1"_s, u"a"_s, u"b"_s), test::flow(u"f2"_s, u"b"_s, u"c"_s),
               test::flow(u"f3"_s, u"c"_s, u"a"_s, FlowKind::Rework)};
    Workshop w;
    w.maps = {m};
    return w;
}

// Red as the rework arc paints it, antialiased against a light background.
bool reddish(const QColor& c) {
    return c.red() > c.green() + 60 && c.red() > c.blue() + 60;
}

class TestCanvasItems : public QObject {
    Q_OBJECT
private slots:
    // A rework flow from a stage at x 300..400 back to one at 0..100 (both y 0..60) curves from
    // (350, 60) to (50, 60) with control points 70 below: its lowest point is (200, 112.5).
    // (200, 85) lies between the curve and its chord, 27 px from the curve.
    void selectedBackwardFlowIsOutlinedNotFilled() {
        QGraphicsScene scene;
        auto* flow = new canvas::ConnectorItem(ElementKind::Flow, u"f1"_s);
        scene.addItem(flow);
        flow->setEnds(QRectF(300, 0, 100, 60), QRectF(0, 0, 100, 60),
                      canvas::ConnectorItem::Route::Backward);
        flow->setPen(QPen(Qt::black, 2));
        flow->setSelected(true);
        QVERIFY(flow->isSelected());

        const QImage image = paintAlone(*flow, QBrush(Qt::red));
        QCOMPARE(image.pixelColor(200, 85), QColor(Qt::white));
        QCOMPARE(image.pixelColor(200, 150), QColor(Qt::white));
        // The curve itself is drawn, with the selection's halo beside the line.
        QCOMPARE(image.pixelColor(200, 112), QColor(Qt::black));
        QVERIFY2(nearly(image.pixelColor(200, 115), canvas::style::selection()),
                 qPrintable(image.pixelColor(200, 115).name()));
    }

    // The stages sit in columns 240 + 220·k, 184 wide, centred: the rework arc leaves Deploy's
    // bottom at x 790 and comes back to Backlog's at x 350, with both control points
    // 46 + 0.08 × 440 = 81.2 below. Its lowest point, at t = ½ and x 570, is ¾ × 81.2 = 60.9
    // under the stages' bottom; the ladder starts 7 under it, so that is 53.9 into the ladder.
    // Build's rung spans 466..674 and splits at 466 + 0.45 × 208 = 559.6; "work 2h" stands
    // right of it, centred 11 under the lower rung (20 above the ladder's foot): 49 into the
    // ladder, on a plate one line high (about 13 px) plus 1 above and below. The arc crosses
    // that plate; the plate is drawn above the arc, in the lane's colour, in every theme.
    void ladderLabelsStayAboveReworkArcs_data() {
        QTest::addColumn<bool>("presenting");
        QTest::newRow("normal") << false;
        QTest::newRow("presentation") << true;
    }
    void ladderLabelsStayAboveReworkArcs() {
        QFETCH(bool, presenting);
        const canvas::style::ScopedTheme theme(presenting ? canvas::style::Theme::Presentation
                                                          : canvas::style::Theme::Normal);
        Document doc(reworkAcrossTheLadder());
        canvas::MapScene scene(&doc, 1);
        const QRectF ladder = scene.layout().ladders.value(u"vs1"_s);
        QCOMPARE(ladder.top(), scene.layout().stages.value(u"b"_s).bottom() + 7);
        const canvas::LadderItem* labels = scene.ladderLabelsFor(u"vs1"_s);
        QVERIFY(labels);
        QVERIFY(labels->zValue() > scene.itemFor(ElementKind::Flow, u"f3"_s)->zValue());
        QRectF plate;
        for (const canvas::LadderItem::Label& label : labels->labels())
            if (label.text == u"work 2h"_s)
                plate = label.plate;
        QVERIFY(!plate.isNull());
        QCOMPARE(plate.left(), 559.6 + 4 - 3);
        const qreal arcY = ladder.top() + 53.9;
        QVERIFY2(plate.top() < arcY - 2 && plate.bottom() > arcY + 2,
                 qPrintable(u"%1..%2"_s.arg(plate.top()).arg(plate.bottom())));

        // The scene at 1:1, from the ladder's top left.
        QImage image(ladder.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            scene.render(&painter, QRectF(image.rect()), ladder);
        }
        const QRectF local = plate.translated(-ladder.topLeft());
        const QColor lane = canvas::style::laneFill(false);
        // On the arc, in the plate's margin right of the text: the lane's colour.
        for (qreal y = arcY - 2; y <= arcY + 1; ++y)
            QCOMPARE(image.pixelColor(qRound(local.right() - 1.5), qRound(y - ladder.top())), lane);
        // Nothing of the arc shows on the plate; right of it (where the arc climbs by up to
        // 3 px), the arc is there.
        for (int x = qCeil(local.left()) + 1; x < local.right() - 1; ++x)
            for (int y = qCeil(local.top()) + 1; y < local.bottom() - 1; ++y)
                QVERIFY2(!reddish(image.pixelColor(x, y)), qPrintable(u"%1, %2"_s.arg(x).arg(y)));
        bool arcBesideThePlate = false;
        for (int x = qRound(local.right()) + 2; x < qRound(local.right()) + 30; ++x)
            for (qreal y = arcY - 5; y <= arcY + 1; ++y)
                arcBesideThePlate |= reddish(image.pixelColor(x, qRound(y - ladder.top())));
        QVERIFY(arcBesideThePlate);
    }
};

STREAMBOARD_TEST_MAIN(TestCanvasItems)
} // namespace tst_canvas_items
#include "tst_canvas_items.moc"
