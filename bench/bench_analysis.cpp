#include "analysis/analysis.h"
#include "analysis/analysis_context.h"
#include "generated_map.h"
#include "metrics/stream_metrics.h"

#include <benchmark/benchmark.h>

// Times sb::analyze() on the synthetic workshops of DESIGN.md ("Generated maps for benchmarks").
namespace {

void analyze(benchmark::State& state) {
    const sb::Map& map = sb::bench::generatedMap(static_cast<int>(state.range(0)));
    qsizetype findings = 0;
    for (auto _ : state) {
        const sb::AnalysisResult result = sb::analyze(map);
        findings = result.findings.size();
        benchmark::DoNotOptimize(findings);
    }
    state.counters["streams"] = static_cast<double>(map.streams.size());
    state.counters["findings"] = static_cast<double>(findings);
}

// The rules alone, on graphs and metrics built once: what a rename costs.
void rulesOnly(benchmark::State& state) {
    const sb::Map& map = sb::bench::generatedMap(static_cast<int>(state.range(0)));
    const sb::AnalysisContext context(map);
    for (auto _ : state)
        benchmark::DoNotOptimize(sb::analyze(context).findings.size());
}

// Every stream's metrics: what a changed duration costs besides the rules.
void metricsOnly(benchmark::State& state) {
    const sb::Map& map = sb::bench::generatedMap(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(sb::computeMetrics(map).size());
}

} // namespace

BENCHMARK(analyze)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(rulesOnly)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(metricsOnly)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
