#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

class QPainter;

namespace sb::canvas {

// On screen long text is elided (the full text is in the tooltip); exports wrap it instead.
enum class TextFit { Elide, Wrap };

// Text broken at word boundaries (inside a word only where a word alone is too wide) into lines
// no wider than width; when it needs more than maxLines, the last line shown ends in "…".
struct WrappedText {
    QStringList lines;
    bool elided = false;
};
WrappedText wrapText(const QString& text, const QFont& font, qreal width, int maxLines);

// How many lines of font a height holds, at least one.
int linesThatFit(const QFont& font, qreal height);

// Texts that share one font size, each in its own area (a grid cell's intent, value, outcome
// and metric): the largest pixel size from font's own down to minPixelSize at which every text
// fits its area wrapped; minPixelSize when even that is too large (the texts are then elided).
struct TextArea {
    QString text;
    QSizeF size;
};
int sharedPixelSize(const QList<TextArea>& areas, QFont font, int minPixelSize);

// Draws lines one under the other from rect's top, one line spacing of font apart.
void drawLines(QPainter* painter, const QRectF& rect, const QStringList& lines, const QFont& font,
               Qt::Alignment alignment = Qt::AlignLeft);

// The texts of one item, broken into lines once and drawn from those lines on every paint until
// a text, font, box width or fit changes. Each text of the item has its own slot.
class TextCache {
public:
    // Draws text in rect from its top, in at most maxLines lines: Elide ends the last one in
    // "…"; Wrap first shrinks the font (down to 7 px) until the whole text fits the rect.
    // Returns the height used.
    qreal draw(int slot, QPainter* painter, const QRectF& rect, const QString& text,
               const QFont& font, int maxLines, TextFit fit,
               Qt::Alignment alignment = Qt::AlignLeft);

    // How many times any text was broken into lines, in this process (for the tests).
    static int layoutCount();

    struct Lines {
        QStringList lines;
        QFont font; // the font they are drawn in (with Wrap, perhaps smaller than asked)
        qreal lineSpacing = 0;
    };

private:
    struct Slot {
        QString text;
        QFont font;
        qreal width = -1;
        qreal height = -1;
        int maxLines = 0;
        TextFit fit = TextFit::Elide;
        Lines lines;
    };
    std::vector<Slot> m_slots;
};

} // namespace sb::canvas
