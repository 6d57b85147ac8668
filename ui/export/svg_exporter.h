#pragma once

#include "export_progress.h"
#include "map_renderer.h"

namespace sb::exporting {

// Writes the map as SVG: vector shapes and real <text> elements, sized like a 96-DPI picture
// (PictureGeometry) or widthPx wide; the map's name is the title, the workshop, state and date
// the description.
ExportResult writeSvg(const MapRenderer& renderer, const QString& path,
                      const ExportOptions& options, const ExportProgress& progress);

// "Workshop — Map (current state), 2024-05-02": the line title blocks and descriptions show.
QString mapCaption(const Map& map, const ExportOptions& options);
QString stateLabel(MapState state);

} // namespace sb::exporting
