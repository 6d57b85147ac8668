#include "analysis_watcher.h"

#include "follow_document.h"

namespace sb::panels {

AnalysisWatcher::AnalysisWatcher(QObject* parent)
    : QObject(parent) {
    m_rerun.setSingleShot(true);
    m_rerun.setInterval(0);
    connect(&m_rerun, &QTimer::timeout, this, &AnalysisWatcher::analyzeNow);
}

void AnalysisWatcher::setDocument(Document* document) {
    if (!followDocument(m_document, m_documentConnection, document, this,
                        &AnalysisWatcher::followChanges))
        return;
    disconnect(m_cacheConnection);
    if (document)
        m_cacheConnection = connect(AnalysisCache::of(document), &AnalysisCache::analyzed, this,
                                    [this](MapUid map) {
                                        if (map == m_map)
                                            analyzeNow();
                                    });
    analyzeNow();
}

void AnalysisWatcher::followChanges(const ChangeSet& changes) {
    if (changes.touches(m_map))
        m_rerun.start();
}

void AnalysisWatcher::setMap(MapUid map) {
    m_map = map;
    analyzeNow();
}

const Map* AnalysisWatcher::map() const {
    return m_document ? m_document->map(m_map) : nullptr;
}

void AnalysisWatcher::flush() {
    if (m_rerun.isActive())
        analyzeNow();
}

void AnalysisWatcher::analyzeNow() {
    m_rerun.stop();
    std::shared_ptr<const AnalysisResult> result =
        m_document ? AnalysisCache::of(m_document)->result(m_map)
                   : std::make_shared<const AnalysisResult>();
    if (result != m_result) {
        const bool differs = *result != *m_result;
        m_result = std::move(result);
        if (differs)
            emit resultChanged();
    }
    emit analyzed();
}

} // namespace sb::panels
