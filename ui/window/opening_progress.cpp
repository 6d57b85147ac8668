#include "opening_progress.h"

#include <QCoreApplication>

namespace sb {

namespace {
struct OpeningProgressTr {
    Q_DECLARE_TR_FUNCTIONS(sb::OpeningProgress)
};

constexpr int steps = 1000;
constexpr int readingSteps = 600; // of steps; the rest is building the canvas
} // namespace

OpeningProgress::OpeningProgress(QWidget* window, const QString& fileName, int delayMs)
    : m_dialog(OpeningProgressTr::tr("Opening %1…").arg(fileName), OpeningProgressTr::tr("Cancel"),
               0, steps, window) {
    m_dialog.setObjectName(QStringLiteral("openingProgress"));
    m_dialog.setWindowTitle(OpeningProgressTr::tr("Opening workshop"));
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(delayMs);
    m_dialog.setMinimumWidth(420); // room for the title and a long file name
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
    m_dialog.setValue(0);
}

void OpeningProgress::setValue(int value) {
    // The dialog shows itself once opening took delayMs; shown, it takes the Cancel click.
    if (value > m_dialog.value())
        m_dialog.setValue(value);
}

bool OpeningProgress::reading(qint64 done, qint64 total) {
    if (total > 0)
        setValue(static_cast<int>(readingSteps * std::min(done, total) / total));
    return !wasCancelled();
}

bool OpeningProgress::building(qreal done) {
    setValue(readingSteps + static_cast<int>((steps - readingSteps) * std::clamp(done, 0.0, 1.0)));
    return !wasCancelled();
}

} // namespace sb
