#include "export_command.h"

#include "export/exporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace sb::cli {

using namespace exporting;

namespace {

struct ExportCommandTr {
    Q_DECLARE_TR_FUNCTIONS(sb::cli)
};

const QStringList pictureOptionNames = {u"dpi"_s,         u"width"_s,    u"page"_s,
                                        u"landscape"_s,   u"portrait"_s, u"content"_s,
                                        u"review-pack"_s, u"tile"_s};

std::optional<Page> pageNamed(const QString& name) {
    const QString n = name.toLower();
    if (n == u"a4")
        return Page::A4;
    if (n == u"a3")
        return Page::A3;
    if (n == u"letter")
        return Page::Letter;
    if (n == u"fit")
        return Page::Fit;
    return std::nullopt;
}

std::optional<Content> contentNamed(const QString& name) {
    if (name == u"all")
        return Content::All;
    if (name == u"grid")
        return Content::Grid;
    if (name == u"streams")
        return Content::Streams;
    return std::nullopt;
}

} // namespace

void addPictureOptions(QCommandLineParser& parser) {
    parser.addOption({u"dpi"_s,
                      ExportCommandTr::tr("PNG: pixels per inch, %1 to %2 (default %3).")
                          .arg(ExportOptions::minDpi)
                          .arg(ExportOptions::maxDpi)
                          .arg(ExportOptions::defaultDpi),
                      ExportCommandTr::tr("N")});
    parser.addOption({u"width"_s,
                      ExportCommandTr::tr("PNG and SVG: the picture's width in pixels."),
                      ExportCommandTr::tr("PX")});
    parser.addOption(
        {u"page"_s,
         ExportCommandTr::tr("Paper size: A4, A3, Letter or fit (default: A4 for PDF, fit for "
                             "pictures, which are then the map's own size)."),
         ExportCommandTr::tr("SIZE")});
    parser.addOption(
        {u"landscape"_s, ExportCommandTr::tr("Turn the paper sideways (the default).")});
    parser.addOption({u"portrait"_s, ExportCommandTr::tr("Keep the paper upright.")});
    parser.addOption(
        {u"content"_s,
         ExportCommandTr::tr("What to draw: all (default), grid (the time × customer grid) or "
                             "streams (lanes and capabilities)."),
         ExportCommandTr::tr("PART")});
    parser.addOption(
        {u"review-pack"_s,
         ExportCommandTr::tr("PDF: the map, a page per stream (card, metrics, findings) and, for a "
                             "future map, the comparison with its baseline.")});
    parser.addOption(
        {u"tile"_s, ExportCommandTr::tr("PDF: the map at 100% over as many pages as it needs.")});
}

QStringList pictureOptionsSet(const QCommandLineParser& parser) {
    QStringList set;
    for (const QString& name : pictureOptionNames)
        if (parser.isSet(name))
            set << u"--"_s + name;
    return set;
}

std::optional<ExportOptions> pictureOptions(const QCommandLineParser& parser, Format format,
                                            QString* error) {
    ExportOptions o = ExportOptions::defaultsFor(format);
    const bool png = format == Format::Png;
    const bool pdf = format == Format::Pdf;
    auto fail = [&](const QString& reason) {
        *error = reason;
        return std::nullopt;
    };
    if (parser.isSet(u"dpi"_s) && parser.isSet(u"width"_s))
        return fail(ExportCommandTr::tr("give --dpi or --width, not both"));
    if (parser.isSet(u"dpi"_s)) {
        if (!png)
            return fail(ExportCommandTr::tr("--dpi applies to PNG only; PDF and SVG are vector"));
        bool number = false;
        o.dpi = parser.value(u"dpi"_s).toInt(&number);
        if (!number || o.dpi < ExportOptions::minDpi || o.dpi > ExportOptions::maxDpi)
            return fail(ExportCommandTr::tr("--dpi must be a whole number from %1 to %2, not “%3”")
                            .arg(ExportOptions::minDpi)
                            .arg(ExportOptions::maxDpi)
                            .arg(parser.value(u"dpi"_s)));
    }
    if (parser.isSet(u"width"_s)) {
        if (pdf)
            return fail(ExportCommandTr::tr("--width applies to PNG and SVG only"));
        bool number = false;
        o.widthPx = parser.value(u"width"_s).toInt(&number);
        if (!number || o.widthPx <= 0)
            return fail(
                ExportCommandTr::tr("--width must be a positive whole number of pixels, not “%1”")
                    .arg(parser.value(u"width"_s)));
    }
    if (parser.isSet(u"page"_s)) {
        const std::optional<Page> page = pageNamed(parser.value(u"page"_s));
        if (!page)
            return fail(ExportCommandTr::tr("unknown page size “%1”: use A4, A3, Letter or fit")
                            .arg(parser.value(u"page"_s)));
        o.page = *page;
    }
    const bool landscape = parser.isSet(u"landscape"_s);
    const bool portrait = parser.isSet(u"portrait"_s);
    if (landscape && portrait)
        return fail(ExportCommandTr::tr("give --landscape or --portrait, not both"));
    if ((landscape || portrait) && o.page == Page::Fit)
        return fail(ExportCommandTr::tr("--%1 needs a paper size (--page A4, A3 or Letter)")
                        .arg(landscape ? u"landscape"_s : u"portrait"_s));
    o.orientation = portrait ? Orientation::Portrait : Orientation::Landscape;
    if (parser.isSet(u"content"_s)) {
        const std::optional<Content> content = contentNamed(parser.value(u"content"_s));
        if (!content)
            return fail(ExportCommandTr::tr("unknown content “%1”: use all, grid or streams")
                            .arg(parser.value(u"content"_s)));
        o.content = *content;
    }
    o.tile = parser.isSet(u"tile"_s);
    o.reviewPack = parser.isSet(u"review-pack"_s);
    if ((o.tile || o.reviewPack) && !pdf)
        return fail(ExportCommandTr::tr("--%1 makes a PDF; the output must end in .pdf")
                        .arg(o.tile ? u"tile"_s : u"review-pack"_s));
    if (o.tile && o.reviewPack)
        return fail(ExportCommandTr::tr("give --tile or --review-pack, not both"));
    if (o.tile && o.page == Page::Fit)
        return fail(ExportCommandTr::tr("--tile needs a paper size (--page A4, A3 or Letter)"));
    if (const QString problem = validate(o); !problem.isEmpty())
        return fail(problem);
    return o;
}

QString exportPicture(const Workshop& workshop, const Map& map, const QString& workshopName,
                      const QString& outPath, ExportOptions options) {
    options.workshopName = workshopName;
    options.date = QDate::currentDate();
    Document document(workshop);
    const ExportResult result = exportMap(&document, map.uid, outPath, options);
    return result.ok() ? QString() : result.error;
}

} // namespace sb::cli
