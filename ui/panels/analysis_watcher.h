#pragma once

#include "analysis/analysis_cache.h"
#include "model/document.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sb::panels {

// Follows the analysis of one map of a document (the document's AnalysisCache, which the canvas
// and the other panels share) for the findings panel and the agenda, and emits resultChanged
// when the result differs from the last one.
//
// A change of the map only schedules a look at the cache (a zero-timer), so the changes of one
// event-loop turn (a paste followed by a move, a macro, several merges while typing) are looked
// at once. A large map's analysis may still be catching up on a worker thread: the cache's
// analyzed() brings the new result.
//
// setDocument and setMap look at once, so right after them result() is the cache's. Between a
// change and the next look result() may still describe the map as it was: its subjects may
// name elements that are gone, so look them up before use.
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
    const AnalysisResult& result() const { return *m_result; }
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
    void followChanges(const ChangeSet& changes);

    QPointer<Document> m_document;
    MapUid m_map = 0;
    std::shared_ptr<const AnalysisResult> m_result = std::make_shared<const AnalysisResult>();
    QTimer m_rerun;
    QMetaObject::Connection m_documentConnection;
    QMetaObject::Connection m_cacheConnection;
};

} // namespace sb::panels
