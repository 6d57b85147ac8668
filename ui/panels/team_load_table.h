#pragma once

#include "fitted_table.h"
#include "metrics_figures.h"

namespace sb::panels {

// Per team: the stages and streams it owns and the handoffs it takes in and gives out, in the
// Metrics dock's scope. A table rather than a chart: four counts of different things read best
// as numbers, and it needs no legend. Rows keep their items across updates; it sizes itself to
// its rows so the dock scrolls as one page.
class TeamLoadTable : public FittedTable {
    Q_OBJECT
public:
    enum Column { Team, Stages, Streams, HandoffsIn, HandoffsOut };
    static constexpr int columnCount = 5;

    explicit TeamLoadTable(QWidget* parent = nullptr);

    void setLoads(const QList<TeamLoad>& loads);
};

} // namespace sb::panels
