#include "marker_glyphs.h"

#include "canvas/canvas_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace sb::exporting {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sb::exporting", text);
}

QColor handoffInk() {
    return QColor(0x0f, 0x7c, 0x8c);
}
QColor violationInk() {
    return QColor(0xb3, 0x26, 0x1e);
}

QString hopsText(int hops) {
    return QCoreApplication::translate("sb::exporting", "%n hops", nullptr, hops);
}

QFont pillFont() {
    QFont f = canvas::style::smallFont();
    f.setBold(true);
    return f;
}

void arrowLine(QPainterPath& path, QPointF from, QPointF to, qreal head) {
    path.moveTo(from);
    path.lineTo(to);
    const qreal dir = to.x() > from.x() ? -1 : 1;
    path.moveTo(to + QPointF(dir * head, -head));
    path.lineTo(to);
    path.lineTo(to + QPointF(dir * head, head));
}

} // namespace

QString markerLabel(Marker marker) {
    switch (marker) {
    case Marker::Handoff:
        return tr("Handoff between teams");
    case Marker::OneHop:
        return tr("More than one hop");
    case Marker::Cycle:
        return tr("Dependency or flow cycle");
    case Marker::Rework:
        return tr("Rework");
    case Marker::Pull:
        return tr("Pull");
    case Marker::Dependency:
        return tr("Dependency");
    case Marker::Divergent:
        return tr("Divergent cell");
    case Marker::Kaizen:
        break;
    }
    return tr("Kaizen burst");
}

void drawHandoffBadge(QPainter* painter, const QPointF& c, qreal r) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(canvas::style::paper(), r * 0.18));
    painter->setBrush(handoffInk());
    painter->drawEllipse(c, r, r);
    QPainterPath arrows;
    const qreal w = r * 0.55;
    const qreal h = r * 0.3;
    arrowLine(arrows, c + QPointF(-w, -h), c + QPointF(w, -h), r * 0.25);
    arrowLine(arrows, c + QPointF(w, h), c + QPointF(-w, h), r * 0.25);
    painter->setPen(
        QPen(canvas::style::paper(), r * 0.17, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(arrows);
    painter->restore();
}

void drawCycleBadge(QPainter* painter, const QPointF& c, qreal r) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(canvas::style::paper(), r * 0.18));
    painter->setBrush(violationInk());
    painter->drawEllipse(c, r, r);
    // A circular arrow: three quarters of a ring and a head.
    const qreal ring = r * 0.5;
    QPainterPath arc;
    arc.arcMoveTo(QRectF(c - QPointF(ring, ring), QSizeF(2 * ring, 2 * ring)), 90);
    arc.arcTo(QRectF(c - QPointF(ring, ring), QSizeF(2 * ring, 2 * ring)), 90, 270);
    painter->setPen(QPen(canvas::style::paper(), r * 0.17, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(arc);
    const QPointF tip = c + QPointF(0, -ring);
    const qreal head = r * 0.3;
    painter->setPen(Qt::NoPen);
    painter->setBrush(canvas::style::paper());
    painter->drawPolygon(QPolygonF({tip + QPointF(head, 0), tip + QPointF(-head * 0.4, -head),
                                    tip + QPointF(-head * 0.4, head)}));
    painter->restore();
}

QRectF oneHopPillRect(int hops, qreal right, qreal top) {
    const QFontMetricsF metrics(pillFont());
    const qreal width = metrics.horizontalAdvance(hopsText(hops)) + 14;
    return QRectF(right - width, top, width, metrics.height() + 4);
}

void drawOneHopPill(QPainter* painter, int hops, const QRectF& rect) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(violationInk());
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setPen(canvas::style::paper());
    painter->setFont(pillFont());
    painter->drawText(rect, Qt::AlignCenter, hopsText(hops));
    painter->restore();
}

void drawMarkerSample(QPainter* painter, Marker marker, const QRectF& box) {
    namespace style = canvas::style;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF c = box.center();
    const qreal r = std::min(box.width(), box.height()) / 2;
    auto line = [&](const QPen& pen) {
        painter->setPen(pen);
        const QPointF a(box.left() + 2, c.y());
        const QPointF b(box.right() - 2, c.y());
        painter->drawLine(a, b - QPointF(4, 0));
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawPolygon(QPolygonF({b, b + QPointF(-7, -3.5), b + QPointF(-7, 3.5)}));
    };
    switch (marker) {
    case Marker::Handoff:
        drawHandoffBadge(painter, c, r * 0.9);
        break;
    case Marker::Cycle:
        drawCycleBadge(painter, c, r * 0.9);
        break;
    case Marker::OneHop: {
        QRectF pill(0, 0, box.width(), r * 1.3);
        pill.moveCenter(c);
        painter->setPen(Qt::NoPen);
        painter->setBrush(violationInk());
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(style::paper());
        QFont f = pillFont();
        f.setPixelSize(qMax(7, qRound(pill.height() * 0.7)));
        painter->setFont(f);
        painter->drawText(pill, Qt::AlignCenter, QStringLiteral("2+"));
        break;
    }
    case Marker::Rework:
        line(QPen(style::reworkInk(), 2.2, Qt::DashLine));
        break;
    case Marker::Pull:
        line(QPen(style::flowInk(), 2.2, Qt::DashLine));
        break;
    case Marker::Dependency: {
        QColor ink = style::dependencyInk();
        line(QPen(ink, 1.8, Qt::DotLine));
        break;
    }
    case Marker::Divergent: {
        const QRectF cell = QRectF(box.left(), box.top() + 2, box.width(), box.height() - 4);
        painter->setPen(QPen(style::divergence(), 2));
        painter->setBrush(style::paper());
        painter->drawRect(cell);
        const QPointF o = c - QPointF(5, 5);
        QPainterPath fork(o + QPointF(0, 10));
        fork.lineTo(o + QPointF(5, 5));
        fork.lineTo(o + QPointF(10, 0));
        fork.moveTo(o + QPointF(5, 5));
        fork.lineTo(o + QPointF(10, 10));
        painter->setPen(QPen(style::divergence(), 1.8, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(fork);
        break;
    }
    case Marker::Kaizen: {
        QPolygonF burst;
        for (int i = 0; i < 32; ++i) {
            const qreal radius = (i % 2 ? 0.72 : 1.0) * r;
            const qreal a = i * M_PI / 16;
            burst << c + QPointF(std::cos(a) * radius, std::sin(a) * radius);
        }
        painter->setPen(QPen(style::kaizenFill().darker(150), 1));
        painter->setBrush(style::kaizenFill());
        painter->drawPolygon(burst);
        break;
    }
    }
    painter->restore();
}

} // namespace sb::exporting
