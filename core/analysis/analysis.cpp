#include "analysis.h"

#include "analysis/finding_order.h"
#include "analysis/rules/rules.h"

namespace sb {

namespace {

constexpr rules::Rule allRules[] = {
    rules::card,          rules::coordination, rules::dependencyCycle, rules::flowCycle,
    rules::handoff,       rules::oneHop,       rules::sharedService,   rules::staffing,
    rules::tangledStream, rules::teamSize,     rules::timing,
};

} // namespace

AnalysisResult analyze(const Map& map) {
    return analyze(AnalysisContext(map));
}

AnalysisResult analyze(const AnalysisContext& context) {
    AnalysisResult result;
    for (const rules::Rule rule : allRules)
        rule(context, result.findings);
    sortFindings(result.findings, context.index);
    result.metrics = context.metrics;
    result.streams = context.teams.streams;
    result.dependencyCycles = context.dependencyCycles;
    return result;
}

} // namespace sb
