#include "map_scene.h"

#include "analysis/incremental_analysis.h"
#include "backdrop_item.h"
#include "canvas_style.h"
#include "change_lines.h"
#include "connector_item.h"
#include "ghost_item.h"
#include "grid_items.h"
#include "ladder_item.h"
#include "lane_item.h"
#include "metrics/element_diff.h"
#include "model/duration.h"
#include "panels/metric_text.h"
#include "pass_through_layer.h"
#include "stage_item.h"

#include <QCoreApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace sb::canvas {

namespace {

struct MapSceneTr {
    Q_DECLARE_TR_FUNCTIONS(sb::canvas)
};

QString stageFigures(const Stage& s, DurationTexts& durations) {
    return MapSceneTr::tr("PT %1 · LT %2 · %3%")
        .arg(durations.compact(s.processTime), durations.compact(s.leadTime),
             QLocale().toString(s.pctCA, 'g', 4));
}

constexpr qreal handleRadius = 7;

// A change that moves nothing on the canvas, and names or colours no team (which every item a
// team owns shows).
bool leavesLayout(const Change& change) {
    using K = ElementKind;
    if (change.type != Change::Type::ElementModified || change.fields.isEmpty() ||
        change.kind == K::Team)
        return false;
    return std::none_of(change.fields.cbegin(), change.fields.cend(), [&](const QString& field) {
        switch (change.kind) {
        case K::Stage:
            return field == u"step" || field == u"stream" || field == u"position";
        case K::Stream:
            return field == u"kind"; // customer streams come first
        case K::Note:
            return field == u"position";
        default:
            return false;
        }
    });
}

bool isTime(const Change& change) {
    return change.kind == ElementKind::Stage &&
           std::any_of(change.fields.cbegin(), change.fields.cend(), [](const QString& field) {
               return field == u"processTime" || field == u"leadTime" || field == u"pctCA";
           });
}

template <class T> QSet<T> differences(const QSet<T>& a, const QSet<T>& b) {
    QSet<T> both = a;
    both.unite(b);
    QSet<T> common = a;
    common.intersect(b);
    return both.subtract(common);
}

} // namespace

void DurationTexts::setDayHours(double dayHours, qsizetype stages) {
    // A new day length changes every text; edits leave old times behind, so the memo is
    // dropped when it outgrows the map.
    if (dayHours != m_dayHours || m_texts.size() > 4 * stages + 64)
        m_texts.clear();
    m_dayHours = dayHours;
}

QString DurationTexts::compact(double seconds) {
    auto it = m_texts.find(seconds);
    if (it == m_texts.end())
        it = m_texts.insert(seconds, duration::formatCompact(seconds, m_dayHours));
    return *it;
}

MapScene::MapScene(Document* document, MapUid map, QObject* parent, const BuildProgress& progress)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_map(map)
    , m_buildProgress(progress) {
    setItemIndexMethod(qEnvironmentVariableIsSet("SBNOINDEX") ? QGraphicsScene::NoIndex
                                                              : QGraphicsScene::BspTreeIndex);
    setBackgroundBrush(style::paper());
    m_backdrop = new BackdropItem;
    addItem(m_backdrop);
    m_passThroughLayer = new PassThroughLayer;
    addItem(m_passThroughLayer);
    QObject::connect(document, &Document::changesApplied, this, &MapScene::followChanges);
    QObject::connect(AnalysisCache::of(document), &AnalysisCache::analyzed, this,
                     [this](MapUid analyzed) {
                         if (analyzed != m_map)
                             return;
                         if (m_shown && !m_stale && this->map())
                             followAnalysis();
                         else
                             syncWhenShown();
                     });
    sync();
    m_buildProgress = nullptr;
}

bool MapScene::building(qreal done) const {
    return !m_buildProgress || m_buildProgress(done);
}

void MapScene::setShown(bool shown) {
    m_shown = shown;
    if (m_shown && m_stale)
        sync();
}

void MapScene::followChanges(const ChangeSet& changes) {
    const Map* m = map();
    // A future map shows what changed against its baseline, so the baseline's changes count.
    const Map* baseline =
        m && m_showChanges ? m_document->workshop().mapNamed(m->info.baseline) : nullptr;
    if (!changes.touches(m_map) && !(baseline && changes.touches(baseline->uid)) &&
        !(m_showChanges && changes.changesMapList()))
        return;
    if (m && m_shown && !m_stale && !m_showChanges && syncTouched(*m, changes))
        return;
    syncWhenShown();
}

bool MapScene::syncTouched(const Map& m, const ChangeSet& changes) {
    const auto ours = [this](const Change& c) { return c.map == m_map; };
    if (!std::all_of(changes.changes.cbegin(), changes.changes.cend(),
                     [&](const Change& c) { return !ours(c) || leavesLayout(c); }))
        return false;
    for (const Change& change : changes.changes) {
        if (!ours(change))
            continue;
        syncElement(m, change);
        if (impactOf(change) == AnalysisImpact::Everything)
            m_marksStale = true; // an owner or an end of a flow: marks read those
    }
    followAnalysis();
    return true;
}

template <class T> const T* MapScene::listed(const Map& m, const QString& key) const {
    const auto& list = m.list<T>();
    // Elements are added and removed only by whole syncs, which index every list anew.
    const qsizetype i = m_listIndex.value(ItemKey{kindOf<T>(), key}, -1);
    if (i < 0)
        return nullptr;
    if (i < list.size() && keyOf(list[i]) == key)
        return &list[i];
    return m.find<T>(key);
}

