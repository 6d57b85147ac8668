#pragma once

#include "metrics_figures.h"
#include "model/document.h"
#include "refresh_when_shown.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace sb::panels {

class FlowDistributionChart;
class WorkItemCharts;
class HeadlineCards;
class TeamLoadTable;
class WaitWorkChart;

// The Metrics dock: the lean and flow metrics of the selected stream, or of the whole map. Cards
// for the headline figures, wait against work per stage, the flow distribution with velocity and
// load, and each team's load. Everything updates in place after every command (the charts keep
// their series), so the room sees the numbers move as the facilitator edits.
class MetricsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetricsPanel(QWidget* parent = nullptr);

    // The document whose map the panel shows; nullptr shows nothing.
    void setDocument(Document* document);
    void setMap(MapUid map);
    // The stream to show; nullopt (or a stream the map does not hold) shows the whole map.
    void setStream(std::optional<Id> stream);
    std::optional<Id> stream() const { return m_stream; }

    // What is on show; for tests.
    const MetricsFigures& figures() const { return m_figures; }
    QLabel* title() const { return m_title; }
    HeadlineCards* cards() const { return m_cards; }
    WaitWorkChart* waitWorkChart() const { return m_waitWork; }
    FlowDistributionChart* flowChart() const { return m_flow; }
    WorkItemCharts* workItemCharts() const { return m_workItems; }
    TeamLoadTable* teamLoad() const { return m_teams; }

private:
    void refresh();
    void followChanges(const ChangeSet& changes);
    const Map* map() const;

    QPointer<Document> m_document;
    RefreshWhenShown* m_whenShown;
    MapUid m_map = 0;
    std::optional<Id> m_stream;
    MetricsFigures m_figures;
    QMetaObject::Connection m_documentConnection;

    QStackedWidget* m_pages;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QLabel* m_title;
    QLabel* m_subtitle;
    HeadlineCards* m_cards;
    QLabel* m_waitWorkTitle;
    WaitWorkChart* m_waitWork;
    FlowDistributionChart* m_flow;
    WorkItemCharts* m_workItems;
    TeamLoadTable* m_teams;
};

} // namespace sb::panels
