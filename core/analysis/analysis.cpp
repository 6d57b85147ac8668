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
    // replaced, or the new one goes where the order puts it. A block that stays as it was
    // leaves the list shared with the previous result, which tells views nothing changed.
    const QList<Finding>& was = previous.findings;
    const auto isTiming = [](const Finding& f) { return f.rule == timesRuleId; };
    const auto first = std::find_if(was.cbegin(), was.cend(), isTiming);
    const auto last = std::find_if_not(first, was.cend(), isTiming);
    if (std::equal(first, last, timing.cbegin(), timing.cend()))
        return result;
    qsizetype at = first - was.cbegin();
    if (first == last)
        at = std::lower_bound(was.cbegin(), was.cend(), timing.first(),
                              FindingOrder(context.index)) -
             was.cbegin();
    QList<Finding> findings;
    findings.reserve(was.size() - (last - first) + timing.size());
    findings.append(was.cbegin(), was.cbegin() + at);
    findings.append(timing.cbegin(), timing.cend());
    findings.append(last == first ? was.cbegin() + at : last, was.cend());
    result.findings = std::move(findings);
    return result;
}

} // namespace sb
