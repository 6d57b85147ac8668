#include "svg_exporter.h"

#include "picture_geometry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace sb::exporting {

namespace {
struct SvgExporterTr {
    Q_DECLARE_TR_FUNCTIONS(sb::exporting)
};
} // namespace

QString stateLabel(MapState state) {
    return state == MapState::Future ? SvgExporterTr::tr("Future state")
                                     : SvgExporterTr::tr("Current state");
}

QString mapCaption(const Map& map, const ExportOptions& options) {
    QStringList parts;
    if (!options.workshopName.isEmpty())
        parts << options.workshopName;
    parts << (map.info.state == MapState::Future ? SvgExporterTr::tr("%1 (future state)")
                                                 : SvgExporterTr::tr("%1 (current state)"))
                 .arg(map.info.name);
    QString caption = parts.join(QStringLiteral(" — "));
    if (options.date.isValid())
        caption += QStringLiteral(", ") + QLocale().toString(options.date, QLocale::LongFormat);
    return caption;
}

ExportResult writeSvg(const MapRenderer& renderer, const QString& path,
                      const ExportOptions& options, const ExportProgress& progress) {
    const QRectF source = renderer.sourceRect();
    if (source.isEmpty())
        return ExportResult::failed(SvgExporterTr::tr("there is nothing to draw"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failed(
            SvgExporterTr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    const PictureGeometry g = pictureGeometry(source, options, MapRenderer::sceneDpi);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(g.pixels);
    svg.setViewBox(QRect(QPoint(0, 0), g.pixels));
    svg.setResolution(qRound(g.scale * MapRenderer::sceneDpi));
    svg.setTitle(renderer.map().info.name);
    svg.setDescription(mapCaption(renderer.map(), options));
    if (progress.cancelled())
        return ExportResult::cancelled();
    QPainter painter(&svg);
    if (options.background == Background::White)
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(g.pixels)), Qt::white);
    renderer.render(&painter, g.mapTarget, source);
    painter.end();
    progress.step(1, 1);
    if (progress.cancelled())
        return ExportResult::cancelled();
    if (!file.commit())
        return ExportResult::failed(
            SvgExporterTr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return ExportResult::written();
}

} // namespace sb::exporting
