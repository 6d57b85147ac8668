#pragma once

#include "element_item.h"
#include "map_layout.h"

namespace sb::canvas {

// What the canvas draws behind the elements: the corner, the section labels, the column header
// for stages without a step and the capability band.
class BackdropItem : public QGraphicsItem {
public:
    BackdropItem();
    void setLayout(const MapLayout& layout, bool hasSlices);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

private:
    MapLayout m_layout;
    bool m_hasSlices = false;
    QRectF m_bounds;
};

} // namespace sb::canvas
