#pragma once

#include <QProgressDialog>

namespace sb {

// The progress of opening a workshop: reading the file, then building the canvas of its first
// map. The dialog appears only when opening takes longer than delayMs; its Cancel stops the
// opening at the next step.
class OpeningProgress {
public:
    OpeningProgress(QWidget* window, const QString& fileName, int delayMs);

    // For LoadProgress (store.h): elements read so far. False once cancelled.
    bool reading(qint64 done, qint64 total);
    // For canvas::MapScene::BuildProgress: the canvas built so far (0 to 1). False once
    // cancelled.
    bool building(qreal done);
    bool wasCancelled() const { return m_dialog.wasCanceled(); }

private:
    void setValue(int value);
    QProgressDialog m_dialog;
};

} // namespace sb
