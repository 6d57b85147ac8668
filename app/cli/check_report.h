#pragma once

#include "analysis/analysis.h"
#include "model/map.h"

#include <QJsonObject>

class QTextStream;

namespace sb::cli {

// What `streamboard check` reports about one map: its streams' metrics and its findings.
QJsonObject checkReportJson(const Map& map, const AnalysisResult& result);
void writeCheckReportText(const Map& map, const AnalysisResult& result, QTextStream& out);

bool hasErrors(const AnalysisResult& result);

} // namespace sb::cli
