// How much the canvas draws at each zoom: text from ElementItem::minTextZoom up and tinted boxes
// below it, text broken into lines once per item, and a lane's ladder drawn in its exposed part
// only.
#include "canvas/canvas_style.h"
#include "canvas/canvas_view.h"
#include "canvas/connector_item.h"
#include "canvas/element_item.h"
#include "canvas/ladder_item.h"
#include "canvas/lane_item.h"
#include "canvas/map_layout.h"
#include "canvas/map_scene.h"
#include "canvas/pass_through_layer.h"
#include "canvas/stage_item.h"
#include "example_workshop.h"
#include "synthetic_workshop.h"
#include "test_main.h"

#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QTest>

namespace tst_canvas_detail {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

// The item painted alone at a zoom, as the view paints it, on white.
QImage paintAtZoom(QGraphicsItem& item, const QSizeF& size, qreal zoom,
                   const QRectF& exposed = {}) {
    QImage image((size * zoom).toSize() + QSize(2, 2), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(zoom, zoom);
    QStyleOptionGraphicsItem option;
    option.exposedRect = exposed.isNull() ? item.boundingRect() : exposed;
    item.paint(&painter, &option, nullptr);
    return image;
}

// Pixels in the area (item units) that differ from colour: whatever was drawn over a flat fill.
int pixelsOtherThan(const QImage& image, const QRectF& area, qreal zoom, const QColor& colour) {
    const QRect pixels(QPoint(qCeil(area.left() * zoom) + 1, qCeil(area.top() * zoom) + 1),
                       QPoint(qFloor(area.right() * zoom) - 1, qFloor(area.bottom() * zoom) - 1));
    int count = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y)
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            if (image.pixelColor(x, y) != colour)
                ++count;
    return count;
}

class TestCanvasDetail : public QObject {
    Q_OBJECT

    // A stage box of the layout's size owned by a light green team, off the critical path:
    // inside its text area (16 px from the left, 7 from the top, 8 from the right, 6 from the
    // bottom) only text differs from the box's tint.
    static std::unique_ptr<canvas::StageItem> stage() {
        auto item = std::make_unique<canvas::StageItem>(u"s1"_s);
        item->setSceneRect(
            QRectF(0, 0, canvas::MapLayout::stageWidth, canvas::MapLayout::stageHeight));
        canvas::StageItem::Content content;
        content.name = u"Pick and pack the order"_s;
        content.ownerName = u"Warehouse"_s;
        content.ownerColor = QColor(0xa0, 0xd0, 0xa0);
        content.figures = u"PT 2h · LT 1d · 90%"_s;
        item->setContent(content);
        return item;
    }
    static QRectF stageTextArea() {
        return QRectF(0, 0, canvas::MapLayout::stageWidth, canvas::MapLayout::stageHeight)
            .adjusted(16, 7, -8, -6);
    }
    static QColor stageTint() { return canvas::style::tint(QColor(0xa0, 0xd0, 0xa0)); }

private slots:
    // 35 % is the threshold: at 34 % the text area is the flat tint, at 36 % text is in it.
    void stageDrawsTextFromTheTextZoomUp() {
        QCOMPARE(canvas::ElementItem::minTextZoom, 0.35);
        auto item = stage();
        const QSizeF size(canvas::MapLayout::stageWidth, canvas::MapLayout::stageHeight);
        const QImage below = paintAtZoom(*item, size, 0.34);
        QCOMPARE(pixelsOtherThan(below, stageTextArea(), 0.34, stageTint()), 0);
        const QImage above = paintAtZoom(*item, size, 0.36);
        QVERIFY(pixelsOtherThan(above, stageTextArea(), 0.36, stageTint()) > 20);
        // Below the threshold the box is still the owner's: tint and band.
        QCOMPARE(below.pixelColor(qRound(100 * 0.34), qRound(46 * 0.34)), stageTint());
        QCOMPARE(below.pixelColor(qRound(4 * 0.34), qRound(46 * 0.34)), QColor(0xa0, 0xd0, 0xa0));
    }

    // The name, owner and figures are broken into lines on the first paint with text and never
    // again while they stay the same; a zoomed-out paint breaks none.
    void textIsLaidOutOncePerChange() {
        auto item = stage();
        const QSizeF size(canvas::MapLayout::stageWidth, canvas::MapLayout::stageHeight);
        const int before = canvas::TextCache::layoutCount();
        paintAtZoom(*item, size, 0.2);
        QCOMPARE(canvas::TextCache::layoutCount(), before);
        paintAtZoom(*item, size, 1.0);
        QCOMPARE(canvas::TextCache::layoutCount(), before + 3);
        paintAtZoom(*item, size, 1.0);
        paintAtZoom(*item, size, 2.0);
        QCOMPARE(canvas::TextCache::layoutCount(), before + 3);
        canvas::StageItem::Content renamed = item->content();
        renamed.name = u"Pack the order"_s;
        item->setContent(renamed);
        paintAtZoom(*item, size, 1.0);
        QCOMPARE(canvas::TextCache::layoutCount(), before + 4);
    }

