#include "canvas/canvas_style.h"
#include "canvas/canvas_view.h"
#include "canvas/ghost_item.h"
#include "canvas/in_place_editor.h"
#include "canvas/map_scene.h"
#include "canvas/stage_item.h"
#include "panels/analysis_watcher.h"
#include "panels/findings_model.h"
#include "panels/findings_panel.h"
#include "store/json_interchange.h"
#include "store/sqlite_store.h"
#include "test_main.h"
#include "window/main_window.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

namespace tst_canvas {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

// The facilitator's main screen driven with real input events: every gesture becomes a command,
// the Document changes, and the workshop file equals what is shown after each step.
class TestCanvas : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    Document* doc() const { return m_window->document(); }
    canvas::CanvasView* view() const { return m_window->canvasView(); }
    canvas::MapScene* scene() const { return m_window->currentScene(); }
    const Map& map() const { return *doc()->map(m_window->currentMap()); }

    QString filePath() const { return dynamic_cast<SqliteStore*>(doc()->store())->path(); }

    // What a second reader of the file sees right now.
    void verifyFileEqualsDocument() {
        SqliteStore::Opened onDisk = SqliteStore::open(filePath(), SqliteStore::Mode::ReadOnly);
        QVERIFY2(onDisk, qPrintable(onDisk.errorString));
        QCOMPARE(onDisk.workshop, doc()->workshop());
    }

    void trigger(const QString& actionName) {
        auto* action = m_window->findChild<QAction*>(actionName);
        QVERIFY2(action, qPrintable(actionName));
        QVERIFY(action->isEnabled());
        action->trigger();
    }

    // Types into the in-place editor's fields (Tab between them) and commits with Enter.
    void typeInPlace(const QStringList& texts) {
        canvas::InPlaceEditor* editor = view()->inPlaceEditor();
        QVERIFY(editor->isOpen());
        for (int i = 0; i < texts.size(); ++i) {
            QLineEdit* field = editor->field(i);
            QVERIFY(field);
            field->selectAll();
            QTest::keyClicks(field, texts[i]);
        }
        QTest::keyClick(editor->field(static_cast<int>(texts.size()) - 1), Qt::Key_Return);
        QVERIFY(!editor->isOpen());
    }

    QPoint onView(const QPointF& scenePoint) const { return view()->mapFromScene(scenePoint); }

    QPointF stageCentre(const QString& id) const {
        return scene()->layout().stages.value(id).center();
    }

    QString stageNamed(const QString& name) const {
        for (const Stage& s : map().stages)
            if (s.name == name)
                return s.id;
        return {};
    }

