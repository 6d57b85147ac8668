#pragma once

#include "model/element_kind.h"

namespace sb::fields {

// The one table of field labels: what the inspector calls each field of each kind of element and
// of a map's settings, in the form that reads inside a sentence ("lead time", "owner team",
// "%C&A"; in German "Durchlaufzeit", "zuständiges Team"). Undo texts and the tooltips of changed
// elements use it. The inspector's row labels say the same words, capitalized, with a mnemonic
// (tests/tst_field_labels.cpp holds the forms to this table).
//
// Fields are named by their interchange keys, as model/element_fields.h names them ("leadTime",
// "card.northStar", "flowItems.done"), with finer keys for one part of a composite field:
// "card.<key>", "criteria.<criterion>", "criteria.<criterion>.note", "roles.<role name>",
// "flowItems.done.<features|defects|risks|debt>", "flowItems.inProgress.<…>".
// Empty for a field the table does not know.
QString label(ElementKind kind, const QString& field);

// A map's own fields: "name", the settings ("workingDayHours", "teamSizeMin", "roles", …),
// "timeboxes.<agenda step>", "noMaterialDivergence".
QString mapLabel(const QString& field);

// The label at the start of a sentence or as a row label: first letter upper case.
QString capitalized(const QString& label);

// A card field's name as the stream's card shows it ("North-star metric").
QString cardFieldName(CardField field);

} // namespace sb::fields