    // A lane zoomed out is its fill and header without the stream's name.
    void laneDrawsNoTextWhenZoomedOut() {
        canvas::LaneItem lane(u"v1"_s);
        lane.setSceneRect(QRectF(0, 0, 900, 178));
        lane.setContent({u"Order to delivery"_s, false, QString(), QColor(), false,
                         u"1 handoff · 1 hop"_s, false, QString(), false});
        const QRectF headerText = lane.headerRect().adjusted(16, 10, -10, -8);
        const QColor header = canvas::style::headerFill();
        QCOMPARE(pixelsOtherThan(paintAtZoom(lane, QSizeF(900, 178), 0.3), headerText, 0.3, header),
                 0);
        QVERIFY(pixelsOtherThan(paintAtZoom(lane, QSizeF(900, 178), 0.5), headerText, 0.5, header) >
                20);
    }

    // A ladder of ten rungs, one per 220 px column from x 240: with only the first two columns
    // exposed, the ninth column's wait label and rungs are not drawn.
    void ladderDrawsItsExposedPartOnly() {
        canvas::LadderItem ladder;
        const QRectF area(240, 0, 2200, 58);
        ladder.setGeometry(area, QRectF(2460, 0, 200, 58));
        canvas::LadderItem::Content content;
        for (int i = 0; i < 10; ++i)
            content.rungs.append({240.0 + i * 220 + 6, 240.0 + i * 220 + 214, u"1d 4h"_s, u"2h"_s});
        content.leadTime = u"10d"_s;
        content.processTime = u"20h"_s;
        content.flowEfficiency = u"25%"_s;
        content.rolledPctCA = u"80%"_s;
        ladder.setContent(content);
        const QSizeF size(2700, 60);
        const QRectF ninth(240 + 8 * 220, 0, 220, 58);
        const QImage whole = paintAtZoom(ladder, size, 1.0);
        QVERIFY(pixelsOtherThan(whole, ninth, 1.0, Qt::white) > 50);
        const QImage part = paintAtZoom(ladder, size, 1.0, QRectF(240, 0, 440, 60));
        QCOMPARE(pixelsOtherThan(part, ninth, 1.0, Qt::white), 0);
        QVERIFY(pixelsOtherThan(part, QRectF(240, 0, 440, 58), 1.0, Qt::white) > 50);
    }