void MapScene::syncElement(const Map& m, const Change& change) {
    using K = ElementKind;
    switch (change.kind) {
    case K::Step:
        if (auto* item = static_cast<StepHeaderItem*>(itemFor(K::Step, change.key)))
            if (const Step* step = listed<Step>(m, change.key))
                item->setName(step->name);
        return;
    case K::Slice:
        if (auto* item = static_cast<SliceHeaderItem*>(itemFor(K::Slice, change.key)))
            if (const Slice* slice = listed<Slice>(m, change.key))
                item->setContent(slice->name, slice->outcome);
        return;
    case K::Cell:
        if (auto* item = static_cast<CellItem*>(itemFor(K::Cell, change.key)))
            if (const Cell* cell = listed<Cell>(m, change.key))
                item->setCell(*cell);
        return;
    case K::Stream:
        if (const Stream* stream = listed<Stream>(m, change.key))
            syncLane(m, *stream);
        return;
    case K::Stage:
        if (const Stage* stage = listed<Stage>(m, change.key)) {
            syncStage(m, *stage);
            if (isTime(change)) // its rung on the ladder, if it has one
                if (const qsizetype i = m_listIndex.value(ItemKey{K::Stream, stage->stream}, -1);
                    i >= 0)
                    syncLadder(m, i);
        }
        return;
    case K::Capability:
        if (const Capability* capability = listed<Capability>(m, change.key))
            syncCapability(m, *capability);
        return;
    case K::Note:
        if (auto* item = static_cast<NoteItem*>(itemFor(K::Note, change.key)))
            if (const Note* note = listed<Note>(m, change.key))
                item->setNote(*note);
        return;
    case K::Flow:
        if (const Flow* flow = listed<Flow>(m, change.key))
            syncFlow(*flow);
        return;
    case K::Dependency:
        if (const Dependency* dependency = listed<Dependency>(m, change.key))
            syncDependency(*dependency);
        return;
    case K::Team:
    case K::Action:
        return;
    }
}

void MapScene::followAnalysis() {
    const Map* m = map();
    std::shared_ptr<const AnalysisResult> next = AnalysisCache::of(m_document)->result(m_map);
    if (next == m_analysis && !m_marksStale)
        return;
    const std::shared_ptr<const AnalysisResult> previous = std::exchange(m_analysis, next);
    // Marks follow the map's owners, flows and dependencies, and the analysis's streams and
    // cycles: while those stay, so do they.
    if (m_marksStale || previous->streams != next->streams ||
        previous->dependencyCycles != next->dependencyCycles) {
        m_marksStale = false;
        const CanvasMarks old = std::exchange(m_marks, computeMarks(*m, *m_analysis));
        QSet<Id> remarked = differences(old.handoffFlows, m_marks.handoffFlows);
        remarked.unite(differences(old.pathConnectors, m_marks.pathConnectors));
        remarked.unite(differences(old.pathElements, m_marks.pathElements));
        remarked.unite(differences(old.cycleMembers, m_marks.cycleMembers));
        remarked.unite(differences(old.cycleDependencies, m_marks.cycleDependencies));
        for (const Stream& stream : m->streams)
            if (old.lanes.value(stream.id) != m_marks.lanes.value(stream.id))
                remarked.insert(stream.id);
        for (const Id& id : std::as_const(remarked)) {
            if (const Stage* stage = listed<Stage>(*m, id))
                syncStage(*m, *stage);
            else if (const Flow* flow = listed<Flow>(*m, id))
                syncFlow(*flow);
            else if (const Dependency* dependency = listed<Dependency>(*m, id))
                syncDependency(*dependency);
            else if (const Capability* capability = listed<Capability>(*m, id))
                syncCapability(*m, *capability);
            else if (const Stream* stream = listed<Stream>(*m, id))
                syncLane(*m, *stream);
        }
    }
    // Critical paths and ladders change with their stream's metrics alone.
    const QList<StreamMetrics>& was = previous->metrics;
    const QList<StreamMetrics>& now = next->metrics;
    const bool sameStreams =
        was.size() == now.size() && std::equal(was.cbegin(), was.cend(), now.cbegin(),
                                               [](const StreamMetrics& a, const StreamMetrics& b) {
                                                   return a.stream == b.stream;
                                               });
    QSet<Id> leftPath;
    QSet<Id> joinedPath;
    if (!sameStreams) {
        leftPath = m_criticalPath;
        m_criticalPath.clear();
        for (const StreamMetrics& metrics : now)
            for (const Id& id : metrics.criticalPath)
                m_criticalPath.insert(id);
        joinedPath = m_criticalPath;
    }
    for (qsizetype i = 0; sameStreams && i < now.size(); ++i) {
        if (was[i].criticalPath == now[i].criticalPath)
            continue;
        for (const Id& id : was[i].criticalPath)
            leftPath.insert(id);
        for (const Id& id : now[i].criticalPath)
            joinedPath.insert(id);
    }
    for (const Id& id : std::as_const(leftPath))
        m_criticalPath.remove(id);
    for (const Id& id : std::as_const(joinedPath))
        m_criticalPath.insert(id);
    for (const Id& id : differences(leftPath, joinedPath))
        if (const Stage* stage = listed<Stage>(*m, id))
            syncStage(*m, *stage);
    for (qsizetype i = 0; i < m->streams.size(); ++i)
        if (!sameStreams || i >= now.size() || was[i] != now[i])
            syncLadder(*m, i);
}

void MapScene::syncWhenShown() {
    if (m_shown)
        sync();
    else
        m_stale = true;
}

MapScene::~MapScene() = default;

void MapScene::setRenderOptions(const RenderOptions& options) {
    m_options = options;
    update();
}

void MapScene::setShowGrid(bool show) {
    if (show == m_layoutOptions.showGrid)
        return;
    m_layoutOptions.showGrid = show;
    sync();
}

ElementItem* MapScene::itemFor(ElementKind kind, const QString& key) const {
    return m_items.value(ItemKey{kind, key});
}

template <class Item> Item* MapScene::ensureItem(ElementKind kind, const QString& key) {
    ElementItem*& slot = m_items[ItemKey{kind, key}];
    if (!slot) {
        if constexpr (std::is_constructible_v<Item, ElementKind, const QString&>)
            slot = new Item(kind, key);
        else
            slot = new Item(key);
        addItem(slot);
    }
    return static_cast<Item*>(slot);
}

QList<commands::ElementRef> MapScene::selectedElements() const {
    QList<commands::ElementRef> refs;
    for (QGraphicsItem* item : selectedItems())
        if (auto* e = dynamic_cast<ElementItem*>(item))
            refs.append({e->elementKind(), e->key()});
    return refs;
}

void MapScene::selectElements(const QList<commands::ElementRef>& elements) {
    clearSelection();
    for (const commands::ElementRef& r : elements)
        if (ElementItem* item = itemFor(r.kind, r.key))
            item->setSelected(true);
}

