#include "element_item.h"

#include "canvas_style.h"
#include "map_scene.h"
#include "pass_through_layer.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sb::canvas {

ElementItem::ElementItem(ElementKind kind, QString key)
    : m_kind(kind)
    , m_key(std::move(key)) {}

void ElementItem::setSceneRect(const QRectF& rect) {
    if (rect.size() != m_rect.size()) {
        prepareGeometryChange();
        m_rect = QRectF(QPointF(0, 0), rect.size());
    }
    if (pos() != rect.topLeft())
        setPos(rect.topLeft());
}

QRectF ElementItem::boundingRect() const {
    return m_rect.adjusted(-8, -8, 8, 8);
}

const RenderOptions& ElementItem::renderOptions() const {
    static const RenderOptions defaults;
    const auto* mapScene = dynamic_cast<const MapScene*>(scene());
    return mapScene ? mapScene->renderOptions() : defaults;
}

bool ElementItem::drawnByPassThroughLayer() const {
    const auto* mapScene = dynamic_cast<const MapScene*>(scene());
    return mapScene && mapScene->passThroughLayer()->drewInThisFrame(this);
}

bool ElementItem::drawsTextIn(const QGraphicsScene* scene, const QPainter* painter) {
    const auto* mapScene = dynamic_cast<const MapScene*>(scene);
    return (mapScene && mapScene->renderOptions().exporting) ||
           QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) >=
               minTextZoom;
}

bool ElementItem::showSelection() const {
    return isSelected() && !renderOptions().exporting;
}

void ElementItem::paintSelection(QPainter* painter, qreal radius) const {
    if (!showSelection())
        return;
    QPen pen(style::selection(), 3);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_rect.adjusted(-2, -2, 2, 2), radius, radius);
}

void ElementItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void ElementItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void ElementItem::paintConnectHandle(QPainter* painter, const QPointF& at) const {
    if (!m_hovered || renderOptions().exporting)
        return;
    painter->setPen(QPen(style::paper(), 2));
    painter->setBrush(style::selection());
    painter->drawEllipse(at, 7, 7);
    painter->setPen(QPen(style::paper(), 2));
    painter->drawLine(at - QPointF(3.5, 0), at + QPointF(3.5, 0));
    painter->drawLine(at - QPointF(0, 3.5), at + QPointF(0, 3.5));
}

void ElementItem::paintAnalysisMarks(QPainter* painter, bool onHopPath, bool inCycle,
                                     qreal radius) const {
    painter->setBrush(Qt::NoBrush);
    if (onHopPath) {
        painter->setPen(QPen(style::violation(), 3));
        painter->drawRoundedRect(m_rect.adjusted(-1.5, -1.5, 1.5, 1.5), radius, radius);
    }
    if (inCycle) {
        painter->setPen(QPen(style::violation(), 2.5, Qt::DashLine));
        painter->drawRoundedRect(m_rect.adjusted(-5, -5, 5, 5), radius + 3, radius + 3);
    }
}

} // namespace sb::canvas
