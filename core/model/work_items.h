#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>

namespace sb {

// The four kinds of flow item of the Flow Framework.
enum class FlowItemKind { Features, Defects, Risks, Debt };
inline constexpr int flowItemKindCount = 4;

// Seconds since 1970-01-01T00:00 UTC at which a work item entered a workflow state.
using StateTime = qint64;
inline constexpr StateTime notEntered = std::numeric_limits<StateTime>::min();

// One item of a tracker's history, as the work-item CSV gives it.
struct WorkItem {
    QString id;
    QString name;
    QString link;
    QString type; // the tracker's type, as written; empty for none
    FlowItemKind kind = FlowItemKind::Features;
    // One entry per state of its stream's WorkItemSetup, in that order; notEntered for a state
    // the item skipped or has not reached.
    QList<StateTime> entered;
    bool operator==(const WorkItem&) const = default;
};

// How a stream's work items were imported, remembered for the next import and used by the
// measures.
struct WorkItemSetup {
    QStringList states; // the workflow in order; the last one is done
    QStringList active; // states in which the item is worked on (flow efficiency)
    QString start;      // the state whose date starts the flow time; empty: the first state
    QString typeColumn; // the CSV column holding the type; empty: "Type"
    QList<QPair<QString, FlowItemKind>> types; // tracker type → flow item kind
    QList<QPair<QString, QString>> stages;     // state → stage id of the stream
    bool operator==(const WorkItemSetup&) const = default;

    QString startState() const { return start.isEmpty() ? states.value(0) : start; }
};

struct WorkItems {
    WorkItemSetup setup;
    QList<WorkItem> items;
    bool isEmpty() const { return items.isEmpty(); }
    bool operator==(const WorkItems&) const = default;
};

// The mapping types take when an import gives none:
// Story=features, Bug=defects, Vulnerability=risks, Chore=debt.
QList<QPair<QString, FlowItemKind>> defaultWorkItemTypes();

QString toString(FlowItemKind kind); // "features", "defects", "risks", "debt"
std::optional<FlowItemKind> parseFlowItemKind(QStringView word);

// State times are seconds since 1970-01-01 00:00 UTC; a calendar day has this many.
inline constexpr StateTime secondsPerCalendarDay = 86400;
// Midnight (UTC) at the start of the date.
StateTime midnightOf(QDate date);
// The date (UTC) the time falls on.
QDate dateOf(StateTime time);

// A state time as ISO 8601: the date alone at midnight, else yyyy-MM-ddTHH:mm:ss (UTC).
QString stateTimeText(StateTime time);
// An ISO 8601 date or date-time (a date-time without an offset is read as UTC); nullopt when
// it is neither.
std::optional<StateTime> parseStateTime(QStringView text);

} // namespace sb
