#include "commands/commands.h"
#include "commands/field_labels.h"
#include "i18n/translations.h"
#include "model/document.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QTest>
#include <functional>

namespace tst_undo_texts {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

// Edit ▸ Undo names the field that changed as the inspector labels it, and the element by its
// name in quotes ("Change lead time of “Code and test”"), in English and in German.
class TestUndoTexts : public QObject {
    Q_OBJECT

    std::unique_ptr<Document> m_doc;

    const Map& map() const { return *m_doc->map(1); }

    // Changes a copy of the element with this key and returns the undo text the change gets.
    template <class T>
    QString changed(const QString& key, const std::function<void(T&)>& edit,
                    const QString& field = {}) {
        T copy = *map().find<T>(key);
        edit(copy);
        commands::CommandPtr command = commands::changeElement(m_doc.get(), 1, copy, field);
        if (!command || !m_doc->push(command.release()))
            return u"(no command)"_s;
        return m_doc->undoStack()->undoText();
    }

    QString settingsChanged(const std::function<void(MapInfo&)>& edit) {
        MapInfo info = map().info;
        edit(info);
        commands::CommandPtr command = commands::changeMapInfo(m_doc.get(), 1, info);
        if (!command || !m_doc->push(command.release()))
            return u"(no command)"_s;
        return m_doc->undoStack()->undoText();
    }

private slots:
    void init() {
        Workshop w;
        w.maps = {test::smallMap()};
        w.maps[0].stages[1].name = u"Code and test"_s;
        w.maps[0].steps.append(Step{u"c3"_s, u"Return"_s}); // its cell is not stored
        w.maps[0].actions = {
            Action{u"action1"_s, u"Ship it"_s, {}, {}, ActionStatus::Planned, {}, {}, {}}};
        m_doc = std::make_unique<Document>(w);
    }
    void cleanup() { m_doc.reset(); }
    void cleanupTestCase() { i18n::install(u"en"_s); }

    void stageFieldsAsTheInspectorNamesThem() {
        QCOMPARE(changed<Stage>(
                     u"b"_s, [](Stage& s) { s.leadTime = 3 * 86400; }, u"leadTime"_s),
                 u"Change lead time of “Code and test”"_s);
        QCOMPARE(changed<Stage>(
                     u"b"_s, [](Stage& s) { s.processTime = 600; }, u"processTime"_s),
                 u"Change process time of “Code and test”"_s);
        QCOMPARE(changed<Stage>(
                     u"b"_s, [](Stage& s) { s.pctCA = 70; }, u"pctCA"_s),
                 u"Change %C&A of “Code and test”"_s);
        // A rename names the element as it was.
        QCOMPARE(changed<Stage>(
                     u"b"_s, [](Stage& s) { s.name = u"Build"_s; }, u"name"_s),
                 u"Change name of “Code and test”"_s);
    }

    // Edits that do not say which field (a drop of a team, an in-place edit, the Status button)
    // are named by the one field that differs.
    void untaggedEditsNamedByWhatDiffers() {
        QCOMPARE(changed<Stage>(u"b"_s, [](Stage& s) { s.owner = u"t2"_s; }),
                 u"Change owner team of “Code and test”"_s);
        QCOMPARE(changed<Action>(u"action1"_s, [](Action& a) { a.status = ActionStatus::Done; }),
                 u"Change status of “Ship it”"_s);
        QCOMPARE(changed<Stage>(u"b"_s,
                                [](Stage& s) {
                                    s.step = u"c1"_s;
                                    s.leadTime = 60;
                                }),
                 u"Change stage “Code and test”"_s);
    }

