#pragma once

#include "commands/commands.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sb::exporting {

enum class Format { Png, Svg, Pdf };
enum class Background { White, Transparent };
// Fit: the page (PDF) or picture (PNG, SVG) is the content's own size plus margins.
enum class Page { Fit, A4, A3, Letter };
enum class Orientation { Landscape, Portrait };
// What part of the map is drawn.
enum class Content {
    All,       // everything, notes included
    Grid,      // the step header row and the slice rows
    Streams,   // the step header row, the lanes and the capability band (the grid left out)
    Selection, // the bounding rectangle of ExportOptions::selection
};

// Everything the GUI's export dialog and the command line can ask for; one renderer serves both.
// docs/export.md gives the reasons for the defaults.
struct ExportOptions {
    static constexpr int minDpi = 72;
    static constexpr int maxDpi = 600;
    static constexpr int defaultDpi = 150;

    Format format = Format::Png;
    int dpi = defaultDpi; // PNG: pixels per inch; scene units are pixels at 96 DPI
    int widthPx = 0;      // PNG and SVG: the picture's width when > 0 (then dpi is not used)
    Background background = Background::White;
    Page page = Page::Fit; // PDF defaults to A4 (see defaultsFor)
    Orientation orientation = Orientation::Landscape;
    double marginMm = 10; // around the content on a paper page
    Content content = Content::All;
    QList<commands::ElementRef> selection; // with Content::Selection
    bool titleBlock = true;                // PDF: workshop, map, state and date above the map
    bool legend = true;                    // PDF: team colours and markers under the map
    bool tile = false;                     // PDF: the map at 100% over as many pages as it needs
    bool reviewPack = false; // PDF: map, one page per stream, comparison with the baseline
    QString workshopName;    // shown in the title block
    QDate date;              // shown in the title block; passed in so exports are repeatable

    // The options a format starts from: PDF on A4 landscape, pictures at their own size.
    static ExportOptions defaultsFor(Format format);
};

// The format a file name asks for, from its extension (case-insensitive); nullopt if none.
std::optional<Format> formatForPath(const QString& path);
QString formatName(Format format); // "png", "svg", "pdf"

// Why these options cannot be exported, in one line; empty when they can.
QString validate(const ExportOptions& options);

} // namespace sb::exporting
