#pragma once

#include "metrics/comparison.h"
#include "model/document.h"
#include "refresh_when_shown.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace sb::panels {

class ComparisonChart;
class FittedTable;

// The Comparison dock: a future-state map against the map it was derived from. A table of the
// nine compared metrics (before, after, change; green when better, red when worse) for one
// stream or the whole map, and grouped bars per stream (current beside future) for lead time,
// handoffs and hops: one chart each, so every bar is named by its stream alone.
// A current-state map shows the comparison of the future-state map derived from it (the first in
// file order when there are several), and says so. A map without either gets a calm sentence on
// how to make one.
class ComparisonPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { Metric, Before, After, Change };

    explicit ComparisonPanel(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void setMap(MapUid map);
    // The future-state map whose comparison is on show: the map itself, or the one derived from
    // it; 0 with the explanation.
    MapUid comparedMap() const { return m_compared; }
    // The stream whose figures the table shows; nullopt (or a stream not compared) shows the
    // whole map's totals. The stream selector follows, and the user can change it.
    void setStream(std::optional<Id> stream);
    std::optional<Id> stream() const { return m_stream; }

    // What is on show; for tests.
    const std::optional<MapComparison>& comparison() const { return m_comparison; }
    bool showsExplanation() const;
    QLabel* explanation() const { return m_explanation; }
    // Under the title: which derived map a current-state map shows; hidden for a future map.
    QLabel* derivedNote() const { return m_derivedNote; }
    QComboBox* streamSelector() const { return m_streams; }
    FittedTable* table() const { return m_table; }
    ComparisonChart* leadTimeChart() const { return m_leadTime; }
    ComparisonChart* handoffsChart() const { return m_handoffs; }
    ComparisonChart* hopsChart() const { return m_hops; }

private:
    void refresh();
    void updateSelector();
    void updateTable();
    void updateCharts();
    QString explanationText() const;
    const Map* map() const;
    const Map* futureMap() const;

    QPointer<Document> m_document;
    RefreshWhenShown* m_whenShown;
    MapUid m_map = 0;
    MapUid m_compared = 0;
    std::optional<Id> m_stream;
    std::optional<MapComparison> m_comparison;
    QMetaObject::Connection m_documentConnection;

    QStackedWidget* m_pages;
    QLabel* m_explanation;
    QScrollArea* m_scroll;
    QLabel* m_title;
    QLabel* m_derivedNote;
    QComboBox* m_streams;
    FittedTable* m_table;
    QLabel* m_tableNote;
    ComparisonChart* m_leadTime;
    ComparisonChart* m_handoffs;
    ComparisonChart* m_hops;
};

} // namespace sb::panels
