#pragma once

#include "model/map.h"

#include <optional>

namespace sb::cli {

// Reads a workshop from a store (read-only; never needs write access): a .vsmap file or a
// postgresql:// address; or from an interchange .json file. On failure returns nullopt with a
// one-line reason that names the file or address. name, when given, gets the workshop's name
// (the store's, or the JSON file's base name).
std::optional<Workshop> readWorkshop(const QString& path, QString* error, QString* name = nullptr);

// The path or address to name in a message (an address without a password written into it).
QString shownAddress(const QString& path);

// The maps to work on: the one named, or all of them. Sets error when no map has that name.
QList<const Map*> selectMaps(const Workshop& workshop, const QString& name, QString* error);

} // namespace sb::cli
