#include "pass_through_layer.h"

#include "connector_item.h"
#include "element_item.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace sb::canvas {

PassThroughLayer::PassThroughLayer() {
    setZValue(3); // over the lanes, under the arrows (4 and up) and the stages
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // the exposed part, not the whole scene
}

void PassThroughLayer::setArea(const QRectF& area) {
    if (area == m_area)
        return;
    prepareGeometryChange();
    m_area = area;
}

void PassThroughLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                             QWidget* widget) {
    m_drawn.clear();
    m_lines.clear();
    const auto* view =
        widget ? qobject_cast<const QGraphicsView*>(widget->parentWidget()) : nullptr;
    if (!view || !option || ElementItem::drawsTextIn(scene(), painter))
        return; // readable zoom, or not a view's frame (an export draws every arrow itself)
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    const QTransform toDevice = painter->worldTransform();
    QRect bounds;
    for (QGraphicsItem* item :
         scene()->items(option->exposedRect, Qt::IntersectsItemBoundingRect)) {
        const auto* arrow = dynamic_cast<const ConnectorItem*>(item);
        if (!arrow)
            continue;
        const std::optional<QLineF> line = arrow->passThrough(visible);
        if (!line)
            continue;
        QLine device = toDevice.map(*line).toLine();
        if (device.y1() > device.y2())
            device = QLine(device.p2(), device.p1());
        m_lines[arrow->lineColour().rgba()].append(device);
        bounds |= QRect(device.p1(), device.p2()).normalized().adjusted(0, 0, 1, 1);
        m_drawn.insert(arrow);
    }
    bounds &= toDevice.mapRect(option->exposedRect).toAlignedRect();
    if (bounds.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    drawLines(painter, bounds);
    painter->restore();
}

namespace {

// Premultiplied source over destination, the source's alpha given as what of the destination it
// keeps (255 - alpha).
QRgb over(QRgb source, QRgb destination, int keep) {
    const auto channel = [&](int s, int d) { return s + d * keep / 255; };
    return qRgba(
        channel(qRed(source), qRed(destination)), channel(qGreen(source), qGreen(destination)),
        channel(qBlue(source), qBlue(destination)), channel(qAlpha(source), qAlpha(destination)));
}

} // namespace

void PassThroughLayer::drawLines(QPainter* painter, const QRect& bounds) const {
    // Each line a pixel wide, two pixels on and two off, over the others: where many run
    // together they show as a denser haze.
    QImage image(bounds.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        QColor faint = QColor::fromRgba(it.key());
        faint.setAlphaF(faint.alphaF() * lineOpacity);
        const QRgb source = qPremultiply(faint.rgba());
        const int keep = 255 - qAlpha(source);
        for (const QLine& line : it.value()) {
            const int height = std::max(1, line.y2() - line.y1());
            const int last = std::min(line.y2(), bounds.bottom());
            for (int y = std::max(line.y1(), bounds.top()); y <= last; ++y) {
                if (((y + line.x1()) / 2) % 2 != 0) // each line's dots shifted by where it enters
                    continue;
                const int x = line.x1() + (line.x2() - line.x1()) * (y - line.y1()) / height;
                if (x < bounds.left() || x > bounds.right())
                    continue;
                QRgb& pixel =
                    reinterpret_cast<QRgb*>(image.scanLine(y - bounds.top()))[x - bounds.left()];
                pixel = over(source, pixel, keep);
            }
        }
    }
    painter->drawImage(bounds.topLeft(), image);
}

} // namespace sb::canvas
