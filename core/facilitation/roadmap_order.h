#pragma once

#include "model/elements.h"

#include <QList>

namespace sb {

// The roadmap's order: open actions first (in progress, then planned), each group by due date
// with the earliest first and undated ones last, then done, then dropped; ties keep file order.
QList<Action> inRoadmapOrder(QList<Action> actions);

// Due before this day and neither done nor dropped.
bool isOverdue(const Action& action, QDate today);

} // namespace sb
