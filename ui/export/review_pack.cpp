#include "review_pack.h"

#include "canvas/canvas_style.h"
#include "metrics/comparison.h"
#include "metrics/flow_measures.h"
#include "page_furniture.h"
#include "pdf_exporter.h"
#include "pdf_pages.h"
#include "picture_geometry.h"
#include "review_pack_charts.h"
#include "review_pack_html.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QTextDocument>
#include <memory>
#include <vector>

namespace sb::exporting {

namespace {

struct ReviewPackTr {
    Q_DECLARE_TR_FUNCTIONS(sb::exporting)
};

struct TextPages {
    QString title; // for the footer
    std::unique_ptr<QTextDocument> document;
};

std::unique_ptr<QTextDocument> layOut(const QString& html, const QSizeF& pageSize) {
    auto doc = std::make_unique<QTextDocument>();
    QFont font = canvas::style::bodyFont();
    font.setPixelSize(12);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(
        QStringLiteral("body { color: %1; }").arg(canvas::style::ink().name(QColor::HexRgb)));
    doc->setHtml(html);
    doc->setPageSize(pageSize);
    return doc;
}

} // namespace

bool writeReviewPack(PdfPages& pages, const MapRenderer& renderer, const Workshop& workshop,
                     const ExportOptions& options, const ExportProgress& progress) {
    const Map& map = renderer.map();
    const QSizeF textSheet = options.page == Page::Fit
                                 ? paperSize(Page::A4, Orientation::Landscape)
                                 : paperSize(options.page, options.orientation);
    const qreal margin = mmToScene(options.marginMm);
    const QRectF area = QRectF(QPointF(0, 0), textSheet).adjusted(margin, margin, -margin, -margin);
    const QSizeF textArea(area.width(), area.height() - footerHeight - furnitureGap);

    std::vector<TextPages> texts;
    for (const Id& id : renderer.layout().laneOrder) {
        const Stream* stream = map.find<Stream>(id);
        texts.push_back(
            {stream->name, layOut(streamPageHtml(map, *stream, renderer.analysis()), textArea)});
    }
    const std::optional<MapComparison> comparison =
        compareWithBaseline(workshop, map, renderer.analysis());
    if (comparison) {
        const Map* baseline = workshop.mapNamed(comparison->baseline);
        texts.push_back({ReviewPackTr::tr("Before and after"),
                         layOut(comparisonPageHtml(*baseline, map, *comparison), textArea)});
    }
    // After the comparison's charts: the roadmap, when the map has actions.
    std::optional<TextPages> roadmap;
    if (!map.actions.isEmpty())
        roadmap = TextPages{
            ReviewPackTr::tr("Roadmap"),
            layOut(roadmapPageHtml(map, renderer.analysis().findings,
                                   options.date.isValid() ? options.date : QDate::currentDate()),
                   textArea)};
    // A page of flow charts for each stream with work items, after the streams' pages.
    QList<const Stream*> measured;
    for (const Id& id : renderer.layout().laneOrder)
        if (const Stream* stream = map.find<Stream>(id); stream && measureStream(*stream))
            measured.append(stream);
    int total = (comparison ? 2 : 1) + static_cast<int>(measured.size());
    for (const TextPages& t : texts)
        total += t.document->pageCount();
    if (roadmap)
        total += roadmap->document->pageCount();

    const QSizeF mapSheet = options.page == Page::Fit ? fitPageSize(renderer, options) : textSheet;
    if (progress.cancelled() || !pages.newPage(mapSheet, options.page != Page::Fit))
        return false;
    drawMapPage(pages, renderer, options);
    progress.step(1, total);

    int page = 1;
    const QString caption = options.workshopName.isEmpty()
                                ? map.info.name
                                : options.workshopName + QStringLiteral(" · ") + map.info.name;
    const QRectF footer(area.left(), area.bottom() - footerHeight, area.width(), footerHeight);
    auto drawText = [&](const TextPages& t) {
        for (int i = 0; i < t.document->pageCount(); ++i) {
            if (progress.cancelled() || !pages.newPage(textSheet, true))
                return false;
            ++page;
            QPainter* painter = pages.painter();
            painter->save();
            painter->translate(area.topLeft() - QPointF(0, i * textArea.height()));
            const QRectF shown(0, i * textArea.height(), textArea.width(), textArea.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = shown;
            context.palette.setColor(QPalette::Text, canvas::style::ink());
            painter->setClipRect(shown);
            t.document->documentLayout()->draw(painter, context);
            painter->restore();
            drawFooter(painter, footer, caption + QStringLiteral(" · ") + t.title,
                       ReviewPackTr::tr("Page %1 of %2").arg(page).arg(total));
            progress.step(page, total);
        }
        return true;
    };
    const qsizetype streamPages = texts.size() - (comparison ? 1 : 0);
    for (qsizetype i = 0; i < streamPages; ++i)
        if (!drawText(texts[static_cast<size_t>(i)]))
            return false;
    for (const Stream* stream : std::as_const(measured)) {
        if (progress.cancelled() || !pages.newPage(textSheet, true))
            return false;
        ++page;
        drawWorkItemCharts(pages.painter(), area.adjusted(0, 0, 0, -footerHeight - furnitureGap),
                           *stream);
        drawFooter(pages.painter(), footer,
                   caption + QStringLiteral(" · ") +
                       ReviewPackTr::tr("Flow of %1").arg(stream->name),
                   ReviewPackTr::tr("Page %1 of %2").arg(page).arg(total));
        progress.step(page, total);
    }
    if (comparison && !drawText(texts.back()))
        return false;
    if (comparison) {
        if (progress.cancelled() || !pages.newPage(textSheet, true))
            return false;
        ++page;
        drawComparisonCharts(pages.painter(), area.adjusted(0, 0, 0, -footerHeight - furnitureGap),
                             map, *comparison);
        drawFooter(pages.painter(), footer,
                   caption + QStringLiteral(" · ") + ReviewPackTr::tr("Before and after in charts"),
                   ReviewPackTr::tr("Page %1 of %2").arg(page).arg(total));
        progress.step(page, total);
    }
    return !roadmap || drawText(*roadmap);
}

} // namespace sb::exporting
