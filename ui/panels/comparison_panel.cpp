#include "comparison_panel.h"

#include "analysis/analysis_cache.h"
#include "chart_style.h"
#include "comparison_chart.h"
#include "comparison_rows.h"
#include "fitted_table.h"
#include "follow_document.h"
#include "labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

namespace {

QColor verdictColor(Verdict verdict) {
    switch (verdict) {
    case Verdict::Better:
        return charts::betterColor();
    case Verdict::Worse:
        return charts::worseColor();
    case Verdict::Same:
    case Verdict::Unknown:
        break;
    }
    return QColor(0x5f, 0x68, 0x75);
}

QString streamLabel(const StreamComparison& stream) {
    if (!stream.before)
        return ComparisonPanel::tr("%1 (new)").arg(stream.name);
    if (!stream.after)
        return ComparisonPanel::tr("%1 (removed)").arg(stream.name);
    return stream.name;
}

} // namespace

ComparisonPanel::ComparisonPanel(QWidget* parent)
    : QWidget(parent)
    , m_whenShown(new RefreshWhenShown(this, [this] { refresh(); }))
    , m_pages(new QStackedWidget(this))
    , m_explanation(charts::newNote({}, this))
    , m_scroll(new QScrollArea(this))
    , m_title(charts::newSectionTitle({}, this))
    , m_derivedNote(charts::newNote({}, this))
    , m_streams(new QComboBox(this))
    , m_table(new FittedTable(comparisonRowCount, 4, this))
    , m_tableNote(charts::newNote({}, this))
    , m_leadTime(new ComparisonChart(this))
    , m_handoffs(new ComparisonChart(this))
    , m_hops(new ComparisonChart(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setContentsMargins(16, 16, 16, 16);
    m_pages->addWidget(m_explanation);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(6);
    m_title->setWordWrap(true);
    column->addWidget(m_title);
    column->addWidget(m_derivedNote);

    auto* selector = new QHBoxLayout;
    auto* selectorLabel = new QLabel(tr("&Stream:"), content);
    selectorLabel->setBuddy(m_streams);
    selector->addWidget(selectorLabel);
    selector->addWidget(m_streams, 1);
    column->addLayout(selector);
    m_streams->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_streams->setMinimumContentsLength(12);

    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Before"), tr("After"), tr("Change")});
    // The figures as wide as they are; the metric's name takes the rest and wraps in a narrow
    // dock.
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(Metric, QHeaderView::Stretch);
    for (int c = Before; c <= Change; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    const QList<ComparisonRow> rows = comparisonRows(ComparedMetrics{}, ComparedMetrics{}, 24);
    for (int row = 0; row < comparisonRowCount; ++row) {
        m_table->setCell(row, Metric, rows[row].metric)->setToolTip(rows[row].metric);
        m_table->setCell(row, Before, {}, Qt::AlignRight | Qt::AlignVCenter);
        m_table->setCell(row, After, {}, Qt::AlignRight | Qt::AlignVCenter);
        m_table->setCell(row, Change, {});
    }
    column->addWidget(m_table);
    column->addWidget(m_tableNote);

    column->addSpacing(8);
    column->addWidget(charts::newSectionTitle(tr("Lead time per stream"), content));
    column->addWidget(m_leadTime);
    column->addSpacing(8);
    column->addWidget(charts::newSectionTitle(tr("Handoffs per stream"), content));
    column->addWidget(m_handoffs);
    column->addSpacing(8);
    column->addWidget(charts::newSectionTitle(tr("Hops per stream"), content));
    column->addWidget(m_hops);
    column->addStretch(1);

    charts::setScrollContent(m_scroll, content);
    m_pages->addWidget(m_scroll);

    connect(m_streams, &QComboBox::activated, this, [this](int index) {
        const QString id = m_streams->itemData(index).toString();
        m_stream = id.isEmpty() ? std::nullopt : std::optional<Id>(id);
        updateTable();
    });
    refresh();
}

void ComparisonPanel::setDocument(Document* document) {
    if (!followDocument(m_document, m_documentConnection, document, this,
                        &ComparisonPanel::refresh))
        return;
    if (document) // a worker's result of this map or its baseline
        connect(AnalysisCache::of(document), &AnalysisCache::analyzed, this,
                &ComparisonPanel::refresh, Qt::UniqueConnection);
    refresh();
}

void ComparisonPanel::setMap(MapUid map) {
    m_map = map;
    refresh();
}

void ComparisonPanel::setStream(std::optional<Id> stream) {
    m_stream = std::move(stream);
    updateSelector();
    updateTable();
}

bool ComparisonPanel::showsExplanation() const {
    return m_pages->currentWidget() == m_explanation;
}

const Map* ComparisonPanel::map() const {
    return m_document ? m_document->map(m_map) : nullptr;
}

const Map* ComparisonPanel::futureMap() const {
    return m_document ? m_document->map(m_compared) : nullptr;
}

namespace {
// Whether map has a stage in stream, or (nullopt) in any of its streams: else the times, flow
// efficiency and rolled %C&A have nothing to measure.
bool mapHasStages(const Map* map, const std::optional<Id>& stream) {
    if (!map)
        return false;
    for (const Stage& stage : map->stages)
        if (stream ? stage.stream == *stream : map->indexOf<Stream>(stage.stream) >= 0)
            return true;
    return false;
}

// The future-state maps derived from current, in file order (a baseline is found by its name:
// the first map of that name).
QList<const Map*> derivedMaps(const Workshop& workshop, const Map& current) {
    QList<const Map*> derived;
    if (workshop.mapNamed(current.info.name) != &current)
        return derived;
    for (const Map& m : workshop.maps)
        if (m.info.state == MapState::Future && m.info.baseline == current.info.name &&
            &m != &current)
            derived.append(&m);
    return derived;
}
} // namespace

QString ComparisonPanel::explanationText() const {
    const Map* m = map();
    if (m && m->info.state == MapState::Future && !m->info.baseline.isEmpty())
        return tr("This future-state map was derived from “%1”, which is no longer in this "
                  "workshop, so there is nothing to compare it with.")
            .arg(m->info.baseline);
    return tr("Derive a future-state map (Map → Derive future-state map) to compare it with its "
              "current state.");
}

void ComparisonPanel::refresh() {
    if (!m_whenShown->mayRefresh())
        return;
    const Map* m = map();
    QList<const Map*> derived;
    if (m && m->info.state == MapState::Current)
        derived = derivedMaps(m_document->workshop(), *m);
    const Map* future = derived.isEmpty() ? m : derived.first();
    std::optional<MapComparison> comparison;
    if (future) {
        comparison = compareWithBaseline(*m_document, *future);
        // A worker still analysing either map: the comparison stays as it is until
        // analyzed() brings the new result.
        const AnalysisCache* cache = AnalysisCache::of(m_document);
        const Map* baseline = m_document->workshop().mapNamed(future->info.baseline);
        if (!cache->isCurrent(future->uid) || (baseline && !cache->isCurrent(baseline->uid)))
            return;
    }
    m_comparison = std::move(comparison);
    m_compared = 0;
    if (!m_comparison) {
        m_explanation->setText(explanationText());
        m_pages->setCurrentWidget(m_explanation);
        return;
    }
    m_compared = future->uid;
    m_title->setText(tr("“%1” compared with “%2”").arg(future->info.name, m_comparison->baseline));
    m_derivedNote->setVisible(!derived.isEmpty());
    if (derived.size() == 1)
        m_derivedNote->setText(tr("Shown for this current state: “%1”, the future-state map "
                                  "derived from it.")
                                   .arg(future->info.name));
    else if (derived.size() > 1)
        m_derivedNote->setText(tr("Shown for this current state: “%1”, the first of the %2 "
                                  "future-state maps derived from it (each has its own tab).")
                                   .arg(future->info.name)
                                   .arg(derived.size()));
    updateSelector();
    updateTable();
    updateCharts();
    m_pages->setCurrentWidget(m_scroll);
}

void ComparisonPanel::updateSelector() {
    if (!m_comparison)
        return;
    QList<std::pair<QString, QString>> items = {{tr("Whole map"), QString()}};
    for (const StreamComparison& stream : m_comparison->streams)
        items.append({streamLabel(stream), stream.stream});
    bool same = items.size() == m_streams->count();
    for (int i = 0; same && i < items.size(); ++i)
        same = m_streams->itemText(i) == items[i].first &&
               m_streams->itemData(i).toString() == items[i].second;
    if (!same) {
        const QSignalBlocker blocker(m_streams);
        m_streams->clear();
        for (const auto& [text, id] : items)
            m_streams->addItem(text, id);
    }
    const int index = m_stream ? m_streams->findData(*m_stream) : 0;
    const QSignalBlocker blocker(m_streams);
    m_streams->setCurrentIndex(std::max(0, index));
}

void ComparisonPanel::updateTable() {
    const Map* m = futureMap();
    if (!m_comparison || !m)
        return;
    const StreamComparison* stream = nullptr;
    for (const StreamComparison& s : m_comparison->streams)
        if (m_stream && s.stream == *m_stream)
            stream = &s;
    const Map* baseline = m_document->workshop().mapNamed(m_comparison->baseline);
    const std::optional<Id> scope = stream ? std::optional<Id>(stream->stream) : std::nullopt;
    const bool measuredBefore = mapHasStages(baseline, scope);
    const bool measuredAfter = mapHasStages(m, scope);
    const double day = m->info.settings.workingDayHours;
    const QList<ComparisonRow> rows =
        stream ? comparisonRows(stream->before, stream->after, day, measuredBefore, measuredAfter)
               : comparisonRows(m_comparison->totalsBefore, m_comparison->totalsAfter, day,
                                measuredBefore, measuredAfter);
    for (int row = 0; row < rows.size() && row < m_table->rowCount(); ++row) {
        const ComparisonRow& r = rows[row];
        m_table->item(row, Before)->setText(r.before);
        m_table->item(row, After)->setText(r.after);
        m_table->item(row, Change)->setText(r.change);
        m_table->item(row, Change)->setForeground(verdictColor(r.verdict));
        QFont font = m_table->font();
        font.setBold(r.verdict == Verdict::Better || r.verdict == Verdict::Worse);
        m_table->item(row, Change)->setFont(font);
    }
    m_table->horizontalHeaderItem(Before)->setToolTip(m_comparison->baseline);
    m_table->horizontalHeaderItem(After)->setToolTip(m->info.name);
    m_table->fit();

    if (stream) {
        m_tableNote->setText(
            tr("Before is the stream in “%1”, after in this map.").arg(m_comparison->baseline));
        return;
    }
    QString note = tr("Whole map: times are summed over the streams that have a lead time, flow "
                      "efficiency is total process ÷ total lead time, rolled %C&A is the streams' "
                      "mean, and handoffs, hops, violations and teams are summed over the "
                      "streams.");
    if (m_comparison->streamsWithoutLeadTimeBefore + m_comparison->streamsWithoutLeadTimeAfter > 0)
        note += u' ' + tr("Left out of the times (flows in a circle): %1 before, %2 after.")
                           .arg(m_comparison->streamsWithoutLeadTimeBefore)
                           .arg(m_comparison->streamsWithoutLeadTimeAfter);
    m_tableNote->setText(note);
}

void ComparisonPanel::updateCharts() {
    QStringList names;
    QList<qreal> leadBefore, leadAfter, handoffsBefore, handoffsAfter, hopsBefore, hopsAfter;
    for (const StreamComparison& s : m_comparison->streams) {
        names.append(streamLabel(s));
        // A side where the stream does not exist, or has no lead time, shows no bar.
        leadBefore.append(s.before ? s.before->leadTime.value_or(0) / 3600 : 0);
        leadAfter.append(s.after ? s.after->leadTime.value_or(0) / 3600 : 0);
        handoffsBefore.append(s.before ? s.before->handoffs : 0);
        handoffsAfter.append(s.after ? s.after->handoffs : 0);
        hopsBefore.append(s.before ? s.before->hops : 0);
        hopsAfter.append(s.after ? s.after->hops : 0);
    }
    const QString before = nameWithState(m_comparison->baseline, MapState::Current);
    const QString after = nameWithState(futureMap()->info.name, MapState::Future);
    const double day = futureMap()->info.settings.workingDayHours;
    m_leadTime->setData(before, after, names, leadBefore, leadAfter,
                        tr("Hours (%1-hour days)").arg(day));
    m_handoffs->setData(before, after, names, handoffsBefore, handoffsAfter, tr("Handoffs"));
    m_hops->setData(before, after, names, hopsBefore, hopsAfter, tr("Hops"));
}

} // namespace sb::panels
