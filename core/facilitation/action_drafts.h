#pragma once

#include "analysis/finding.h"
#include "model/map.h"

namespace sb {

// Drafts of roadmap actions (README, "Action roadmap"). Each draft has an id free in the map it
// is meant for (and not used by the drafts before it), status Planned and no due date.

// One action per meaningful change of a future map against its baseline: teams, streams,
// stages and capabilities added or removed, owners handed over, providers changed, stages
// moved to another stream, kaizen bursts added. Changes an action of the future map already
// links (or, for what is gone, already names by title) are left out.
QList<Action> actionsFromChanges(const Map& baseline, const Map& future);

// An action answering a finding: the first sentence of its message as title (the whole message
// as note when there is more), its subjects as links, the team among its subjects (or the owner
// of its first owned subject) as owner.
Action actionForFinding(const Map& map, const Finding& finding);

// An action carrying out a kaizen burst: the burst's first line as title, linked to it.
Action actionForKaizen(const Map& map, const Note& kaizen);

} // namespace sb
