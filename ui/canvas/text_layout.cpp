#include "text_layout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <atomic>

namespace sb::canvas {

namespace {

std::atomic<int> layouts = 0;

struct BrokenLines {
    QStringList lines;
    qsizetype lastStart = 0; // where the last shown line starts in the text
    bool complete = true;
};

BrokenLines breakIntoLines(const QString& text, const QFont& font, qreal width, int maxLines) {
    BrokenLines result;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (result.lines.size() == maxLines) {
            result.complete = false;
            break;
        }
        result.lastStart = line.textStart();
        result.lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return result;
}

TextCache::Lines layoutText(const QSizeF& size, const QString& text, QFont font, int maxLines,
                            TextFit fit) {
    ++layouts;
    BrokenLines lines = breakIntoLines(text, font, size.width(), maxLines);
    if (fit == TextFit::Wrap) {
        // Shrink until the whole text fits, down to a legible minimum.
        while (!lines.complete && font.pixelSize() > 7) {
            font.setPixelSize(font.pixelSize() - 1);
            const qreal lineHeight = QFontMetricsF(font).lineSpacing();
            const int fitting = std::max(maxLines, static_cast<int>(size.height() / lineHeight));
            lines = breakIntoLines(text, font, size.width(), fitting);
        }
    }
    const QFontMetricsF metrics(font);
    if (!lines.complete && !lines.lines.isEmpty())
        lines.lines.last() = metrics.elidedText(text.mid(lines.lastStart).simplified(),
                                                Qt::ElideRight, size.width());
    return {lines.lines, font, metrics.lineSpacing()};
}

qreal paintLines(QPainter* painter, const QRectF& rect, const TextCache::Lines& lines,
                 Qt::Alignment alignment) {
    painter->setFont(lines.font);
    qreal y = rect.top();
    for (const QString& line : lines.lines) {
        const QRectF lineRect(rect.left(), y, rect.width(), lines.lineSpacing);
        painter->drawText(lineRect, static_cast<int>(alignment | Qt::AlignVCenter), line);
        y += lines.lineSpacing;
    }
    return y - rect.top();
}

} // namespace

qreal drawText(QPainter* painter, const QRectF& rect, const QString& text, QFont font, int maxLines,
               TextFit fit, Qt::Alignment alignment) {
    if (text.isEmpty() || maxLines <= 0)
        return 0;
    return paintLines(painter, rect, layoutText(rect.size(), text, font, maxLines, fit), alignment);
}

qreal TextCache::draw(int slot, QPainter* painter, const QRectF& rect, const QString& text,
                      const QFont& font, int maxLines, TextFit fit, Qt::Alignment alignment) {
    if (text.isEmpty() || maxLines <= 0)
        return 0;
    if (m_slots.size() <= static_cast<size_t>(slot))
        m_slots.resize(static_cast<size_t>(slot) + 1);
    Slot& s = m_slots[static_cast<size_t>(slot)];
    // The height matters only where Wrap shrinks the font to fit it.
    const qreal height = fit == TextFit::Wrap ? rect.height() : -1;
    if (s.text != text || s.font != font || s.width != rect.width() || s.height != height ||
        s.maxLines != maxLines || s.fit != fit) {
        s = Slot{text,
                 font,
                 rect.width(),
                 height,
                 maxLines,
                 fit,
                 layoutText(rect.size(), text, font, maxLines, fit)};
    }
    return paintLines(painter, rect, s.lines, alignment);
}

int TextCache::layoutCount() {
    return layouts;
}

} // namespace sb::canvas
