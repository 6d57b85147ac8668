#pragma once

#include "analysis/analysis.h"
#include "model/change.h"

#include <memory>

namespace sb {

struct AnalysisContext;

// What a change can do to the analysis of its map.
enum class AnalysisImpact {
    None,       // nothing the rules read: a position, a colour, a note, a cell, an action, …
    Times,      // stages' times and %C&A: their streams' metrics and the timing rule
    Messages,   // names (and times): every rule's findings, not the graphs
    Everything, // anything else
};

AnalysisImpact impactOf(const Change& change);

// What the changes since an analysis ran ask of it.
struct AnalysisWork {
    AnalysisImpact impact = AnalysisImpact::None;
    QSet<Id> retimedStreams; // whose stages' times or %C&A changed, to measure again

    // Adds a change of the map; the map as it is after the change.
    void add(const Change& change, const Map* map);
};

// The analysis of one map that keeps the graphs and metrics it built, so that a change that
// cannot alter them (a renamed stage, say) runs only the rules again, a changed time measures
// its stream again, and a change that cannot alter the result runs nothing. It works on a copy of
// the map of its own, so it may run on another thread while the map is edited.
class IncrementalAnalysis {
public:
    explicit IncrementalAnalysis(const Map& map);
    ~IncrementalAnalysis();

    // Brings the analysis in line with the map after the changes that asked for this work.
    void update(const Map& map, const AnalysisWork& work);

    const std::shared_ptr<const AnalysisResult>& result() const { return m_result; }

private:
    Map m_map; // the context refers to it; a rename replaces it in place
    std::unique_ptr<AnalysisContext> m_context;
    std::shared_ptr<const AnalysisResult> m_result;
};

} // namespace sb
