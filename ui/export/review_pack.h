#pragma once

#include "export_progress.h"
#include "map_renderer.h"

namespace sb::exporting {

class PdfPages;

// Writes the review pack's pages: the map (title block, map fitted to the page, legend), then a
// page per stream in lane order (card, metrics, findings; a page that overflows continues on
// the next), then, for a future map whose baseline the workshop holds, the comparison, then,
// when the map has actions, the roadmap. With
// Page::Fit the map page is fitted to the map and the text pages are A4 landscape.
bool writeReviewPack(PdfPages& pages, const MapRenderer& renderer, const Workshop& workshop,
                     const ExportOptions& options, const ExportProgress& progress);

} // namespace sb::exporting
