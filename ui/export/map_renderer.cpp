#include "map_renderer.h"

#include "analysis/analysis_cache.h"
#include "canvas/connector_item.h"

#include <QPainter>

namespace sb::exporting {

QRectF fitRect(const QSizeF& size, const QRectF& area) {
    if (size.isEmpty())
        return {};
    const qreal scale = std::min(area.width() / size.width(), area.height() / size.height());
    QRectF r(QPointF(0, 0), size * scale);
    r.moveCenter(area.center());
    return r;
}

QRectF contentRect(const canvas::MapLayout& layout, Content content) {
    switch (content) {
    case Content::Grid:
        return layout.stepHeaderRow | layout.gridArea;
    case Content::Streams:
        // The layout without the grid: step headers, the section label, lanes, capabilities.
        return layout.stepHeaderRow | layout.streamsArea | layout.capabilityBand;
    case Content::All:
    case Content::Selection:
        break;
    }
    return layout.bounds;
}

namespace {

// An export shows the map as it is: a worker still analysing it is waited for.
std::unique_ptr<canvas::MapScene> sceneWithCurrentAnalysis(Document* document, MapUid map) {
    AnalysisCache::of(document)->currentResult(map);
    return std::make_unique<canvas::MapScene>(document, map);
}

} // namespace

MapRenderer::MapRenderer(Document* document, MapUid map, const ExportOptions& options)
    : m_document(document)
    , m_mapUid(map)
    , m_scene(sceneWithCurrentAnalysis(document, map)) {
    m_scene->setRenderOptions({true, canvas::TextFit::Wrap});
    m_scene->setShowGrid(options.content != Content::Streams);
    m_scene->setBackgroundBrush(Qt::NoBrush); // the exporter paints the background itself
    for (QGraphicsItem* item : m_scene->items())
        item->setCacheMode(QGraphicsItem::NoCache);

    if (options.content != Content::Selection) {
        m_source = contentRect(layout(), options.content);
        // Arrows may curve out of the layout (dependencies between capabilities loop under the
        // band): the content grows to hold them, so nothing is cut off.
        if (options.content != Content::Grid)
            for (QGraphicsItem* item : m_scene->items())
                if (dynamic_cast<canvas::ConnectorItem*>(item))
                    m_source |= item->sceneBoundingRect();
        return;
    }
    for (const commands::ElementRef& ref : options.selection)
        if (canvas::ElementItem* item = m_scene->itemFor(ref.kind, ref.key))
            m_source |= item->sceneBoundingRect();
}

MapRenderer::~MapRenderer() = default;

const Map& MapRenderer::map() const {
    return *m_document->map(m_mapUid);
}

const AnalysisResult& MapRenderer::analysis() const {
    return m_scene->analysis();
}

const canvas::MapLayout& MapRenderer::layout() const {
    return m_scene->layout();
}

void MapRenderer::render(QPainter* painter, const QRectF& target, const QRectF& source) const {
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    m_scene->render(painter, target, source, Qt::IgnoreAspectRatio);
    painter->restore();
}

} // namespace sb::exporting
