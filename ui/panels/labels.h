#pragma once

#include "model/element_kind.h"

namespace sb::panels {

// The words the panels show for the model's enumerations, translated; the interchange spellings
// (element_kind.h) stay for files.
QString kindTitle(ElementKind kind);
QString teamTypeLabel(TeamType type);
QString streamKindLabel(StreamKind kind);
QString flowKindLabel(FlowKind kind);
QString noteKindLabel(NoteKind kind);
QString actionStatusLabel(ActionStatus status);
QString mapStateLabel(MapState state);
// A map's name with its state beside it ("Q3 target (future)"), unless the name says the state
// already ("Future state"): for tabs and chart legends.
QString nameWithState(const QString& name, MapState state);
QString cardFieldLabel(CardField field);
// What the facilitator writes in a card field, shown as the field's placeholder.
QString cardFieldHint(CardField field);

} // namespace sb::panels
