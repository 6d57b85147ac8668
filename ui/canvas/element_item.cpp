#include "element_item.h"

#include "canvas_style.h"
#include "map_scene.h"

#include <QPainter>

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

QRectF ElementItem::boundingRect() const { return m_rect.adjusted(-4, -4, 4, 4); }

const RenderOptions& ElementItem::renderOptions() const {
    static const RenderOptions defaults;
    const auto* mapScene = dynamic_cast<const MapScene*>(scene());
    return mapScene ? mapScene->renderOptions() : defaults;
}

bool ElementItem::showSelection() const { return isSelected() && !renderOptions().exporting; }

void ElementItem::paintSelection(QPainter* painter, qreal radius) const {
    if (!showSelection())
        return;
    QPen pen(style::selection(), 3);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_rect.adjusted(-2, -2, 2, 2), radius, radius);
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
