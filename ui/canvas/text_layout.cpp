#include "text_layout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace sb::canvas {

namespace {

struct Lines {
    QStringList lines;
    qsizetype lastStart = 0; // where the last shown line starts in the text
    bool complete = true;
};

Lines breakIntoLines(const QString& text, const QFont& font, qreal width, int maxLines) {
    Lines result;
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

} // namespace

qreal drawText(QPainter* painter, const QRectF& rect, const QString& text, QFont font, int maxLines,
               TextFit fit, Qt::Alignment alignment) {
    if (text.isEmpty() || maxLines <= 0)
        return 0;
    Lines lines = breakIntoLines(text, font, rect.width(), maxLines);
    if (fit == TextFit::Wrap) {
        // Shrink until the whole text fits, down to a legible minimum.
        while (!lines.complete && font.pixelSize() > 7) {
            font.setPixelSize(font.pixelSize() - 1);
            const qreal lineHeight = QFontMetricsF(font).lineSpacing();
            const int fitting = std::max(maxLines, static_cast<int>(rect.height() / lineHeight));
            lines = breakIntoLines(text, font, rect.width(), fitting);
        }
    }
    const QFontMetricsF metrics(font);
    if (!lines.complete && !lines.lines.isEmpty())
        lines.lines.last() = metrics.elidedText(text.mid(lines.lastStart).simplified(),
                                                Qt::ElideRight, rect.width());
    painter->setFont(font);
    qreal y = rect.top();
    for (const QString& line : std::as_const(lines.lines)) {
        const QRectF lineRect(rect.left(), y, rect.width(), metrics.lineSpacing());
        painter->drawText(lineRect, static_cast<int>(alignment | Qt::AlignVCenter), line);
        y += metrics.lineSpacing();
    }
    return y - rect.top();
}

} // namespace sb::canvas
