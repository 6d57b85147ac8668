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
    if (followDocument(m_document, m_documentConnection, document, &m_rerun,
                       qOverload<>(&QTimer::start)))
        analyzeNow();
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
    const Map* m = map();
    AnalysisResult result = m ? analyze(*m) : AnalysisResult();
    if (result != m_result) {
        m_result = std::move(result);
        emit resultChanged();
    }
    emit analyzed();
}

} // namespace sb::panels
