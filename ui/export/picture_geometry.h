#pragma once

#include "export_options.h"

#include <QRectF>
#include <QSize>

namespace sb::exporting {

// Where a picture (PNG or SVG) puts the map. With Page::Fit the picture is the content plus
// pictureMargin scene units on each side, scaled by dpi / 96 (or to widthPx); with a paper size
// it is that sheet at dpi (or widthPx wide), the map fitted inside its margins and centred.
struct PictureGeometry {
    QSize pixels;
    QRectF mapTarget; // in pixels
    qreal scale = 1;  // pixels per scene unit
};

inline constexpr qreal pictureMargin = 24; // scene units: a quarter inch

PictureGeometry pictureGeometry(const QRectF& source, const ExportOptions& options, qreal dpi);

// The size of a sheet in scene units (pixels at 96 DPI), turned as asked.
QSizeF paperSize(Page page, Orientation orientation);

qreal mmToScene(double mm);

} // namespace sb::exporting
