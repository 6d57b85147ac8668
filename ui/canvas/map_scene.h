#pragma once

#include "analysis/analysis_cache.h"
#include "analysis_marks.h"
#include "commands/commands.h"
#include "element_item.h"
#include "map_layout.h"
#include "model/document.h"

#include <QGraphicsScene>
#include <QHash>
#include <functional>

namespace sb::canvas {

class StageItem;
class LaneItem;
class ConnectorItem;
class LadderItem;
class BackdropItem;
class PassThroughLayer;

// An item's element: its kind and key (the key shares the element's text, so indexing every
// item allocates no keys of its own).
struct ItemKey {
    ElementKind kind;
    QString key;
    friend bool operator==(const ItemKey&, const ItemKey&) = default;
    friend size_t qHash(const ItemKey& k, size_t seed = 0) {
        return qHashMulti(seed, static_cast<int>(k.kind), k.key);
    }
};

// Durations written as the canvas writes them ("2d 4h"), each worked out once per day length:
// a sync writes every stage's times again, mostly the same ones.
class DurationTexts {
public:
    void setDayHours(double dayHours, qsizetype stages);
    QString compact(double seconds); // by value: a later call may move the memo's texts

private:
    double m_dayHours = 0;
    QHash<double, QString> m_texts;
};

// The canvas of one map: one item per element, laid out by MapLayout. It follows the Document
// (after every change of its map it brings its items in line) and turns the
// facilitator's gestures into commands on the Document's undo stack.
class MapScene : public QGraphicsScene {
    Q_OBJECT
public:
    // Told how far building the scene's items has come (0 to 1); returns false to stop, which
    // leaves the scene incomplete: only good for deleting.
    using BuildProgress = std::function<bool(qreal done)>;
    MapScene(Document* document, MapUid map, QObject* parent = nullptr,
             const BuildProgress& progress = {});
    ~MapScene() override;

    Document* document() const { return m_document; }
    MapUid mapUid() const { return m_map; }
    const Map* map() const { return m_document->map(m_map); }
    const MapLayout& layout() const { return m_layout; }
    // The analysis of the map as shown (the document's AnalysisCache).
    const AnalysisResult& analysis() const { return *m_analysis; }
    const CanvasMarks& marks() const { return m_marks; }

    const RenderOptions& renderOptions() const { return m_options; }
    PassThroughLayer* passThroughLayer() const { return m_passThroughLayer; }
    bool showsGrid() const { return m_layoutOptions.showGrid; }
    void setShowGrid(bool show);
    // Marks what a future-state map added, changed and removed against its baseline.
    bool canShowChanges() const;
    bool showsChanges() const { return m_showChanges; }
    void setShowChanges(bool show);
    QList<QGraphicsItem*> ghosts() const { return m_ghosts; }
    void setRenderOptions(const RenderOptions& options);

    ElementItem* itemFor(ElementKind kind, const QString& key) const;
    LadderItem* ladderFor(const Id& stream) const { return m_ladders.value(stream); }
    LadderItem* ladderLabelsFor(const Id& stream) const { return m_ladderLabels.value(stream); }
    QList<commands::ElementRef> selectedElements() const;
    void selectElements(const QList<commands::ElementRef>& elements);

    // Brings every item in line with the map. Changes that move nothing (a name, a time, an
    // owner) bring only their own items in line, and a new analysis only the items whose marks
    // it changed.
    void sync();
    // A scene no view shows does no work: changes only mark it stale, and it catches up when
    // it is shown again. Shown from the start.
    void setShown(bool shown);
    bool isShown() const { return m_shown; }
    bool isStale() const { return m_stale; }
    // How many times every item was brought in line (opening, structural changes, showing a
    // stale scene); changes that move nothing do not count.
    int wholeSyncs() const { return m_wholeSyncs; }

    // Gestures, also used by the window's actions and the tests.
    Id addStage(const Id& stream, int column); // returns the new stage's id
    Id addNextStage(const Id& after);          // to its right, linked by a flow
    bool connect(const commands::ElementRef& from, const commands::ElementRef& to);
    bool assignOwner(const Id& stageOrStreamOrCapability, const Id& team);
    void deleteSelection();
    void selectNextStage(bool backwards);

