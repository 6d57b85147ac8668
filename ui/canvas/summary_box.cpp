#include "summary_box.h"

#include "canvas_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>

namespace sb::canvas {

namespace {
struct SummaryBoxTr {
    Q_DECLARE_TR_FUNCTIONS(sb::canvas)
};

constexpr qreal summaryLabelGap = 8; // between a label and its value on one line
constexpr qreal summaryLargestGap = 10;

QRectF summaryTextArea(const QRectF& box) {
    return box.adjusted(10, 6, -8, -6);
}

qreal summaryLineHeight(const QFont& font) {
    return QFontMetricsF(font).height();
}
} // namespace

QStringList summaryLabels() {
    return {SummaryBoxTr::tr("Lead time"), SummaryBoxTr::tr("Process time"),
            SummaryBoxTr::tr("Flow efficiency"), SummaryBoxTr::tr("Rolled %C&A")};
}

QList<SummaryLine> layoutSummaryBox(const QRectF& box, const QStringList& values,
                                    const QString& footer) {
    using Role = SummaryLine::Role;
    const QRectF area = summaryTextArea(box);
    const QFont small = style::smallFont();
    const QFont value = style::titleFont();
    const QFontMetricsF smallMetrics(small);
    const QFontMetricsF valueMetrics(value);
    const int left = Qt::AlignLeft | Qt::AlignVCenter;
    const int right = Qt::AlignRight | Qt::AlignVCenter;

    // Each block is one or two lines; blocks are stacked top to bottom with equal gaps.
    struct Block {
        QList<SummaryLine> lines; // rects relative to the block's top
        qreal height = 0;
    };
    QList<Block> blocks;
    if (values.value(0).isEmpty()) {
        const QString text = SummaryBoxTr::tr("No lead time: the flows go round in a circle.");
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const QFont body = style::bodyFont();
        const qreal height =
            QFontMetricsF(body).boundingRect(QRectF(0, 0, area.width(), 1e4), flags, text).height();
        blocks.append(
            {{{Role::Warning, text, body, QRectF(0, 0, area.width(), height), flags}}, height});
    } else {
        const QStringList labels = summaryLabels();
        for (int i = 0; i < labels.size(); ++i) {
            const QString& label = labels[i];
            const QString figure = values.value(i);
            const qreal labelWidth = smallMetrics.horizontalAdvance(label);
            const qreal valueWidth = valueMetrics.horizontalAdvance(figure);
            Block block;
            if (labelWidth + summaryLabelGap + valueWidth <= area.width()) {
                block.height = std::max(summaryLineHeight(small), summaryLineHeight(value));
                block.lines = {
                    {Role::Label, label, small,
                     QRectF(0, 0, area.width() - valueWidth - summaryLabelGap, block.height), left},
                    {Role::Value, figure, value,
                     QRectF(area.width() - valueWidth, 0, valueWidth, block.height), right}};
            } else {
                const qreal labelHeight = summaryLineHeight(small);
                block.height = labelHeight + summaryLineHeight(value);
                block.lines = {
                    {Role::Label, label, small, QRectF(0, 0, area.width(), labelHeight), left},
                    {Role::Value, figure, value,
                     QRectF(0, labelHeight, area.width(), summaryLineHeight(value)), right}};
            }
            blocks.append(block);
        }
    }
    if (!footer.isEmpty()) {
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const qreal height =
            smallMetrics.boundingRect(QRectF(0, 0, area.width(), 1e4), flags, footer).height();
        blocks.append(
            {{{Role::Footer, footer, small, QRectF(0, 0, area.width(), height), flags}}, height});
    }

    qreal needed = 0;
    for (const Block& b : blocks)
        needed += b.height;
    const qreal gap =
        blocks.size() > 1
            ? std::clamp((area.height() - needed) / static_cast<qreal>(blocks.size() - 1), 0.0,
                         summaryLargestGap)
            : 0;
    QList<SummaryLine> lines;
    qreal y = area.top();
    for (const Block& b : blocks) {
        for (SummaryLine line : b.lines) {
            line.rect.translate(area.left(), y);
            lines.append(line);
        }
        y += b.height + gap;
    }
    return lines;
}

} // namespace sb::canvas
