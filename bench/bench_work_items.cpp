#include "commands/work_item_import.h"
#include "metrics/flow_measures.h"
#include "model/document.h"
#include "store/sqlite_store.h"
#include "store/work_items_csv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

// Times the import of a tracker's work items and the measures taken from them: 50,000 items
// must import (read, command, write) in under 2 s and measure in under 50 ms.
namespace {

using namespace Qt::Literals::StringLiterals;

sb::WorkItemSetup benchSetup() {
    sb::WorkItemSetup setup;
    setup.states = {u"Backlog"_s, u"Ready"_s, u"Dev"_s, u"Review"_s, u"Done"_s};
    setup.active = {u"Dev"_s};
    setup.start = u"Ready"_s;
    setup.types = sb::defaultWorkItemTypes();
    setup.stages = {{u"Dev"_s, u"s1"_s}};
    return setup;
}

// count items over a year: each enters a state every few hours to days, a quarter skip Review,
// a tenth are not done; the same file every run.
QByteArray itemsCsv(int count) {
    static const char* types[] = {"Story", "Bug", "Vulnerability", "Chore", "Epic"};
    QByteArray csv = "ID,Name,Type,Backlog,Ready,Dev,Review,Done\n";
    const QDateTime first(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        qint64 at = first.toSecsSinceEpoch() + qint64(i) * 600;
        QByteArrayList fields = {"W-" + QByteArray::number(i),
                                 "\"Item, number " + QByteArray::number(i) + '"', types[i % 5]};
        for (int s = 0; s < 5; ++s) {
            at += 3600 * (1 + (i * 7 + s * 13) % 70);
            const bool blank = (s == 3 && i % 4 == 0) || (s == 4 && i % 10 == 0);
            fields.append(
                blank
                    ? QByteArray()
                    : QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate).toLatin1());
        }
        csv += fields.join(',') + '\n';
    }
    return csv;
}

sb::Workshop benchWorkshop() {
    sb::Map map;
    map.uid = 1;
    map.info.name = u"Current"_s;
    sb::Stream stream;
    stream.id = u"vs1"_s;
    stream.name = u"Delivery"_s;
    map.streams.append(stream);
    sb::Stage stage;
    stage.id = u"s1"_s;
    stage.stream = u"vs1"_s;
    stage.name = u"Build"_s;
    map.stages.append(stage);
    return sb::Workshop{{map}};
}

void readCsv(benchmark::State& state) {
    const QByteArray csv = itemsCsv(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(sb::readWorkItemsCsv(csv, benchSetup()).items.size());
}

// What `streamboard items` does after reading the file: the command, applied and written.
void importIntoWorkshop(benchmark::State& state) {
    const QByteArray csv = itemsCsv(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        sb::SqliteStore::Opened created =
            sb::SqliteStore::create(dir.filePath(u"bench.vsmap"_s), benchWorkshop());
        sb::Document doc(benchWorkshop(), std::move(created.store));
        const sb::MapUid map = doc.workshop().maps[0].uid;
        state.ResumeTiming();
        sb::WorkItemImport import =
            sb::importWorkItems(&doc, map, u"vs1"_s, csv, benchSetup(), true);
        doc.push(import.command.release());
        benchmark::DoNotOptimize(doc.hasUnsavedChanges());
    }
}

void measure(benchmark::State& state) {
    sb::WorkItems work;
    work.setup = benchSetup();
    work.items = sb::readWorkItemsCsv(itemsCsv(static_cast<int>(state.range(0))), work.setup).items;
    const std::optional<sb::MeasuredPeriod> period = sb::defaultPeriod(work, 30);
    for (auto _ : state)
        benchmark::DoNotOptimize(sb::measureFlow(work, *period).velocity);
}

} // namespace

BENCHMARK(readCsv)->Arg(50'000)->Unit(benchmark::kMillisecond);
BENCHMARK(importIntoWorkshop)->Arg(50'000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(measure)->Arg(50'000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
