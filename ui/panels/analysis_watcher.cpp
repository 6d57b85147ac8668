#include "analysis_watcher.h"

namespace sb::panels {

AnalysisWatcher::AnalysisWatcher(QObject* parent)
    : QObject(parent) {
    m_rerun.setSingleShot(true);
    m_rerun.setInterval(0);
    connect(&m_rerun, &QTimer::timeout, this, &AnalysisWatcher::analyzeNow);
}

void AnalysisWatcher::setDocument(Document* document) {
    if (document == m_document)
        return;
    disconnect(m_documentConnection);
    m_document = document;
    if (document)
        m_documentConnection =
            connect(document, &Document::commandFinished, &m_rerun, qOverload<>(&QTimer::start));
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
    if (result == m_result)
        return;
    m_result = std::move(result);
    emit resultChanged();
}

} // namespace sb::panels
