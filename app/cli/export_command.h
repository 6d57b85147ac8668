#pragma once

#include "export/export_options.h"
#include "model/map.h"

#include <QCommandLineParser>
#include <optional>

namespace sb::cli {

// The options `export` takes for pictures and PDF (DESIGN.md "Command line").
void addPictureOptions(QCommandLineParser& parser);

// The picture options given on the command line, as "--dpi" and so on (for refusing them with
// JSON output).
QStringList pictureOptionsSet(const QCommandLineParser& parser);

// The export options the parsed command line asks for, for format; nullopt with a one-line
// error on bad usage. Reads and writes nothing.
std::optional<exporting::ExportOptions> pictureOptions(const QCommandLineParser& parser,
                                                       exporting::Format format, QString* error);

// Writes map of workshop (read from inPath) to outPath. Returns a one-line error, or empty.
QString exportPicture(const Workshop& workshop, const Map& map, const QString& workshopName,
                      const QString& outPath, exporting::ExportOptions options);

} // namespace sb::cli
