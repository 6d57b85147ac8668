#include "synthetic_workshop.h"

#include "store/json_interchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace sb::synthetic {
namespace {

constexpr int stagesPerStream = 50;
constexpr int steps = 40;
constexpr int slices = 10;

// std::mt19937 is specified to the bit; the standard distributions are not, so draws are made
// here to keep the bytes the same on every standard library.
class Draw {
public:
    explicit Draw(quint32 seed)
        : engine_(seed) {}
    int below(int n) { return static_cast<int>(engine_() % static_cast<quint32>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::mt19937 engine_;
};

QString id(char kind, int n) {
    return QLatin1Char(kind) + QString::number(n);
}
QString stageId(int stream, int stage) {
    return id('v', stream) + u'x' + QString::number(stage);
}

QJsonObject link(const QString& from, const QString& to) {
    return {{u"from"_s, from}, {u"to"_s, to}};
}

} // namespace

QByteArray interchangeJson(int stageCount, quint32 seed) {
    Draw draw(seed);
    stageCount = std::max(1, stageCount);
    const int streamCount = (stageCount + stagesPerStream - 1) / stagesPerStream;
    const int teamCount = std::max(3, streamCount / 5 + 3);
    const int capabilityCount = std::max(3, stageCount / 10);

    QJsonArray teams;
    for (int t = 0; t < teamCount; ++t)
        teams.append(QJsonObject{{u"id"_s, id('t', t)},
                                 {u"name"_s, u"Team %1"_s.arg(t)},
                                 {u"type"_s, t % 7 == 0 ? u"platform"_s : u"stream-aligned"_s},
                                 {u"size"_s, 3 + t % 7}});
    QJsonArray stepList;
    for (int k = 0; k < steps; ++k)
        stepList.append(QJsonObject{{u"id"_s, id('k', k)}, {u"name"_s, u"Step %1"_s.arg(k)}});
    QJsonArray sliceList;
    for (int s = 0; s < slices; ++s)
        sliceList.append(QJsonObject{{u"id"_s, id('s', s)},
                                     {u"name"_s, u"Slice %1"_s.arg(s)},
                                     {u"outcome"_s, u"We win when it works."_s}});

    QJsonArray streams, stages, flows;
    for (int v = 0; v < streamCount; ++v) {
        const QString owner = id('t', v % teamCount);
        streams.append(
            QJsonObject{{u"id"_s, id('v', v)},
                        {u"name"_s, u"Stream %1"_s.arg(v)},
                        {u"kind"_s, v % 5 ? u"customer"_s : u"supporting"_s},
                        {u"owner"_s, owner},
                        {u"slice"_s, id('s', v % slices)},
                        {u"card"_s, QJsonObject{{u"trigger"_s, u"A customer asks"_s},
                                                {u"finishLine"_s, u"The customer has it"_s},
                                                {u"northStar"_s, u"Days to value"_s}}}});
        const int length = std::min(stagesPerStream, stageCount - v * stagesPerStream);
        for (int j = 0; j < length; ++j) {
            const bool ownStream = draw.chance(70);
            const QString stageOwner = ownStream ? owner : id('t', draw.below(teamCount));
            const int processTime = draw.between(60, 8 * 3600);
            const int wait = draw.between(0, 5 * 86400);
            stages.append(QJsonObject{{u"id"_s, stageId(v, j)},
                                      {u"stream"_s, id('v', v)},
                                      {u"step"_s, id('k', j * steps / stagesPerStream)},
                                      {u"name"_s, u"Stage %1.%2"_s.arg(v).arg(j)},
                                      {u"owner"_s, stageOwner},
                                      {u"processTime"_s, processTime},
                                      {u"leadTime"_s, processTime + wait},
                                      {u"pctCA"_s, draw.between(60, 100)}});
            if (j > 0) {
                QJsonObject push = link(stageId(v, j - 1), stageId(v, j));
                push.insert(u"kind"_s, u"push"_s);
                flows.append(push);
            }
            if (j > 2 && draw.chance(5)) {
                QJsonObject rework = link(stageId(v, j), stageId(v, j - 2));
                rework.insert(u"kind"_s, u"rework"_s);
                flows.append(rework);
            }
        }
    }

    QJsonArray capabilities, dependencies;
    for (int c = 0; c < capabilityCount; ++c)
        capabilities.append(QJsonObject{{u"id"_s, id('c', c)},
                                        {u"name"_s, u"Capability %1"_s.arg(c)},
                                        {u"owner"_s, id('t', draw.below(teamCount))},
                                        {u"sla"_s, u"99.9%"_s},
                                        {u"providedBy"_s, QJsonValue::Null}});
    for (int v = 0; v < streamCount; ++v) {
        const int first = draw.below(capabilityCount);
        const int step = 1 + draw.below(capabilityCount / 3);
        for (int d = 0; d < 3; ++d)
            dependencies.append(link(id('v', v), id('c', (first + d * step) % capabilityCount)));
    }
    // Edges only to later capabilities make no cycle; the cycles are the three-capability loops.
    const int cycleEvery = std::max(3, capabilityCount / 10);
    for (int c = 0; c < capabilityCount; ++c) {
        const bool inCycle = c % cycleEvery < 3 && c - c % cycleEvery + 2 < capabilityCount;
        if (inCycle) {
            const int start = c - c % cycleEvery;
            dependencies.append(link(id('c', c), id('c', c % cycleEvery == 2 ? start : c + 1)));
        } else if (c + 1 < capabilityCount && draw.chance(50)) {
            dependencies.append(
                link(id('c', c), id('c', draw.between(c + 1, capabilityCount - 1))));
        }
    }
    for (qsizetype d = 0; d < dependencies.size(); ++d) {
        QJsonObject dependency = dependencies[d].toObject();
        dependency.insert(u"id"_s, id('d', static_cast<int>(d)));
        dependencies[d] = dependency;
    }
    for (qsizetype f = 0; f < flows.size(); ++f) {
        QJsonObject flow = flows[f].toObject();
        flow.insert(u"id"_s, id('f', static_cast<int>(f)));
        flows[f] = flow;
    }

    const QJsonObject map{{u"name"_s, u"Synthetic %1"_s.arg(stageCount)},
                          {u"state"_s, u"current"_s},
                          {u"baseline"_s, QJsonValue::Null},
                          {u"settings"_s, QJsonObject{{u"workingDayHours"_s, 8}}},
                          {u"teams"_s, teams},
                          {u"slices"_s, sliceList},
                          {u"steps"_s, stepList},
                          {u"cells"_s, QJsonArray{}},
                          {u"streams"_s, streams},
                          {u"stages"_s, stages},
                          {u"flows"_s, flows},
                          {u"capabilities"_s, capabilities},
                          {u"dependencies"_s, dependencies},
                          {u"notes"_s, QJsonArray{}}};
    return QJsonDocument(QJsonObject{{u"format"_s, u"streamboard"_s},
                                     {u"version"_s, 1},
                                     {u"maps"_s, QJsonArray{map}}})
        .toJson(QJsonDocument::Compact);
}

Map generatedMap(int stages, quint32 seed) {
    QString error;
    std::optional<Workshop> workshop = json::read(interchangeJson(stages, seed), &error);
    if (!workshop || workshop->maps.isEmpty())
        qFatal("the synthetic workshop of %d stages does not read back: %s", stages,
               qPrintable(error));
    Map map = std::move(workshop->maps.first());
    map.uid = 1;
    return map;
}

} // namespace sb::synthetic
