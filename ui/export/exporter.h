#pragma once

#include "export_options.h"
#include "export_progress.h"
#include "model/document.h"

#include <QImage>

namespace sb::exporting {

// The one entry point the window's export dialog and the command line share: draws the map from
// the Document (never from the screen) and writes options.format to path through a temporary
// file in path's folder, renamed into place only when complete. On failure or cancellation
// nothing is left at path (an existing file there stays as it was).
ExportResult exportMap(Document* document, MapUid map, const QString& path,
                       const ExportOptions& options, const ExportProgress& progress = {});

// The PNG picture itself, for a preview or the clipboard; null on failure or cancellation,
// with error (when given) set to the reason on failure.
QImage renderMapImage(Document* document, MapUid map, const ExportOptions& options, QString* error,
                      const ExportProgress& progress = {});

} // namespace sb::exporting
