#include "analysis_cache.h"

#include "analysis/incremental_analysis.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace sb {

// Named, not anonymous: AnalysisCache::Entry holds a watcher of it.
namespace cache_work {

using Clock = std::chrono::steady_clock;

// What a worker hands back: the analysis brought up to date, and what that cost.
struct WorkerRun {
    std::shared_ptr<IncrementalAnalysis> analysis;
    std::chrono::microseconds took{};
    AnalysisImpact ran = AnalysisImpact::None; // Everything for a first run
};

WorkerRun bringUpToDate(std::shared_ptr<IncrementalAnalysis> analysis, const Map& map,
                        const AnalysisWork& work) {
    const auto start = Clock::now();
    WorkerRun run;
    run.ran = analysis ? work.impact : AnalysisImpact::Everything;
    if (analysis)
        analysis->update(map, work);
    else
        analysis = std::make_shared<IncrementalAnalysis>(map);
    run.analysis = std::move(analysis);
    run.took = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
    return run;
}

} // namespace cache_work

namespace {

using cache_work::bringUpToDate;
using cache_work::WorkerRun;

const std::shared_ptr<const AnalysisResult>& emptyResult() {
    static const auto empty = std::make_shared<const AnalysisResult>();
    return empty;
}

} // namespace

struct AnalysisCache::Entry {
    // Null before the first run and while a worker has it.
    std::shared_ptr<IncrementalAnalysis> analysis;
    std::shared_ptr<const AnalysisResult> result = emptyResult();
    static constexpr quint64 never = ~quint64(0);
    quint64 revision = never; // of the map, when result was made
    // What the changes since the analysis's own revision can do to it.
    AnalysisWork pending{AnalysisImpact::Everything, {}};
    std::unique_ptr<QFutureWatcher<WorkerRun>> worker;
    quint64 workerRevision = never;
    // How long the last run of each kind took: a rename's quick rules-only run says nothing of
    // how long the next full run will take.
    std::chrono::microseconds lastFull{};
    std::chrono::microseconds lastRulesOnly{};
    std::chrono::microseconds lastTimes{};
    Runs runs;
};

AnalysisCache::AnalysisCache(Document* document)
    : QObject(document)
    , m_document(document) {
    setObjectName(QStringLiteral("analysisCache"));
    connect(document, &Document::changed, this, &AnalysisCache::noteChange);
}

AnalysisCache::~AnalysisCache() = default;

AnalysisCache* AnalysisCache::of(Document* document) {
    if (auto* cache = document->findChild<AnalysisCache*>(QStringLiteral("analysisCache"),
                                                          Qt::FindDirectChildrenOnly))
        return cache;
    return new AnalysisCache(document);
}

AnalysisCache::Entry& AnalysisCache::entry(MapUid map) {
    auto& e = m_entries[map];
    if (!e)
        e = std::make_unique<Entry>();
    return *e;
}

void AnalysisCache::noteChange(const Change& change) {
    if (change.type == Change::Type::MapRemoved) {
        m_entries.erase(change.map); // a running worker's result goes nowhere
        return;
    }
    Entry& e = entry(change.map);
    e.pending.add(change, m_document->map(change.map));
}

bool AnalysisCache::isCurrent(MapUid map) const {
    const auto it = m_entries.find(map);
    return !m_document->map(map) ||
           (it != m_entries.end() && it->second->revision == m_document->revision(map));
}

AnalysisCache::Runs AnalysisCache::runs(MapUid map) const {
    const auto it = m_entries.find(map);
    return it == m_entries.end() ? Runs() : it->second->runs;
}

std::shared_ptr<const AnalysisResult> AnalysisCache::result(MapUid map) {
    if (!m_document->map(map))
        return emptyResult();
    Entry& e = entry(map);
    if (e.revision == m_document->revision(map) || e.worker)
        return e.result;
    const bool nothingToRun = e.analysis && e.pending.impact == AnalysisImpact::None;
    const auto expected = e.pending.impact == AnalysisImpact::Messages ? e.lastRulesOnly
                          : e.pending.impact == AnalysisImpact::Times  ? e.lastTimes
                                                                       : e.lastFull;
    if (expected >= m_threshold && !nothingToRun)
        startWorker(map, e);
    else
        runHere(map, e);
    return e.result;
}

std::shared_ptr<const AnalysisResult> AnalysisCache::currentResult(MapUid map) {
    if (!m_document->map(map))
        return emptyResult();
    Entry& e = entry(map);
    while (e.worker) { // a result it drops sends it round again
        e.worker->waitForFinished();
        workerFinished(map);
    }
    if (e.revision != m_document->revision(map))
        runHere(map, e);
    return e.result;
}

void AnalysisCache::runHere(MapUid map, Entry& e) {
    WorkerRun run = bringUpToDate(std::move(e.analysis), *m_document->map(map), e.pending);
    takeRun(e, std::move(run));
    e.pending = {};
    e.revision = m_document->revision(map);
    e.result = e.analysis->result();
}

void AnalysisCache::takeRun(Entry& e, WorkerRun run) {
    if (run.ran == AnalysisImpact::Everything) {
        ++e.runs.full;
        e.lastFull = run.took;
    } else if (run.ran == AnalysisImpact::Messages) {
        ++e.runs.rulesOnly;
        e.lastRulesOnly = run.took;
    } else if (run.ran == AnalysisImpact::Times) {
        ++e.runs.timesOnly;
        e.lastTimes = run.took;
    }
    e.analysis = std::move(run.analysis);
}

void AnalysisCache::startWorker(MapUid map, Entry& e) {
    e.workerRevision = m_document->revision(map);
    e.worker = std::make_unique<QFutureWatcher<WorkerRun>>();
    connect(e.worker.get(), &QFutureWatcher<WorkerRun>::finished, this,
            [this, map] { workerFinished(map); });
    // The copy of the map shares its lists with the document's until either changes them.
    e.worker->setFuture(
        QtConcurrent::run(bringUpToDate, std::move(e.analysis), *m_document->map(map), e.pending));
    e.pending = {};
}

void AnalysisCache::workerFinished(MapUid map) {
    const auto it = m_entries.find(map);
    if (it == m_entries.end() || !it->second->worker)
        return;
    Entry& e = *it->second;
    WorkerRun run = e.worker->result();
    e.worker.reset();
    takeRun(e, std::move(run));
    if (e.workerRevision != m_document->revision(map)) {
        // The map changed while the worker ran: its result is dropped, and the changes since
        // its revision (in pending) are analysed next.
        startWorker(map, e);
        return;
    }
    e.revision = e.workerRevision;
    e.result = e.analysis->result();
    emit analyzed(map);
}

} // namespace sb
