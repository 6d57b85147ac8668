#include "grid_items.h"

#include "canvas_style.h"

#include <QCoreApplication>
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
    if (!detailed) {
        if (m_cell.divergent) {
            painter->setPen(QPen(style::divergence(), 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(m_rect.adjusted(1.5, 1.5, -1.5, -1.5));
        }
        paintSelection(painter, 0);
        return;
    }
    if (m_cell.divergent) {
        painter->setPen(QPen(style::divergence(), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_rect.adjusted(1.5, 1.5, -1.5, -1.5));
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
    const QStringList labels = {GridItemsTr::tr("Intent"), GridItemsTr::tr("Value"),
                                GridItemsTr::tr("Outcome"), GridItemsTr::tr("Metric")};
    const QStringList values = {m_cell.intent, m_cell.value, m_cell.outcome, m_cell.metric};
    const qreal lineHeight = (m_rect.height() - 12) / 4;
    const TextFit fit = renderOptions().textFit;
    for (int i = 0; i < 4; ++i) {
        const QRectF row(m_rect.left() + 8, m_rect.top() + 6 + i * lineHeight,
                         m_rect.width() - (i == 0 && m_cell.divergent ? 40 : 16), lineHeight);
        painter->setPen(style::faintInk());
        painter->setFont(style::smallFont());
        const QRectF labelRect(row.left(), row.top(), 58, row.height());
        painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, labels[i]);
        painter->setPen(values[i].isEmpty() ? style::faintInk() : style::ink());
        m_texts.draw(i, painter, row.adjusted(60, (row.height() - 16) / 2, 0, 0),
                     values[i].isEmpty() ? QStringLiteral("—") : values[i], style::bodyFont(), 1,
                     fit);
    }
    paintSelection(painter, 0);
}

} // namespace sb::canvas
