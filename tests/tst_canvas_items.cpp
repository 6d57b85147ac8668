// The canvas's items painted on their own, as the view paints them: it does not save the
// painter's state between items, so an item gets the brush and pen the one before it left.
#include "canvas/canvas_style.h"
#include "canvas/connector_item.h"
#include "test_main.h"

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
};

STREAMBOARD_TEST_MAIN(TestCanvasItems)
} // namespace tst_canvas_items
#include "tst_canvas_items.moc"
