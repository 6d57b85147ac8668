#include "ghost_item.h"

#include "canvas_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace sb::canvas {

GhostItem::GhostItem(const QRectF& rect, const QString& name)
    : m_rect(rect)
    , m_name(name) {
    setZValue(9);
    setToolTip(
        QCoreApplication::translate("sb::canvas", "Removed since the baseline: %1").arg(name));
}

void GhostItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = style::paper();
    fill.setAlpha(200);
    painter->setPen(QPen(style::faintInk(), 1.5, Qt::DashLine));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 7, 7);
    QFont f = style::titleFont();
    f.setStrikeOut(true);
    painter->setFont(f);
    painter->setPen(style::faintInk());
    painter->drawText(m_rect.adjusted(12, 8, -8, -8),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_name);
    const QString tag = QCoreApplication::translate("sb::canvas", "REMOVED");
    QFont small = style::smallFont();
    small.setBold(true);
    const qreal w = QFontMetricsF(small).horizontalAdvance(tag) + 12;
    const QRectF pill(m_rect.right() - w - 4, m_rect.top() - 9, w, 18);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style::mutedInk());
    painter->drawRoundedRect(pill, 9, 9);
    painter->setFont(small);
    painter->setPen(style::paper());
    painter->drawText(pill, Qt::AlignCenter, tag);
}

} // namespace sb::canvas
