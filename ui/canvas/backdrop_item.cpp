#include "backdrop_item.h"

#include "canvas_style.h"

#include <QCoreApplication>
#include <QPainter>

namespace sb::canvas {

namespace {
struct BackdropItemTr {
    Q_DECLARE_TR_FUNCTIONS(sb::canvas)
};

void sectionLabel(QPainter* painter, const QRectF& above, const QString& text) {
    painter->setPen(style::mutedInk());
    QFont f = style::smallFont();
    f.setBold(true);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.2);
    painter->setFont(f);
    painter->drawText(QRectF(above.left() + 4, above.top() - 26, above.width(), 22),
                      Qt::AlignLeft | Qt::AlignVCenter, text);
}
} // namespace

BackdropItem::BackdropItem() {
    setZValue(-20);
}

void BackdropItem::setLayout(const MapLayout& layout, bool hasSlices) {
    prepareGeometryChange();
    m_layout = layout;
    m_hasSlices = hasSlices;
    m_bounds = layout.bounds.adjusted(-4, -4, 4, 4);
    update();
}

void BackdropItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const MapLayout& l = m_layout;
    // The corner above the slice headers names the two axes.
    const QRectF corner(0, 0, MapLayout::headerWidth, MapLayout::stepHeaderHeight);
    painter->setPen(QPen(style::gridLine(), 1));
    painter->setBrush(style::headerFill());
    painter->drawRect(corner);
    painter->setPen(style::mutedInk());
    painter->setFont(style::smallFont());
    painter->drawText(corner.adjusted(12, 6, -12, -6), Qt::AlignLeft | Qt::AlignVCenter,
                      BackdropItemTr::tr("Customers ↓   Time →"));
    if (l.hasNoStepColumn) {
        const QRectF header = l.columns.last();
        painter->setPen(QPen(style::gridLine(), 1, Qt::DashLine));
        painter->setBrush(style::paper());
        painter->drawRect(header);
        painter->setPen(style::faintInk());
        painter->setFont(style::headerFont());
        painter->drawText(header, Qt::AlignCenter, BackdropItemTr::tr("No step"));
    }
    if (!m_hasSlices) {
        painter->setPen(style::faintInk());
        painter->setFont(style::bodyFont());
        painter->drawText(
            QRectF(0, l.stepHeaderRow.bottom() + 4, l.bounds.width(), 24),
            Qt::AlignLeft | Qt::AlignVCenter,
            BackdropItemTr::tr("   No customer slices yet: add one from the Map menu."));
    }
    sectionLabel(painter, l.streamsArea, BackdropItemTr::tr("VALUE STREAMS"));
    sectionLabel(painter, l.capabilityBand, BackdropItemTr::tr("CAPABILITIES"));
    painter->setPen(QPen(style::gridLine(), 1));
    painter->setBrush(style::laneFill(true));
    painter->drawRect(l.capabilityBand);
    if (l.laneOrder.isEmpty()) {
        painter->setPen(style::faintInk());
        painter->setFont(style::bodyFont());
        painter->drawText(
            QRectF(l.streamsArea.left() + 4, l.streamsArea.top(), l.bounds.width(), 24),
            Qt::AlignLeft | Qt::AlignVCenter,
            BackdropItemTr::tr("No value streams yet: add one from the Map menu."));
    }
}

} // namespace sb::canvas
