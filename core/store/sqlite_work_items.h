#pragma once

#include "model/map.h"

#include <QVariantList>
#include <optional>

class QSqlDatabase;

namespace sb::sqlite {

// The work_item_setups and work_items tables, in the file (schema version 3) and on PostgreSQL,
// where every row also names its workshop: the statements bind the workshop first when given
// one, then map and stream, then the values below.
QString insertSetupSql(bool withWorkshop = false);
QString insertItemSql(bool withWorkshop = false);
QVariantList setupValues(const WorkItemSetup& setup);
QVariantList itemValues(const WorkItem& item, qsizetype ord, const QStringList& states);

// Reads the work items of every stream of the map (of the workshop, on PostgreSQL); false with
// error set when a row does not read (a date that is not one, lists that are not JSON).
bool loadWorkItems(QSqlDatabase& db, Map& map, QString* error,
                   std::optional<qint64> workshop = std::nullopt);

} // namespace sb::sqlite
