#include "capability_users.h"

#include <algorithm>

namespace sb {

namespace {

// The stream a dependency starts from: the stream itself, or the stream of a stage; -1 otherwise.
qsizetype streamOf(const Map& map, const ElementIndex& index, const Id& id) {
    auto location = index.locate(id);
    if (location && location->kind == ElementKind::Stage)
        location = index.locate(map.stages[location->index].stream);
    return location && location->kind == ElementKind::Stream ? location->index : -1;
}

} // namespace

QList<QList<qsizetype>> capabilityUsers(const Map& map, const ElementIndex& index) {
    QList<QList<qsizetype>> users(map.capabilities.size());
    // Sources an index without stages does not know: their streams come from one pass over
    // the stages (the first stage of an id, as Map::find), -1 while not found.
    QHash<Id, qsizetype> unknownSources;
    QList<std::pair<qsizetype, const Dependency*>> waiting;
    for (const Dependency& dependency : map.dependencies) {
        const auto capability = index.locate(dependency.to);
        if (!capability || capability->kind != ElementKind::Capability)
            continue;
        if (!index.locate(dependency.from)) {
            unknownSources.insert(dependency.from, -1);
            waiting.append({capability->index, &dependency});
        } else if (const qsizetype stream = streamOf(map, index, dependency.from); stream >= 0) {
            users[capability->index].append(stream);
        }
    }
    if (!unknownSources.isEmpty())
        for (const Stage& stage : map.stages)
            if (auto it = unknownSources.find(stage.id); it != unknownSources.end() && *it == -1) {
                const auto stream = index.locate(stage.stream);
                *it = stream && stream->kind == ElementKind::Stream ? stream->index : -2;
            }
    for (const auto& [capability, dependency] : std::as_const(waiting))
        if (const qsizetype stream = unknownSources.value(dependency->from); stream >= 0)
            users[capability].append(stream);
    for (QList<qsizetype>& streams : users) {
        std::sort(streams.begin(), streams.end());
        streams.erase(std::unique(streams.begin(), streams.end()), streams.end());
    }
    return users;
}

} // namespace sb
