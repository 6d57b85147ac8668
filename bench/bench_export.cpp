#include "export/exporter.h"
#include "generated_map.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

// Times exporting the 1,500-stage synthetic workshop of DESIGN.md ("Generated maps for
// benchmarks") to a 300-DPI A3 PNG and to PDF, from the Document to the file on disk.
namespace {

sb::Document& generatedDocument() {
    static std::unique_ptr<sb::Document> document;
    if (!document) {
        sb::Workshop workshop;
        workshop.maps.append(sb::bench::generatedMap(1500));
        document = std::make_unique<sb::Document>(std::move(workshop));
    }
    return *document;
}

void run(benchmark::State& state, const sb::exporting::ExportOptions& options,
         const QString& name) {
    sb::Document& document = generatedDocument();
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    for (auto _ : state) {
        const sb::exporting::ExportResult result = sb::exporting::exportMap(
            &document, document.workshop().maps.first().uid, path, options);
        if (!result.ok())
            state.SkipWithError(qPrintable(result.error));
    }
    state.counters["stages"] = static_cast<double>(document.workshop().maps.first().stages.size());
    state.counters["MB"] = static_cast<double>(QFile(path).size()) / 1e6;
}

void pngA3At300Dpi(benchmark::State& state) {
    auto options = sb::exporting::ExportOptions::defaultsFor(sb::exporting::Format::Png);
    options.dpi = 300;
    options.page = sb::exporting::Page::A3;
    run(state, options, QStringLiteral("map.png"));
}

void pdfA3(benchmark::State& state) {
    auto options = sb::exporting::ExportOptions::defaultsFor(sb::exporting::Format::Pdf);
    options.page = sb::exporting::Page::A3;
    run(state, options, QStringLiteral("map.pdf"));
}

void pdfReviewPack(benchmark::State& state) {
    auto options = sb::exporting::ExportOptions::defaultsFor(sb::exporting::Format::Pdf);
    options.page = sb::exporting::Page::A3;
    options.reviewPack = true;
    run(state, options, QStringLiteral("review.pdf"));
}

} // namespace

BENCHMARK(pngA3At300Dpi)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(pdfA3)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(pdfReviewPack)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
