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
    for (const Dependency& dependency : map.dependencies) {
        const auto capability = index.locate(dependency.to);
        if (!capability || capability->kind != ElementKind::Capability)
            continue;
        if (const qsizetype stream = streamOf(map, index, dependency.from); stream >= 0)
            users[capability->index].append(stream);
    }
    for (QList<qsizetype>& streams : users) {
        std::sort(streams.begin(), streams.end());
        streams.erase(std::unique(streams.begin(), streams.end()), streams.end());
    }
    return users;
}

} // namespace sb
