// The edits that turn one workshop into another (core/model/workshop_diff.h): what a window of a
// shared workshop applies when others changed it.
#include "model/document.h"
#include "model/workshop_diff.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QTest>

namespace tst_workshop_diff {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

Workshop twoSmallMaps() {
    Workshop w;
    w.maps = {test::smallMap(1), test::smallMap(2, u"Future state"_s)};
    return w;
}

class TestWorkshopDiff : public QObject {
    Q_OBJECT

private slots:
    void equalWorkshopsNeedNoEdit() {
        QVERIFY(operationsBetween(twoSmallMaps(), twoSmallMaps()).isEmpty());
    }

    // A renamed stage is one replacement; nothing else is touched.
    void aChangedElementIsOneReplacement() {
        const Workshop from = twoSmallMaps();
        Workshop to = from;
        to.maps[0].stages[1].name = u"Build elsewhere"_s;
        const QList<Operation> operations = operationsBetween(from, to);
        QCOMPARE(operations.size(), 1);
        const auto* replace = std::get_if<op::ReplaceElement>(&operations[0]);
        QVERIFY(replace);
        QCOMPARE(replace->map, MapUid(1));
        QCOMPARE(std::get<Stage>(replace->after).name, u"Build elsewhere"_s);
    }

    // Removed, added, moved and changed elements and maps: applied in order, the document holds
    // the other workshop exactly.
    void appliedInOrderTheEditsMakeTheOtherWorkshop() {
        const Workshop from = twoSmallMaps();
        Workshop to = from;
        Map& first = to.maps[0];
        first.stages.removeAt(0);      // "a" gone
        first.stages.move(1, 0);       // "c" before "b"
        first.stages[1].leadTime = 99; // "b" changed
        first.notes.append(Note{u"n2"_s, u"new"_s, NoteKind::Sticky, {}, QPointF(1, 2)});
        first.notes.move(1, 0); // the new note first
        first.info.name = u"Current state (renamed)"_s;
        to.maps.removeAt(1);                            // map 2 gone
        to.maps.prepend(test::smallMap(7, u"Third"_s)); // map 7 new, first
        Document doc(from);
        doc.applyExternal(operationsBetween(from, to));
        QCOMPARE(doc.workshop(), to);
        QCOMPARE(doc.workshop().maps[0].uid, MapUid(7));
        QCOMPARE(doc.workshop().maps[1].uid, MapUid(1));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.hasUnsavedChanges());
    }

    void mapsChangeTheirOrder() {
        const Workshop from = twoSmallMaps();
        Workshop to = from;
        to.maps.move(1, 0);
        const QList<Operation> operations = operationsBetween(from, to);
        QCOMPARE(operations.size(), 1);
        QVERIFY(std::holds_alternative<op::MoveMap>(operations[0]));
        Document doc(from);
        doc.applyExternal(operations);
        QCOMPARE(doc.workshop(), to);
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestWorkshopDiff)
} // namespace tst_workshop_diff
#include "tst_workshop_diff.moc"
