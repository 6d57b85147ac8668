#include "legend.h"

#include "canvas_style.h"
#include "model/map.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace sb::canvas {

namespace {

struct LegendTr {
    Q_DECLARE_TR_FUNCTIONS(sb::canvas)
};

void line(QPainter* p, const QRectF& r, const QPen& pen) {
    p->setPen(pen);
    p->drawLine(QPointF(r.left() + 4, r.center().y()), QPointF(r.right() - 10, r.center().y()));
    p->setBrush(pen.color());
    p->setPen(Qt::NoPen);
    const QPointF tip(r.right() - 4, r.center().y());
    p->drawPolygon(QPolygonF({tip, tip + QPointF(-9, -4.5), tip + QPointF(-9, 4.5)}));
}

void box(QPainter* p, const QRectF& r, const QColor& team, bool path, bool cycle) {
    const QRectF b = r.adjusted(10, 5, -10, -5);
    p->setPen(QPen(team.darker(115), 1.2));
    p->setBrush(style::tint(team));
    p->drawRoundedRect(b, 4, 4);
    p->setPen(Qt::NoPen);
    p->setBrush(team);
    p->drawRect(QRectF(b.left(), b.top(), 5, b.height()));
    p->setBrush(Qt::NoBrush);
    if (path) {
        p->setPen(QPen(style::violation(), 2.5));
        p->drawRoundedRect(b.adjusted(-1, -1, 1, 1), 4, 4);
    }
    if (cycle) {
        p->setPen(QPen(style::violation(), 2, Qt::DashLine));
        p->drawRoundedRect(b.adjusted(-4, -3, 4, 3), 6, 6);
    }
}

} // namespace

QList<LegendEntry> legendEntries() {
    return {
        {LegendTr::tr("Stage, in its owner team's colour"),
         [](QPainter* p, const QRectF& r) { box(p, r, paletteColor(0), false, false); }},
        {LegendTr::tr("Push flow"),
         [](QPainter* p, const QRectF& r) { line(p, r, QPen(style::flowInk(), 2.2)); }},
        {LegendTr::tr("Pull flow"),
         [](QPainter* p, const QRectF& r) {
             line(p, r, QPen(style::flowInk(), 2.2, Qt::DashLine));
         }},
        {LegendTr::tr("Rework flow (curves back)"),
         [](QPainter* p, const QRectF& r) {
             QPainterPath path(QPointF(r.right() - 8, r.top() + 6));
             path.cubicTo(QPointF(r.right() - 8, r.bottom() + 2),
                          QPointF(r.left() + 8, r.bottom() + 2),
                          QPointF(r.left() + 8, r.top() + 6));
             p->setPen(QPen(style::reworkInk(), 2.2, Qt::DashLine));
             p->setBrush(Qt::NoBrush);
             p->drawPath(path);
         }},
        {LegendTr::tr("Handoff: the next stage belongs to another team"),
         [](QPainter* p, const QRectF& r) {
             line(p, r, QPen(style::handoff(), 3.2));
             p->setPen(QPen(style::paper(), 1.5));
             p->setBrush(style::handoff());
             p->drawEllipse(r.center(), 9, 9);
             QFont f = style::smallFont();
             f.setBold(true);
             p->setFont(f);
             p->setPen(style::paper());
             p->drawText(QRectF(r.center() - QPointF(9, 9), QSizeF(18, 18)), Qt::AlignCenter,
                         QStringLiteral("⇄"));
         }},
        {LegendTr::tr("Dependency on a stream, stage or capability"),
         [](QPainter* p, const QRectF& r) {
             QColor ink = style::dependencyInk();
             ink.setAlpha(150);
             line(p, r, QPen(ink, 1.8, Qt::DotLine));
         }},
        {LegendTr::tr("One-hop violation: on the path to a team two or more hops away"),
         [](QPainter* p, const QRectF& r) { box(p, r, paletteColor(0), true, false); }},
        {LegendTr::tr("Dependency cycle: member (dashed) and its arrows"),
         [](QPainter* p, const QRectF& r) { box(p, r, paletteColor(0), false, true); }},
        {LegendTr::tr("Divergent cell: the path forks for this slice"),
         [](QPainter* p, const QRectF& r) {
             const QRectF b = r.adjusted(10, 4, -10, -4);
             p->setPen(QPen(style::divergence(), 2.5));
             p->setBrush(style::paper());
             p->drawRect(b);
         }},
        {LegendTr::tr("Sticky note and kaizen burst"),
         [](QPainter* p, const QRectF& r) {
             p->setPen(QPen(style::stickyFill().darker(125), 1));
             p->setBrush(style::stickyFill());
             p->drawRect(QRectF(r.left() + 6, r.top() + 4, r.height() - 8, r.height() - 8));
             QPolygonF burst;
             const QPointF c(r.right() - r.height() / 2 - 4, r.center().y());
             for (int i = 0; i < 24; ++i) {
                 const qreal rad = (i % 2 ? 0.32 : 0.48) * r.height();
                 const qreal a = i * 3.14159265 / 12;
                 burst << c + QPointF(std::cos(a) * rad, std::sin(a) * rad);
             }
             p->setPen(QPen(style::kaizenFill().darker(150), 1));
             p->setBrush(style::kaizenFill());
             p->drawPolygon(burst);
         }},
    };
}

qreal paintLegend(QPainter* painter, const QRectF& rect, const QList<LegendEntry>& entries,
                  int columns) {
    columns = std::max(1, columns);
    const qsizetype rows = (entries.size() + columns - 1) / columns;
    const qreal columnWidth = rect.width() / columns;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const qreal x = rect.left() + (i / rows) * columnWidth;
        const qreal y = rect.top() + (i % rows) * legendRowHeight;
        const QRectF sample(x, y + 3, legendSampleWidth, legendRowHeight - 6);
        painter->save();
        entries[i].sample(painter, sample);
        painter->restore();
        painter->setPen(style::ink());
        painter->setFont(style::bodyFont());
        painter->drawText(QRectF(x + legendSampleWidth + 8, y, columnWidth - legendSampleWidth - 12,
                                 legendRowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, entries[i].label);
    }
    painter->restore();
    return rows * legendRowHeight;
}

} // namespace sb::canvas
