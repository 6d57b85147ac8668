#pragma once

#include "model/map.h"

// Small workshops built in code for tests; every field set to a value a test can check.
namespace sb::test {

using namespace Qt::Literals::StringLiterals;

inline Team team(const QString& id, const QString& name, TeamType type = TeamType::StreamAligned,
                 std::optional<int> size = 5) {
    return Team{id, name, type, size, {}};
}

inline Stage stage(const QString& id, const QString& stream, const QString& name,
                   const QString& owner, double pt, double lt, double pctCA = 100,
                   const QString& step = {}) {
    Stage s;
    s.id = id;
    s.stream = stream;
    s.name = name;
    s.owner = owner;
    s.processTime = pt;
    s.leadTime = lt;
    s.pctCA = pctCA;
    s.step = step;
    return s;
}

inline Flow flow(const QString& id, const QString& from, const QString& to,
                 FlowKind kind = FlowKind::Push) {
    return Flow{id, from, to, kind};
}

inline Stream stream(const QString& id, const QString& name, const QString& owner,
                     StreamKind kind = StreamKind::Customer, const QString& slice = {}) {
    Stream s;
    s.id = id;
    s.name = name;
    s.owner = owner;
    s.kind = kind;
    s.slice = slice;
    return s;
}

// Two teams, a slice and two steps with their cells, one stream with three stages and two flows,
// a capability owned by the second team, dependencies from the stream and a stage, and a note.
inline Map smallMap(MapUid uid = 1, const QString& name = QStringLiteral("Current state")) {
    Map m;
    m.uid = uid;
    m.info.name = name;
    m.teams = {team(u"t1"_s, u"Checkout"_s), team(u"t2"_s, u"Platform"_s, TeamType::Platform, 7)};
    m.slices = {Slice{u"s1"_s, u"Consumer"_s, u"We win when shoppers buy"_s}};
    m.steps = {Step{u"c1"_s, u"Discover"_s}, Step{u"c2"_s, u"Purchase"_s}};
    m.cells = {Cell{u"s1"_s, u"c1"_s, u"find"_s, u"choice"_s, u"found"_s, u"finds"_s, false},
               Cell{u"s1"_s, u"c2"_s, u"buy"_s, u"goods"_s, u"paid"_s, u"orders"_s, true}};
    m.streams = {stream(u"vs1"_s, u"Shopper purchase"_s, u"t1"_s, StreamKind::Customer, u"s1"_s)};
    m.stages = {stage(u"a"_s, u"vs1"_s, u"Backlog"_s, u"t1"_s, 0, 3600, 100, u"c1"_s),
                stage(u"b"_s, u"vs1"_s, u"Build"_s, u"t1"_s, 7200, 14400, 90, u"c2"_s),
                stage(u"c"_s, u"vs1"_s, u"Deploy"_s, u"t2"_s, 600, 86400, 80, u"c2"_s)};
    m.flows = {flow(u"f1"_s, u"a"_s, u"b"_s), flow(u"f2"_s, u"b"_s, u"c"_s)};
    m.capabilities = {Capability{u"cap1"_s, u"Pipeline"_s, u"t2"_s, u"99.9%"_s, {}}};
    m.dependencies = {Dependency{u"d1"_s, u"vs1"_s, u"cap1"_s},
                      Dependency{u"d2"_s, u"c"_s, u"cap1"_s}};
    m.notes = {Note{u"n1"_s, u"Why so slow?"_s, NoteKind::Kaizen, {}, QPointF(10, 20)}};
    return m;
}

} // namespace sb::test
