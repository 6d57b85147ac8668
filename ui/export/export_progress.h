#pragma once

#include <QString>
#include <atomic>
#include <functional>

namespace sb::exporting {

// How a long export reports itself: report(done, total) after each band or page, and a flag
// the caller may set at any time (from a QProgressDialog's canceled signal, say) to stop it.
// When cancelled, nothing is written.
struct ExportProgress {
    std::function<void(int done, int total)> report;
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
    void step(int done, int total) const {
        if (report)
            report(done, total);
    }
};

struct ExportResult {
    enum class Status { Written, Cancelled, Failed };
    Status status = Status::Written;
    QString error; // one line, for Failed

    static ExportResult written() { return {}; }
    static ExportResult cancelled() { return {Status::Cancelled, {}}; }
    static ExportResult failed(const QString& error) { return {Status::Failed, error}; }
    bool ok() const { return status == Status::Written; }
};

} // namespace sb::exporting
