#include "map_layout.h"

#include <QMap>
#include <algorithm>

namespace sb::canvas {

int MapLayout::columnAt(qreal x) const {
    if (x < headerWidth || columnCount == 0)
        return -1;
    return std::min(columnCount - 1, static_cast<int>((x - headerWidth) / columnWidth));
}

Id MapLayout::laneAt(qreal y) const {
    for (const Id& id : laneOrder)
        if (lanes[id].top() <= y && y < lanes[id].bottom())
            return id;
    return {};
}

int MapLayout::columnOfStep(const Map& map, const Id& step) const {
    const qsizetype i = step.isEmpty() ? -1 : map.indexOf<Step>(step);
    return i >= 0 ? static_cast<int>(i) : (hasNoStepColumn ? columnCount - 1 : 0);
}

namespace {

// Each lane's stages, column by column, in the order they stack: a stage the user placed keeps
// its height; the others follow in file order. One pass over the stages for every lane.
using LaneColumns = QMap<int, QList<const Stage*>>;
QHash<Id, LaneColumns> stagesByLaneAndColumn(const Map& map, const QHash<Id, int>& stepColumns,
                                             int noStepColumn) {
    QHash<Id, LaneColumns> lanes;
    for (const Stage& s : map.stages)
        lanes[s.stream][stepColumns.value(s.step, noStepColumn)].append(&s);
    for (LaneColumns& columns : lanes)
        for (auto& list : columns)
            std::stable_sort(list.begin(), list.end(), [](const Stage* a, const Stage* b) {
                const qreal ya = a->position ? a->position->y() : std::numeric_limits<qreal>::max();
                const qreal yb = b->position ? b->position->y() : std::numeric_limits<qreal>::max();
                return ya < yb;
            });
    return lanes;
}

} // namespace

MapLayout computeLayout(const Map& map, const LayoutOptions& options) {
    using L = MapLayout;
    MapLayout layout;
    QHash<Id, int> stepColumns; // the first step of an id wins, as with Map::indexOf
    stepColumns.reserve(map.steps.size());
    for (qsizetype i = map.steps.size() - 1; i >= 0; --i)
        stepColumns.insert(map.steps[i].id, static_cast<int>(i));
    stepColumns.remove(Id());
    layout.hasNoStepColumn =
        std::any_of(map.stages.cbegin(), map.stages.cend(),
                    [&](const Stage& s) { return !stepColumns.contains(s.step); });
    layout.columnCount = static_cast<int>(map.steps.size()) + (layout.hasNoStepColumn ? 1 : 0);
    if (layout.columnCount == 0)
        layout.columnCount = 1;
    const qreal columnsRight = L::headerWidth + layout.columnCount * L::columnWidth;
    const qreal width = columnsRight + L::summaryWidth;

    layout.stepHeaderRow = QRectF(0, 0, width, L::stepHeaderHeight);
    for (int c = 0; c < layout.columnCount; ++c)
        layout.columns.append(QRectF(layout.columnLeft(c), 0, L::columnWidth, L::stepHeaderHeight));

    qreal y = L::stepHeaderHeight;
    const QList<Slice> noSlices;
    for (const Slice& slice : options.showGrid ? map.slices : noSlices) {
        layout.sliceHeaders.insert(slice.id, QRectF(0, y, L::headerWidth, L::sliceRowHeight));
        for (qsizetype c = 0; c < map.steps.size(); ++c)
            layout.cells.insert(cellKey(slice.id, map.steps[c].id),
                                QRectF(layout.columnLeft(static_cast<int>(c)), y, L::columnWidth,
                                       L::sliceRowHeight));
        y += L::sliceRowHeight;
    }
    if (map.slices.isEmpty() && options.showGrid)
        y += L::emptySectionHeight;
    layout.gridArea = QRectF(0, L::stepHeaderHeight, width, y - L::stepHeaderHeight);
    y += L::sectionGap;

    const qreal streamsTop = y;
    for (StreamKind kind : {StreamKind::Customer, StreamKind::Supporting})
        for (const Stream& s : map.streams)
            if (s.kind == kind)
                layout.laneOrder.append(s.id);
    const int noStepColumn = layout.hasNoStepColumn ? layout.columnCount - 1 : 0;
    const QHash<Id, LaneColumns> laneStages = stagesByLaneAndColumn(map, stepColumns, noStepColumn);
    for (const Id& streamId : std::as_const(layout.laneOrder)) {
        const LaneColumns columns = laneStages.value(streamId);
        qsizetype rows = 1;
        for (const auto& list : columns)
            rows = std::max(rows, list.size());
        const qreal stagesHeight = rows * L::stageHeight + (rows - 1) * L::stageGap;
        const qreal laneHeight = 2 * L::lanePadding + stagesHeight + L::ladderHeight;
        layout.lanes.insert(streamId, QRectF(0, y, width, laneHeight));
        layout.laneHeaders.insert(streamId, QRectF(0, y, L::headerWidth, laneHeight));
        layout.ladders.insert(
            streamId, QRectF(L::headerWidth, y + laneHeight - L::lanePadding / 2 - L::ladderHeight,
                             columnsRight - L::headerWidth, L::ladderHeight));
        layout.summaries.insert(streamId,
                                QRectF(columnsRight + 12, y + L::lanePadding, L::summaryWidth - 24,
                                       laneHeight - 2 * L::lanePadding));
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            const qreal x = layout.columnLeft(it.key()) + (L::columnWidth - L::stageWidth) / 2;
            qreal stageY = y + L::lanePadding;
            for (const Stage* s : it.value()) {
                layout.stages.insert(s->id, QRectF(x, stageY, L::stageWidth, L::stageHeight));
                stageY += L::stageHeight + L::stageGap;
            }
        }
        y += laneHeight;
    }
    if (layout.laneOrder.isEmpty())
        y += L::emptySectionHeight;
    layout.streamsArea = QRectF(0, streamsTop, width, y - streamsTop);
    y += L::sectionGap;

    // Capabilities fill the band row by row, one per column.
    const qsizetype perRow = std::max(1, layout.columnCount);
    const qsizetype capRows = (map.capabilities.size() + perRow - 1) / perRow;
    const qreal bandHeight =
        std::max<qsizetype>(capRows, 1) * (L::capabilityHeight + L::stageGap) + L::stageGap;
    layout.capabilityBand = QRectF(0, y, width, bandHeight);
    for (qsizetype i = 0; i < map.capabilities.size(); ++i) {
        const int column = static_cast<int>(i % perRow);
        const qreal capY = y + L::stageGap + (i / perRow) * (L::capabilityHeight + L::stageGap);
        layout.capabilities.insert(
            map.capabilities[i].id,
            QRectF(layout.columnLeft(column) + (L::columnWidth - L::stageWidth) / 2, capY,
                   L::stageWidth, L::capabilityHeight));
    }
    y += bandHeight;

    // Notes sit where they were put; those never placed line up to the right of the map.
    qreal noteY = 0;
    for (const Note& n : map.notes) {
        if (n.position) {
            layout.notes.insert(n.id, QRectF(*n.position, QSizeF(L::noteSize, L::noteSize)));
        } else {
            layout.notes.insert(n.id,
                                QRectF(width + L::sectionGap, noteY, L::noteSize, L::noteSize));
            noteY += L::noteSize + L::stageGap;
        }
    }
    layout.bounds = QRectF(0, 0, width, y);
    for (const QRectF& r : std::as_const(layout.notes))
        layout.bounds |= r;
    return layout;
}

} // namespace sb::canvas