void MapScene::sync() {
    const Map* m = map();
    QSet<ItemKey> live;
    if (!m) {
        removeStaleItems(live);
        qDeleteAll(m_ghosts);
        m_ghosts.clear();
        qDeleteAll(m_ladders);
        m_ladders.clear();
        qDeleteAll(m_ladderLabels);
        m_ladderLabels.clear();
        return;
    }
    m_stale = false;
    ++m_wholeSyncs;
    m_layout = computeLayout(*m, m_layoutOptions);
    if (!building(0.1))
        return;
    m_analysis = AnalysisCache::of(m_document)->result(m_map);
    if (!building(0.35))
        return;
    m_marks = computeMarks(*m, *m_analysis);
    m_marksStale = false;
    indexLists(*m);
    m_backdrop->setLayout(m_layout, !m->slices.isEmpty() || !m_layoutOptions.showGrid);
    const double dayHours = m->info.settings.workingDayHours;
    m_durations.setDayHours(dayHours, m->stages.size());
    m_colors = m->teamColors();
    m_names.clear();
    auto mark = [&](ElementKind kind, const QString& key) { live.insert(ItemKey{kind, key}); };

    for (qsizetype i = 0; i < m->steps.size(); ++i) {
        const Step& step = m->steps[i];
        auto* item = ensureItem<StepHeaderItem>(ElementKind::Step, step.id);
        item->setSceneRect(m_layout.columns[i]);
        item->setName(step.name);
        mark(ElementKind::Step, step.id);
    }
    const QList<Slice> shownSlices = m_layoutOptions.showGrid ? m->slices : QList<Slice>();
    for (const Slice& slice : shownSlices) {
        auto* item = ensureItem<SliceHeaderItem>(ElementKind::Slice, slice.id);
        item->setSceneRect(m_layout.sliceHeaders.value(slice.id));
        item->setContent(slice.name, slice.outcome);
        mark(ElementKind::Slice, slice.id);
    }
    // Every slice × step shows a cell, stored or not yet filled in.
    QHash<QString, const Cell*> storedCells;
    for (const Cell& cell : std::as_const(m->cells))
        if (!storedCells.contains(keyOf(cell))) // the first of a key, as Map::find
            storedCells.insert(keyOf(cell), &cell);
    for (const Slice& slice : shownSlices)
        for (const Step& step : m->steps) {
            const QString key = cellKey(slice.id, step.id);
            const Cell* stored = storedCells.value(key);
            auto* item = ensureItem<CellItem>(ElementKind::Cell, key);
            item->setSceneRect(m_layout.cells.value(key));
            item->setCell(stored ? *stored : Cell{slice.id, step.id, {}, {}, {}, {}, false});
            mark(ElementKind::Cell, key);
        }
    QHash<Id, const Stream*> streams;
    for (const Stream& s : std::as_const(m->streams))
        if (!streams.contains(s.id))
            streams.insert(s.id, &s);
    for (const Id& id : std::as_const(m_layout.laneOrder)) {
        const Stream* s = streams.value(id);
        ensureItem<LaneItem>(ElementKind::Stream, s->id)->setSceneRect(m_layout.lanes.value(id));
        syncLane(*m, *s);
        mark(ElementKind::Stream, s->id);
    }
    m_criticalPath.clear();
    for (const StreamMetrics& metrics : m_analysis->metrics)
        for (const Id& id : metrics.criticalPath)
            m_criticalPath.insert(id);
    for (const Stage& s : m->stages) {
        if (const qsizetype i = &s - m->stages.constData();
            i % 2048 == 0 && !building(0.4 + 0.3 * i / m->stages.size()))
            return;
        auto* item = ensureItem<StageItem>(ElementKind::Stage, s.id);
        if (!m_dragStart.contains(item))
            item->setSceneRect(m_layout.stages.value(s.id));
        syncStage(*m, s);
        mark(ElementKind::Stage, s.id);
    }
    for (const Capability& c : m->capabilities) {
        auto* item = ensureItem<CapabilityItem>(ElementKind::Capability, c.id);
        item->setSceneRect(m_layout.capabilities.value(c.id));
        syncCapability(*m, c);
        mark(ElementKind::Capability, c.id);
    }
    for (const Note& n : m->notes) {
        auto* item = ensureItem<NoteItem>(ElementKind::Note, n.id);
        item->setSceneRect(m_layout.notes.value(n.id));
        item->setNote(n);
        mark(ElementKind::Note, n.id);
    }
    if (!building(0.75))
        return;
    syncConnectors(*m);
    if (!building(0.95))
        return;
    syncLadders(*m);
    syncChanges(*m);
    for (const Flow& f : m->flows)
        mark(ElementKind::Flow, f.id);
    for (const Dependency& d : m->dependencies)
        mark(ElementKind::Dependency, d.id);
    removeStaleItems(live);
    setSceneRect(m_layout.bounds.adjusted(-60, -60, 60, 60));
    m_passThroughLayer->setArea(sceneRect());
    // Qt sizes its spatial index by the item count alone, a leaf an item: 19 levels (half a
    // million leaves) for a map of 100,000 stages, which slices every lane into a thousand leaves
    // and took gigabytes. A few items per leaf are as quick to find in a leaf's list and take an
    // eighth of the leaves; twelve levels keep a few dozen items per leaf at most sizes.
    const qreal leaves = static_cast<qreal>(m_items.size() + 1) / itemsPerIndexLeaf;
    const int depth =
        std::clamp(static_cast<int>(std::ceil(std::log2(leaves))), minIndexDepth, maxIndexDepth);
    if (bspTreeDepth() != depth)
        setBspTreeDepth(depth);
}

void MapScene::indexLists(const Map& m) {
    m_listIndex.clear();
    m_listIndex.reserve(m.stages.size() + m.flows.size() + m.dependencies.size() +
                        m.capabilities.size() + m.cells.size() + m.streams.size());
    const auto indexFirst = [this]<class T>(const QList<T>& list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const ItemKey key{kindOf<T>(), keyOf(list[i])};
            if (!m_listIndex.contains(key)) // the first of a key, as Map::find
                m_listIndex.insert(key, i);
        }
    };
    indexFirst(m.steps);
    indexFirst(m.slices);
    indexFirst(m.cells);
    indexFirst(m.streams);
    indexFirst(m.stages);
    indexFirst(m.flows);
    indexFirst(m.capabilities);
    indexFirst(m.dependencies);
    indexFirst(m.notes);
    m_streamsWithStages.clear();
    for (const Stage& s : m.stages)
        m_streamsWithStages.insert(s.stream);
    m_alternateLanes.clear();
    for (qsizetype i = 1; i < m_layout.laneOrder.size(); i += 2)
        m_alternateLanes.insert(m_layout.laneOrder[i]);
}

