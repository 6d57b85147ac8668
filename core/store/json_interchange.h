#pragma once

#include "model/map.h"

#include <QByteArray>
#include <optional>

namespace sb::json {

// The largest interchange file read (docs/json.md, "Limits"). Callers read at most one byte more
// (file.read(maxFileBytes + 1)), so a huge file is refused without being read whole.
inline constexpr qsizetype maxFileBytes = 256 * 1024 * 1024;

// Reads the interchange format of DESIGN.md. On any error returns nullopt and sets error to
// one line that starts with the JSON path of the offending value, e.g.
// "maps[0].stages[3].owner: no team with id “t9”". Maps get uids 1, 2, 3… in file order.
std::optional<Workshop> read(const QByteArray& data, QString* error);

// Writes the interchange format with every element and field, so read(write(w)) == w.
QByteArray write(const Workshop& workshop);

// The prefix of the ids read() gives elements that come without one ("f" for flows, "d" for
// dependencies, "n" for notes, "action" for actions); empty for kinds that must bring their id.
QString generatedIdPrefix(ElementKind kind);

// One element as write() writes it in its map's list: a JSON object on one line.
QByteArray writeElement(const Element& element);

} // namespace sb::json
