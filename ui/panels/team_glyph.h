#pragma once

#include "model/elements.h"

#include <QIcon>

class QPainter;

namespace sb::panels {

// The conventional Team Topologies shape of a team type, drawn centred in box: stream-aligned a
// yellow horizontal band, platform a wide blue box, enabling a purple upright bar,
// complicated-subsystem an orange octagon.
void paintTeamGlyph(QPainter* painter, const QRectF& box, TeamType type);

// The glyph as an icon for lists and combo boxes.
QIcon teamTypeIcon(TeamType type);

// A flat square of colour with a thin dark edge, for team and element colours; struck through
// when the colour is invalid (none).
QIcon colorSwatchIcon(const QColor& color);

} // namespace sb::panels