void MapScene::syncStage(const Map& m, const Stage& s) {
    auto* item = static_cast<StageItem*>(itemFor(ElementKind::Stage, s.id));
    if (!item)
        return;
    StageItem::Content content;
    content.name = s.name;
    content.ownerName = s.owner.isEmpty() ? QString() : nameOf(m, s.owner);
    content.ownerColor = m_colors.value(s.owner);
    content.figures = stageFigures(s, m_durations);
    content.onHopPath = m_marks.pathElements.contains(s.id);
    content.inCycle = m_marks.cycleMembers.contains(s.id);
    content.onCriticalPath = m_criticalPath.contains(s.id);
    // What changed against the baseline is filled in by syncChanges.
    content.change = item->content().change;
    content.changeLines = item->content().changeLines;
    item->setContent(content);
}

void MapScene::syncCapability(const Map& m, const Capability& c) {
    auto* item = static_cast<CapabilityItem*>(itemFor(ElementKind::Capability, c.id));
    if (!item)
        return;
    item->setContent({c.name, c.owner.isEmpty() ? QString() : nameOf(m, c.owner),
                      m_colors.value(c.owner), c.sla,
                      c.providedBy.isEmpty() ? QString() : nameOf(m, c.providedBy),
                      m_marks.pathElements.contains(c.id), m_marks.cycleMembers.contains(c.id)});
}

QString MapScene::nameOf(const Map& m, const Id& id) {
    auto it = m_names.constFind(id);
    if (it == m_names.cend())
        it = m_names.insert(id, m.nameOf(id));
    return *it;
}

void MapScene::syncLane(const Map& m, const Stream& s) {
    auto* item = static_cast<LaneItem*>(itemFor(ElementKind::Stream, s.id));
    if (!item)
        return;
    const bool alternate = m_alternateLanes.contains(s.id);
    const LaneMarks lane = m_marks.lanes.value(s.id);
    const QString handoffs = lane.handoffs == 1 ? MapSceneTr::tr("1 handoff")
                                                : MapSceneTr::tr("%1 handoffs").arg(lane.handoffs);
    const QString hops =
        lane.hops == 1 ? MapSceneTr::tr("1 hop") : MapSceneTr::tr("%1 hops").arg(lane.hops);
    item->setContent({s.name, s.kind == StreamKind::Supporting,
                      s.owner.isEmpty() ? QString() : nameOf(m, s.owner), m_colors.value(s.owner),
                      alternate, handoffs + u" · "_s + hops, lane.oneHopViolation,
                      lane.farthestPath.join(u" → "_s), m_marks.cycleMembers.contains(s.id)});
}

bool MapScene::canShowChanges() const {
    const Map* m = map();
    return m && m->info.state == MapState::Future && !m->info.baseline.isEmpty() &&
           m_document->workshop().mapNamed(m->info.baseline);
}

void MapScene::setShowChanges(bool show) {
    if (show == m_showChanges)
        return;
    m_showChanges = show;
    sync();
}

void MapScene::syncChanges(const Map& m) {
    qDeleteAll(m_ghosts);
    m_ghosts.clear();
    const Map* baseline =
        canShowChanges() ? m_document->workshop().mapNamed(m.info.baseline) : nullptr;
    std::optional<ElementDiff> diff;
    if (m_showChanges && baseline)
        diff = diffElements(*baseline, m);
    QSet<QString> added;
    QHash<QString, QStringList> changed;
    if (diff) {
        for (ElementKind kind : {ElementKind::Stage, ElementKind::Flow}) {
            for (const QString& key : (*diff)[kind].added)
                added.insert(key);
            for (const ChangedElement& c : (*diff)[kind].changed)
                changed.insert(c.key, c.fields);
        }
    }
    using Change = StageItem::Content::Change;
    for (const Stage& s : m.stages) {
        auto* item = static_cast<StageItem*>(itemFor(ElementKind::Stage, s.id));
        // Without changes to show, only a stage that still shows one needs its content again.
        if (!diff && item->content().change == Change::None &&
            item->content().changeLines.isEmpty())
            continue;
        StageItem::Content c = item->content();
        c.change = added.contains(s.id)     ? Change::Added
                   : changed.contains(s.id) ? Change::Changed
                                            : Change::None;
        c.changeLines = c.change == Change::Changed ? changeLines(ElementKind::Stage, s.id,
                                                                  changed.value(s.id), *baseline, m)
                                                    : QStringList();
        item->setContent(c);
    }
    for (const Flow& f : m.flows) {
        auto* item = static_cast<ConnectorItem*>(itemFor(ElementKind::Flow, f.id));
        if (!item || (!diff && item->toolTip().isEmpty()))
            continue;
        QStringList tip;
        if (added.contains(f.id))
            tip << MapSceneTr::tr("New since the baseline");
        else if (changed.contains(f.id))
            tip << MapSceneTr::tr("Changed since the baseline:")
                << changeLines(ElementKind::Flow, f.id, changed.value(f.id), *baseline, m);
        item->setToolTip(tip.join(u'\n'));
        if (!added.contains(f.id) && !changed.contains(f.id))
            continue;
        QPen pen(added.contains(f.id) ? style::added() : style::changed(), 3.2);
        item->setPen(pen);
    }
    if (!diff)
        return;
    // A removed stage shows where it stood: in its step's column, at the foot of its lane.
    for (const QString& key : (*diff)[ElementKind::Stage].removed) {
        const Stage* gone = baseline->find<Stage>(key);
        if (!gone || !m_layout.lanes.contains(gone->stream))
            continue;
        const int column = m_layout.columnOfStep(m, gone->step);
        const QRectF lane = m_layout.lanes.value(gone->stream);
        const QRectF rect(m_layout.columnLeft(column) +
                              (MapLayout::columnWidth - MapLayout::stageWidth) / 2,
                          lane.bottom() - MapLayout::ladderHeight - MapLayout::lanePadding -
                              MapLayout::stageHeight * 0.6,
                          MapLayout::stageWidth, MapLayout::stageHeight * 0.55);
        auto* ghost = new GhostItem(rect, gone->name);
        addItem(ghost);
        m_ghosts.append(ghost);
    }
}