    void dragOnView(const QPointF& from, const QPointF& to) {
        QWidget* vp = view()->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, onView(from));
        const QPointF step = (to - from) / 6;
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(vp, onView(from + step * i));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, onView(to));
    }

    void dropTeam(const QString& teamId, const QPointF& at) {
        QMimeData mime;
        mime.setData(QLatin1String(canvas::MapScene::teamMimeType), teamId.toUtf8());
        QWidget* vp = view()->viewport();
        const QPoint pos = onView(at);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(vp, &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(vp, &move);
        QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(vp, &drop);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void drawAWorkshopFromScratchThenUndoAndRedoEverything() {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->newFromTemplate(0));
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        view()->resetZoom();
        const Workshop empty = doc()->workshop();

        // Two journey steps and a customer slice, each named in place.
        trigger(u"addStep"_s);
        typeInPlace({u"Discover"_s});
        trigger(u"addStep"_s);
        typeInPlace({u"Purchase"_s});
        QCOMPARE(map().steps.size(), 2);
        QCOMPARE(map().steps[1].name, u"Purchase"_s);
        verifyFileEqualsDocument();
        trigger(u"addSlice"_s);
        typeInPlace({u"Consumer shopper"_s});
        QCOMPARE(map().slices[0].name, u"Consumer shopper"_s);

        // A cell of the grid, edited in place: all four fields.
        const Id slice = map().slices[0].id;
        const Id discover = map().steps[0].id;
        view()->centerOn(scene()->layout().cells.value(cellKey(slice, discover)).center());
        QTest::mouseDClick(
            view()->viewport(), Qt::LeftButton, {},
            onView(scene()->layout().cells.value(cellKey(slice, discover)).center()));
        typeInPlace({u"find a gift"_s, u"a short list"_s, u"item saved"_s, u"saves per visit"_s});
        const Cell* cell = map().find<Cell>(cellKey(slice, discover));
        QVERIFY(cell);
        QCOMPARE(cell->intent, u"find a gift"_s);
        QCOMPARE(cell->metric, u"saves per visit"_s);
        verifyFileEqualsDocument();

        // A stream, then three stages by keyboard: double-click in the lane, Enter, Enter.
        trigger(u"addStream"_s);
        typeInPlace({u"Shopper purchase"_s});
        const Id stream = map().streams[0].id;
        const QRectF lane = scene()->layout().lanes.value(stream);
        const QPointF firstColumn(scene()->layout().columnLeft(0) + 60, lane.center().y());
        view()->centerOn(firstColumn);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, onView(firstColumn));
        typeInPlace({u"Browse"_s});
        QTest::keyClick(view()->viewport(), Qt::Key_Return);
        typeInPlace({u"Pay"_s});
        QTest::keyClick(view()->viewport(), Qt::Key_Return);
        typeInPlace({u"Ship"_s});
        QCOMPARE(map().stages.size(), 3);
        const Id browse = stageNamed(u"Browse"_s);
        const Id pay = stageNamed(u"Pay"_s);
        const Id ship = stageNamed(u"Ship"_s);
        QCOMPARE(map().find<Stage>(browse)->step, discover);
        QCOMPARE(map().find<Stage>(pay)->step, map().steps[1].id);
        QCOMPARE(map().flows.size(), 2);
        QCOMPARE(map().flows[0].from, browse);
        QCOMPARE(map().flows[0].to, pay);
        QCOMPARE(map().flows[1].from, pay);
        QCOMPARE(map().flows[1].to, ship);
        verifyFileEqualsDocument();

        // Owners by dropping teams on stages.
        Team checkout{u"t1"_s, u"Checkout"_s, TeamType::StreamAligned, 5, {}};
        Team payments{u"t2"_s, u"Payments"_s, TeamType::Platform, 4, {}};
        QVERIFY(
            doc()->push(commands::addElement(doc(), m_window->currentMap(), checkout).release()));
        QVERIFY(
            doc()->push(commands::addElement(doc(), m_window->currentMap(), payments).release()));
        view()->centerOn(stageCentre(pay));
        dropTeam(u"t1"_s, stageCentre(browse));
        dropTeam(u"t2"_s, stageCentre(pay));
        QCOMPARE(map().find<Stage>(browse)->owner, u"t1"_s);
        QCOMPARE(map().find<Stage>(pay)->owner, u"t2"_s);
        verifyFileEqualsDocument();

        // A flow drawn from a stage's handle, and a dependency on a new capability.
        const QRectF browseRect = scene()->layout().stages.value(browse);
        dragOnView(QPointF(browseRect.right(), browseRect.center().y()), stageCentre(ship));
        QCOMPARE(map().flows.size(), 3);
        QCOMPARE(map().flows[2].from, browse);
        QCOMPARE(map().flows[2].to, ship);
        trigger(u"addCapability"_s);
        typeInPlace({u"Card payments"_s});
        const Id capability = map().capabilities[0].id;
        const QRectF payRect = scene()->layout().stages.value(pay);
        view()->centerOn(payRect.center());
        dragOnView(QPointF(payRect.right(), payRect.center().y()),
                   scene()->layout().capabilities.value(capability).center());
        QCOMPARE(map().dependencies.size(), 1);
        QCOMPARE(map().dependencies[0].from, pay);
        QCOMPARE(map().dependencies[0].to, capability);
        verifyFileEqualsDocument();

        // Move "Ship" from the Purchase column into Discover: one undo entry, snapped.
        const int entriesBeforeMove = doc()->undoStack()->count();
        scene()->clearSelection();
        view()->centerOn(stageCentre(ship));
        dragOnView(stageCentre(ship),
                   stageCentre(ship) - QPointF(canvas::MapLayout::columnWidth, 0));
        QCOMPARE(map().find<Stage>(ship)->step, discover);
        QCOMPARE(doc()->undoStack()->count(), entriesBeforeMove + 1);
        QCOMPARE(scene()->layout().stages.value(ship).left(),
                 scene()->layout().stages.value(browse).left());
        verifyFileEqualsDocument();

        // Undo everything back to the empty map, then redo it all.
        const Workshop drawn = doc()->workshop();
        while (doc()->undoStack()->canUndo())
            doc()->undoStack()->undo();
        QCOMPARE(doc()->workshop(), empty);
        verifyFileEqualsDocument();
        QVERIFY(scene()->items().size() <= 2); // the backdrop (and nothing of the map)
        while (doc()->undoStack()->canRedo())
            doc()->undoStack()->redo();
        QCOMPARE(doc()->workshop(), drawn);
        verifyFileEqualsDocument();
        QVERIFY(scene()->itemFor(ElementKind::Stage, ship));
    }

    void deleteTakesFlowsAlongAndUndoRestores() {
        QVERIFY(m_window);
        const Workshop before = doc()->workshop();
        const Id pay = stageNamed(u"Pay"_s);
        scene()->selectElements({{ElementKind::Stage, pay}});
        view()->setFocus();
        QTest::keyClick(view()->viewport(), Qt::Key_Delete);
        QVERIFY(!map().find<Stage>(pay));
        QCOMPARE(map().flows.size(), 1); // browse → ship stays
        QCOMPARE(map().dependencies.size(), 0);
        verifyFileEqualsDocument();
        doc()->undoStack()->undo();
        QCOMPARE(doc()->workshop(), before);
    }

    void tabWalksStagesAndFindSelects() {
        QVERIFY(m_window);
        scene()->clearSelection();
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Tab);
        QCOMPARE(scene()->selectedElements().size(), 1);
        const QString first = scene()->selectedElements()[0].key;
        QTest::keyClick(view(), Qt::Key_Tab);
        QVERIFY(scene()->selectedElements()[0].key != first);

        trigger(u"find"_s);
        QLineEdit* field = m_window->findChild<QLineEdit*>();
        QVERIFY(field);
        QTest::keyClicks(QApplication::focusWidget(), u"pay"_s);
        QList<commands::ElementRef> selected = scene()->selectedElements();
        QCOMPARE(selected.size(), 2); // the stage "Pay" and the capability "Card payments"
    }

    void deriveFutureMapOpensATabAndBothStayEditable() {
        QVERIFY(m_window);
        const MapUid current = m_window->currentMap();
        trigger(u"deriveFuture"_s);
        QVERIFY(m_window->currentMap() != current);
        QVERIFY(map().info.state == MapState::Future);
        QCOMPARE(map().info.baseline, doc()->map(current)->info.name);
        QCOMPARE(map().stages, doc()->map(current)->stages);
        const Id ship = stageNamed(u"Ship"_s);
        Stage s = *map().find<Stage>(ship);
        s.name = u"Ship faster"_s;
        QVERIFY(doc()->push(commands::changeElement(doc(), m_window->currentMap(), s).release()));
        QCOMPARE(doc()->map(current)->find<Stage>(ship)->name, u"Ship"_s);
        verifyFileEqualsDocument();
        m_window->setCurrentMap(current);
        QCOMPARE(scene()->mapUid(), current);
    }

    void exampleRendersWithEveryStageInItsColumn() {
        QFile file(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        std::optional<Workshop> workshop = json::read(file.readAll(), &error);
        QVERIFY2(workshop, qPrintable(error));
        Document document(*workshop);
        canvas::MapScene scene(&document, document.workshop().maps[0].uid);
        const Map& m = document.workshop().maps[0];
        QCOMPARE(scene.layout().stages.size(), m.stages.size());
        for (const Stage& s : m.stages) {
            auto* item = dynamic_cast<canvas::StageItem*>(scene.itemFor(ElementKind::Stage, s.id));
            QVERIFY(item);
            QCOMPARE(item->content().name, s.name);
            const int column = static_cast<int>(m.indexOf<Step>(s.step));
            const QRectF columnRect(scene.layout().columnLeft(column), 0,
                                    canvas::MapLayout::columnWidth, 1e6);
            QVERIFY2(columnRect.contains(item->sceneBoundingRect().center()), qPrintable(s.name));
            QVERIFY(
                scene.layout().lanes.value(s.stream).contains(item->sceneBoundingRect().center()));
        }
        QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter);
        painter.end();
        // Not blank: a good share of the pixels carry ink or team colour.
        qsizetype coloured = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                if (image.pixel(x, y) != qRgb(255, 255, 255))
                    ++coloured;
        QVERIFY(coloured > (image.width() / 4) * (image.height() / 4) / 5);
        // The first stage's fill is its owner team's tint.
        const Stage& first = m.stages[0];
        const QRectF r = scene.layout().stages.value(first.id);
        const QPointF inside = r.center() + QPointF(0, 10) - scene.sceneRect().topLeft();
        const QColor expected = canvas::style::tint(m.teamColor(first.owner));
        const QColor actual = image.pixelColor(inside.toPoint() + QPoint(r.width() / 2 - 14, 0));
        QVERIFY2(std::abs(actual.red() - expected.red()) < 3 &&
                     std::abs(actual.green() - expected.green()) < 3 &&
                     std::abs(actual.blue() - expected.blue()) < 3,
                 qPrintable(actual.name() + u" vs "_s + expected.name()));
    }

    // The example's one-hop finding, picked in the Findings dock, selects its stream and teams'
    // elements on the canvas: the stream's lane is selected and scrolled into view.
    void pickingAFindingSelectsItsSubjects() {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        panels::FindingsPanel* findings = window.findingsPanel();
        QTRY_VERIFY(findings->model()->rowCount() > 0);
        const panels::FindingKey oneHop{
            u"one-hop"_s, {u"vs-shopper"_s, u"t-storefront"_s, u"t-platform"_s, u"t-dba"_s}};
        const QModelIndex index = findings->model()->indexOf(oneHop);
        QVERIFY(index.isValid());
        findings->view()->setCurrentIndex(index);
        QTest::keyClick(findings->view(), Qt::Key_Return);
        // Teams are not on the canvas; the stream is.
        const QList<commands::ElementRef> selected = window.currentScene()->selectedElements();
        QCOMPARE(selected.size(), 1);
        QVERIFY(selected[0].kind == ElementKind::Stream);
        QCOMPARE(selected[0].key, u"vs-shopper"_s);
        const QRectF visible =
            window.canvasView()->mapToScene(window.canvasView()->viewport()->rect()).boundingRect();
        QVERIFY(visible.intersects(window.currentScene()->layout().lanes.value(u"vs-shopper"_s)));

        // The timing-free example has a dependency cycle: both capabilities get selected.
        const panels::FindingKey cycle{u"dependency-cycle"_s, {u"cap-orders"_s, u"cap-pipeline"_s}};
        findings->view()->setCurrentIndex(findings->model()->indexOf(cycle));
        QTest::keyClick(findings->view(), Qt::Key_Return);
        QCOMPARE(window.currentScene()->selectedElements().size(), 2);
    }

    // A future map marks, against its baseline, the stage that was added, the one whose owner
    // changed, and shows the removed one as a ghost where it stood.
    void changesAgainstTheBaselineAreMarked() {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        Document* d = window.document();
        const MapUid current = window.currentMap();
        QVERIFY(d->push(commands::deriveFutureMap(d, current, u"Future state"_s).release()));
        const MapUid future = d->workshop().maps.last().uid;
        window.setCurrentMap(future);
        QVERIFY(window.currentScene()->canShowChanges());
        Stage reserve = *d->map(future)->find<Stage>(u"sp-reserve"_s);
        reserve.owner = u"t-checkout"_s;
        QVERIFY(d->push(commands::changeElement(d, future, reserve).release()));
        QVERIFY(d->push(
            commands::removeElements(d, future, {{ElementKind::Stage, u"sp-return"_s}}).release()));
        Stage added = reserve;
        added.id = u"sp-gift"_s;
        added.name = u"Gift wrap"_s;
        QVERIFY(d->push(commands::addElement(d, future, added).release()));

        auto stage = [&](const QString& id) {
            return dynamic_cast<canvas::StageItem*>(
                window.currentScene()->itemFor(ElementKind::Stage, id));
        };
        using Change = canvas::StageItem::Content::Change;
        QVERIFY(stage(u"sp-reserve"_s)->content().change == Change::None);
        QVERIFY(window.currentScene()->ghosts().isEmpty());
        window.findChild<QAction*>(u"showChanges"_s)->trigger();
        QVERIFY(stage(u"sp-reserve"_s)->content().change == Change::Changed);
        QCOMPARE(stage(u"sp-reserve"_s)->content().changeLines,
                 QStringList{u"Owner team: Fulfilment → Checkout"_s});
        QVERIFY(stage(u"sp-gift"_s)->content().change == Change::Added);
        QVERIFY(stage(u"sp-browse"_s)->content().change == Change::None);
        QCOMPARE(window.currentScene()->ghosts().size(), 1);
        QCOMPARE(static_cast<canvas::GhostItem*>(window.currentScene()->ghosts()[0])->name(),
                 u"Return & refund"_s);
        window.findChild<QAction*>(u"showChanges"_s)->trigger();
        QVERIFY(stage(u"sp-reserve"_s)->content().change == Change::None);
        QVERIFY(window.currentScene()->ghosts().isEmpty());
    }

    // The tooltip of a changed stage lists what changed, labelled as the inspector labels the
    // fields, with the values before and after as the window shows them.
    void changedStageTooltipSaysWhatChanged() {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        Document* d = window.document();
        QVERIFY(d->push(
            commands::deriveFutureMap(d, window.currentMap(), u"Future state"_s).release()));
        const MapUid future = d->workshop().maps.last().uid;
        window.setCurrentMap(future);
        Stage authorise = *d->map(future)->find<Stage>(u"sp-authorise"_s);
        authorise.owner = u"t-payments"_s;
        authorise.leadTime = 2 * 8 * 3600; // two of the example's 8-hour days
        QVERIFY(d->push(commands::changeElement(d, future, authorise).release()));
        Flow f3 = *d->map(future)->find<Flow>(u"sp-f3"_s);
        f3.kind = FlowKind::Rework;
        QVERIFY(d->push(commands::changeElement(d, future, f3).release()));
        window.findChild<QAction*>(u"showChanges"_s)->trigger();

        auto tip = [&](ElementKind kind, const QString& id) {
            return window.currentScene()->itemFor(kind, id)->toolTip();
        };
        QCOMPARE(tip(ElementKind::Stage, u"sp-authorise"_s),
                 u"Authorise card payment\nPayments\nPT 1m · LT 2d · 92%\n"
                 u"Changed since the baseline:\n"
                 u"Owner team: Checkout → Payments\n"
                 u"Lead time: 5m → 2d"_s);
        QCOMPARE(tip(ElementKind::Stage, u"sp-browse"_s),
                 u"Search & browse catalog\nStorefront\nPT 20m · LT 1d · 95%"_s);
        QCOMPARE(tip(ElementKind::Flow, u"sp-f3"_s),
                 u"Changed since the baseline:\nKind: Push → Rework"_s);
        QCOMPARE(tip(ElementKind::Flow, u"sp-f1"_s), QString());

        window.findChild<QAction*>(u"showChanges"_s)->trigger();
        QCOMPARE(tip(ElementKind::Stage, u"sp-authorise"_s),
                 u"Authorise card payment\nPayments\nPT 1m · LT 2d · 92%"_s);
    }

    void cleanupTestCase() { m_window.reset(); }
};

STREAMBOARD_TEST_MAIN(TestCanvas)
} // namespace tst_canvas
#include "tst_canvas.moc"
