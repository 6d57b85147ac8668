#include "text_layout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>
#include <atomic>
#include <cmath>

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

WrappedText elideLast(const BrokenLines& lines, const QString& text, const QFont& font,
                      qreal width) {
    WrappedText result{lines.lines, !lines.complete};
    if (result.elided && !result.lines.isEmpty())
        result.lines.last() = QFontMetricsF(font).elidedText(text.mid(lines.lastStart).simplified(),
                                                             Qt::ElideRight, width);
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
            const int fitting = std::max(maxLines, linesThatFit(font, size.height()));
            lines = breakIntoLines(text, font, size.width(), fitting);
        }
    }
    const WrappedText shown = elideLast(lines, text, font, size.width());
    return {shown.lines, font, QFontMetricsF(font).lineSpacing()};
}

qreal paintLines(QPainter* painter, const QRectF& rect, const TextCache::Lines& lines,
                 Qt::Alignment alignment) {
    drawLines(painter, rect, lines.lines, lines.font, alignment);
    return lines.lines.size() * lines.lineSpacing;
}

} // namespace

WrappedText wrapText(const QString& text, const QFont& font, qreal width, int maxLines) {
    if (text.isEmpty() || maxLines <= 0)
        return {};
    return elideLast(breakIntoLines(text, font, width, maxLines), text, font, width);
}

int linesThatFit(const QFont& font, qreal height) {
    return std::max(1, static_cast<int>(std::floor(height / QFontMetricsF(font).lineSpacing())));
}

int sharedPixelSize(const QList<TextArea>& areas, QFont font, int minPixelSize) {
    for (int size = font.pixelSize(); size > minPixelSize; --size) {
        font.setPixelSize(size);
        const bool allFit = std::all_of(areas.cbegin(), areas.cend(), [&](const TextArea& a) {
            return breakIntoLines(a.text, font, a.size.width(), linesThatFit(font, a.size.height()))
                .complete;
        });
        if (allFit)
            return size;
    }
    return std::min(minPixelSize, font.pixelSize());
}

void drawLines(QPainter* painter, const QRectF& rect, const QStringList& lines, const QFont& font,
               Qt::Alignment alignment) {
    const qreal spacing = QFontMetricsF(font).lineSpacing();
    painter->setFont(font);
    qreal y = rect.top();
    for (const QString& line : lines) {
        painter->drawText(QRectF(rect.left(), y, rect.width(), spacing),
                          static_cast<int>(alignment | Qt::AlignVCenter), line);
        y += spacing;
    }
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
