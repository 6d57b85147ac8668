#pragma once

#include "analysis/analysis.h"
#include "model/document.h"

#include <QHash>
#include <QObject>
#include <chrono>
#include <memory>
#include <unordered_map>

namespace sb {

namespace cache_work {
struct WorkerRun;
}

// The analysis of each map of a document, shared by every view of it (canvas, panels, agenda,
// export): it runs at most once per change of a map, only for maps somebody asks about, and
// only as far as the change can alter it (see AnalysisImpact). A map whose analysis takes
// longer than a frame is analysed on a worker thread: until the worker catches up, result()
// keeps the last result and analyzed() announces the new one; a result that is no longer
// current when its worker ends is dropped and the worker runs again.
class AnalysisCache : public QObject {
    Q_OBJECT
public:
    // The document's cache, made on first use; a child of the document.
    static AnalysisCache* of(Document* document);
    ~AnalysisCache() override;

    // The map's analysis as far as it is known now; an empty result for a map the document
    // does not hold. Current, unless a worker is catching up (isCurrent() tells).
    std::shared_ptr<const AnalysisResult> result(MapUid map);
    // The current analysis, waiting for the worker if one is running (export, tests).
    std::shared_ptr<const AnalysisResult> currentResult(MapUid map);
    bool isCurrent(MapUid map) const;

    // Analyses that took at least this long move to a worker thread from then on; a frame at
    // 60 Hz by default.
    void setWorkerThreshold(std::chrono::microseconds threshold) { m_threshold = threshold; }

    // How much work the map's analysis has cost: full runs (graphs, metrics and rules), runs
    // of the rules alone, and runs for changed times (their streams' metrics, the timing rule).
    struct Runs {
        int full = 0;
        int rulesOnly = 0;
        int timesOnly = 0;
    };
    Runs runs(MapUid map) const;

signals:
    // A worker finished: result(map) is new and current.
    void analyzed(sb::MapUid map);

private:
    explicit AnalysisCache(Document* document);
    struct Entry;
    Entry& entry(MapUid map);
    void noteChange(const Change& change);
    void runHere(MapUid map, Entry& e);
    void takeRun(Entry& e, cache_work::WorkerRun run);
    void startWorker(MapUid map, Entry& e);
    void workerFinished(MapUid map);

    Document* m_document;
    std::unordered_map<MapUid, std::unique_ptr<Entry>> m_entries;
    std::chrono::microseconds m_threshold{16'667};
};

} // namespace sb
