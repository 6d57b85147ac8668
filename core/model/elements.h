#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
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

struct Team {
    Id id;
    QString name;
    TeamType type = TeamType::StreamAligned;
    std::optional<int> size; // people; without a size the size rules do not apply
    QColor color;            // invalid: take the palette colour for its position
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
    bool operator==(const FlowCounts&) const = default;
};

// What a stream delivered and has in progress over the workshop's period.
struct FlowItems {
    double periodDays = 30;
    FlowCounts done;
    FlowCounts inProgress;
    bool operator==(const FlowItems&) const = default;
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

struct MapSettings {
    double workingDayHours = 24;
    int coordinationMaxTeams = 2;
    int sharedServiceMinStreams = 3;
    int teamSizeMin = 2;
    int teamSizeMax = 9;
    bool operator==(const MapSettings&) const = default;
};

} // namespace sb