void MapScene::syncLadders(const Map& m) {
    for (qsizetype i = 0; i < m.streams.size(); ++i)
        syncLadder(m, i);
    QSet<Id> streams;
    for (const Stream& stream : m.streams)
        streams.insert(stream.id);
    for (QHash<Id, LadderItem*>* items : {&m_ladders, &m_ladderLabels})
        for (auto it = items->begin(); it != items->end();) {
            if (streams.contains(it.key())) {
                ++it;
                continue;
            }
            delete it.value();
            it = items->erase(it);
        }
}

void MapScene::syncLadder(const Map& m, qsizetype streamIndex) {
    const Stream& stream = m.streams[streamIndex];
    const auto place = [&](LadderItem* item) {
        item->setGeometry(m_layout.ladders.value(stream.id), m_layout.summaries.value(stream.id));
        item->setAlternateLane(m_alternateLanes.contains(stream.id));
    };
    if (streamIndex >= m_analysis->metrics.size() ||
        m_analysis->metrics[streamIndex].stream != stream.id) {
        // An analysis still catching up with an added or moved stream: the ladder waits,
        // both its layers where the lane now is.
        for (QHash<Id, LadderItem*>* items : {&m_ladders, &m_ladderLabels})
            if (LadderItem* waiting = items->value(stream.id))
                place(waiting);
        return;
    }
    const StreamMetrics& metrics = m_analysis->metrics[streamIndex];
    const double dayHours = m.info.settings.workingDayHours;
    LadderItem*& ladder = m_ladders[stream.id];
    if (!ladder) {
        ladder = new LadderItem(LadderItem::Layer::Rungs);
        addItem(ladder);
    }
    LadderItem*& labels = m_ladderLabels[stream.id];
    if (!labels) {
        labels = new LadderItem(LadderItem::Layer::Labels);
        addItem(labels);
    }
    for (LadderItem* item : {ladder, labels})
        place(item);
    LadderItem::Content content;
    for (const Id& id : metrics.criticalPath) {
        const Stage* s = listed<Stage>(m, id);
        const QRectF box = m_layout.stages.value(id);
        if (!s || box.isNull())
            continue;
        const qreal left = box.center().x() - MapLayout::columnWidth / 2 + 6;
        content.rungs.append({left, left + MapLayout::columnWidth - 12,
                              m_durations.compact(std::max(0.0, s->leadTime - s->processTime)),
                              m_durations.compact(s->processTime)});
    }
    // Stages of the path stacked in one column share its width, in path order.
    for (qsizetype start = 0; start < content.rungs.size();) {
        qsizetype end = start + 1;
        while (end < content.rungs.size() && content.rungs[end].left == content.rungs[start].left)
            ++end;
        const qreal left = content.rungs[start].left;
        const qreal part = (content.rungs[start].right - left) / static_cast<qreal>(end - start);
        for (qsizetype k = start; k < end; ++k) {
            content.rungs[k].left = left + (k - start) * part;
            content.rungs[k].right = content.rungs[k].left + part;
        }
        start = end;
    }
    const auto percent = [](double fraction) {
        return QLocale().toString(fraction * 100, 'f', 1) + u'%';
    };
    // Nothing to measure: a stream without stages, and flow efficiency without a lead time
    // (0 ÷ 0). The analysis keeps its defined values (0%, 100%) for the command line.
    const QString nothing = panels::metric_text::nothing();
    if (!m_streamsWithStages.contains(stream.id)) {
        content.leadTime = content.processTime = nothing;
        content.flowEfficiency = content.rolledPctCA = nothing;
    } else {
        if (metrics.leadTime) {
            content.leadTime = duration::format(*metrics.leadTime, dayHours);
            content.processTime = duration::format(*metrics.processTime, dayHours);
            content.flowEfficiency =
                *metrics.leadTime > 0 ? percent(*metrics.flowEfficiency) : nothing;
        }
        content.rolledPctCA = percent(metrics.rolledPctCA);
    }
    content.dayLength = MapSceneTr::tr("Days of %1 h").arg(QLocale().toString(dayHours));
    ladder->setContent(content);
    labels->setContent(content);
}

void MapScene::syncConnectors(const Map& m) {
    for (const Flow& f : m.flows) {
        ensureItem<ConnectorItem>(ElementKind::Flow, f.id);
        syncFlow(f);
    }
    for (const Dependency& d : m.dependencies) {
        ensureItem<ConnectorItem>(ElementKind::Dependency, d.id);
        syncDependency(d);
    }
}

void MapScene::syncFlow(const Flow& f) {
    auto* item = static_cast<ConnectorItem*>(itemFor(ElementKind::Flow, f.id));
    if (!item)
        return;
    const QRectF from = m_layout.stages.value(f.from);
    const QRectF to = m_layout.stages.value(f.to);
    ConnectorItem::Route route = ConnectorItem::Route::Forward;
    if (f.kind == FlowKind::Rework || to.left() < from.left())
        route = ConnectorItem::Route::Backward;
    else if (qFuzzyCompare(to.left(), from.left()))
        route = ConnectorItem::Route::Vertical;
    item->setEnds(from, to, route);
    // Kind sets the line (solid push, dashed pull and rework); the analysis sets the colour
    // and the badge: a handoff is amber, a flow on a one-hop violation's path red.
    const bool handoff = m_marks.handoffFlows.contains(f.id);
    const bool onPath = m_marks.pathConnectors.contains(f.id);
    QColor ink = f.kind == FlowKind::Rework ? style::reworkInk() : style::flowInk();
    if (handoff)
        ink = style::handoff();
    if (onPath)
        ink = style::violation();
    QPen pen(ink, handoff || onPath ? 3.2 : 2.2,
             f.kind == FlowKind::Push ? Qt::SolidLine : Qt::DashLine);
    item->setPen(pen);
    // Between neighbouring columns there is room for the handoff disc only; the line style
    // already says pull (dashed) or rework (dashed, curving back).
    QString label;
    if (route != ConnectorItem::Route::Forward)
        label = f.kind == FlowKind::Rework ? MapSceneTr::tr("rework")
                : f.kind == FlowKind::Pull ? MapSceneTr::tr("pull")
                                           : QString();
    item->setLabel(label);
    item->setMarker(handoff ? u"⇄"_s : QString(), onPath ? style::violation() : style::handoff());
    item->setZValue(handoff ? 11 : 5); // the disc stays visible between stacked stages
}

