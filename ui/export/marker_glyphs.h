#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace sb::exporting {

// The marks an exported map carries and its legend explains. Handoff, one-hop and cycle badges
// are drawn by FindingMarksItem; the others are how the canvas already draws those things.
enum class Marker { Handoff, OneHop, Cycle, Rework, Pull, Dependency, Divergent, Kaizen };
inline constexpr Marker allMarkers[] = {Marker::Handoff,   Marker::OneHop, Marker::Cycle,
                                        Marker::Rework,    Marker::Pull,   Marker::Dependency,
                                        Marker::Divergent, Marker::Kaizen};

QString markerLabel(Marker marker);

// A sample of the marker centred in box (the legend's swatch).
void drawMarkerSample(QPainter* painter, Marker marker, const QRectF& box);

// The round badges, centred on centre, radius in scene units.
void drawHandoffBadge(QPainter* painter, const QPointF& centre, qreal radius);
void drawCycleBadge(QPainter* painter, const QPointF& centre, qreal radius);
// A pill with the number of hops; returns its rectangle. right and top place it.
QRectF oneHopPillRect(int hops, qreal right, qreal top);
void drawOneHopPill(QPainter* painter, int hops, const QRectF& rect);

} // namespace sb::exporting
