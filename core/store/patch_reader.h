#pragma once

#include "model/element_kind.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace sb::patch {

// One operation of a patch (docs/json.md, "Patches"), its structure checked: the op word, the
// kind, the keys it may have and their types. What an element or a change says is read against
// the map it is applied to (applyPatch in commands/patch.h), through the interchange reader.
struct Operation {
    enum class Type { Add, Change, Remove };
    Type type = Type::Add;
    ElementKind kind = ElementKind::Team;
    QString path;        // "ops[3]", the start of every message about it
    QString key;         // change and remove: the id, or for a cell cellKey(slice, step)
    Id slice, step;      // change and remove of a cell: its slice and step
    QJsonObject element; // add: the element as the interchange writes it
    QJsonObject set;     // change: the keys to change, with their new values
};

struct Patch {
    QString map; // the map's name; empty when the patch names none
    QList<Operation> operations;
};

// The patch format's name and version, as "format" and "version" give them.
inline constexpr QStringView formatName = u"streamboard-patch";
inline constexpr int formatVersion = 1;

// Reads a patch. On any error returns nullopt and sets error to one line that starts with the
// JSON path of the offending value ("ops[3].kind: …"), like the interchange reader.
std::optional<Patch> read(const QByteArray& data, QString* error);

// The keys an element of this kind may have in the interchange, nested objects included, as
// an object of the same shape (values show the types): a patch with any other key is refused.
QJsonObject knownKeys(ElementKind kind);

// Refuses the first key of given that known does not have, at path ("ops[2].set.colour: …"),
// looking into nested objects and arrays of objects where known has them. Throws
// json::detail::ReadError (json_object_reader.h).
void checkKnownKeys(const QJsonObject& given, const QJsonObject& known, const QString& path);

} // namespace sb::patch
