#include "page_furniture.h"

#include "canvas/canvas_style.h"
#include "canvas/legend.h"
#include "svg_exporter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <functional>

namespace sb::exporting {

namespace style = canvas::style;

namespace {

struct PageFurnitureTr {
    Q_DECLARE_TR_FUNCTIONS(sb::exporting)
};

QFont pixelFont(int pixels, QFont::Weight weight = QFont::Normal) {
    QFont f = style::bodyFont();
    f.setPixelSize(pixels);
    f.setWeight(weight);
    return f;
}

constexpr qreal legendLine = 22;
constexpr qreal swatch = 14;

constexpr qreal entryGap = 18;

// One entry of the legend: a swatch or sample, then its label.
struct LegendEntry {
    QString label;
    qreal sampleWidth;
    std::function<void(QPainter*, const QRectF&)> drawSample;
};

QList<QList<LegendEntry>> legendGroups(const Map& map) {
    QList<LegendEntry> teams;
    const QHash<Id, QColor> colors = map.teamColors();
    for (const Team& t : map.teams) {
        const QColor color = colors.value(t.id);
        teams.append({t.name, swatch, [color](QPainter* p, const QRectF& box) {
                          p->setPen(QPen(color.darker(115), 1));
                          p->setBrush(style::tint(color, 0.45));
                          p->drawRoundedRect(box, 3, 3);
                          p->setPen(Qt::NoPen);
                          p->setBrush(color);
                          p->drawRect(QRectF(box.left(), box.top(), 4, box.height()));
                      }});
    }
    // The same samples and words as the canvas's Legend panel.
    QList<LegendEntry> marks;
    for (const canvas::LegendEntry& e : canvas::legendEntries())
        marks.append({e.label, canvas::legendSampleWidth, e.sample});
    return {teams, marks};
}

struct Placed {
    const LegendEntry* entry = nullptr; // null: a group's heading
    QString heading;
    QRectF rect; // the whole entry
};

// Lays the legend out in lines: each group starts a line with its heading.
QList<Placed> placeLegend(const QList<QList<LegendEntry>>& groups, qreal width, qreal* height) {
    const QFontMetricsF label(pixelFont(12));
    const QFontMetricsF heading(pixelFont(12, QFont::Bold));
    const QStringList headings = {PageFurnitureTr::tr("Teams"), PageFurnitureTr::tr("Marks")};
    const qreal indent =
        std::max(heading.horizontalAdvance(headings[0]), heading.horizontalAdvance(headings[1])) +
        entryGap;
    QList<Placed> placed;
    qreal y = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (groups[g].isEmpty())
            continue;
        placed.append({nullptr, headings[g], QRectF(0, y, indent, legendLine)});
        qreal x = indent;
        for (const LegendEntry& e : groups[g]) {
            const qreal w = e.sampleWidth + 6 + label.horizontalAdvance(e.label);
            if (x > indent && x + w > width) {
                x = indent;
                y += legendLine;
            }
            placed.append({&e, {}, QRectF(x, y, w, legendLine)});
            x += w + entryGap;
        }
        y += legendLine;
    }
    *height = y;
    return placed;
}

} // namespace

