#pragma once

#include "model/map.h"

namespace sb {

// What File → New from template offers.
struct WorkshopTemplate {
    QString name;
    QString description;
    QString resource; // interchange JSON in the resources, empty for the empty workshop
};

QList<WorkshopTemplate> workshopTemplates();
// The template's workshop; the empty one has a single current-state map.
std::optional<Workshop> instantiate(const WorkshopTemplate& t, QString* error);

} // namespace sb
