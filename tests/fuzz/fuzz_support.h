#pragma once

// What every fuzz target shares: Qt set up once, and the pass `streamboard check` makes over a
// workshop it could read.

#include "analysis/analysis.h"
#include "metrics/comparison.h"
#include "model/duration.h"
#include "model/map.h"
#include "store/json_interchange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace sb::fuzz {

// A QCoreApplication (Qt finds its SQLite driver through it). Warnings are dropped: printed for
// every input they would slow the fuzzer down; a fatal message still aborts.
inline void startQt(int* argc, char*** argv) {
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    (void)app;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            std::abort();
        }
    });
}

inline QByteArray bytesOf(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// A broken promise of the code under test: libFuzzer keeps the input as a crash.
[[noreturn]] inline void broken(const char* promise) {
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

#ifdef STREAMBOARD_FUZZ_WORKSHOP
// The interchange workshop the target changes (STREAMBOARD_FUZZ_WORKSHOP), read once at start;
// a target whose workshop does not read is broken, with that promise.
inline const Workshop* startingWorkshop(const char* promise) {
    QFile file(QStringLiteral(STREAMBOARD_FUZZ_WORKSHOP));
    std::optional<Workshop> read =
        file.open(QIODevice::ReadOnly) ? json::read(file.readAll(), nullptr) : std::nullopt;
    if (!read)
        broken(promise);
    return new Workshop(std::move(*read));
}
#endif

// A reason for refusing an input: there is one, and it is one line (scripts read the first line
// of stderr), control characters of quoted values escaped.
inline void checkReason(const QString& reason) {
    if (reason.isEmpty())
        broken("a refused input comes with a reason");
    if (std::any_of(reason.cbegin(), reason.cend(), [](QChar c) {
            return c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator ||
                   c == QChar::ParagraphSeparator;
        }))
        broken("a reason is one line without control characters");
}

// What `streamboard check` computes for every map: the analysis with its metrics, the comparison
// with a baseline, and every stream's times as the report shows them.
inline void checkEveryMap(const Workshop& workshop) {
    for (const Map& map : workshop.maps) {
        const AnalysisResult result = analyze(map);
        if (result.metrics.size() != map.streams.size())
            broken("the analysis has metrics for every stream");
        (void)compareWithBaseline(workshop, map, result);
        const double dayHours = map.info.settings.workingDayHours;
        for (const StreamMetrics& metrics : result.metrics) {
            if (metrics.leadTime)
                (void)duration::format(*metrics.leadTime, dayHours);
            if (metrics.processTime)
                (void)duration::formatCompact(*metrics.processTime, dayHours);
        }
    }
}

} // namespace sb::fuzz
