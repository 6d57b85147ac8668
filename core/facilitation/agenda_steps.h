#pragma once

#include "model/elements.h"

#include <QString>

namespace sb {

// What each agenda step is for, in the room's words (translated in the context sb::agenda).
QString agendaTitle(AgendaStep step);   // "Name the customer slices"
QString agendaGoal(AgendaStep step);    // why the room does it
QString agendaOutcome(AgendaStep step); // what the room has when it is done

// The steps in order.
QList<AgendaStep> agendaSteps();

} // namespace sb
