#include "analysis/analysis.h"
#include "store/json_interchange.h"

#include <QProcess>
#include <benchmark/benchmark.h>
#include <map>

// Times sb::analyze() on the synthetic workshops of DESIGN.md ("Generated maps for benchmarks"):
// genmap.py STAGES writes them; each size is generated and read once.
namespace {

const sb::Map& generatedMap(int stages) {
    static std::map<int, sb::Map> maps;
    if (const auto it = maps.find(stages); it != maps.end())
        return it->second;
    QProcess genmap;
    genmap.start(QStringLiteral("python3"),
                 {QStringLiteral(GENMAP_SCRIPT), QString::number(stages)});
    if (!genmap.waitForFinished(-1) || genmap.exitCode() != 0)
        qFatal("genmap.py %d failed: %s", stages, genmap.readAllStandardError().constData());
    QString error;
    std::optional<sb::Workshop> workshop = sb::json::read(genmap.readAllStandardOutput(), &error);
    if (!workshop)
        qFatal("genmap.py %d: %s", stages, qPrintable(error));
    return maps.emplace(stages, std::move(workshop->maps.first())).first->second;
}

void analyze(benchmark::State& state) {
    const sb::Map& map = generatedMap(static_cast<int>(state.range(0)));
    qsizetype findings = 0;
    for (auto _ : state) {
        const sb::AnalysisResult result = sb::analyze(map);
        findings = result.findings.size();
        benchmark::DoNotOptimize(findings);
    }
    state.counters["streams"] = static_cast<double>(map.streams.size());
    state.counters["findings"] = static_cast<double>(findings);
}

} // namespace

BENCHMARK(analyze)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
