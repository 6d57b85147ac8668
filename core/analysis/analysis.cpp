#include "analysis.h"

#include "analysis/finding_order.h"
#include "analysis/rules/rules.h"

namespace sb {

namespace {

constexpr rules::Rule allRules[] = {rules::flowCycle, rules::timing};

} // namespace

AnalysisResult analyze(const Map& map) {
    AnalysisContext context(map);
    AnalysisResult result;
    for (const rules::Rule rule : allRules)
        rule(context, result.findings);
    sortFindings(result.findings, context.index);
    result.metrics = std::move(context.metrics);
    return result;
}

} // namespace sb
