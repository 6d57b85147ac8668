#include "metrics_panel.h"

#include "analysis/analysis_cache.h"
#include "chart_style.h"
#include "flow_distribution_chart.h"
#include "follow_document.h"
#include "headline_cards.h"
#include "team_load_table.h"
#include "wait_work_chart.h"
#include "work_item_charts.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sb::panels {

namespace {

QString streamSubtitle(const Map& map, const Id& stream) {
    const Id owner = map.ownerOf(stream);
    return owner.isEmpty() ? MetricsPanel::tr("Stream without an owner")
                           : MetricsPanel::tr("Stream owned by %1").arg(map.nameOf(owner));
}

} // namespace

MetricsPanel::MetricsPanel(QWidget* parent)
    : QWidget(parent)
    , m_whenShown(new RefreshWhenShown(this, [this] { refresh(); }))
    , m_pages(new QStackedWidget(this))
    , m_empty(charts::newNote(tr("Open a map to see its metrics."), this))
    , m_scroll(new QScrollArea(this))
    , m_title(charts::newSectionTitle({}, this))
    , m_subtitle(charts::newNote({}, this))
    , m_cards(new HeadlineCards(this))
    , m_waitWorkTitle(charts::newSectionTitle({}, this))
    , m_waitWork(new WaitWorkChart(this))
    , m_flow(new FlowDistributionChart(this))
    , m_workItems(new WorkItemCharts(this))
    , m_teams(new TeamLoadTable(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_empty->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_empty);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(6);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    column->addWidget(m_title);
    column->addWidget(m_subtitle);
    column->addWidget(m_cards);
    column->addSpacing(8);
    column->addWidget(m_waitWorkTitle);
    column->addWidget(m_waitWork);
    column->addSpacing(8);
    column->addWidget(charts::newSectionTitle(tr("Flow distribution of the items done"), content));
    column->addWidget(m_flow);
    column->addWidget(m_workItems);
    column->addSpacing(8);
    column->addWidget(charts::newSectionTitle(tr("Team load: handoffs in and out"), content));
    column->addWidget(m_teams);
    column->addStretch(1);

    charts::setScrollContent(m_scroll, content);
    m_pages->addWidget(m_scroll);
    m_pages->setCurrentWidget(m_empty);
}

void MetricsPanel::setDocument(Document* document) {
    if (!followDocument(m_document, m_documentConnection, document, this,
                        &MetricsPanel::followChanges))
        return;
    if (document) // a worker's result
        connect(AnalysisCache::of(document), &AnalysisCache::analyzed, this, [this](MapUid map) {
            if (map == m_map)
                refresh();
        });
    refresh();
}

void MetricsPanel::followChanges(const ChangeSet& changes) {
    if (changes.touches(m_map))
        refresh();
}

void MetricsPanel::setMap(MapUid map) {
    m_map = map;
    refresh();
}

void MetricsPanel::setStream(std::optional<Id> stream) {
    m_stream = std::move(stream);
    refresh();
}

const Map* MetricsPanel::map() const {
    return m_document ? m_document->map(m_map) : nullptr;
}

void MetricsPanel::refresh() {
    if (!m_whenShown->mayRefresh())
        return;
    const Map* m = map();
    if (!m) {
        m_figures = {};
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    AnalysisCache* cache = AnalysisCache::of(m_document);
    const std::shared_ptr<const AnalysisResult> result = cache->result(m_map);
    // A worker still analysing the map: its last result describes the map as it was, so the
    // figures stay as they are until analyzed() brings the new one.
    if (!cache->isCurrent(m_map))
        return;
    m_figures = metricsFigures(*m, *result, m_stream);
    const bool wholeMap = !m_figures.stream;
    m_title->setText(m_figures.title);
    const int streams = m_figures.headline.streams;
    m_subtitle->setText(!wholeMap ? streamSubtitle(*m, *m_figures.stream)
                        : streams == 1
                            ? tr("Whole map: 1 stream. Select a stage to see its stream.")
                            : tr("Whole map: %1 streams. Select a stage to see its "
                                 "stream.")
                                  .arg(streams));
    m_cards->setFigures(m_figures.headline, wholeMap, m->info.settings);
    m_waitWorkTitle->setText(wholeMap ? tr("Wait and work per stream")
                                      : tr("Wait and work per stage"));
    m_waitWork->setBars(m_figures.bars, m->info.settings.workingDayHours, wholeMap);
    m_flow->setFlow(m_figures.flow);
    m_workItems->setStream(m_figures.stream ? m->find<Stream>(*m_figures.stream) : nullptr);
    m_teams->setLoads(m_figures.teams);
    m_pages->setCurrentWidget(m_scroll);
}

} // namespace sb::panels
