#pragma once

#include "commands/commands.h"
#include "model/map.h"

#include <QByteArray>

// Copy and paste of canvas selections, within a map and across maps and workshops. The data is
// interchange JSON of one map (docs/clipboard.md): the copied elements, the context they refer to,
// and a top-level "clipboard": {"copied": […]} naming what is actually copied.
namespace sb::clipboard {

inline constexpr char mimeType[] = "application/x-streamboard-fragment+json";

// Serialises the selected elements with what comes along with them (a stream's stages, flows and
// dependencies between copied elements) and the context they refer to. Empty when nothing of the
// selection can be copied.
QByteArray copy(const Map& source, const QList<commands::ElementRef>& selection);

// The elements to add to target for a paste, in ElementKind order, with ids free in target and
// every reference remapped; push them with commands::addElements. Empty when data is not a
// fragment or nothing of it fits target. targetStream: the stream that pasted stages join when
// their own stream is not pasted with them (the lane the user selected); may be empty.
// idTag (Document::idPrefix's tag of a shared workshop): when given, every pasted element takes
// a fresh id carrying it, so two facilitators pasting the same at once make different ids.
QList<Element> paste(const Map& target, const QByteArray& data, const Id& targetStream = {},
                     const QString& idTag = {});

} // namespace sb::clipboard
