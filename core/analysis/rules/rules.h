#pragma once

#include "analysis/analysis_context.h"
#include "analysis/finding.h"

// One function per rule of DESIGN.md, each in its own file. A rule appends its findings in any
// order; analyze() sorts them.
namespace sb::rules {

using Rule = void (*)(const AnalysisContext& context, QList<Finding>& findings);

void card(const AnalysisContext& context, QList<Finding>& findings);
void coordination(const AnalysisContext& context, QList<Finding>& findings);
void dependencyCycle(const AnalysisContext& context, QList<Finding>& findings);
void flowCycle(const AnalysisContext& context, QList<Finding>& findings);
void handoff(const AnalysisContext& context, QList<Finding>& findings);
void oneHop(const AnalysisContext& context, QList<Finding>& findings);
void sharedService(const AnalysisContext& context, QList<Finding>& findings);
void staffing(const AnalysisContext& context, QList<Finding>& findings);
void tangledStream(const AnalysisContext& context, QList<Finding>& findings);
void teamSize(const AnalysisContext& context, QList<Finding>& findings);
void timing(const AnalysisContext& context, QList<Finding>& findings);

} // namespace sb::rules
