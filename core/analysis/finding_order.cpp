#include "finding_order.h"

#include <algorithm>

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
    std::stable_sort(findings.begin(), findings.end(), FindingOrder(index));
}

} // namespace sb
