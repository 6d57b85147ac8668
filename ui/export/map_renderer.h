#pragma once

#include "analysis/analysis.h"
#include "canvas/map_scene.h"
#include "export_options.h"

#include <memory>

class QPainter;

namespace sb::exporting {

// Draws one map into any paint device, from the Document rather than from the screen: its own
// MapScene in export mode (no selection, long names wrapped), item caching off so vector
// formats keep real text, and the analysis marks on top. Scene units are pixels at 96 DPI.
class MapRenderer {
public:
    MapRenderer(Document* document, MapUid map, const ExportOptions& options);
    ~MapRenderer();

    const Map& map() const;
    const AnalysisResult& analysis() const;
    const canvas::MapLayout& layout() const;

    // The part of the scene the options ask for; empty when there is nothing to draw (an
    // empty selection).
    QRectF sourceRect() const { return m_source; }

    // Draws source (scene units) into target (the painter's units); give them the same aspect
    // ratio (fitRect). Nothing is painted behind the map: the caller chooses the background.
    void render(QPainter* painter, const QRectF& target, const QRectF& source) const;

    // Scene units per inch.
    static constexpr qreal sceneDpi = 96;

private:
    Document* m_document;
    MapUid m_mapUid;
    std::unique_ptr<canvas::MapScene> m_scene;
    QRectF m_source;
};

// The largest rectangle of size's aspect ratio that fits in area, centred in it.
QRectF fitRect(const QSizeF& size, const QRectF& area);

// The layout's rectangle for a content choice other than Selection (the renderer's source adds
// the arrows and marks that reach out of it, for All and Streams).
QRectF contentRect(const canvas::MapLayout& layout, Content content);

} // namespace sb::exporting
