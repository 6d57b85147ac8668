#include "finding_order.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace sb {

bool FindingOrder::operator()(const Finding& a, const Finding& b) const {
    if (a.severity != b.severity)
        return a.severity < b.severity;
    if (const int byRule = a.rule.compare(b.rule); byRule != 0)
        return byRule < 0;
    return std::lexicographical_compare(
        a.subjects.begin(), a.subjects.end(), b.subjects.begin(), b.subjects.end(),
        [this](const Id& x, const Id& y) { return m_index.before(x, y); });
}

void sortFindings(QList<Finding>& findings, const ElementIndex& index) {
    // The same order as FindingOrder, with every subject's rank looked up once rather than at
    // every comparison.
    std::vector<qsizetype> rankStart(static_cast<size_t>(findings.size()) + 1, 0);
    std::vector<qsizetype> ranks;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        for (const Id& subject : findings[i].subjects)
            ranks.push_back(index.rank(subject));
        rankStart[static_cast<size_t>(i) + 1] = static_cast<qsizetype>(ranks.size());
    }
    const auto ranksOf = [&](qsizetype i) {
        return std::pair(ranks.begin() + rankStart[static_cast<size_t>(i)],
                         ranks.begin() + rankStart[static_cast<size_t>(i) + 1]);
    };
    QStringList rules;
    for (const Finding& finding : findings)
        if (rules.isEmpty() || rules.last() != finding.rule)
            rules.append(finding.rule);
    rules.sort();
    rules.removeDuplicates();
    std::vector<qsizetype> ruleRank(static_cast<size_t>(findings.size()));
    for (qsizetype i = 0; i < findings.size(); ++i)
        ruleRank[static_cast<size_t>(i)] =
            std::lower_bound(rules.cbegin(), rules.cend(), findings[i].rule) - rules.cbegin();

    std::vector<qsizetype> order(static_cast<size_t>(findings.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const Finding& x = findings[a];
        const Finding& y = findings[b];
        if (x.severity != y.severity)
            return x.severity < y.severity;
        if (ruleRank[static_cast<size_t>(a)] != ruleRank[static_cast<size_t>(b)])
            return ruleRank[static_cast<size_t>(a)] < ruleRank[static_cast<size_t>(b)];
        const auto [xBegin, xEnd] = ranksOf(a);
        const auto [yBegin, yEnd] = ranksOf(b);
        return std::lexicographical_compare(xBegin, xEnd, yBegin, yEnd);
    });
    QList<Finding> sorted;
    sorted.reserve(findings.size());
    for (const qsizetype i : order)
        sorted.append(std::move(findings[i]));
    findings = std::move(sorted);
}

} // namespace sb
