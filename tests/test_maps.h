#pragma once

// Small helpers to write maps in tests: each call appends one element, so the order of the calls
// is the file order.

#include "model/map.h"

#include <QMetaType>
#include <QStringList>

namespace sbtest {

inline constexpr double hour = 3600;

// "a b c" → {"a", "b", "c"}
inline QStringList ids(const char* spaceSeparated) {
    return QString::fromUtf8(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct StageSpec {
    const char* id;
    const char* stream;
    double leadHours = 0;
    double processHours = 0;
    const char* owner = "";
    double pctCA = 100;
    const char* name = nullptr; // the id when null
};

class MapBuilder {
public:
    MapBuilder& team(const char* id, sb::TeamType type = sb::TeamType::StreamAligned,
                     std::optional<int> size = std::nullopt) {
        sb::Team team;
        team.id = QString::fromUtf8(id);
        team.name = team.id;
        team.type = type;
        team.size = size;
        m_map.teams.append(team);
        return *this;
    }

    MapBuilder& stream(const char* id, const char* name = nullptr, const char* owner = "") {
        sb::Stream stream;
        stream.id = QString::fromUtf8(id);
        stream.name = QString::fromUtf8(name ? name : id);
        stream.owner = QString::fromUtf8(owner);
        m_map.streams.append(stream);
        return *this;
    }

    // Makes the last stream added a supporting stream.
    MapBuilder& supporting() {
        m_map.streams.last().kind = sb::StreamKind::Supporting;
        return *this;
    }

    // Fills the card of the last stream added.
    MapBuilder& card(const char* trigger, const char* finishLine, const char* northStar) {
        sb::Card& card = m_map.streams.last().card;
        card[sb::CardField::Trigger] = QString::fromUtf8(trigger);
        card[sb::CardField::FinishLine] = QString::fromUtf8(finishLine);
        card[sb::CardField::NorthStar] = QString::fromUtf8(northStar);
        return *this;
    }

    MapBuilder& stage(const StageSpec& spec) {
        sb::Stage stage;
        stage.id = QString::fromUtf8(spec.id);
        stage.stream = QString::fromUtf8(spec.stream);
        stage.name = QString::fromUtf8(spec.name ? spec.name : spec.id);
        stage.owner = QString::fromUtf8(spec.owner);
        stage.leadTime = spec.leadHours * hour;
        stage.processTime = spec.processHours * hour;
        stage.pctCA = spec.pctCA;
        m_map.stages.append(stage);
        return *this;
    }

    MapBuilder& flow(const char* from, const char* to, sb::FlowKind kind = sb::FlowKind::Push) {
        sb::Flow flow;
        flow.id = QStringLiteral("f%1").arg(m_map.flows.size() + 1);
        flow.from = QString::fromUtf8(from);
        flow.to = QString::fromUtf8(to);
        flow.kind = kind;
        m_map.flows.append(flow);
        return *this;
    }

    MapBuilder& capability(const char* id, const char* owner = "", const char* sla = "") {
        sb::Capability capability;
        capability.id = QString::fromUtf8(id);
        capability.name = capability.id;
        capability.owner = QString::fromUtf8(owner);
        capability.sla = QString::fromUtf8(sla);
        m_map.capabilities.append(capability);
        return *this;
    }

    MapBuilder& dependency(const char* from, const char* to) {
        sb::Dependency dependency;
        dependency.id = QStringLiteral("d%1").arg(m_map.dependencies.size() + 1);
        dependency.from = QString::fromUtf8(from);
        dependency.to = QString::fromUtf8(to);
        m_map.dependencies.append(dependency);
        return *this;
    }

    MapBuilder& teamSizeMin(int people) {
        m_map.info.settings.teamSizeMin = people;
        return *this;
    }

    MapBuilder& workingDayHours(double hours) {
        m_map.info.settings.workingDayHours = hours;
        return *this;
    }

    const sb::Map& map() const { return m_map; }

private:
    sb::Map m_map;
};

} // namespace sbtest

Q_DECLARE_METATYPE(sb::Map)
