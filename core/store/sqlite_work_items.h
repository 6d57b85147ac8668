#pragma once

#include "model/map.h"

#include <QVariantList>

class QSqlDatabase;

namespace sb::sqlite {

// The work_item_setups and work_items tables (schema version 3): columns after map and stream.
QString insertSetupSql();
QString insertItemSql();
QVariantList setupValues(const WorkItemSetup& setup);
QVariantList itemValues(const WorkItem& item, qsizetype ord, const QStringList& states);

// Reads the work items of every stream of the map; false with error set when a row does not
// read (a date that is not one, lists that are not JSON).
bool loadWorkItems(QSqlDatabase& db, Map& map, QString* error);

} // namespace sb::sqlite