    void everyKindOfElement() {
        QCOMPARE(changed<Team>(
                     u"t2"_s, [](Team& t) { t.size = 5; }, u"size"_s),
                 u"Change size of “Platform”"_s);
        QCOMPARE(changed<Team>(
                     u"t2"_s,
                     [](Team& t) {
                         t.roles = {{u"Engineering"_s, 2}};
                     },
                     u"roles.Engineering"_s),
                 u"Change role “Engineering” of “Platform”"_s);
        QCOMPARE(changed<Slice>(
                     u"s1"_s, [](Slice& s) { s.outcome = u"More"_s; }, u"outcome"_s),
                 u"Change outcome of “Consumer”"_s);
        QCOMPARE(changed<Step>(
                     u"c1"_s, [](Step& s) { s.name = u"Find"_s; }, u"name"_s),
                 u"Change name of “Discover”"_s);
        QCOMPARE(changed<Cell>(
                     cellKey(u"s1"_s, u"c1"_s), [](Cell& c) { c.intent = u"x"_s; }, u"intent"_s),
                 u"Change intent of the cell"_s);
        // The first keystroke into a cell not stored yet adds it, named as the field's change.
        const Cell typed{u"s1"_s, u"c3"_s, u"R"_s, {}, {}, {}, false};
        QVERIFY(m_doc->push(
            commands::addElementForField(m_doc.get(), 1, typed, u"intent"_s).release()));
        QCOMPARE(m_doc->undoStack()->undoText(), u"Change intent of the cell"_s);
        QCOMPARE(changed<Stream>(
                     u"vs1"_s, [](Stream& s) { s.card[CardField::NorthStar] = u"Orders"_s; },
                     u"card.northStar"_s),
                 u"Change card field “North-star metric” of “Shopper purchase”"_s);
        QCOMPARE(changed<Stream>(
                     u"vs1"_s, [](Stream& s) { s.flowItems.done.features = 4; },
                     u"flowItems.done.features"_s),
                 u"Change done features of “Shopper purchase”"_s);
        QCOMPARE(changed<Stream>(
                     u"vs1"_s,
                     [](Stream& s) { s.criteria[Criterion::Simplicity].note = u"Two teams"_s; },
                     u"criteria.simplicity.note"_s),
                 u"Change note on “Simplicity” of “Shopper purchase”"_s);
        QCOMPARE(changed<Flow>(
                     u"f1"_s, [](Flow& f) { f.kind = FlowKind::Rework; }, u"kind"_s),
                 u"Change kind of the flow"_s);
        QCOMPARE(changed<Capability>(
                     u"cap1"_s, [](Capability& c) { c.sla = u"99%"_s; }, u"sla"_s),
                 u"Change SLA of “Pipeline”"_s);
        QCOMPARE(changed<Note>(
                     u"n1"_s, [](Note& n) { n.text = u"Slow"_s; }, u"text"_s),
                 u"Change text of the note"_s);
    }

    void mapSettings() {
        QCOMPARE(settingsChanged([](MapInfo& i) { i.settings.workingDayHours = 8; }),
                 u"Change working day of map “Current state”"_s);
        QCOMPARE(settingsChanged([](MapInfo& i) { i.timeboxes[AgendaStep::Slices] = 600; }),
                 u"Change timebox for “Name the customer slices” of map “Current state”"_s);
        QCOMPARE(settingsChanged([](MapInfo& i) {
                     i.settings.teamSizeMin = 3;
                     i.settings.teamSizeMax = 8;
                 }),
                 u"Change map settings"_s);
    }

    void labelsCapitalizedForRowsAndTooltips() {
        QCOMPARE(fields::capitalized(fields::label(ElementKind::Stage, u"leadTime"_s)),
                 u"Lead time"_s);
        QCOMPARE(fields::capitalized(fields::label(ElementKind::Stage, u"pctCA"_s)), u"%C&A"_s);
        QCOMPARE(fields::label(ElementKind::Stage, u"leadtime"_s), QString());
    }

    void inGerman() {
        QVERIFY(i18n::install(u"de"_s));
        QCOMPARE(changed<Stage>(
                     u"b"_s, [](Stage& s) { s.leadTime = 3 * 86400; }, u"leadTime"_s),
                 u"„Code and test“: Durchlaufzeit ändern"_s);
        QCOMPARE(changed<Stage>(u"b"_s, [](Stage& s) { s.owner = u"t2"_s; }),
                 u"„Code and test“: zuständiges Team ändern"_s);
        QCOMPARE(changed<Flow>(
                     u"f1"_s, [](Flow& f) { f.kind = FlowKind::Rework; }, u"kind"_s),
                 u"Fluss: Art ändern"_s);
        QCOMPARE(settingsChanged([](MapInfo& i) { i.settings.workingDayHours = 8; }),
                 u"Karte „Current state“: Arbeitstag ändern"_s);
        QCOMPARE(fields::capitalized(fields::label(ElementKind::Stage, u"owner"_s)),
                 u"Zuständiges Team"_s);
        QVERIFY(i18n::install(u"en"_s));
        QCOMPARE(changed<Stage>(
                     u"b"_s, [](Stage& s) { s.pctCA = 70; }, u"pctCA"_s),
                 u"Change %C&A of “Code and test”"_s);
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestUndoTexts)
} // namespace tst_undo_texts
#include "tst_undo_texts.moc"
