#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace sb::canvas {

// On screen long text is elided (the full text is in the tooltip); exports wrap it instead.
enum class TextFit { Elide, Wrap };

// Draws text inside rect in at most maxLines lines, breaking at word boundaries. With Elide the
// last line ends in "…" when the text does not fit; with Wrap the font shrinks until it fits.
// Returns the height used.
qreal drawText(QPainter* painter, const QRectF& rect, const QString& text, QFont font, int maxLines,
               TextFit fit, Qt::Alignment alignment = Qt::AlignLeft);

} // namespace sb::canvas
