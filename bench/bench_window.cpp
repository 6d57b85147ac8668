#include "analysis/analysis_cache.h"
#include "canvas/canvas_view.h"
#include "commands/commands.h"
#include "model/document.h"
#include "store/sqlite_store.h"
#include "synthetic_workshop.h"
#include "window/main_window.h"
#include "window_bench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <vector>

// The real main window, offscreen at 1600×1000, on the project's synthetic workshops: how long a
// facilitator waits to see the map, to see an edit everywhere, and for each frame of panning and
// of the zoomed-out whole map. Each run opens the workshop once (100,000 stages take long), so
// the figures of one run are counters of one benchmark: open_first_paint_ms is its time, the
// others are reported beside it. Run as
//   build-bench/bench/bench_window --benchmark_filter='windowFigures/1500'
namespace {

using namespace sb::bench;

// Counts every event the application delivers, so that "idle" can be told: a pass of the event
// loop that delivered nothing.
class EventCounter : public QObject {
public:
    int delivered = 0;
    int viewportPaints = 0;
    QObject* viewport = nullptr;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        ++delivered;
        if (watched == viewport && event->type() == QEvent::Paint)
            ++viewportPaints;
        return false;
    }
};

void runUntilIdle(EventCounter& counter) {
    for (int quietPasses = 0; quietPasses < 2;) {
        const int before = counter.delivered;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        quietPasses = counter.delivered == before ? quietPasses + 1 : 0;
    }
}

double residentMegabytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096 / (1024 * 1024) : -1;
}

QString workshopFile(const QTemporaryDir& folder, int stages) {
    const QString path = folder.filePath(QStringLiteral("synthetic-%1.vsmap").arg(stages));
    if (!QFile::exists(path)) {
        // Not the benchmarks' cache of generated maps: the resident memory is the window's.
        sb::Workshop workshop;
        workshop.maps.append(sb::synthetic::generatedMap(stages));
        workshop.maps.first().uid = 1;
        sb::SqliteStore::create(path, workshop);
    }
    return path;
}

// The window as a facilitator has it before opening a workshop: a new one, shown at the size the
// figures of the issue were taken at.
void showAtBenchSize(sb::MainWindow& window) {
    window.newFromTemplate(0);
    window.resize(1600, 1000);
    window.show();
}

// Until the map's analysis is current (a worker's result included) and every view has taken it.
void untilViewsAreCurrent(EventCounter& counter, sb::Document* document, sb::MapUid map) {
    runUntilIdle(counter);
    while (!sb::AnalysisCache::of(document)->isCurrent(map)) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        runUntilIdle(counter);
    }
}

// One pan frame: the view moves 20 px and paints at once.
std::vector<double> panFrames(sb::canvas::CanvasView* view, int frames) {
    std::vector<double> times;
    QScrollBar* bar = view->horizontalScrollBar();
    int direction = 20;
    for (int i = 0; i < frames; ++i) {
        if (bar->value() + direction > bar->maximum() || bar->value() + direction < 0)
            direction = -direction;
        const auto start = Clock::now();
        bar->setValue(bar->value() + direction);
        view->viewport()->repaint();
        times.push_back(millisecondsSince(start));
    }
    return times;
}

void windowFigures(benchmark::State& state) {
    const int stages = static_cast<int>(state.range(0));
    static QTemporaryDir folder;
    const QString path = workshopFile(folder, stages);
    for (auto _ : state) {
        EventCounter counter;
        qApp->installEventFilter(&counter);
        sb::MainWindow window;
        showAtBenchSize(window);
        counter.viewport = window.canvasView()->viewport();
        runUntilIdle(counter);

        const auto openStart = Clock::now();
        window.openFile(path);
        const int paintsBefore = counter.viewportPaints;
        while (counter.viewportPaints == paintsBefore)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        state.SetIterationTime(millisecondsSince(openStart) / 1000);
        state.counters["resident_MB"] = residentMegabytes();
        runUntilIdle(counter);

        // An inspector edit: the lead time of a stage in view, until every view has caught up.
        sb::Document* document = window.document();
        const sb::MapUid map = window.currentMap();
        sb::Stage stage = document->map(map)->stages.first();
        stage.leadTime += 3600;
        const auto editStart = Clock::now();
        document->push(sb::commands::changeElement(document, map, stage).release());
        untilViewsAreCurrent(counter, document, map);
        state.counters["edit_to_views_ms"] = millisecondsSince(editStart);

        sb::canvas::CanvasView* view = window.canvasView();
        view->resetZoom();
        runUntilIdle(counter);
        const std::vector<double> pan = panFrames(view, 60);
        state.counters["pan_median_ms"] = median(pan);
        state.counters["pan_p95_ms"] = percentile95(pan);

        view->zoomToFit();
        runUntilIdle(counter);
        std::vector<double> fitFrames;
        for (int i = 0; i < 5; ++i) {
            const auto start = Clock::now();
            view->viewport()->repaint();
            fitFrames.push_back(millisecondsSince(start));
        }
        state.counters["fit_all_frame_ms"] = median(fitFrames);
        qApp->removeEventFilter(&counter);
    }
}

// Edits alone, on a window opened once: lead time of the first stage, until every view is
// current. For profiling the edit path.
void editToViews(benchmark::State& state) {
    static QTemporaryDir folder;
    const QString path = workshopFile(folder, static_cast<int>(state.range(0)));
    EventCounter counter;
    qApp->installEventFilter(&counter);
    sb::MainWindow window;
    showAtBenchSize(window);
    window.openFile(path);
    runUntilIdle(counter);
    sb::Document* document = window.document();
    const sb::MapUid map = window.currentMap();
    for (auto _ : state) {
        sb::Stage stage = document->map(map)->stages.first();
        stage.leadTime += 3600;
        document->push(sb::commands::changeElement(document, map, stage).release());
        untilViewsAreCurrent(counter, document, map);
    }
    qApp->removeEventFilter(&counter);
}

} // namespace

BENCHMARK(editToViews)->Arg(1'500)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(windowFigures)
    ->Arg(1'500)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    return sb::bench::runWindowBenchmarks(argc, argv, QStringLiteral("streamboard-bench-window"));
}