    static constexpr const char* teamMimeType = "application/x-streamboard-team";
    // The scene's BSP tree: about this many items a leaf, within these depths.
    static constexpr int itemsPerIndexLeaf = 8;
    static constexpr int minIndexDepth = 5;
    static constexpr int maxIndexDepth = 12;

signals:
    // The user asked to edit this element's main text in place (double-click, Enter).
    void editRequested(sb::commands::ElementRef element);
    // A drag could not be carried out as asked; the reason is for the status bar.
    void moveRefused(const QString& reason);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override; // Tab walks the stages
    void dragEnterEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dropEvent(QGraphicsSceneDragDropEvent* event) override;

private:
    void followChanges(const ChangeSet& changes);
    void syncWhenShown();
    // Brings the items of changes that leave the layout as it was in line; false (having
    // done nothing) when a change needs the whole sync.
    bool syncTouched(const Map& map, const ChangeSet& changes);
    void syncElement(const Map& map, const Change& change);
    // Takes the cache's result and brings in line what its difference from the shown one
    // changes: marks, critical paths, ladders.
    void followAnalysis();
    void indexLists(const Map& map);
    template <class T> const T* listed(const Map& map, const QString& key) const;
    template <class Item> Item* ensureItem(ElementKind kind, const QString& key);
    void removeStaleItems(const QSet<ItemKey>& live);
    void syncConnectors(const Map& map);
    void syncFlow(const Flow& flow);
    void syncDependency(const Dependency& dependency);
    void syncStage(const Map& map, const Stage& stage);
    void syncCapability(const Map& map, const Capability& capability);
    void syncLane(const Map& map, const Stream& stream);
    void syncLadders(const Map& map);
    void syncLadder(const Map& map, qsizetype streamIndex);
    void syncChanges(const Map& map);
    // Map::nameOf, looked up once per id and sync: owners repeat over thousands of elements.
    QString nameOf(const Map& map, const Id& id); // by value: a later call may move m_names
    void finishDrag();
    ElementItem* connectableAt(const QPointF& scenePos) const;
    bool onConnectHandle(const QPointF& scenePos) const;
    bool push(commands::CommandPtr command);
    bool building(qreal done) const; // false once the build was asked to stop

    Document* m_document;
    MapUid m_map;
    BuildProgress m_buildProgress; // while the constructor builds the items
    MapLayout m_layout;
    std::shared_ptr<const AnalysisResult> m_analysis = std::make_shared<const AnalysisResult>();
    bool m_shown = true;
    bool m_stale = false;
    CanvasMarks m_marks;
    int m_wholeSyncs = 0;
    bool m_marksStale = false;  // a change the marks read came after they were worked out
    QSet<Id> m_criticalPath;    // stages on their stream's critical path
    QHash<Id, QColor> m_colors; // of teams
    // Every element's place in its list, by item key: changes that move nothing keep them.
    QHash<ItemKey, qsizetype> m_listIndex;
    QSet<Id> m_streamsWithStages;
    QSet<Id> m_alternateLanes; // every other lane, tinted
    RenderOptions m_options;
    LayoutOptions m_layoutOptions;
    QHash<ItemKey, ElementItem*> m_items;
    QHash<Id, LadderItem*> m_ladders;      // by stream
    QHash<Id, LadderItem*> m_ladderLabels; // by stream, above the connectors
    QHash<Id, QString> m_names;            // nameOf's answers during one sync
    DurationTexts m_durations;
    BackdropItem* m_backdrop = nullptr;
    PassThroughLayer* m_passThroughLayer = nullptr;
    bool m_showChanges = false;
    QList<QGraphicsItem*> m_ghosts; // removed stages, while changes are shown
    // An item drag in progress: where each moved item started.
    QHash<ElementItem*, QPointF> m_dragStart;
    // A header (step, slice or lane) being dragged to a new place in its list.
    void updateReorder(const QPointF& scenePos);
    void finishReorder(const QPointF& scenePos);
    qsizetype reorderTarget(const QPointF& scenePos) const;
    std::optional<commands::ElementRef> m_reordering;
    QGraphicsLineItem* m_reorderMarker = nullptr;
    // A connection being drawn from a handle.
    ElementItem* m_connectFrom = nullptr;
    QGraphicsPathItem* m_connectLine = nullptr;
};

} // namespace sb::canvas
