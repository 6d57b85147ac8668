#include "canvas/map_scene.h"
#include "commands/commands.h"
#include "generated_map.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>

// The canvas on the 1,500-stage map of the canvas issue (40 steps, 10 slices, 30 streams):
// opening it (one item per element, laid out), bringing it in line after one edit, and drawing
// it whole into an image as a zoomed-out view does.
namespace {

sb::Workshop workshopOf(int stages) {
    sb::Workshop w;
    w.maps.append(sb::bench::generatedMap(stages));
    w.maps.first().uid = 1;
    return w;
}

void openCanvas(benchmark::State& state) {
    const sb::Workshop workshop = workshopOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        sb::Document document(workshop);
        sb::canvas::MapScene scene(&document, 1);
        benchmark::DoNotOptimize(scene.items().size());
    }
}

void syncAfterEdit(benchmark::State& state) {
    sb::Document document(workshopOf(static_cast<int>(state.range(0))));
    sb::canvas::MapScene scene(&document, 1);
    int n = 0;
    for (auto _ : state) {
        sb::Stage s = document.map(1)->stages[n % 100];
        s.name = QStringLiteral("Renamed %1").arg(++n);
        document.push(sb::commands::changeElement(&document, 1, s).release());
    }
}

void renderCanvas(benchmark::State& state) {
    sb::Document document(workshopOf(static_cast<int>(state.range(0))));
    sb::canvas::MapScene scene(&document, 1);
    const QRectF bounds = scene.sceneRect();
    const qreal scale = 1920 / bounds.width();
    QImage image((bounds.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter);
    }
    state.counters["width"] = image.width();
    state.counters["height"] = image.height();
}

} // namespace

BENCHMARK(openCanvas)->Arg(1'500)->Unit(benchmark::kMillisecond);
BENCHMARK(syncAfterEdit)->Arg(1'500)->Unit(benchmark::kMillisecond);
BENCHMARK(renderCanvas)->Arg(1'500)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
