#include "canvas/canvas_view.h"
#include "canvas/map_scene.h"
#include "canvas/stage_item.h"
#include "cli/command_line.h"
#include "commands/commands.h"
#include "model/document.h"
#include "pg_server.h"
#include "store/pg_store.h"
#include "store/sqlite_store.h"
#include "synthetic_workshop.h"
#include "window/main_window.h"
#include "window_bench.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <vector>

// A shared workshop on a throwaway PostgreSQL 15 on this machine (tests/pg_server.h, a Unix
// socket): how long an edit in one window takes until another window shows it, and `check` of a
// workshop on the server against the same from a file. The two windows are real main windows,
// offscreen, in one process, each with its own connection. Run as
//   build-bench/bench/bench_shared
namespace {

using namespace sb::bench;

sb::test::PgServer& server() {
    static sb::test::PgServer pg;
    if (!pg.isRunning()) {
        if (!pg.start() || !pg.createDatabase(QStringLiteral("bench")))
            qFatal("no PostgreSQL server: %s", qPrintable(pg.error()));
    }
    return pg;
}

QString address(const QString& workshop) {
    return server().url(QStringLiteral("bench")) + QStringLiteral("?workshop=") + workshop;
}

sb::Workshop synthetic(int stages) {
    sb::Workshop workshop;
    workshop.maps.append(sb::synthetic::generatedMap(stages));
    workshop.maps.first().uid = 1;
    return workshop;
}

QString shownName(const sb::canvas::MapScene& scene, const QString& stage) {
    auto* item = dynamic_cast<sb::canvas::StageItem*>(scene.itemFor(sb::ElementKind::Stage, stage));
    return item ? item->content().name : QString();
}

// 200 renames in one window, each timed until the other window's canvas shows it.
void editShownInAnotherWindow(benchmark::State& state) {
    const int stages = static_cast<int>(state.range(0));
    const QString url = address(QStringLiteral("edits-%1").arg(stages));
    if (!sb::PgStore::create(url, synthetic(stages), true))
        qFatal("cannot create the workshop");
    for (auto _ : state) {
        sb::MainWindow editing;
        sb::MainWindow watching;
        for (sb::MainWindow* window : {&editing, &watching}) {
            window->resize(1600, 1000);
            window->show();
            window->openFile(url);
        }
        sb::Document* document = editing.document();
        const sb::canvas::MapScene* seen = watching.canvasView()->mapScene();
        const sb::MapUid map = editing.currentMap();
        std::vector<double> times;
        for (int i = 0; i < 200; ++i) {
            sb::Stage stage = document->map(map)->stages.first();
            stage.name = QStringLiteral("Edit %1").arg(i);
            const auto start = Clock::now();
            document->push(sb::commands::changeElement(document, map, stage).release());
            while (shownName(*seen, stage.id) != stage.name)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            times.push_back(millisecondsSince(start));
        }
        state.SetIterationTime(median(times) / 1000);
        state.counters["median_ms"] = median(times);
        state.counters["p95_ms"] = percentile95(times);
    }
}

// `streamboard check` in-process on the same workshop from a file and from the server.
void checkFileAgainstServer(benchmark::State& state) {
    const int stages = static_cast<int>(state.range(0));
    static QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("check-%1.vsmap").arg(stages));
    const QString url = address(QStringLiteral("check-%1").arg(stages));
    if (!QFile::exists(file)) {
        const sb::Workshop workshop = synthetic(stages);
        sb::SqliteStore::create(file, workshop);
        if (!sb::PgStore::create(url, workshop, true))
            qFatal("cannot create the workshop");
    }
    auto check = [](const QString& target) {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const auto start = Clock::now();
        sb::cli::run({QStringLiteral("streamboard"), QStringLiteral("check"), target}, outStream,
                     errStream);
        return millisecondsSince(start);
    };
    for (auto _ : state) {
        const double fromFile = check(file);
        const double fromServer = check(url);
        state.SetIterationTime(fromServer / 1000);
        state.counters["file_ms"] = fromFile;
        state.counters["server_ms"] = fromServer;
    }
}

} // namespace

BENCHMARK(editShownInAnotherWindow)
    ->Arg(20)
    ->Arg(1'500)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(checkFileAgainstServer)
    ->Arg(100'000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    return sb::bench::runWindowBenchmarks(argc, argv, QStringLiteral("streamboard-bench-shared"),
                                          [] { server().stop(); });
}