void drawTitleBlock(QPainter* painter, const QRectF& rect, const Map& map,
                    const ExportOptions& options) {
    painter->save();
    const QFont small = pixelFont(12);
    const QFont name = pixelFont(22, QFont::Bold);
    const QFontMetricsF smallMetrics(small);
    const QString date =
        options.date.isValid() ? QLocale().toString(options.date, QLocale::LongFormat) : QString();
    const QString state = stateLabel(map.info.state);
    const qreal rightWidth =
        std::max(smallMetrics.horizontalAdvance(date), smallMetrics.horizontalAdvance(state) + 20);
    const QRectF left(rect.left(), rect.top(), rect.width() - rightWidth - 24, rect.height() - 8);

    painter->setPen(style::mutedInk());
    painter->setFont(small);
    const QString workshop =
        options.workshopName.isEmpty() ? PageFurnitureTr::tr("Workshop") : options.workshopName;
    painter->drawText(QRectF(left.left(), left.top(), left.width(), 18),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(workshop, Qt::ElideRight, left.width()));
    painter->setPen(style::ink());
    painter->setFont(name);
    painter->drawText(QRectF(left.left(), left.top() + 18, left.width(), 30),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(name).elidedText(map.info.name, Qt::ElideRight, left.width()));

    // The state as a pill, the date under it, both flush right.
    const qreal pillWidth = smallMetrics.horizontalAdvance(state) + 20;
    const QRectF pill(rect.right() - pillWidth, rect.top() + 2, pillWidth, 20);
    const bool future = map.info.state == MapState::Future;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(future ? QColor(0xdf, 0xf3, 0xe8) : style::headerFill());
    painter->drawRoundedRect(pill, 10, 10);
    painter->setPen(future ? QColor(0x1e, 0x6b, 0x45) : style::mutedInk());
    painter->setFont(pixelFont(12, QFont::DemiBold));
    painter->drawText(pill, Qt::AlignCenter, state);
    painter->setPen(style::mutedInk());
    painter->setFont(small);
    painter->drawText(QRectF(rect.right() - rightWidth, rect.top() + 26, rightWidth, 20),
                      Qt::AlignRight | Qt::AlignVCenter, date);

    painter->setPen(QPen(style::gridLine(), 1));
    painter->drawLine(QPointF(rect.left(), rect.bottom() - 0.5),
                      QPointF(rect.right(), rect.bottom() - 0.5));
    painter->restore();
}

qreal legendHeight(const Map& map, qreal width) {
    qreal height = 0;
    const QList<QList<LegendEntry>> groups = legendGroups(map);
    placeLegend(groups, width, &height);
    return height + 8; // the rule above and its gap
}

void drawLegend(QPainter* painter, const QRectF& rect, const Map& map) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(style::gridLine(), 1));
    painter->drawLine(QPointF(rect.left(), rect.top() + 0.5),
                      QPointF(rect.right(), rect.top() + 0.5));
    qreal height = 0;
    const QList<QList<LegendEntry>> groups = legendGroups(map);
    const QList<Placed> placed = placeLegend(groups, rect.width(), &height);
    const QPointF origin = rect.topLeft() + QPointF(0, 8);
    for (const Placed& p : placed) {
        const QRectF r = p.rect.translated(origin);
        if (!p.entry) {
            painter->setPen(style::ink());
            painter->setFont(pixelFont(12, QFont::Bold));
            painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, p.heading);
            continue;
        }
        const qreal sampleHeight = std::min<qreal>(p.entry->sampleWidth, 16);
        const QRectF sample(r.left(), r.center().y() - sampleHeight / 2, p.entry->sampleWidth,
                            sampleHeight);
        painter->save();
        p.entry->drawSample(painter, sample);
        painter->restore();
        painter->setPen(style::ink());
        painter->setFont(pixelFont(12));
        painter->drawText(
            QRectF(sample.right() + 6, r.top(), r.right() - sample.right() - 6, r.height()),
            Qt::AlignLeft | Qt::AlignVCenter, p.entry->label);
    }
    painter->restore();
}

void drawFooter(QPainter* painter, const QRectF& rect, const QString& left, const QString& right) {
    painter->save();
    painter->setPen(QPen(style::gridLine(), 1));
    painter->drawLine(QPointF(rect.left(), rect.top() + 0.5),
                      QPointF(rect.right(), rect.top() + 0.5));
    painter->setPen(style::mutedInk());
    const QFont font = pixelFont(11);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const qreal rightWidth = metrics.horizontalAdvance(right) + 2;
    const QRectF text = rect.adjusted(0, 4, 0, 0);
    painter->drawText(
        QRectF(text.left(), text.top(), text.width() - rightWidth - 16, text.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(left, Qt::ElideRight, text.width() - rightWidth - 16));
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, right);
    painter->restore();
}

} // namespace sb::exporting
