#pragma once

#include "element_item.h"

#include <QPainterPath>
#include <QPen>
#include <array>
#include <optional>

namespace sb::canvas {

// An arrow between two rectangles of the canvas: flows between stages and dependencies between
// streams, stages and capabilities.
class ConnectorItem : public ElementItem {
public:
    enum class Route {
        Forward,  // right edge to left edge, an S-curve
        Backward, // curves back underneath (rework)
        Vertical, // top or bottom edge to the other, for things above and below each other
    };

    ConnectorItem(ElementKind kind, const QString& key);

    void setEnds(const QRectF& from, const QRectF& to, Route route);
    void setPen(const QPen& pen);
    void setLabel(const QString& label);
    // A small disc with a symbol at the middle of the arrow (a handoff's ⇄), in that colour.
    void setMarker(const QString& symbol, const QColor& color);
    Route route() const { return m_route; }

    QRectF boundingRect() const override;
    // A long arrow that enters the visible rect at its top and leaves at its bottom (or the
    // other way round), its ends out of sight: where it crosses them, in scene coordinates.
    std::optional<QLineF> passThrough(const QRectF& visible) const;
    QColor lineColour() const { return m_pen.color(); }
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // An arrow longer than this (a dependency from a lane down to the capability band of a
    // large map) is drawn in the exposed part only: dashing it whole took most of a frame.
    static constexpr qreal longArrow = 3000;
    static constexpr int longArrowPoints = 128; // of its polyline, ends included less one

private:
    void rebuild();
    QPainterPath curve() const;
    void drawLine(QPainter* painter, const QPen& pen, const QRectF& exposed) const;

    QRectF m_from;
    QRectF m_to;
    Route m_route = Route::Forward;
    QPen m_pen;
    QString m_label;
    QString m_marker;
    QColor m_markerColor;
    struct Cubic {
        QPointF start, c1, c2, end;
    };
    Cubic m_curve;
    QPolygonF m_flattened;         // m_curve as a polyline, for a long arrow
    std::array<QPointF, 3> m_head; // kept in the item: a polygon each took a heap block
    QPolygonF head() const { return QPolygonF(QList<QPointF>(m_head.begin(), m_head.end())); }
    QPointF m_labelAt;
};

} // namespace sb::canvas
