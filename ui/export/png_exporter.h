#pragma once

#include "export_progress.h"
#include "map_renderer.h"

#include <QImage>

namespace sb::exporting {

inline constexpr int maxImageSide = 30000;            // pixels
inline constexpr qint64 maxImagePixels = 150'000'000; // 600 MB of ARGB

// The map as a picture (PictureGeometry), drawn in bands so progress shows and a cancel stops
// it. Returns a null image when cancelled, or with error set when the picture is too large.
QImage renderImage(const MapRenderer& renderer, const ExportOptions& options,
                   const ExportProgress& progress, QString* error);

// Writes renderImage() as PNG to path through a temporary file; nothing is left on failure.
// The same map and options give the same bytes.
ExportResult writePng(const MapRenderer& renderer, const QString& path,
                      const ExportOptions& options, const ExportProgress& progress);

} // namespace sb::exporting
