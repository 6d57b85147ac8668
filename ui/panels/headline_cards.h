#pragma once

#include "metrics_figures.h"

#include <QWidget>

class QGridLayout;

namespace sb::panels {

class MetricCard;

// The Metrics dock's cards: lead time, process time, flow efficiency, rolled %C&A, handoffs,
// hops and teams, in as many columns as the width allows (two in a narrow dock).
class HeadlineCards : public QWidget {
    Q_OBJECT
public:
    enum Card { LeadTime, ProcessTime, FlowEfficiency, RolledPctCA, Handoffs, Hops, Teams };
    static constexpr int cardCount = 7;

    explicit HeadlineCards(QWidget* parent = nullptr);

    // Shows figures; times with the map's working day; hops of 2 or more and more teams than
    // coordinationMaxTeams are shown in the warning colours the canvas uses.
    void setFigures(const HeadlineFigures& figures, bool wholeMap, const MapSettings& settings);

    MetricCard* card(Card card) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange(int columns);

    QGridLayout* m_grid;
    QList<MetricCard*> m_cards;
    int m_columns = 0;
};

} // namespace sb::panels
