#include "pdf_pages.h"

#include "map_renderer.h"
#include "picture_geometry.h"

#include <QPageLayout>
#include <QPageSize>

namespace sb::exporting {

namespace {
// Device units per inch: the scene's own, so the painter needs no scaling. (Under a scaled
// painter Qt 6.4's PDF engine spreads letter-spaced text, like the section labels, far apart.)
// The content stays vector at any resolution.
constexpr int pdfResolution = 96;
constexpr qreal pointsPerSceneUnit = 72.0 / MapRenderer::sceneDpi;
} // namespace

QSizeF sheetSize(const ExportOptions& options, const QSizeF& fitSize) {
    return options.page == Page::Fit ? fitSize : paperSize(options.page, options.orientation);
}

PdfPages::PdfPages(QIODevice* device, const QString& title, double marginMm)
    : m_writer(device)
    , m_marginMm(marginMm) {
    m_writer.setResolution(pdfResolution);
    m_writer.setTitle(title);
    m_writer.setCreator(QStringLiteral("Streamboard"));
}

PdfPages::~PdfPages() {
    if (m_painter.isActive())
        m_painter.end();
}

void PdfPages::setPageSize(const QSizeF& size, bool standardSheet) {
    const QSizeF points = size * pointsPerSceneUnit;
    const bool landscape = points.width() > points.height();
    QPageSize pageSize(landscape ? points.transposed() : points, QPageSize::Point, QString(),
                       standardSheet ? QPageSize::FuzzyMatch : QPageSize::ExactMatch);
    m_writer.setPageLayout(QPageLayout(pageSize,
                                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                       QMarginsF(0, 0, 0, 0)));
    const qreal margin = mmToScene(m_marginMm);
    m_area = QRectF(QPointF(0, 0), size).adjusted(margin, margin, -margin, -margin);
}

bool PdfPages::newPage(const QSizeF& size, bool standardSheet) {
    setPageSize(size, standardSheet);
    if (m_pages == 0) {
        if (!m_painter.begin(&m_writer))
            return false;
    } else if (!m_writer.newPage()) {
        return false;
    }
    ++m_pages;
    m_painter.resetTransform();
    m_painter.scale(pdfResolution / MapRenderer::sceneDpi, pdfResolution / MapRenderer::sceneDpi);
    return true;
}

bool PdfPages::finish() {
    return !m_painter.isActive() || m_painter.end();
}

} // namespace sb::exporting
