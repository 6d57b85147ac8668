#include "incremental_analysis.h"

#include "analysis/analysis_context.h"

#include <algorithm>

namespace sb {

namespace {

// Fields no rule and no metric reads, per kind.
bool isUnread(ElementKind kind, const QString& field) {
    using K = ElementKind;
    switch (kind) {
    case K::Team:
        return field == u"color";
    case K::Slice:
    case K::Step:
    case K::Cell:
    case K::Note:
    case K::Action:
        return true;
    case K::Stream:
        if (field.startsWith(u"card."))
            return field != u"card.trigger" && field != u"card.finishLine" &&
                   field != u"card.northStar";
        return field == u"color" || field.startsWith(u"flowItems.") || field == u"criteria" ||
               field == u"workItems";
    case K::Stage:
        return field == u"position";
    case K::Flow:
    case K::Capability:
    case K::Dependency:
        return false;
    }
    return false;
}

bool isTime(ElementKind kind, const QString& field) {
    return kind == ElementKind::Stage &&
           (field == u"processTime" || field == u"leadTime" || field == u"pctCA");
}

bool isNamed(ElementKind kind) {
    using K = ElementKind;
    return kind == K::Team || kind == K::Stream || kind == K::Stage || kind == K::Capability;
}

} // namespace

AnalysisImpact impactOf(const Change& change) {
    using T = Change::Type;
    using I = AnalysisImpact;
    switch (change.type) {
    case T::ElementModified: {
        // No field named (a field differingFields does not know yet): assume the worst.
        if (change.fields.isEmpty())
            return I::Everything;
        I impact = I::None;
        for (const QString& field : change.fields) {
            if (isUnread(change.kind, field))
                continue;
            if (field == u"name" && isNamed(change.kind))
                impact = I::Messages;
            else if (isTime(change.kind, field))
                impact = std::max(impact, I::Times);
            else
                return I::Everything;
        }
        return impact;
    }
    case T::ElementAdded:
    case T::ElementRemoved:
    case T::ElementMoved:
        // Notes and actions come after every kind the rules read, so they shift no file order.
        return change.kind == ElementKind::Note || change.kind == ElementKind::Action
                   ? I::None
                   : I::Everything;
    case T::MapModified: {
        const bool readsNothing =
            std::all_of(change.fields.cbegin(), change.fields.cend(), [](const QString& field) {
                return field == u"name" || field == u"timeboxes" ||
                       field == u"noMaterialDivergence";
            });
        return readsNothing ? I::None : I::Everything;
    }
    case T::MapMoved:
        return I::None;
    case T::MapAdded:
    case T::MapRemoved:
        return I::Everything;
    }
    return I::Everything;
}

void AnalysisWork::add(const Change& change, const Map* map) {
    AnalysisImpact changeImpact = impactOf(change);
    if (changeImpact == AnalysisImpact::Times) {
        if (const Stage* stage = map ? map->find<Stage>(change.key) : nullptr)
            retimedStreams.insert(stage->stream);
        else
            changeImpact = AnalysisImpact::Everything;
    }
    impact = std::max(impact, changeImpact);
}

IncrementalAnalysis::IncrementalAnalysis(const Map& map)
    : m_map(map)
    , m_context(std::make_unique<AnalysisContext>(m_map))
    , m_result(std::make_shared<const AnalysisResult>(analyze(*m_context))) {}

IncrementalAnalysis::~IncrementalAnalysis() = default;

void IncrementalAnalysis::update(const Map& map, const AnalysisWork& work) {
    switch (work.impact) {
    case AnalysisImpact::None:
        m_map = map; // the same graphs and findings; only the copy follows
        return;
    case AnalysisImpact::Times:
    case AnalysisImpact::Messages:
        // Every list keeps its length and order, so the context's indexes still hold.
        m_map = map;
        for (qsizetype i = 0; i < m_map.streams.size(); ++i)
            if (work.retimedStreams.contains(m_map.streams[i].id))
                m_context->metrics[i] = computeStreamMetrics(m_map, m_map.streams[i]);
        m_result = std::make_shared<const AnalysisResult>(work.impact == AnalysisImpact::Times
                                                              ? analyzeTimes(*m_context, *m_result)
                                                              : analyze(*m_context));
        return;
    case AnalysisImpact::Everything:
        m_context.reset();
        m_map = map;
        m_context = std::make_unique<AnalysisContext>(m_map);
        m_result = std::make_shared<const AnalysisResult>(analyze(*m_context));
        return;
    }
}

} // namespace sb
