#include "grid_items.h"

#include "canvas_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace sb::canvas {

namespace {
struct GridItemsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::canvas)
};
} // namespace

StepHeaderItem::StepHeaderItem(const QString& id)
    : ElementItem(ElementKind::Step, id) {
    setFlags(ItemIsSelectable);
}

void StepHeaderItem::setName(const QString& name) {
    if (name == m_name)
        return;
    m_name = name;
    setToolTip(name);
    update();
}

void StepHeaderItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setPen(QPen(style::gridLine(), 1));
    painter->setBrush(style::headerFill());
    painter->drawRect(m_rect);
    if (drawsText(painter)) {
        painter->setPen(style::ink());
        m_texts.draw(0, painter, m_rect.adjusted(10, 8, -10, -8), m_name, style::headerFont(), 2,
                     renderOptions().textFit, Qt::AlignHCenter);
    }
    paintSelection(painter, 0);
}

SliceHeaderItem::SliceHeaderItem(const QString& id)
    : ElementItem(ElementKind::Slice, id) {
    setFlags(ItemIsSelectable);
}

void SliceHeaderItem::setContent(const QString& name, const QString& outcome) {
    if (name == m_name && outcome == m_outcome)
        return;
    m_name = name;
    m_outcome = outcome;
    setToolTip(outcome.isEmpty() ? name : name + u'\n' + outcome);
    update();
}

void SliceHeaderItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setPen(QPen(style::gridLine(), 1));
    painter->setBrush(style::headerFill());
    painter->drawRect(m_rect);
    if (!drawsText(painter)) {
        paintSelection(painter, 0);
        return;
    }
    const QRectF text = m_rect.adjusted(12, 10, -10, -8);
    painter->setPen(style::ink());
    const qreal used =
        m_texts.draw(0, painter, text, m_name, style::headerFont(), 2, renderOptions().textFit);
    painter->setPen(m_outcome.isEmpty() ? style::faintInk() : style::mutedInk());
    m_texts.draw(1, painter, text.adjusted(0, used + 6, 0, 0),
                 m_outcome.isEmpty() ? GridItemsTr::tr("No outcome statement yet") : m_outcome,
                 style::bodyFont(), 4, renderOptions().textFit);
    paintSelection(painter, 0);
}

CellItem::CellItem(const QString& key)
    : ElementItem(ElementKind::Cell, key) {
    setFlags(ItemIsSelectable);
}

void CellItem::setCell(const Cell& cell) {
    if (cell == m_cell)
        return;
    m_cell = cell;
    setToolTip(GridItemsTr::tr("Intent: %1\nValue: %2\nOutcome: %3\nMetric: %4")
                   .arg(cell.intent, cell.value, cell.outcome, cell.metric));
    update();
}

void CellItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const bool detailed = drawsText(painter);
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    painter->setPen(QPen(style::gridLine(), 1));
    painter->setBrush(style::paper());
    painter->drawRect(m_rect);
    if (m_cell.divergent) {
        painter->setPen(QPen(style::divergence(), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_rect.adjusted(1.5, 1.5, -1.5, -1.5));
    }
    if (!detailed) {
        paintSelection(painter, 0);
        return;
    }
    if (m_cell.divergent) {
        // A fork mark in the corner: one path splitting in two.
        const QPointF o = m_rect.topRight() + QPointF(-26, 8);
        QPainterPath fork(o + QPointF(0, 14));
        fork.lineTo(o + QPointF(7, 7));
        fork.lineTo(o + QPointF(14, 0));
        fork.moveTo(o + QPointF(7, 7));
        fork.lineTo(o + QPointF(14, 14));
        painter->setPen(QPen(style::divergence(), 2.2, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(fork);
    }
    const QStringList values = {m_cell.intent, m_cell.value, m_cell.outcome, m_cell.metric};
    QStringList texts;
    for (const QString& value : values)
        texts.append(value.isEmpty() ? QStringLiteral("—") : value);
    const TextLayout& layout = cachedLayout(texts, renderOptions().textFit);
    for (qsizetype i = 0; i < layout.rows.size(); ++i) {
        const TextRow& row = layout.rows[i];
        painter->setPen(style::faintInk());
        painter->setFont(layout.labelFont);
        painter->drawText(row.labelRect, Qt::AlignLeft | Qt::AlignVCenter, row.label);
        painter->setPen(values[i].isEmpty() ? style::faintInk() : style::ink());
        drawLines(painter, row.textRect, row.text.lines, layout.textFont);
    }
    paintSelection(painter, 0);
}

const CellItem::TextLayout& CellItem::cachedLayout(const QStringList& texts, TextFit fit) {
    const QFont font = style::bodyFont(); // the theme's: presentation mode's is larger
    if (!m_layout || m_layout->texts != texts || m_layout->rect != m_rect ||
        m_layout->divergent != m_cell.divergent || m_layout->fit != fit || m_layout->font != font)
        m_layout = CachedLayout{texts, m_rect, m_cell.divergent,
                                fit,   font,   layoutText(m_rect, texts, m_cell.divergent, fit)};
    return m_layout->layout;
}

CellItem::TextLayout CellItem::layoutText(const QRectF& rect, const QStringList& texts,
                                          bool divergent, TextFit fit) {
    const QStringList labels = {GridItemsTr::tr("Intent"), GridItemsTr::tr("Value"),
                                GridItemsTr::tr("Outcome"), GridItemsTr::tr("Metric")};
    constexpr qreal labelWidth = 60;
    const qreal rowHeight = (rect.height() - 12) / 4;
    // The fork mark takes the first row's right end.
    const auto textWidth = [&](qsizetype row) {
        return rect.width() - (row == 0 && divergent ? 40 : 16) - labelWidth;
    };
    TextLayout layout;
    layout.textFont = style::bodyFont();
    if (fit == TextFit::Wrap) {
        QList<TextArea> areas;
        for (qsizetype i = 0; i < texts.size(); ++i)
            areas.append({texts[i], QSizeF(textWidth(i), rowHeight)});
        layout.textFont.setPixelSize(sharedPixelSize(areas, layout.textFont, minPixelSize));
    }
    layout.labelFont = style::smallFont();
    if (layout.labelFont.pixelSize() > layout.textFont.pixelSize())
        layout.labelFont.setPixelSize(layout.textFont.pixelSize());
    const qreal spacing = QFontMetricsF(layout.textFont).lineSpacing();
    const int maxLines = linesThatFit(layout.textFont, rowHeight);
    for (qsizetype i = 0; i < texts.size() && i < labels.size(); ++i) {
        const qreal rowTop = rect.top() + 6 + i * rowHeight;
        TextRow row;
        row.label = labels[i];
        row.text = wrapText(texts[i], layout.textFont, textWidth(i), maxLines);
        // The lines centred in the row, the label beside the first.
        const qreal height = row.text.lines.size() * spacing;
        const qreal top = rowTop + (rowHeight - height) / 2;
        row.labelRect = QRectF(rect.left() + 8, top, labelWidth - 2, spacing);
        row.textRect = QRectF(rect.left() + 8 + labelWidth, top, textWidth(i), height);
        layout.rows.append(row);
    }
    return layout;
}

} // namespace sb::canvas
