#pragma once

#include "analysis/analysis.h"
#include "model/map.h"

namespace sb {

// An element of the map a step is about: its kind and its key (a cell's key is cellKey()).
struct AgendaFocus {
    ElementKind kind;
    QString key;
    bool operator==(const AgendaFocus&) const = default;
};

// Where the room stands on one step of the method, computed from the map and its analysis.
struct AgendaItem {
    AgendaStep step = AgendaStep::Slices;
    bool done = false;
    QString progress; // in words, for the panel and `check`: "18 of 24 cells filled"
    QString next;     // what to do next; empty when done
    // A fraction for a progress bar: current of target, 0 ≤ current ≤ target, target ≥ 1.
    int current = 0;
    int target = 1;
    // The elements the step is about, what needs work first; empty when the map has none yet.
    QList<AgendaFocus> focus;
    bool operator==(const AgendaItem&) const = default;
};

// The eight steps of "Identifying value streams", in order, each with its check (README,
// Reference, "Agenda"). result is the map's analysis; only its staffing findings are used.
QList<AgendaItem> agendaProgress(const Map& map, const AnalysisResult& result);

} // namespace sb
