#pragma once

#include "export_progress.h"
#include "map_renderer.h"

namespace sb::exporting {

class PdfPages;

// Writes the map as PDF through a temporary file: one page with the title block, the map fitted
// and the legend; or with tile, the map at 100% over as many pages as it needs; or with
// reviewPack, the map page, a page per stream and, for a future map whose baseline the workshop
// holds, a comparison page. Vector content with real, embedded text.
ExportResult writePdf(const MapRenderer& renderer, const Workshop& workshop, const QString& path,
                      const ExportOptions& options, const ExportProgress& progress);

// The map page on pages' current page: title block, map fitted to what is left, legend.
void drawMapPage(PdfPages& pages, const MapRenderer& renderer, const ExportOptions& options);
// The map page in area: title block on top, the map fitted below it, the legend at the foot.
// The PDF export, the export dialog's preview and printing all draw it with this.
void paintMapPage(QPainter* painter, const MapRenderer& renderer, QRectF area,
                  const ExportOptions& options);

// The page size (scene units) that Page::Fit gives the map page.
QSizeF fitPageSize(const MapRenderer& renderer, const ExportOptions& options);

// How a tiled export splits the map: columns × rows of pages overlapping by tileOverlapMm.
inline constexpr double tileOverlapMm = 10;
struct TileGrid {
    int columns = 1;
    int rows = 1;
    QSizeF step;    // scene units from one tile to the next
    QRectF mapArea; // where each page draws its tile
};
TileGrid tileGrid(const QRectF& source, const QRectF& pageArea);

} // namespace sb::exporting
