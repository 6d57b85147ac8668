#pragma once

#include "analysis/element_index.h"
#include "analysis/finding.h"

namespace sb {

// The order findings are reported in: severity (error, warning, info), then rule id, then the
// subjects in file order, the first subject deciding first.
class FindingOrder {
public:
    explicit FindingOrder(const ElementIndex& index)
        : m_index(index) {}
    bool operator()(const Finding& a, const Finding& b) const;

private:
    const ElementIndex& m_index;
};

void sortFindings(QList<Finding>& findings, const ElementIndex& index);

} // namespace sb
