#include "pdf_exporter.h"

#include "canvas/canvas_style.h"
#include "page_furniture.h"
#include "pdf_pages.h"
#include "picture_geometry.h"
#include "review_pack.h"
#include "svg_exporter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cmath>

namespace sb::exporting {

namespace {

struct PdfExporterTr {
    Q_DECLARE_TR_FUNCTIONS(sb::exporting)
};

constexpr qreal minimumFitWidth = 640; // room for the title block and the legend

bool isStandard(const ExportOptions& o) {
    return o.page != Page::Fit;
}

// Short ticks in the margin where a neighbouring page's tile begins or ends, to line pages up.
void drawOverlapMarks(QPainter* painter, const TileGrid& grid, int row, int column,
                      const QSizeF& piece) {
    const QRectF a(grid.mapArea.topLeft(), piece);
    const qreal overlap = mmToScene(tileOverlapMm);
    const qreal tick = 10;
    painter->save();
    painter->setPen(QPen(canvas::style::mutedInk(), 0.8));
    QList<qreal> xs;
    QList<qreal> ys;
    if (column > 0)
        xs << a.left() + overlap;
    if (column + 1 < grid.columns)
        xs << a.left() + grid.step.width();
    if (row > 0)
        ys << a.top() + overlap;
    if (row + 1 < grid.rows)
        ys << a.top() + grid.step.height();
    for (qreal x : std::as_const(xs)) {
        painter->drawLine(QPointF(x, a.top() - 3 - tick), QPointF(x, a.top() - 3));
        painter->drawLine(QPointF(x, a.bottom() + 3), QPointF(x, a.bottom() + 3 + tick));
    }
    for (qreal y : std::as_const(ys)) {
        painter->drawLine(QPointF(a.left() - 3 - tick, y), QPointF(a.left() - 3, y));
        painter->drawLine(QPointF(a.right() + 3, y), QPointF(a.right() + 3 + tick, y));
    }
    painter->restore();
}

bool writeTiles(PdfPages& pages, const MapRenderer& renderer, const ExportOptions& options,
                const ExportProgress& progress) {
    const QRectF source = renderer.sourceRect();
    const QSizeF sheet = paperSize(options.page, options.orientation);
    const qreal margin = mmToScene(options.marginMm);
    const QRectF area = QRectF(QPointF(0, 0), sheet).adjusted(margin, margin, -margin, -margin);
    const TileGrid grid = tileGrid(source, area);
    const int total = grid.rows * grid.columns;
    for (int row = 0; row < grid.rows; ++row)
        for (int column = 0; column < grid.columns; ++column) {
            if (progress.cancelled() || !pages.newPage(sheet, true))
                return false;
            const QRectF piece = QRectF(source.topLeft() + QPointF(column * grid.step.width(),
                                                                   row * grid.step.height()),
                                        grid.mapArea.size()) &
                                 source;
            renderer.render(pages.painter(), QRectF(grid.mapArea.topLeft(), piece.size()), piece);
            drawOverlapMarks(pages.painter(), grid, row, column, piece.size());
            const int page = row * grid.columns + column + 1;
            drawFooter(
                pages.painter(),
                QRectF(area.left(), area.bottom() - footerHeight, area.width(), footerHeight),
                PdfExporterTr::tr("%1 — row %2 of %3, column %4 of %5")
                    .arg(renderer.map().info.name)
                    .arg(row + 1)
                    .arg(grid.rows)
                    .arg(column + 1)
                    .arg(grid.columns),
                PdfExporterTr::tr("Page %1 of %2 · tiles overlap by %3 mm at the marks")
                    .arg(page)
                    .arg(total)
                    .arg(tileOverlapMm));
            progress.step(page, total);
        }
    return true;
}

} // namespace

TileGrid tileGrid(const QRectF& source, const QRectF& pageArea) {
    TileGrid grid;
    grid.mapArea = pageArea.adjusted(0, 0, 0, -footerHeight - 6);
    const qreal overlap = mmToScene(tileOverlapMm);
    grid.step = QSizeF(grid.mapArea.width() - overlap, grid.mapArea.height() - overlap);
    auto count = [&](qreal length, qreal step) {
        return std::max(1, static_cast<int>(std::ceil((length - overlap) / step - 1e-9)));
    };
    grid.columns = count(source.width(), grid.step.width());
    grid.rows = count(source.height(), grid.step.height());
    return grid;
}

QSizeF fitPageSize(const MapRenderer& renderer, const ExportOptions& options) {
    const QSizeF content = renderer.sourceRect().size();
    const qreal width = std::max(content.width(), minimumFitWidth);
    qreal height = content.height();
    if (options.titleBlock)
        height += titleBlockHeight + furnitureGap;
    if (options.legend)
        height += furnitureGap + legendHeight(renderer.map(), width);
    const qreal margin = mmToScene(options.marginMm);
    return QSizeF(width + 2 * margin, height + 2 * margin);
}

void paintMapPage(QPainter* painter, const MapRenderer& renderer, QRectF area,
                  const ExportOptions& options) {
    if (options.titleBlock) {
        drawTitleBlock(painter, QRectF(area.topLeft(), QSizeF(area.width(), titleBlockHeight)),
                       renderer.map(), options);
        area.setTop(area.top() + titleBlockHeight + furnitureGap);
    }
    if (options.legend) {
        const qreal height = legendHeight(renderer.map(), area.width());
        drawLegend(painter, QRectF(area.left(), area.bottom() - height, area.width(), height),
                   renderer.map());
        area.setBottom(area.bottom() - height - furnitureGap);
    }
    const QRectF source = renderer.sourceRect();
    QRectF target = fitRect(source.size(), area);
    target.moveTop(area.top()); // the map hangs from the title block
    renderer.render(painter, target, source);
}

void drawMapPage(PdfPages& pages, const MapRenderer& renderer, const ExportOptions& options) {
    paintMapPage(pages.painter(), renderer, pages.area(), options);
}

ExportResult writePdf(const MapRenderer& renderer, const Workshop& workshop, const QString& path,
                      const ExportOptions& options, const ExportProgress& progress) {
    if (renderer.sourceRect().isEmpty())
        return ExportResult::failed(PdfExporterTr::tr("there is nothing to draw"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failed(
            PdfExporterTr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    bool done = false;
    {
        PdfPages pages(&file, mapCaption(renderer.map(), options), options.marginMm);
        if (options.tile) {
            done = writeTiles(pages, renderer, options, progress);
        } else if (options.reviewPack) {
            done = writeReviewPack(pages, renderer, workshop, options, progress);
        } else {
            done = !progress.cancelled() &&
                   pages.newPage(sheetSize(options, fitPageSize(renderer, options)),
                                 isStandard(options));
            if (done) {
                drawMapPage(pages, renderer, options);
                progress.step(1, 1);
            }
        }
        done = pages.finish() && done;
    }
    if (!done || progress.cancelled()) {
        file.cancelWriting();
        return progress.cancelled()
                   ? ExportResult::cancelled()
                   : ExportResult::failed(PdfExporterTr::tr("%1: cannot write the PDF").arg(path));
    }
    if (!file.commit())
        return ExportResult::failed(
            PdfExporterTr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return ExportResult::written();
}

} // namespace sb::exporting
