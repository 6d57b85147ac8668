#pragma once

#include "model/map.h"

#include <QHash>
#include <QRectF>

namespace sb::canvas {

// Where everything of a map sits on the canvas: one time axis of step columns; the grid of
// slices above, one lane per stream below (customer streams first), capabilities in a band at
// the bottom. Pure geometry, computed from the map alone, so the screen and every export agree.
struct MapLayout {
    static constexpr qreal headerWidth = 240;
    static constexpr qreal columnWidth = 220;
    static constexpr qreal stepHeaderHeight = 56;
    static constexpr qreal sliceRowHeight = 136;
    static constexpr qreal sectionGap = 40;
    static constexpr qreal lanePadding = 14;
    static constexpr qreal stageWidth = 184;
    static constexpr qreal stageHeight = 92;
    static constexpr qreal stageGap = 14;
    static constexpr qreal capabilityHeight = 64;
    static constexpr qreal noteSize = 150;
    static constexpr qreal emptySectionHeight = 32; // room for a hint where a section is empty
    static constexpr qreal ladderHeight = 58;       // the timeline ladder under a lane's stages
    static constexpr qreal summaryWidth = 230;      // the lane's figures, right of the columns

    int columnCount = 0; // steps, plus one trailing column when a stage has no step
    bool hasNoStepColumn = false;
    QRectF stepHeaderRow;  // across every column
    QList<QRectF> columns; // each column's header cell
    QRectF gridArea;       // the slice rows
    QHash<Id, QRectF> sliceHeaders;
    QHash<QString, QRectF> cells; // by cell key (slice × step)
    QRectF streamsArea;
    QList<Id> laneOrder;     // stream ids: customer streams first, then supporting
    QHash<Id, QRectF> lanes; // whole lane, header included
    QHash<Id, QRectF> laneHeaders;
    QHash<Id, QRectF> ladders;   // under the stages, across the columns
    QHash<Id, QRectF> summaries; // at the end of the lane: lead time, process time, FE, %C&A
    QHash<Id, QRectF> stages;
    QRectF capabilityBand;
    QHash<Id, QRectF> capabilities;
    QHash<Id, QRectF> notes;
    QRectF bounds;

    qreal columnLeft(int column) const { return headerWidth + column * columnWidth; }
    int columnAt(qreal x) const; // -1 left of the columns; clamped to the last column
    Id laneAt(qreal y) const;    // stream whose lane contains y, or empty
    int columnOfStep(const Map& map, const Id& step) const;
};

struct LayoutOptions {
    bool showGrid = true; // the time × customer grid above the streams
};

MapLayout computeLayout(const Map& map, const LayoutOptions& options = {});

} // namespace sb::canvas