void MapScene::syncDependency(const Dependency& d) {
    auto* item = static_cast<ConnectorItem*>(itemFor(ElementKind::Dependency, d.id));
    if (!item)
        return;
    const auto endRect = [&](const Id& id) -> QRectF {
        if (m_layout.stages.contains(id))
            return m_layout.stages.value(id);
        if (m_layout.capabilities.contains(id))
            return m_layout.capabilities.value(id);
        return m_layout.laneHeaders.value(id);
    };
    item->setEnds(endRect(d.from), endRect(d.to), ConnectorItem::Route::Vertical);
    const bool inCycle = m_marks.cycleDependencies.contains(d.id);
    const bool onPath = m_marks.pathConnectors.contains(d.id);
    QColor ink = style::dependencyInk();
    ink.setAlpha(150);
    if (inCycle || onPath)
        ink = style::violation();
    item->setPen(QPen(ink, inCycle || onPath ? 2.6 : 1.6, inCycle ? Qt::SolidLine : Qt::DotLine));
    item->setLabel(inCycle ? MapSceneTr::tr("cycle") : QString());
    item->setZValue(inCycle || onPath ? 6 : 4);
}

void MapScene::removeStaleItems(const QSet<ItemKey>& live) {
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (live.contains(it.key())) {
            ++it;
            continue;
        }
        m_dragStart.remove(it.value());
        if (m_connectFrom == it.value())
            m_connectFrom = nullptr;
        delete it.value();
        it = m_items.erase(it);
    }
}

bool MapScene::push(commands::CommandPtr command) {
    return command && m_document->push(command.release());
}

Id MapScene::addStage(const Id& streamId, int column) {
    const Map* m = map();
    const Stream* stream = m ? m->find<Stream>(streamId) : nullptr;
    if (!stream || m_document->isReadOnly())
        return {};
    Stage s;
    s.id = freeId(*m, m_document->idPrefix(u"stage"_s));
    s.stream = streamId;
    s.name = MapSceneTr::tr("New stage");
    s.owner = stream->owner;
    if (column >= 0 && column < m->steps.size())
        s.step = m->steps[column].id;
    if (!push(commands::addElement(m_document, m_map, s)))
        return {};
    selectElements({{ElementKind::Stage, s.id}});
    return s.id;
}

Id MapScene::addNextStage(const Id& afterId) {
    const Map* m = map();
    const Stage* after = m ? m->find<Stage>(afterId) : nullptr;
    if (!after || m_document->isReadOnly())
        return {};
    Stage s = *after;
    s.id = freeId(*m, m_document->idPrefix(u"stage"_s));
    s.name = MapSceneTr::tr("New stage");
    s.processTime = 0;
    s.leadTime = 0;
    s.pctCA = 100;
    s.position.reset();
    const qsizetype stepIndex = m->indexOf<Step>(after->step);
    if (stepIndex >= 0 && stepIndex + 1 < m->steps.size())
        s.step = m->steps[stepIndex + 1].id;
    Flow f{freeId(*m, m_document->idPrefix(u"flow"_s)), after->id, s.id, FlowKind::Push};
    if (!push(commands::addElements(
            m_document, m_map, {s, f},
            MapSceneTr::tr("Add stage “%1” after “%2”").arg(s.name, after->name))))
        return {};
    selectElements({{ElementKind::Stage, s.id}});
    return s.id;
}

bool MapScene::connect(const commands::ElementRef& from, const commands::ElementRef& to) {
    const Map* m = map();
    if (!m || from.key == to.key || m_document->isReadOnly())
        return false;
    auto connectable = [](ElementKind k) {
        return k == ElementKind::Stage || k == ElementKind::Stream || k == ElementKind::Capability;
    };
    if (!connectable(from.kind) || !connectable(to.kind))
        return false;
    const Stage* a = m->find<Stage>(from.key);
    const Stage* b = m->find<Stage>(to.key);
    if (a && b && a->stream == b->stream) {
        for (const Flow& f : m->flows)
            if (f.from == a->id && f.to == b->id)
                return false;
        return push(commands::addElement(
            m_document, m_map,
            Flow{freeId(*m, m_document->idPrefix(u"flow"_s)), a->id, b->id, FlowKind::Push}));
    }
    for (const Dependency& d : m->dependencies)
        if (d.from == from.key && d.to == to.key)
            return false;
    return push(commands::addElement(
        m_document, m_map,
        Dependency{freeId(*m, m_document->idPrefix(u"dep"_s)), from.key, to.key}));
}

bool MapScene::assignOwner(const Id& id, const Id& team) {
    const Map* m = map();
    if (!m || !m->find<Team>(team))
        return false;
    if (const Stage* s = m->find<Stage>(id)) {
        Stage changed = *s;
        changed.owner = team;
        return push(commands::changeElement(m_document, m_map, changed, u"owner"_s));
    }
    if (const Stream* s = m->find<Stream>(id)) {
        Stream changed = *s;
        changed.owner = team;
        return push(commands::changeElement(m_document, m_map, changed, u"owner"_s));
    }
    if (const Capability* c = m->find<Capability>(id)) {
        Capability changed = *c;
        changed.owner = team;
        return push(commands::changeElement(m_document, m_map, changed, u"owner"_s));
    }
    return false;
}

void MapScene::deleteSelection() {
    QList<commands::ElementRef> refs;
    const Map* m = map();
    for (const commands::ElementRef& r : selectedElements())
        if (m && m->indexOf(r.kind, r.key) >= 0) // an empty grid cell is nothing to delete
            refs.append(r);
    if (!refs.isEmpty())
        push(commands::removeElements(m_document, m_map, refs));
}

