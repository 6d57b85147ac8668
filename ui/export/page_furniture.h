#pragma once

#include "export_options.h"
#include "model/map.h"

class QPainter;

namespace sb::exporting {

// What a PDF page carries around the map, in scene units (pixels at 96 DPI).

inline constexpr qreal titleBlockHeight = 58;
inline constexpr qreal footerHeight = 22;
inline constexpr qreal furnitureGap = 12; // between the map and the title block or legend

// Workshop and map name on the left; state and date on the right; a rule under them.
void drawTitleBlock(QPainter* painter, const QRectF& rect, const Map& map,
                    const ExportOptions& options);

// Every team's colour and name, then every mark the map can carry, wrapped into lines of width.
qreal legendHeight(const Map& map, qreal width);
void drawLegend(QPainter* painter, const QRectF& rect, const Map& map);

// A rule and a line of small text at the bottom of a page: left and right parts.
void drawFooter(QPainter* painter, const QRectF& rect, const QString& left, const QString& right);

} // namespace sb::exporting
