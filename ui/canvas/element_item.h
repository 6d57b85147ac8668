#pragma once

#include "model/element_kind.h"
#include "text_layout.h"

#include <QGraphicsItem>

namespace sb::canvas {

// How the canvas is being drawn: on screen, or into a file (no selection, no hover, wrapped text,
// every detail at any scale, so vector files keep real text).
struct RenderOptions {
    bool exporting = false;
    TextFit textFit = TextFit::Elide;
};

enum ItemType {
    StageItemType = QGraphicsItem::UserType + 1,
    FlowItemType,
    DependencyItemType,
    CapabilityItemType,
    LaneItemType,
    CellItemType,
    StepHeaderItemType,
    SliceHeaderItemType,
    NoteItemType,
};

// Base of every item that shows one element of the map. Items know their element by kind and
// key only; the scene hands them what they show and never lets them change the model.
class ElementItem : public QGraphicsItem {
public:
    ElementItem(ElementKind kind, QString key);

    ElementKind elementKind() const { return m_kind; }
    const QString& key() const { return m_key; }

    // The item's rectangle in scene coordinates (its position is the rectangle's top left).
    void setSceneRect(const QRectF& rect);
    QRectF rect() const { return m_rect; }
    QRectF boundingRect() const override;

    // Below this zoom the screen shows elements as tinted boxes without text: an element's name
    // (14 px) would be under 5 px tall.
    static constexpr qreal minTextZoom = 0.35;
    // Whether a paint through this painter shows text: always in exports, on screen from
    // minTextZoom up.
    bool drawsText(const QPainter* painter) const { return drawsTextIn(scene(), painter); }
    static bool drawsTextIn(const QGraphicsScene* scene, const QPainter* painter);

protected:
    const RenderOptions& renderOptions() const;
    // Whether the scene's pass-through layer drew this item in the frame being drawn.
    bool drawnByPassThroughLayer() const;
    bool showSelection() const;
    void paintSelection(QPainter* painter, qreal radius = 6) const;
    // A red outline for an element on a one-hop violation's path, a dashed one around a member
    // of a dependency cycle.
    void paintAnalysisMarks(QPainter* painter, bool onHopPath, bool inCycle, qreal radius) const;
    // The handle to drag a flow or dependency from, shown while the pointer is over the item.
    void paintConnectHandle(QPainter* painter, const QPointF& at) const;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    bool m_hovered = false;

    QRectF m_rect; // local: (0, 0, width, height)
    TextCache m_texts;

private:
    ElementKind m_kind;
    QString m_key;
};

} // namespace sb::canvas
