#include "stream_comparison.h"

namespace sb::exporting {

namespace {

std::optional<StreamFigures> figuresOf(const Id& stream, const AnalysisResult& analysis) {
    StreamFigures f;
    bool found = false;
    for (const StreamMetrics& m : analysis.metrics)
        if (m.stream == stream) {
            f.leadTime = m.leadTime;
            f.processTime = m.processTime;
            f.flowEfficiency = m.flowEfficiency;
            f.handoffs = m.handoffs;
            found = true;
        }
    for (const StreamAnalysis& s : analysis.streams)
        if (s.stream == stream)
            f.hops = s.hops;
    return found ? std::optional<StreamFigures>(f) : std::nullopt;
}

} // namespace

QList<StreamComparison> compareStreams(const Map& baseline, const AnalysisResult& before,
                                       const Map& future, const AnalysisResult& after) {
    QList<StreamComparison> rows;
    for (const Stream& s : future.streams)
        rows.append({s.id, s.name, figuresOf(s.id, before), figuresOf(s.id, after)});
    for (const Stream& s : baseline.streams)
        if (!future.find<Stream>(s.id))
            rows.append({s.id, s.name, figuresOf(s.id, before), std::nullopt});
    return rows;
}

const Map* baselineOf(const Workshop& workshop, const Map& map) {
    if (map.info.state != MapState::Future || map.info.baseline.isEmpty())
        return nullptr;
    const Map* baseline = workshop.mapNamed(map.info.baseline);
    return baseline == &map ? nullptr : baseline;
}

} // namespace sb::exporting
