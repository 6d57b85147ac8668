#include "analysis.h"

#include "analysis/finding_order.h"
#include "analysis/rules/rules.h"

#include <algorithm>

namespace sb {

namespace {

constexpr rules::Rule allRules[] = {
    rules::card,          rules::coordination, rules::dependencyCycle, rules::flowCycle,
    rules::handoff,       rules::oneHop,       rules::sharedService,   rules::staffing,
    rules::tangledStream, rules::teamSize,     rules::timing,
};

// The only rule that reads stages' times (the metrics' flow cycles follow flows alone).
constexpr rules::Rule timesRule = rules::timing;
const QString timesRuleId = QStringLiteral("timing");

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

AnalysisResult analyzeTimes(const AnalysisContext& context, const AnalysisResult& previous) {
    AnalysisResult result = previous;
    result.metrics = context.metrics;
    QList<Finding> timing;
    timesRule(context, timing);
    sortFindings(timing, context.index);
    // Findings of one rule and severity sit together in the order: the rule's block is
    // replaced, or the new one goes where the order puts it.
    QList<Finding>& findings = result.findings;
    const auto isTiming = [](const Finding& f) { return f.rule == timesRuleId; };
    const auto first = std::find_if(findings.begin(), findings.end(), isTiming);
    const qsizetype at = first - findings.begin();
    const auto last = std::find_if_not(first, findings.end(), isTiming);
    const bool hadBlock = first != last;
    findings.erase(first, last);
    qsizetype insertAt = at;
    if (!hadBlock && !timing.isEmpty())
        insertAt = std::lower_bound(findings.cbegin(), findings.cend(), timing.first(),
                                    FindingOrder(context.index)) -
                   findings.cbegin();
    findings.insert(insertAt, timing.size(), Finding());
    std::move(timing.begin(), timing.end(), findings.begin() + insertAt);
    return result;
}

} // namespace sb
