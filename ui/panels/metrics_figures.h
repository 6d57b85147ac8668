#pragma once

#include "analysis/analysis.h"
#include "metrics/flow_items.h"
#include "model/map.h"

#include <optional>

namespace sb::panels {

// What the Metrics dock shows for one stream, or for the whole map, worked out from the map and
// its analysis. The dock only formats and draws these figures; tests check them directly.
//
// Decisions (where DESIGN.md and docs/flow.md leave room):
// - Whole map: lead and process time are summed over the streams that have a lead time (streams
//   whose flows go round in a circle are left out and counted in streamsWithoutLeadTime); flow
//   efficiency = total PT ÷ total LT (0 when the total LT is 0, unknown when no stream has a lead
//   time); rolled %C&A is the mean of the streams' (as the comparison totals; 1 without streams);
//   handoffs are summed; hops is the largest of the streams'; teams are the distinct counted
//   teams of every stream, in team file order.
// - Nothing to measure: the dock shows "—" for the times, flow efficiency and rolled %C&A where
//   the streams in scope have no stage, and for flow efficiency where the lead time is 0; the
//   figures here keep the analysis's defined values (0, 1).
// - Wait and work bars: for a stream, one bar per stage: the critical path's stages first, in
//   path order, then the stream's other stages in file order. Work = PT, wait = LT − PT (0 when
//   LT is below PT: the timing rule reports that). For the whole map, one bar per stream that has
//   a lead time, in file order: work = its process time, wait = its lead time − process time.
// - Flow: the done and in-progress counts are summed over the streams in scope; velocity is the
//   number of items done, velocityPerWeek the sum of the streams' weekly rates (each stream over
//   its own period); periodDays is the period when every stream in scope has the same one. A
//   stream with work items counts them over their default period (effectiveFlowItems).
// - Team load: for a stream, the stages of the stream each team owns, 1 stream when it owns the
//   stream, and the stream's handoff flows (rework included); for the whole map, every stream's.
//   A handoff flow from a stage of team A to a stage of team B is out for A and in for B. Rows
//   are the teams with at least one non-zero figure, in team file order.
struct HeadlineFigures {
    std::optional<double> leadTime;       // seconds; null when unknown (flows in a circle)
    std::optional<double> processTime;    // seconds; null with the lead time
    std::optional<double> flowEfficiency; // fraction; null with the lead time
    double rolledPctCA = 1;               // fraction
    int handoffs = 0;
    int hops = 0;
    QStringList teams;          // counted teams' names, in team file order
    QStringList farthestPath;   // team names from the owner to the farthest team (a stream only)
    int criticalPathStages = 0; // a stream only
    int stages = 0;             // of the streams in scope
    int streams = 0;            // streams in scope
    int streamsWithoutLeadTime = 0;
};

struct WaitWorkBar {
    Id id; // the stage (or, for the whole map, the stream)
    QString name;
    double work = 0; // seconds
    double wait = 0; // seconds
    bool onCriticalPath = false;
};

struct FlowFigures {
    FlowCounts done;
    FlowCounts inProgress;
    double velocityPerWeek = 0;
    std::optional<double> periodDays; // when every stream in scope has the same period
    bool measured = false; // a stream in scope counts its work items, not typed flow items
    int velocity() const { return done.total(); }
    int load() const { return inProgress.total(); }
};

struct TeamLoad {
    Id team;
    QString name;
    QColor color;
    int stages = 0;
    int streams = 0;
    int handoffsIn = 0;
    int handoffsOut = 0;
};

struct MetricsFigures {
    std::optional<Id> stream; // null for the whole map
    QString title;            // the stream's name, or the map's
    HeadlineFigures headline;
    QList<WaitWorkBar> bars;
    FlowFigures flow;
    QList<TeamLoad> teams;
};

// The figures of stream (nullopt, or a stream the map does not hold: the whole map).
MetricsFigures metricsFigures(const Map& map, const AnalysisResult& result,
                              const std::optional<Id>& stream);

} // namespace sb::panels
