#include "export_options.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace sb::exporting {

namespace {
struct ExportOptionsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::exporting)
};
} // namespace

ExportOptions ExportOptions::defaultsFor(Format format) {
    ExportOptions options;
    options.format = format;
    if (format == Format::Pdf)
        options.page = Page::A4;
    return options;
}

std::optional<Format> formatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QString formatName(Format format) {
    switch (format) {
    case Format::Png:
        return u"png"_s;
    case Format::Svg:
        return u"svg"_s;
    case Format::Pdf:
        break;
    }
    return u"pdf"_s;
}

QString validate(const ExportOptions& o) {
    if (o.format == Format::Png && o.widthPx <= 0 &&
        (o.dpi < ExportOptions::minDpi || o.dpi > ExportOptions::maxDpi))
        return ExportOptionsTr::tr("the resolution must be between %1 and %2 DPI")
            .arg(ExportOptions::minDpi)
            .arg(ExportOptions::maxDpi);
    if (o.widthPx < 0)
        return ExportOptionsTr::tr("the width must be a positive number of pixels");
    if (o.widthPx > 0 && o.format == Format::Pdf)
        return ExportOptionsTr::tr("a width in pixels applies to PNG and SVG only");
    if (o.marginMm < 0 || o.marginMm > 50)
        return ExportOptionsTr::tr("margins must be between 0 and 50 mm");
    if ((o.tile || o.reviewPack) && o.format != Format::Pdf)
        return o.tile ? ExportOptionsTr::tr("tiling is for PDF only")
                      : ExportOptionsTr::tr("a review pack is a PDF only");
    if (o.tile && o.reviewPack)
        return ExportOptionsTr::tr("choose either tiling or a review pack, not both");
    if (o.tile && o.page == Page::Fit)
        return ExportOptionsTr::tr("tiling needs a paper size (A4, A3 or Letter)");
    if (o.content == Content::Selection && o.selection.isEmpty())
        return ExportOptionsTr::tr("nothing is selected to export");
    return {};
}

} // namespace sb::exporting