void MapScene::selectNextStage(bool backwards) {
    const Map* m = map();
    if (!m || m->stages.isEmpty())
        return;
    // Tab order follows the canvas: lane by lane, left to right, top to bottom.
    QHash<Id, qsizetype> laneRank;
    for (qsizetype i = 0; i < m_layout.laneOrder.size(); ++i)
        if (!laneRank.contains(m_layout.laneOrder[i]))
            laneRank.insert(m_layout.laneOrder[i], i);
    QList<const Stage*> order;
    for (const Stage& s : m->stages)
        if (laneRank.contains(s.stream))
            order.append(&s);
    std::stable_sort(order.begin(), order.end(), [&](const Stage* a, const Stage* b) {
        const qsizetype la = laneRank.value(a->stream);
        const qsizetype lb = laneRank.value(b->stream);
        if (la != lb)
            return la < lb;
        const QRectF ra = m_layout.stages.value(a->id);
        const QRectF rb = m_layout.stages.value(b->id);
        return ra.left() < rb.left() || (ra.left() == rb.left() && ra.top() < rb.top());
    });
    const QList<commands::ElementRef> selected = selectedElements();
    qsizetype current = -1;
    if (selected.size() == 1 && selected[0].kind == ElementKind::Stage)
        for (qsizetype i = 0; i < order.size(); ++i)
            if (order[i]->id == selected[0].key)
                current = i;
    const qsizetype n = order.size();
    const qsizetype next =
        current < 0 ? (backwards ? n - 1 : 0) : (current + (backwards ? n - 1 : 1)) % n;
    selectElements({{ElementKind::Stage, order[next]->id}});
    if (ElementItem* item = itemFor(ElementKind::Stage, order[next]->id))
        item->setFocus();
}

ElementItem* MapScene::connectableAt(const QPointF& scenePos) const {
    for (QGraphicsItem* item : items(scenePos)) {
        auto* e = dynamic_cast<ElementItem*>(item);
        if (!e)
            continue;
        if (e->elementKind() == ElementKind::Stage || e->elementKind() == ElementKind::Capability)
            return e;
        if (auto* lane = dynamic_cast<LaneItem*>(e);
            lane && lane->headerRect().contains(lane->mapFromScene(scenePos)))
            return lane;
    }
    return nullptr;
}

