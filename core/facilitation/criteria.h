#pragma once

#include "model/map.h"

namespace sb {

// The method's decision criteria for a candidate stream (README, "Decision criteria"). Time
// integrity and customer clarity are derived from the stream's card and its slice's grid; the
// other four are the room's judgement, stored in Stream::criteria.

bool isDerived(Criterion criterion);

// Whether the stream meets the criterion: computed for the derived ones, the stored `met` for
// the others.
bool criterionMet(const Map& map, const Stream& stream, Criterion criterion);

// For a derived criterion, why it is met or what is missing, in one or two sentences; empty for
// the room's judgement.
QString criterionExplanation(const Map& map, const Stream& stream, Criterion criterion);

// The criterion's name ("Time integrity") and what it asks, in a line.
QString criterionLabel(Criterion criterion);
QString criterionDescription(Criterion criterion);

// True when the north-star text names one measure: not empty, one line, no ';' between several.
bool isSingleMetric(const QString& northStar);

} // namespace sb
