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
    AnalysisContext context(map);
    AnalysisResult result;
    for (const rules::Rule rule : allRules)
        rule(context, result.findings);
    sortFindings(result.findings, context.index);
    result.metrics = std::move(context.metrics);
    result.streams = std::move(context.teams.streams);
    result.dependencyCycles = std::move(context.dependencyCycles);
    return result;
}

} // namespace sb
