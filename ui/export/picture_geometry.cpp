#include "picture_geometry.h"

#include "map_renderer.h"

#include <QPageSize>
#include <cmath>

namespace sb::exporting {

qreal mmToScene(double mm) {
    return mm / 25.4 * MapRenderer::sceneDpi;
}

QSizeF paperSize(Page page, Orientation orientation) {
    QPageSize::PageSizeId id = QPageSize::A4;
    if (page == Page::A3)
        id = QPageSize::A3;
    else if (page == Page::Letter)
        id = QPageSize::Letter;
    const QSizeF mm = QPageSize::size(id, QPageSize::Millimeter);
    QSizeF size(mmToScene(mm.width()), mmToScene(mm.height()));
    const bool landscape = orientation == Orientation::Landscape;
    if (landscape != (size.width() > size.height()))
        size.transpose();
    return size;
}

PictureGeometry pictureGeometry(const QRectF& source, const ExportOptions& o, qreal dpi) {
    PictureGeometry g;
    if (o.page == Page::Fit) {
        const QSizeF whole = source.size() + QSizeF(2 * pictureMargin, 2 * pictureMargin);
        g.scale = o.widthPx > 0 ? o.widthPx / whole.width() : dpi / MapRenderer::sceneDpi;
        g.pixels = QSize(static_cast<int>(std::lround(whole.width() * g.scale)),
                         static_cast<int>(std::lround(whole.height() * g.scale)));
        if (o.widthPx > 0)
            g.pixels.setWidth(o.widthPx);
        g.mapTarget = QRectF(pictureMargin * g.scale, pictureMargin * g.scale,
                             source.width() * g.scale, source.height() * g.scale);
        return g;
    }
    const QSizeF sheet = paperSize(o.page, o.orientation);
    const qreal sheetScale =
        o.widthPx > 0 ? o.widthPx / sheet.width() : dpi / MapRenderer::sceneDpi;
    g.pixels = QSize(static_cast<int>(std::lround(sheet.width() * sheetScale)),
                     static_cast<int>(std::lround(sheet.height() * sheetScale)));
    const qreal margin = mmToScene(o.marginMm) * sheetScale;
    g.mapTarget =
        fitRect(source.size(),
                QRectF(QPointF(0, 0), QSizeF(g.pixels)).adjusted(margin, margin, -margin, -margin));
    g.scale = source.width() > 0 ? g.mapTarget.width() / source.width() : sheetScale;
    return g;
}

} // namespace sb::exporting
