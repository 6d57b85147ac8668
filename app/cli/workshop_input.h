#pragma once

#include "model/map.h"

#include <optional>

namespace sb::cli {

// Reads a workshop from a .vsmap file (read-only; never needs write access) or an interchange
// .json file. On failure returns nullopt with a one-line reason that names the file.
std::optional<Workshop> readWorkshop(const QString& path, QString* error);

// The maps to work on: the one named, or all of them. Sets error when no map has that name.
QList<const Map*> selectMaps(const Workshop& workshop, const QString& name, QString* error);

} // namespace sb::cli
