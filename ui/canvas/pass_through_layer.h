#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QLine>
#include <QList>
#include <QSet>

namespace sb::canvas {

// At overview zoom on screen, the long arrows that only pass through the view: they enter at its
// top and leave at its bottom (or the other way round), both ends out of sight. At overview zoom
// of a large map, thousands of dependencies of the lanes above ran down through the view, each
// dotted over the others by the paint engine, and took most of the frame. This layer, under the
// arrows, finds them as a frame starts and draws them itself, pixel by pixel, faint and dotted
// as the engine drew them at that zoom; the arrows then leave themselves out of the frame.
class PassThroughLayer : public QGraphicsItem {
public:
    PassThroughLayer();

    // The scene's rect: the layer is in every frame.
    void setArea(const QRectF& area);
    QRectF boundingRect() const override { return m_area; }
    QPainterPath shape() const override { return {}; } // never under the pointer
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Whether the item is one the layer drew in the frame being drawn.
    bool drewInThisFrame(const QGraphicsItem* item) const { return m_drawn.contains(item); }
    int drawnInThisFrame() const { return static_cast<int>(m_drawn.size()); }

    // Of the line's pen colour, as the arrows' dots look at overview zoom.
    static constexpr qreal lineOpacity = 0.12;

private:
    void drawLines(QPainter* painter, const QRect& bounds) const;

    QRectF m_area;
    QSet<const QGraphicsItem*> m_drawn;
    QHash<QRgb, QList<QLine>> m_lines; // by colour, in device coordinates, top to bottom
};

} // namespace sb::canvas
