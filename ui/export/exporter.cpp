#include "exporter.h"

#include "map_renderer.h"
#include "pdf_exporter.h"
#include "png_exporter.h"
#include "svg_exporter.h"

#include <QCoreApplication>

namespace sb::exporting {

namespace {
struct ExporterTr {
    Q_DECLARE_TR_FUNCTIONS(sb::exporting)
};

QString checkInput(Document* document, MapUid map, const ExportOptions& options) {
    if (const QString problem = validate(options); !problem.isEmpty())
        return problem;
    if (!document || !document->map(map))
        return ExporterTr::tr("there is no such map");
    return {};
}
} // namespace

ExportResult exportMap(Document* document, MapUid map, const QString& path,
                       const ExportOptions& options, const ExportProgress& progress) {
    if (const QString problem = checkInput(document, map, options); !problem.isEmpty())
        return ExportResult::failed(problem);
    const MapRenderer renderer(document, map, options);
    switch (options.format) {
    case Format::Png:
        return writePng(renderer, path, options, progress);
    case Format::Svg:
        return writeSvg(renderer, path, options, progress);
    case Format::Pdf:
        break;
    }
    return writePdf(renderer, document->workshop(), path, options, progress);
}

QImage renderMapImage(Document* document, MapUid map, const ExportOptions& options, QString* error,
                      const ExportProgress& progress) {
    QString problem = checkInput(document, map, options);
    QImage image;
    if (problem.isEmpty())
        image = renderImage(MapRenderer(document, map, options), options, progress, &problem);
    if (error)
        *error = problem;
    return image;
}

} // namespace sb::exporting
