#pragma once

#include "analysis/analysis.h"
#include "canvas/map_layout.h"

#include <QGraphicsItem>

namespace sb::exporting {

// The analysis drawn onto an exported map, above everything else: a badge where each handoff
// flow arrives, a pill with the hop count on the lane of a stream that needs more than one hop,
// and a cycle badge on every member of a dependency cycle or a flow cycle.
class FindingMarksItem : public QGraphicsItem {
public:
    FindingMarksItem(const Map& map, const canvas::MapLayout& layout,
                     const AnalysisResult& analysis);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

    static constexpr qreal badgeRadius = 7;

private:
    QList<QPointF> m_handoffs;
    QList<QPointF> m_cycles;
    QList<std::pair<int, QRectF>> m_hops; // hop count and the pill's rectangle
    QRectF m_bounds;
};

} // namespace sb::exporting
