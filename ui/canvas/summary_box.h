#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

namespace sb::canvas {

// The summary box at the end of a stream's lane: four figures (lead time, process time, flow
// efficiency, rolled %C&A) and, under them, the day length the times are written in. A figure's
// label and value share a line where both fit; where they do not (German, long times) the label
// takes a line of its own above the value, so no label is ever cut short. Lines keep their
// natural heights; the room left over is shared out between them.
struct SummaryLine {
    enum class Role { Label, Value, Footer, Warning };
    Role role;
    QString text;
    QFont font;
    QRectF rect;
    int flags; // Qt::Alignment | Qt::TextFlag
};

// The labels of the four figures, in the language on show.
QStringList summaryLabels();

// values: the four figures' texts; footer: the day length. With an empty lead time (flows in a
// circle) the box says so in place of the figures.
QList<SummaryLine> layoutSummaryBox(const QRectF& box, const QStringList& values,
                                    const QString& footer);

} // namespace sb::canvas
