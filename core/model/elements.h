#pragma once

#include "work_items.h"

#include <QColor>
#include <QDate>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace sb {

// Element ids are strings chosen by whoever wrote the map; unique within a map across all kinds.
using Id = QString;

enum class TeamType { StreamAligned, Platform, Enabling, ComplicatedSubsystem };
enum class StreamKind { Customer, Supporting };
enum class FlowKind { Push, Pull, Rework };
enum class NoteKind { Sticky, Kaizen };
enum class MapState { Current, Future };
enum class ActionStatus { Planned, InProgress, Done, Dropped };

// How many people of one role a team has.
struct RoleCount {
    QString role;
    int people = 1;
    bool operator==(const RoleCount&) const = default;
};

struct Team {
    Id id;
    QString name;
    TeamType type = TeamType::StreamAligned;
    std::optional<int> size;     // people; without a size the size rules do not apply
    QColor color;                // invalid: take the palette colour for its position
    QList<RoleCount> roles = {}; // when not empty, size is the sum of its people
    bool operator==(const Team&) const = default;
};

struct Slice {
    Id id;
    QString name;
    QString outcome; // "We win when … for …"
    bool operator==(const Slice&) const = default;
};

struct Step {
    Id id;
    QString name;
    bool operator==(const Step&) const = default;
};

// One cell of the time × customer grid; identified by its slice and step.
struct Cell {
    Id slice;
    Id step;
    QString intent;
    QString value;
    QString outcome;
    QString metric;
    bool divergent = false;
    bool operator==(const Cell&) const = default;
};

// The Value Stream Card of the method, one text per key.
enum class CardField {
    For,
    Trigger,
    FinishLine,
    Outcome,
    NorthStar,
    SupportingMetrics,
    RevenueStreams,
    Policies,
    Owns,
    ReliesOn,
    Capabilities,
    Interfaces,
    Risks,
};
inline constexpr int cardFieldCount = 13;

struct Card {
    std::array<QString, cardFieldCount> fields;
    const QString& operator[](CardField f) const { return fields[static_cast<size_t>(f)]; }
    QString& operator[](CardField f) { return fields[static_cast<size_t>(f)]; }
    bool operator==(const Card&) const = default;
};

struct FlowCounts {
    int features = 0;
    int defects = 0;
    int risks = 0;
    int debt = 0;
    int total() const { return features + defects + risks + debt; }
    int& of(FlowItemKind kind) {
        switch (kind) {
        case FlowItemKind::Features:
            return features;
        case FlowItemKind::Defects:
            return defects;
        case FlowItemKind::Risks:
            return risks;
        case FlowItemKind::Debt:
            break;
        }
        return debt;
    }
    bool operator==(const FlowCounts&) const = default;
};

// What a stream delivered and has in progress over the workshop's period.
struct FlowItems {
    double periodDays = 30;
    FlowCounts done;
    FlowCounts inProgress;
    bool operator==(const FlowItems&) const = default;
};

// The method's decision criteria for a candidate stream. The room judges most of them; time
// integrity and customer clarity are derived from the card and the grid (see criteria.h), so
// their `met` is not used.
enum class Criterion {
    TimeIntegrity,
    CustomerClarity,
    PolicyDeltas,
    CadenceAndLearning,
    BlastRadius,
    Simplicity,
};
inline constexpr int criterionCount = 6;

struct CriterionCheck {
    bool met = false;
    QString note;
    bool operator==(const CriterionCheck&) const = default;
};

struct DecisionCriteria {
    std::array<CriterionCheck, criterionCount> checks;
    const CriterionCheck& operator[](Criterion c) const { return checks[static_cast<size_t>(c)]; }
    CriterionCheck& operator[](Criterion c) { return checks[static_cast<size_t>(c)]; }
    bool operator==(const DecisionCriteria&) const = default;
};

struct Stream {
    Id id;
    QString name;
    StreamKind kind = StreamKind::Customer;
    Id owner; // team id, empty for none
    Id slice; // slice id, empty for none
    Card card;
    QColor color; // invalid for none
    FlowItems flowItems;
    DecisionCriteria criteria = {};
    WorkItems workItems = {}; // imported from a tracker's history; empty for none
    bool operator==(const Stream&) const = default;
};

struct Stage {
    Id id;
    Id stream;
    Id step; // empty for none
    QString name;
    Id owner;               // empty for none
    double processTime = 0; // seconds
    double leadTime = 0;    // seconds, elapsed, includes the process time
    double pctCA = 100;     // 0–100
    std::optional<QPointF> position;
    bool operator==(const Stage&) const = default;
};

struct Flow {
    Id id;
    Id from;
    Id to;
    FlowKind kind = FlowKind::Push;
    bool operator==(const Flow&) const = default;
};

struct Capability {
    Id id;
    QString name;
    Id owner;
    QString sla;
    Id providedBy; // a supporting stream, empty for none
    bool operator==(const Capability&) const = default;
};

// From and to are any stream, stage or capability of the map.
struct Dependency {
    Id id;
    Id from;
    Id to;
    bool operator==(const Dependency&) const = default;
};

struct Note {
    Id id;
    QString text;
    NoteKind kind = NoteKind::Sticky;
    QColor color;
    std::optional<QPointF> position;
    bool operator==(const Note&) const = default;
};

// An improvement the room commits to: the action roadmap.
struct Action {
    Id id;
    QString title;
    Id owner;  // team id, empty for none
    QDate due; // invalid for none
    ActionStatus status = ActionStatus::Planned;
    QString note;
    QList<Id> links;      // elements of the map it is about: kaizen bursts, changed elements, …
    QStringList findings; // findingKey()s of the findings it answers
    bool operator==(const Action&) const = default;
};

// The eight steps of "Identifying value streams", in the order the room works through them.
enum class AgendaStep { Slices, Outcomes, Timeline, Grid, Divergences, Streams, Shared, Staffing };
inline constexpr int agendaStepCount = 8;

// How long the room gives each agenda step, in seconds.
struct Timeboxes {
    std::array<double, agendaStepCount> seconds = {20 * 60., 15 * 60., 20 * 60., 45 * 60.,
                                                   20 * 60., 40 * 60., 30 * 60., 30 * 60.};
    double operator[](AgendaStep s) const { return seconds[static_cast<size_t>(s)]; }
    double& operator[](AgendaStep s) { return seconds[static_cast<size_t>(s)]; }
    bool operator==(const Timeboxes&) const = default;
};

QStringList defaultRoles(); // Product, Engineering, Design, QA, Operations, Customer success
QStringList defaultRequiredRoles(); // Product, Engineering

// A workshop begun in the application counts working days of this many hours; a file that does
// not say keeps the interchange default of 24 (MapSettings).
inline constexpr double newWorkshopDayHours = 8;

struct MapSettings {
    double workingDayHours = 24;
    int coordinationMaxTeams = 2;
    int sharedServiceMinStreams = 3;
    int teamSizeMin = 2;
    int teamSizeMax = 9;
    QStringList roles = defaultRoles();                 // the roles teams of this map may list
    QStringList requiredRoles = defaultRequiredRoles(); // every customer stream needs these
    bool operator==(const MapSettings&) const = default;
};

} // namespace sb
