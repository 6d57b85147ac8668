#pragma once

#include "analysis/analysis.h"
#include "model/document.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sb::panels {

// Keeps the analysis of one map of a document current, for the findings panel and the canvas
// markings to share. After every command it runs sb::analyze again and emits resultChanged when
// the result differs from the last one.
//
// The rerun is synchronous but coalesced: a command only schedules it (a zero-timer), so the
// commands of one event-loop turn (a paste followed by a move, a macro, several merges while
// typing) cost one analysis, run once control is back in the event loop. analyze() takes about
// 1 ms on the 1,500-stage generated map, well under a keystroke, so a worker thread (and copying
// the map to it) would add more than it saves. Qt Concurrent is not in the stack either.
//
// setDocument and setMap analyze at once, so right after them map() and result() agree. Between
// a command and the rerun result() still describes the map as it was: its subjects may name
// elements that are gone, so look them up before use.
class AnalysisWatcher : public QObject {
    Q_OBJECT
public:
    explicit AnalysisWatcher(QObject* parent = nullptr);

    // The document whose map is analyzed; nullptr analyzes nothing.
    void setDocument(Document* document);
    // The map to analyze; 0 (or a map the document does not hold) gives an empty result.
    void setMap(MapUid map);

    Document* document() const { return m_document; }
    MapUid mapUid() const { return m_map; }
    // The analyzed map as it is now; nullptr without a document or map.
    const Map* map() const;
    // The last analysis: empty without a map.
    const AnalysisResult& result() const { return m_result; }
    // True while a rerun is scheduled: result() may lag behind the map.
    bool isPending() const { return m_rerun.isActive(); }

    // Runs a scheduled rerun now (e.g. before exporting); does nothing when none is pending.
    void flush();

signals:
    // The result differs from the one before; result() holds the new one.
    void resultChanged();
    // The map was analyzed again (after resultChanged, if it changed): map() and result() agree.
    // For views that show the map with its analysis, as the agenda.
    void analyzed();

private:
    void analyzeNow();

    QPointer<Document> m_document;
    MapUid m_map = 0;
    AnalysisResult m_result;
    QTimer m_rerun;
    QMetaObject::Connection m_documentConnection;
};

} // namespace sb::panels