    // A dependency 20,000 px long, straight down from (100, 0) (a curve whose control points lie
    // on its chord): painted with only y 9,900 to 10,100 exposed, the line is there at x 100 and
    // nowhere else in that band.
    void longArrowDrawsItsExposedPart() {
        canvas::ConnectorItem arrow(ElementKind::Dependency, u"d1"_s);
        arrow.setEnds(QRectF(50, -100, 100, 100), QRectF(50, 20000, 100, 100),
                      canvas::ConnectorItem::Route::Vertical);
        QVERIFY(arrow.boundingRect().height() > canvas::ConnectorItem::longArrow);
        arrow.setPen(QPen(Qt::black, 4));
        QImage image(200, 200, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(0, -9900);
        QStyleOptionGraphicsItem option;
        option.exposedRect = QRectF(0, 9900, 200, 200);
        arrow.paint(&painter, &option, nullptr);
        painter.end();
        for (int y = 0; y < 200; y += 20) {
            QCOMPARE(image.pixelColor(100, y), QColor(Qt::black));
            QCOMPARE(image.pixelColor(90, y), QColor(Qt::white));
            QCOMPARE(image.pixelColor(110, y), QColor(Qt::white));
        }
    }

    // The scene's spatial index: about eight items a leaf (log2 of an eighth of the items), at
    // least 5 levels, at most 12. 10,000 stages make some 25,000 items (log2 of an eighth above
    // 11): capped at 12. 1,500 stages make between 2,049 and 4,096 items (counted below): an
    // eighth of them needs 9 levels (2^8 < items / 8 <= 2^9), not the 12 of an item a leaf.
    void indexDepthFollowsTheItemCount() {
        Workshop medium;
        medium.maps.append(synthetic::generatedMap(1500));
        Document mediumDocument(medium);
        canvas::MapScene mediumScene(&mediumDocument, medium.maps.first().uid);
        QVERIFY(mediumScene.items().size() > (1 << 11));
        QVERIFY(mediumScene.items().size() < (1 << 12));
        QCOMPARE(mediumScene.bspTreeDepth(), 9);

        Workshop large;
        large.maps.append(synthetic::generatedMap(10000));
        Document document(large);
        canvas::MapScene scene(&document, large.maps.first().uid);
        QVERIFY(scene.items().size() > (1 << 14));
        QCOMPARE(scene.bspTreeDepth(), canvas::MapScene::maxIndexDepth);
        QCOMPARE(canvas::MapScene::maxIndexDepth, 12);

        // One stream with one stage: a handful of items, the least depth.
        Workshop small;
        Map map;
        map.uid = 1;
        Stream stream;
        stream.id = u"v1"_s;
        map.streams.append(stream);
        Stage stage;
        stage.id = u"s1"_s;
        stage.stream = u"v1"_s;
        map.stages.append(stage);
        small.maps.append(map);
        Document smallDocument(small);
        canvas::MapScene smallScene(&smallDocument, 1);
        QVERIFY(smallScene.items().size() < (1 << 5));
        QCOMPARE(smallScene.bspTreeDepth(), 5);
    }

    // A view kept fitted shows the whole map without scroll bars at any size, and once fitted
    // stays at its zoom: scroll bars that came and went by a pixel of rounding used to resize
    // the viewport, fit again and so on without end.
    void aFittedViewNeedsNoScrollBars() {
        Document document(test::exampleWorkshop());
        canvas::MapScene scene(&document, 1);
        canvas::CanvasView view;
        view.setScene(&scene);
        view.show();
        view.openFitted();
        for (int width = 600; width <= 1500; width += 17) {
            const int height = 300 + (width * 7) % 600;
            view.resize(width, height);
            QCoreApplication::processEvents();
            const QString size = u"%1 × %2"_s.arg(width).arg(height);
            QVERIFY2(!view.horizontalScrollBar()->isVisible(), qPrintable(size));
            QVERIFY2(!view.verticalScrollBar()->isVisible(), qPrintable(size));
            const qreal zoom = view.zoom();
            QTest::qWait(20);
            QVERIFY2(view.zoom() == zoom, qPrintable(size));
            QVERIFY(view.keepsFitted());
        }
    }
    // At overview zoom the long arrows that only pass through the view (both ends out of sight)
    // are drawn by the scene's pass-through layer and left out by the arrows themselves; at a
    // readable zoom, and when the scene is drawn outside a view (an export), every arrow draws
    // itself. 10,000 stages make 200 lanes; at 10% a view 500 px tall shows a tenth of them, and
    // the dependencies of the lanes above run down through it to the capability band.
    void passingArrowsAreDrawnByTheLayerAtOverviewZoom() {
        Workshop workshop;
        workshop.maps.append(synthetic::generatedMap(10000));
        Document document(workshop);
        canvas::MapScene scene(&document, workshop.maps.first().uid);
        canvas::CanvasView view;
        view.setScene(&scene);
        view.resize(800, 500);
        view.show();
        const auto passingThrough = [&] {
            const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
            int passing = 0;
            for (QGraphicsItem* item : scene.items(visible))
                if (const auto* arrow = dynamic_cast<const canvas::ConnectorItem*>(item))
                    passing += arrow->passThrough(visible).has_value();
            return passing;
        };

        view.setZoom(0.1);
        view.centerOn(scene.sceneRect().center());
        view.viewport()->grab();
        QVERIFY(passingThrough() > 0);
        QCOMPARE(scene.passThroughLayer()->drawnInThisFrame(), passingThrough());

        view.setZoom(0.5);
        view.centerOn(scene.sceneRect().center());
        view.viewport()->grab();
        QVERIFY(passingThrough() > 0);
        QCOMPARE(scene.passThroughLayer()->drawnInThisFrame(), 0);

        // One of the passing arrows, painted as the view paints it: nothing while the layer has
        // it, its dotted line once a frame drawn outside a view has cleared the layer.
        view.setZoom(0.1);
        view.centerOn(scene.sceneRect().center());
        view.viewport()->grab();
        QVERIFY(scene.passThroughLayer()->drawnInThisFrame() > 0);
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
        canvas::ConnectorItem* passing = nullptr;
        for (QGraphicsItem* item : scene.items(visible))
            if (auto* arrow = dynamic_cast<canvas::ConnectorItem*>(item);
                arrow && arrow->passThrough(visible))
                passing = arrow;
        QVERIFY(passing);
        const auto paintAsTheView = [&] {
            QImage image(view.viewport()->size(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setWorldTransform(view.viewportTransform());
            QStyleOptionGraphicsItem option;
            option.exposedRect = visible;
            passing->paint(&painter, &option, nullptr);
            return image;
        };
        QImage blank(view.viewport()->size(), QImage::Format_ARGB32);
        blank.fill(Qt::white);
        QCOMPARE(paintAsTheView(), blank);

        QImage exported(400, 400, QImage::Format_ARGB32);
        QPainter painter(&exported);
        scene.render(&painter);
        painter.end();
        QCOMPARE(scene.passThroughLayer()->drawnInThisFrame(), 0);
        QVERIFY(paintAsTheView() != blank);
    }
};

STREAMBOARD_TEST_MAIN(TestCanvasDetail)
} // namespace tst_canvas_detail
#include "tst_canvas_detail.moc"
