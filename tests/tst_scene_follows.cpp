#include "canvas/ladder_item.h"
#include "canvas/lane_item.h"
#include "canvas/map_scene.h"
#include "canvas/stage_item.h"
#include "commands/commands.h"
#include "example_workshop.h"
#include "model/document.h"
#include "test_main.h"

#include <QImage>
#include <QPainter>
#include <QTest>

namespace tst_scene_follows {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

// The whole canvas as pixels, at full size so that text and marks are drawn.
QImage rendered(canvas::MapScene& scene) {
    const QRectF area = scene.sceneRect();
    QImage image(area.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    return image;
}

// Where the scene that followed the changes differs from one built anew on the same map;
// empty when it does not.
QString differences(canvas::MapScene& followed, Document& doc) {
    canvas::MapScene fresh(&doc, followed.mapUid());
    const Map& m = *doc.map(followed.mapUid());
    QStringList found;
    for (const Stage& s : m.stages) {
        const auto* a = static_cast<canvas::StageItem*>(followed.itemFor(ElementKind::Stage, s.id));
        const auto* b = static_cast<canvas::StageItem*>(fresh.itemFor(ElementKind::Stage, s.id));
        if (!(a->content() == b->content()))
            found << u"stage "_s + s.id;
    }
    for (const Stream& s : m.streams) {
        const auto* a = static_cast<canvas::LaneItem*>(followed.itemFor(ElementKind::Stream, s.id));
        const auto* b = static_cast<canvas::LaneItem*>(fresh.itemFor(ElementKind::Stream, s.id));
        if (!(a->content() == b->content()))
            found << u"lane "_s + s.id;
        if (!(followed.ladderFor(s.id)->content() == fresh.ladderFor(s.id)->content()))
            found << u"ladder "_s + s.id;
    }
    if (followed.analysis() != fresh.analysis())
        found << u"analysis"_s;
    if (rendered(followed) != rendered(fresh))
        found << u"pixels"_s;
    return found.join(u", "_s);
}

// A change that moves nothing on the canvas brings only its own items, and what the new
// analysis marks differently, in line; the canvas then looks exactly as one built anew.
class TestSceneFollows : public QObject {
    Q_OBJECT

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<canvas::MapScene> m_scene;
    int m_wholeSyncs = 0;

    const Map& map() const { return *m_doc->map(1); }
    template <class T> T element(const QString& id) const { return *map().find<T>(id); }
    void push(const Element& changed) {
        QVERIFY(m_doc->push(commands::changeElement(m_doc.get(), 1, changed).release()));
    }

private slots:
    void init() {
        m_doc = std::make_unique<Document>(test::exampleWorkshop());
        m_scene = std::make_unique<canvas::MapScene>(m_doc.get(), 1);
        m_wholeSyncs = m_scene->wholeSyncs();
    }

    void cleanup() {
        m_scene.reset();
        m_doc.reset();
    }

    void editsThatMoveNothingSyncTheirItemsAlone_data() {
        QTest::addColumn<int>("edit");
        const QStringList edits = {
            u"stage renamed"_s,
            u"lead time longer"_s,
            u"works longer than it waits"_s,
            u"%C&A lower"_s,
            u"owner of a stage"_s,
            u"flow becomes rework"_s,
            u"flow to another stage"_s,
            u"dependency to a stage"_s,
            u"capability owner"_s,
            u"stream renamed and owned"_s,
            u"cell intent"_s,
            u"note text"_s,
            u"step renamed"_s,
        };
        for (int i = 0; i < edits.size(); ++i)
            QTest::newRow(qPrintable(edits[i])) << i;
    }

    void editsThatMoveNothingSyncTheirItemsAlone() {
        QFETCH(int, edit);
        switch (edit) {
        case 0: {
            Stage s = element<Stage>(u"sp-checkout"_s);
            s.name = u"Pay and confirm"_s;
            push(s);
            break;
        }
        case 1: {
            Stage s = element<Stage>(u"sp-browse"_s);
            s.leadTime += 2 * 86400;
            push(s);
            break;
        }
        case 2: {
            Stage s = element<Stage>(u"sp-reserve"_s);
            s.processTime = s.leadTime + 3600;
            push(s);
            break;
        }
        case 3: {
            Stage s = element<Stage>(u"sp-ship"_s);
            s.pctCA = 42;
            push(s);
            break;
        }
        case 4: {
            // Another team on the shopper stream: new handoffs, and hops along its path.
            Stage s = element<Stage>(u"sp-compare"_s);
            s.owner = u"t-dba"_s;
            push(s);
            break;
        }
        case 5: {
            Flow f = element<Flow>(u"sp-f2"_s);
            f.kind = FlowKind::Rework;
            push(f);
            break;
        }
        case 6: {
            Flow f = element<Flow>(u"sp-f1"_s);
            f.to = u"sp-ship"_s;
            push(f);
            break;
        }
        case 7: {
            Dependency d = element<Dependency>(u"d-shopper-card"_s);
            d.to = u"sp-return"_s;
            push(d);
            break;
        }
        case 8: {
            Capability c = element<Capability>(u"cap-card"_s);
            c.owner = u"t-fulfilment"_s;
            push(c);
            break;
        }
        case 9: {
            Stream s = element<Stream>(u"vs-enterprise"_s);
            s.name = u"Business buyer"_s;
            s.owner = u"t-platform"_s;
            push(s);
            break;
        }
        case 10: {
            Cell c = map().cells.first();
            c.intent = u"Find it fast"_s;
            push(c);
            break;
        }
        case 11: {
            Note n = map().notes.first();
            n.text = u"Declines went down to 5%"_s;
            push(n);
            break;
        }
        case 12: {
            Step s = map().steps.first();
            s.name = u"Find"_s;
            push(s);
            break;
        }
        }
        QCOMPARE(m_scene->wholeSyncs(), m_wholeSyncs);
        QCOMPARE(differences(*m_scene, *m_doc), QString());

        // Undo and redo are changes like any other.
        m_doc->undoStack()->undo();
        QCOMPARE(differences(*m_scene, *m_doc), QString());
        m_doc->undoStack()->redo();
        QCOMPARE(differences(*m_scene, *m_doc), QString());
        QCOMPARE(m_scene->wholeSyncs(), m_wholeSyncs);
    }

    // Adding, removing and moving elements, and edits that move them, lay the canvas out anew.
    void editsThatMoveThingsSyncTheWholeCanvas() {
        Stage moved = element<Stage>(u"sp-return"_s);
        moved.step = map().steps.first().id;
        push(moved);
        QCOMPARE(m_scene->wholeSyncs(), m_wholeSyncs + 1);
        QCOMPARE(differences(*m_scene, *m_doc), QString());

        Team renamed = map().teams.first();
        renamed.name = u"Shopfront"_s; // every item the team owns says so
        push(renamed);
        QCOMPARE(m_scene->wholeSyncs(), m_wholeSyncs + 2);
        QCOMPARE(differences(*m_scene, *m_doc), QString());

        Stage added = element<Stage>(u"sp-browse"_s);
        added.id = u"sp-new"_s;
        QVERIFY(m_doc->push(commands::addElement(m_doc.get(), 1, added).release()));
        QCOMPARE(m_scene->wholeSyncs(), m_wholeSyncs + 3);
        QCOMPARE(differences(*m_scene, *m_doc), QString());
    }
};

STREAMBOARD_TEST_MAIN(TestSceneFollows)
} // namespace tst_scene_follows
#include "tst_scene_follows.moc"