bool MapScene::onConnectHandle(const QPointF& scenePos) const {
    ElementItem* e = connectableAt(scenePos);
    if (!e)
        return false;
    QRectF r = e->rect();
    if (auto* lane = dynamic_cast<LaneItem*>(e))
        r = lane->headerRect();
    const QPointF handle = e->mapToScene(QPointF(r.right(), r.center().y()));
    return QLineF(handle, scenePos).length() <= handleRadius + 3;
}

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton && !m_document->isReadOnly() &&
        onConnectHandle(event->scenePos())) {
        m_connectFrom = connectableAt(event->scenePos());
        m_connectLine = addPath(QPainterPath(), QPen(style::selection(), 2, Qt::DashLine));
        m_connectLine->setZValue(100);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && !m_document->isReadOnly()) {
        // Headers are handles for reordering: a step's column, a slice's row, a stream's lane.
        for (QGraphicsItem* item : items(event->scenePos())) {
            auto* e = dynamic_cast<ElementItem*>(item);
            if (!e)
                continue;
            const bool laneHeader = e->elementKind() == ElementKind::Stream &&
                                    static_cast<LaneItem*>(e)->headerRect().contains(
                                        e->mapFromScene(event->scenePos()));
            if (e->elementKind() == ElementKind::Step || e->elementKind() == ElementKind::Slice ||
                laneHeader) {
                clearSelection();
                e->setSelected(true);
                m_reordering = commands::ElementRef{e->elementKind(), e->key()};
                event->accept();
                return;
            }
            break;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    if (event->button() == Qt::LeftButton && !m_document->isReadOnly())
        for (QGraphicsItem* item : selectedItems())
            if (auto* e = dynamic_cast<ElementItem*>(item);
                e && (e->flags() & QGraphicsItem::ItemIsMovable))
                m_dragStart.insert(e, e->pos());
}

void MapScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (m_reordering) {
        updateReorder(event->scenePos());
        return;
    }
    if (m_connectLine && m_connectFrom) {
        QRectF r = m_connectFrom->rect();
        if (auto* lane = dynamic_cast<LaneItem*>(m_connectFrom))
            r = lane->headerRect();
        QPainterPath path(m_connectFrom->mapToScene(QPointF(r.right(), r.center().y())));
        path.lineTo(event->scenePos());
        m_connectLine->setPath(path);
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void MapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (m_reordering) {
        finishReorder(event->scenePos());
        return;
    }
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        ElementItem* from = m_connectFrom;
        m_connectFrom = nullptr;
        if (ElementItem* to = connectableAt(event->scenePos()); from && to)
            connect({from->elementKind(), from->key()}, {to->elementKind(), to->key()});
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        finishDrag();
}

// Where the dragged header would go: the index in its list of the slot under the pointer.
qsizetype MapScene::reorderTarget(const QPointF& pos) const {
    const Map* m = map();
    if (!m || !m_reordering)
        return -1;
    switch (m_reordering->kind) {
    case ElementKind::Step:
        return std::clamp<qsizetype>(m_layout.columnAt(std::max(pos.x(), MapLayout::headerWidth)),
                                     0, m->steps.size() - 1);
    case ElementKind::Slice: {
        qsizetype row = 0;
        for (qsizetype i = 0; i < m->slices.size(); ++i)
            if (pos.y() >= m_layout.sliceHeaders.value(m->slices[i].id).top())
                row = i;
        return row;
    }
    case ElementKind::Stream: {
        // Streams move within their kind: customer lanes stay above supporting ones.
        const Stream* dragged = m->find<Stream>(m_reordering->key);
        Id target = m_reordering->key;
        for (const Id& lane : m_layout.laneOrder)
            if (m->find<Stream>(lane)->kind == dragged->kind &&
                pos.y() >= m_layout.lanes.value(lane).top())
                target = lane;
        if (pos.y() < m_layout.streamsArea.top())
            for (const Id& lane : m_layout.laneOrder)
                if (m->find<Stream>(lane)->kind == dragged->kind) {
                    target = lane;
                    break;
                }
        return m->indexOf<Stream>(target);
    }
    default:
        return -1;
    }
}

void MapScene::updateReorder(const QPointF& pos) {
    const Map* m = map();
    const qsizetype target = reorderTarget(pos);
    if (!m || target < 0)
        return;
    QLineF line;
    switch (m_reordering->kind) {
    case ElementKind::Step: {
        const qsizetype from = m->indexOf<Step>(m_reordering->key);
        const qreal x = m_layout.columnLeft(static_cast<int>(target + (target > from ? 1 : 0)));
        line = QLineF(x, 0, x, m_layout.bounds.bottom());
        break;
    }
    case ElementKind::Slice: {
        const qsizetype from = m->indexOf<Slice>(m_reordering->key);
        const QRectF r = m_layout.sliceHeaders.value(m->slices[target].id);
        const qreal y = target > from ? r.bottom() : r.top();
        line = QLineF(0, y, m_layout.bounds.right(), y);
        break;
    }
    default: {
        const qsizetype from = m->indexOf<Stream>(m_reordering->key);
        const QRectF r = m_layout.lanes.value(m->streams[target].id);
        const qreal y = target > from ? r.bottom() : r.top();
        line = QLineF(0, y, m_layout.bounds.right(), y);
        break;
    }
    }
    if (!m_reorderMarker) {
        m_reorderMarker = addLine(line, QPen(style::selection(), 4));
        m_reorderMarker->setZValue(100);
    }
    m_reorderMarker->setLine(line);
}

void MapScene::finishReorder(const QPointF& pos) {
    const qsizetype target = reorderTarget(pos);
    const commands::ElementRef dragged = *std::exchange(m_reordering, std::nullopt);
    delete std::exchange(m_reorderMarker, nullptr);
    if (target >= 0)
        push(commands::reorderElement(m_document, m_map, dragged, target));
}

void MapScene::finishDrag() {
    const auto starts = std::exchange(m_dragStart, {});
    const Map* m = map();
    if (!m)
        return;
    QList<Element> changed;
    QList<std::pair<commands::ElementRef, QPointF>> notes;
    bool refused = false;
    for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
        ElementItem* item = it.key();
        if (item->pos() == it.value())
            continue;
        if (item->elementKind() == ElementKind::Note) {
            notes.append({{ElementKind::Note, item->key()}, item->pos()});
            continue;
        }
        const Stage* s = m->find<Stage>(item->key());
        if (!s)
            continue;
        // Snap to the column and lane under the stage's centre.
        const QPointF centre = item->mapToScene(item->rect().center());
        Stage moved = *s;
        const int column = m_layout.columnAt(centre.x());
        moved.step = column >= 0 && column < m->steps.size() ? m->steps[column].id : Id();
        if (column < 0)
            moved.step = s->step;
        const Id lane = m_layout.laneAt(centre.y());
        if (!lane.isEmpty() && lane != s->stream) {
            const bool hasFlows =
                std::any_of(m->flows.cbegin(), m->flows.cend(),
                            [&](const Flow& f) { return f.from == s->id || f.to == s->id; });
            if (hasFlows)
                refused = true; // flows join stages of one stream
            else
                moved.stream = lane;
        }
        moved.position = centre;
        changed.append(moved);
    }
    if (!changed.isEmpty() && !notes.isEmpty()) {
        // One drag, one undo entry.
        m_document->beginMacro(MapSceneTr::tr("Move elements"));
        push(commands::changeElements(m_document, m_map, changed, MapSceneTr::tr("Move stages")));
        push(commands::moveElements(m_document, m_map, notes));
        m_document->endMacro();
    } else if (!changed.isEmpty()) {
        push(commands::changeElements(m_document, m_map, changed,
                                      changed.size() == 1
                                          ? MapSceneTr::tr("Move stage")
                                          : MapSceneTr::tr("Move %1 stages").arg(changed.size())));
    } else if (!notes.isEmpty()) {
        push(commands::moveElements(m_document, m_map, notes));
    }
    if (refused)
        emit moveRefused(
            MapSceneTr::tr("A stage with flows stays in its stream: flows join stages of one "
                           "stream. Remove its flows first, or draw a dependency instead."));
    sync(); // snaps whatever the command did not move back into its slot
}

void MapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_document->isReadOnly()) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    const QPointF pos = event->scenePos();
    for (QGraphicsItem* item : items(pos)) {
        auto* e = dynamic_cast<ElementItem*>(item);
        if (!e)
            continue;
        if (auto* lane = dynamic_cast<LaneItem*>(e);
            lane && !lane->headerRect().contains(lane->mapFromScene(pos))) {
            const Id id = addStage(lane->key(), m_layout.columnAt(pos.x()));
            if (!id.isEmpty())
                emit editRequested({ElementKind::Stage, id});
            return;
        }
        emit editRequested({e->elementKind(), e->key()});
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void MapScene::keyPressEvent(QKeyEvent* event) {
    const QList<commands::ElementRef> selected = selectedElements();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selected.size() == 1 && selected[0].kind == ElementKind::Stage) {
            const Id id = addNextStage(selected[0].key);
            if (!id.isEmpty())
                emit editRequested({ElementKind::Stage, id});
            event->accept();
            return;
        }
        if (selected.size() == 1) {
            emit editRequested(selected[0]);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        event->accept();
        return;
    default:
        break;
    }
    QGraphicsScene::keyPressEvent(event);
}

bool MapScene::focusNextPrevChild(bool next) {
    selectNextStage(!next);
    return true;
}

void MapScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event) {
    event->setAccepted(event->mimeData()->hasFormat(QLatin1String(teamMimeType)));
}

void MapScene::dragMoveEvent(QGraphicsSceneDragDropEvent* event) {
    ElementItem* target = connectableAt(event->scenePos());
    event->setAccepted(target && event->mimeData()->hasFormat(QLatin1String(teamMimeType)));
}

void MapScene::dropEvent(QGraphicsSceneDragDropEvent* event) {
    ElementItem* target = connectableAt(event->scenePos());
    if (!target) {
        event->ignore();
        return;
    }
    const Id team = QString::fromUtf8(event->mimeData()->data(QLatin1String(teamMimeType)));
    event->setAccepted(assignOwner(target->key(), team));
}

} // namespace sb::canvas
