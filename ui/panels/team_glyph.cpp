#include "team_glyph.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace sb::panels {

namespace {

struct GlyphLook {
    QColor fill;
    QColor edge;
    QSizeF shape; // width and height as fractions of the box
};

GlyphLook lookOf(TeamType type) {
    switch (type) {
    case TeamType::StreamAligned:
        return {QColor(0xff, 0xdf, 0x7e), QColor(0xc9, 0x9a, 0x06), {1.0, 0.45}};
    case TeamType::Platform:
        return {QColor(0x9c, 0xc3, 0xeb), QColor(0x35, 0x70, 0xb0), {1.0, 0.75}};
    case TeamType::Enabling:
        return {QColor(0xcf, 0xb8, 0xec), QColor(0x7a, 0x4f, 0xb8), {0.3, 1.0}};
    case TeamType::ComplicatedSubsystem:
        break;
    }
    return {QColor(0xf8, 0xbf, 0x8a), QColor(0xc8, 0x6a, 0x16), {0.95, 0.95}};
}

QPainterPath octagon(const QRectF& r) {
    const qreal cx = r.width() * 0.29;
    const qreal cy = r.height() * 0.29;
    QPainterPath path;
    path.moveTo(r.left() + cx, r.top());
    path.lineTo(r.right() - cx, r.top());
    path.lineTo(r.right(), r.top() + cy);
    path.lineTo(r.right(), r.bottom() - cy);
    path.lineTo(r.right() - cx, r.bottom());
    path.lineTo(r.left() + cx, r.bottom());
    path.lineTo(r.left(), r.bottom() - cy);
    path.lineTo(r.left(), r.top() + cy);
    path.closeSubpath();
    return path;
}

QPixmap pixmap(QSize size) {
    QPixmap p(size * 2);
    p.setDevicePixelRatio(2);
    p.fill(Qt::transparent);
    return p;
}

} // namespace

void paintTeamGlyph(QPainter* painter, const QRectF& box, TeamType type) {
    const GlyphLook look = lookOf(type);
    // Fit a 3:2 frame in the box; each shape takes its share of that frame.
    const qreal height = std::min(box.height(), box.width() * 2 / 3);
    QRectF shape(0, 0, height * 1.5 * look.shape.width(), height * look.shape.height());
    if (type == TeamType::ComplicatedSubsystem) // keep the octagon regular
        shape.setSize({shape.height(), shape.height()});
    shape.moveCenter(box.center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(look.edge, 1.5));
    painter->setBrush(look.fill);
    const QRectF inner = shape.adjusted(0.75, 0.75, -0.75, -0.75);
    if (type == TeamType::ComplicatedSubsystem)
        painter->drawPath(octagon(inner));
    else
        painter->drawRoundedRect(inner, 2.5, 2.5);
    painter->restore();
}

QIcon teamTypeIcon(TeamType type) {
    QPixmap p = pixmap({24, 16});
    QPainter painter(&p);
    paintTeamGlyph(&painter, QRectF(0, 0, 24, 16), type);
    painter.end();
    return QIcon(p);
}

QIcon colorSwatchIcon(const QColor& color) {
    QPixmap p = pixmap({16, 16});
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1));
    painter.setBrush(color.isValid() ? QBrush(color) : QBrush(Qt::NoBrush));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 2, 2);
    if (!color.isValid()) // no colour: an empty square, struck through
        painter.drawLine(QPointF(3, 13), QPointF(13, 3));
    painter.end();
    return QIcon(p);
}

} // namespace sb::panels
