#include "png_exporter.h"

#include "picture_geometry.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>

namespace sb::exporting {

namespace {
struct PngExporterTr {
    Q_DECLARE_TR_FUNCTIONS(sb::exporting)
};
constexpr int bandHeight = 1024;
} // namespace

QImage renderImage(const MapRenderer& renderer, const ExportOptions& options,
                   const ExportProgress& progress, QString* error) {
    const QRectF source = renderer.sourceRect();
    if (source.isEmpty()) {
        *error = PngExporterTr::tr("there is nothing to draw");
        return {};
    }
    const PictureGeometry g = pictureGeometry(source, options, options.dpi);
    const qint64 pixels = qint64(g.pixels.width()) * g.pixels.height();
    if (g.pixels.isEmpty() || g.pixels.width() > maxImageSide || g.pixels.height() > maxImageSide ||
        pixels > maxImagePixels) {
        *error = PngExporterTr::tr(
                     "the picture would be %1 × %2 pixels, more than a PNG export makes; lower "
                     "the resolution or the width, or choose a paper size")
                     .arg(g.pixels.width())
                     .arg(g.pixels.height());
        return {};
    }
    QImage image(g.pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = PngExporterTr::tr("not enough memory for a %1 × %2 picture")
                     .arg(g.pixels.width())
                     .arg(g.pixels.height());
        return {};
    }
    image.fill(options.background == Background::White ? Qt::white : Qt::transparent);
    const int dotsPerMeter = qRound(g.scale * MapRenderer::sceneDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);

    // Band by band: each band draws the slice of the map under it, with the same transform.
    const int bands = (g.pixels.height() + bandHeight - 1) / bandHeight;
    QPainter painter(&image);
    for (int band = 0; band < bands; ++band) {
        if (progress.cancelled())
            return {};
        const qreal top = std::max<qreal>(band * bandHeight, g.mapTarget.top());
        const qreal bottom = std::min<qreal>((band + 1) * bandHeight, g.mapTarget.bottom());
        if (bottom > top) {
            const QRectF target(g.mapTarget.left(), top, g.mapTarget.width(), bottom - top);
            const QRectF slice(source.left(), source.top() + (top - g.mapTarget.top()) / g.scale,
                               source.width(), (bottom - top) / g.scale);
            renderer.render(&painter, target, slice);
        }
        progress.step(band + 1, bands);
    }
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

ExportResult writePng(const MapRenderer& renderer, const QString& path,
                      const ExportOptions& options, const ExportProgress& progress) {
    // Opened first, so an unwritable path fails at once; an uncommitted QSaveFile leaves nothing.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failed(
            PngExporterTr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    QString error;
    const QImage image = renderImage(renderer, options, progress, &error);
    if (image.isNull()) {
        file.cancelWriting();
        return error.isEmpty() ? ExportResult::cancelled() : ExportResult::failed(error);
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return ExportResult::failed(
            PngExporterTr::tr("%1: cannot write: %2").arg(path, writer.errorString()));
    }
    if (!file.commit())
        return ExportResult::failed(
            PngExporterTr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return ExportResult::written();
}

} // namespace sb::exporting
