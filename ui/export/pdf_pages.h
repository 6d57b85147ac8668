#pragma once

#include "export_options.h"

#include <QPainter>
#include <QPdfWriter>
#include <memory>

class QIODevice;

namespace sb::exporting {

// A PDF being written page by page. The painter works in scene units (pixels at 96 DPI) with
// the origin at the page's top left; area() is the page inside its margins.
class PdfPages {
public:
    PdfPages(QIODevice* device, const QString& title, double marginMm);
    ~PdfPages();

    // Starts the first page, or a new one, of this size (scene units); false on failure. A
    // standard sheet is named as such in the file (A4, A3, Letter) for printers.
    bool newPage(const QSizeF& size, bool standardSheet);
    QPainter* painter() { return &m_painter; }
    QRectF area() const { return m_area; }
    int pageCount() const { return m_pages; }
    bool finish(); // ends the painter; false when the writer failed

private:
    void setPageSize(const QSizeF& size, bool standardSheet);

    QPdfWriter m_writer;
    QPainter m_painter;
    double m_marginMm;
    QRectF m_area;
    int m_pages = 0;
};

// The page a PDF export asks for, in scene units: a sheet turned as asked, or for Page::Fit
// the content plus title block, legend and margins.
QSizeF sheetSize(const ExportOptions& options, const QSizeF& fitSize);

} // namespace sb::exporting
