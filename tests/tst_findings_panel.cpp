#include "canvas/map_scene.h"
#include "model/document.h"
#include "panels/analysis_watcher.h"
#include "panels/findings_model.h"
#include "panels/findings_panel.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <algorithm>

namespace tst_findings_panel {

using namespace sb;
using namespace Qt::Literals::StringLiterals;
using commands::ElementRef;
using panels::AnalysisWatcher;
using panels::FindingKey;
using panels::FindingsModel;
using panels::FindingsPanel;

namespace {

QString kindName(ElementKind kind) {
    switch (kind) {
    case ElementKind::Team:
        return u"team"_s;
    case ElementKind::Stream:
        return u"stream"_s;
    case ElementKind::Stage:
        return u"stage"_s;
    case ElementKind::Flow:
        return u"flow"_s;
    default:
        return pluralName(kind);
    }
}

// "stage/b": an element reference as text, so lists of them compare and print.
QStringList refTexts(const QList<ElementRef>& refs) {
    QStringList texts;
    for (const ElementRef& r : refs)
        texts.append(kindName(r.kind) + u'/' + r.key);
    return texts;
}

QStringList sortedRefTexts(const QList<ElementRef>& refs) {
    QStringList texts = refTexts(refs);
    texts.sort();
    return texts;
}

// The subjects of the idx-th findingActivated caught by the spy.
QStringList activated(const QSignalSpy& spy, qsizetype idx) {
    return refTexts(spy.at(idx).at(0).value<QList<ElementRef>>());
}

} // namespace

// The findings dock over a small map whose findings are worked out by hand from DESIGN.md
// ("Analysis rules"):
//   teams t1 "Checkout" and t2 "Payments" (no sizes: the size rules do not apply);
//   stream vs1 "Purchase", customer, owned by t1, with an empty card;
//   stages a "Backlog" (t1), b "Build" (t2, PT 2h, LT 1h), c "Deploy" (t1);
//   flows f1 a→b, f2 b→c; a note.
// Its team graph is t1–t2: hops 1 (no one-hop), 2 counted teams (no coordination). So:
//   error   timing   [b]        LT 1h < PT 2h
//   warning card     [vs1]      no trigger, finish line or north star
//   info    handoff  [f1 a b]   Checkout → Payments
//   info    handoff  [f2 b c]   Payments → Checkout
// The two handoffs are both in Purchase: one stream group row "Purchase: 2 handoffs".
class TestFindingsPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<AnalysisWatcher> m_watcher;
    std::unique_ptr<FindingsPanel> m_panel;

    static inline const QString timingMessage =
        u"“Build” waits less than it works: lead time 1h is shorter than process time 2h. Lead "
        u"time includes process time."_s;
    static inline const QString cardMessage =
        u"The card of “Purchase” has no trigger, no finish line and no north-star metric. A "
        u"customer stream needs a trigger, a finish line and a north-star metric."_s;
    static inline const QString handoff1Message =
        u"“Backlog” → “Build” is a handoff from Checkout to Payments."_s;
    static inline const QString handoff2Message =
        u"“Build” → “Deploy” is a handoff from Payments to Checkout."_s;

    static Map findingsMap() {
        Map m;
        m.uid = 1;
        m.info.name = u"Current state"_s;
        m.teams = {test::team(u"t1"_s, u"Checkout"_s, TeamType::StreamAligned, std::nullopt),
                   test::team(u"t2"_s, u"Payments"_s, TeamType::StreamAligned, std::nullopt)};
        m.streams = {test::stream(u"vs1"_s, u"Purchase"_s, u"t1"_s)};
        m.stages = {test::stage(u"a"_s, u"vs1"_s, u"Backlog"_s, u"t1"_s, 0, 3600),
                    test::stage(u"b"_s, u"vs1"_s, u"Build"_s, u"t2"_s, 7200, 3600),
                    test::stage(u"c"_s, u"vs1"_s, u"Deploy"_s, u"t1"_s, 600, 1200)};
        m.flows = {test::flow(u"f1"_s, u"a"_s, u"b"_s), test::flow(u"f2"_s, u"b"_s, u"c"_s)};
        m.notes = {Note{u"n1"_s, u"Why so slow?"_s, NoteKind::Kaizen, {}, QPointF(10, 20)}};
        return m;
    }

    const Map& map() const { return *m_doc->map(1); }
    FindingsModel* model() const { return m_panel->model(); }
    QTreeView* view() const { return m_panel->view(); }

    bool push(commands::CommandPtr command) { return command && m_doc->push(command.release()); }

    void setStageOwner(const QString& stage, const QString& owner) {
        Stage s = *map().find<Stage>(stage);
        s.owner = owner;
        QVERIFY(push(commands::changeElement(m_doc.get(), 1, s)));
    }

    void renameStage(const QString& stage, const QString& name) {
        Stage s = *map().find<Stage>(stage);
        s.name = name;
        QVERIFY(push(commands::changeElement(m_doc.get(), 1, s)));
    }

    // The group titles, and for every group its rows as "rule: message", the findings in a
    // stream group indented under it.
    QStringList groupTitles() const {
        QStringList titles;
        for (int g = 0; g < model()->rowCount(); ++g)
            titles.append(model()->index(g, 0).data().toString());
        return titles;
    }
    QStringList rows(int group) const {
        QStringList texts;
        const QModelIndex parent = model()->index(group, 0);
        for (int r = 0; r < model()->rowCount(parent); ++r) {
            const QModelIndex row = model()->index(r, 0, parent);
            texts.append(row.data(FindingsModel::RuleRole).toString() + u": "_s +
                         row.data().toString());
            for (int c = 0; c < model()->rowCount(row); ++c) {
                const QModelIndex child = model()->index(c, 0, row);
                texts.append(u"  "_s + child.data(FindingsModel::RuleRole).toString() + u": "_s +
                             child.data().toString());
            }
        }
        return texts;
    }
    QModelIndex purchaseHandoffs() const { return model()->streamGroupIndex(u"vs1"_s); }
    QModelIndex rowOf(const char* rule, const QStringList& subjects) const {
        return model()->indexOf(FindingKey{QString::fromUtf8(rule), subjects});
    }

private slots:
    void init() {
        Workshop workshop;
        workshop.maps = {findingsMap()};
        m_doc = std::make_unique<Document>(workshop);
        m_watcher = std::make_unique<AnalysisWatcher>();
        m_watcher->setDocument(m_doc.get());
        m_watcher->setMap(1);
        m_panel = std::make_unique<FindingsPanel>();
        m_panel->setWatcher(m_watcher.get());
        m_panel->resize(420, 640);
    }

    void cleanup() {
        m_panel.reset();
        m_watcher.reset();
        m_doc.reset();
    }

    void groupsRowsAndCounts() {
        QCOMPARE(groupTitles(), QStringList({u"Errors (1)"_s, u"Warnings (1)"_s, u"Info (2)"_s}));
        QCOMPARE(rows(0), QStringList({u"timing: "_s + timingMessage}));
        QCOMPARE(rows(1), QStringList({u"card: "_s + cardMessage}));
        QCOMPARE(rows(2), QStringList({u"handoff: Purchase: 2 handoffs"_s,
                                       u"  handoff: "_s + handoff1Message,
                                       u"  handoff: "_s + handoff2Message}));
        QCOMPARE(model()->index(0, 0).data(FindingsModel::SeverityRole).toInt(),
                 int(Severity::Error));
        QCOMPARE(model()->index(1, 0, purchaseHandoffs()).data(FindingsModel::SeverityRole),
                 QVariant(int(Severity::Info)));
        // The stream group row is closed until opened.
        QCOMPARE(purchaseHandoffs(), model()->index(0, 0, model()->index(2, 0)));
        QVERIFY(!view()->isExpanded(purchaseHandoffs()));
        // Group rows are not findings: the arrow keys pass over them.
        QCOMPARE(model()->flags(model()->index(0, 0)), Qt::NoItemFlags);
        QVERIFY(model()->flags(model()->index(0, 0, model()->index(0, 0))) & Qt::ItemIsSelectable);

        QCOMPARE(m_panel->severityButton(Severity::Error)->text(), u"1 error"_s);
        QCOMPARE(m_panel->severityButton(Severity::Warning)->text(), u"1 warning"_s);
        QCOMPARE(m_panel->severityButton(Severity::Info)->text(), u"2 info"_s);
        QVERIFY(!view()->isHidden());
        QVERIFY(m_panel->emptyLabel()->isHidden());
    }

    void filterBySeverity() {
        m_panel->severityButton(Severity::Error)->click();
        QVERIFY(!m_panel->severityButton(Severity::Error)->isChecked());
        QCOMPARE(groupTitles(), QStringList({u"Warnings (1)"_s, u"Info (2)"_s}));
        // The groups stay open.
        QVERIFY(view()->isExpanded(model()->index(0, 0)));
        QVERIFY(view()->isExpanded(model()->index(1, 0)));
        m_panel->severityButton(Severity::Info)->click();
        QCOMPARE(groupTitles(), QStringList({u"Warnings (1)"_s}));
        QCOMPARE(rows(0), QStringList({u"card: "_s + cardMessage}));
        // The toggles keep counting what they hide.
        QCOMPARE(m_panel->severityButton(Severity::Info)->text(), u"2 info"_s);
        m_panel->severityButton(Severity::Warning)->click();
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(view()->isHidden());
        QVERIFY(!m_panel->emptyLabel()->isHidden());
        QCOMPARE(m_panel->emptyLabel()->text(), u"No findings match the filter."_s);
        m_panel->severityButton(Severity::Error)->click();
        QCOMPARE(groupTitles(), QStringList({u"Errors (1)"_s}));
        QVERIFY(!view()->isHidden());
    }

    void filterByText() {
        // In messages, any case: "deploy" is only in the second handoff.
        QTest::keyClicks(m_panel->searchField(), u"deploy"_s);
        QCOMPARE(groupTitles(), QStringList({u"Info (1 of 2)"_s}));
        QCOMPARE(rows(0), QStringList({u"handoff: Purchase: 1 of 2 handoffs"_s,
                                       u"  handoff: "_s + handoff2Message}));
        // "Build" is in the timing message and in both handoffs.
        m_panel->searchField()->setText(u"Build"_s);
        QCOMPARE(groupTitles(), QStringList({u"Errors (1)"_s, u"Info (2)"_s}));
        // In rule ids: no message says "timing".
        m_panel->searchField()->setText(u"timing"_s);
        QCOMPARE(groupTitles(), QStringList({u"Errors (1)"_s}));
        QCOMPARE(rows(0), QStringList({u"timing: "_s + timingMessage}));
        // Text and severity filters together.
        m_panel->searchField()->setText(u"Build"_s);
        m_panel->severityButton(Severity::Info)->click();
        QCOMPARE(groupTitles(), QStringList({u"Errors (1)"_s}));
        m_panel->searchField()->clear();
        QCOMPARE(groupTitles(), QStringList({u"Errors (1)"_s, u"Warnings (1)"_s}));
    }

    void followsCommandsOnceAnalysisRuns() {
        QSignalSpy changed(m_watcher.get(), &AnalysisWatcher::resultChanged);
        // c owned by Payments: f2 joins two Payments stages and is no handoff any more. Renaming a
        // changes the first handoff's message. Both in one event-loop turn.
        setStageOwner(u"c"_s, u"t2"_s);
        renameStage(u"a"_s, u"Intake"_s);
        QVERIFY(m_watcher->isPending());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(groupTitles().last(), u"Info (2)"_s); // nothing ran yet

        QTRY_COMPARE(groupTitles(),
                     QStringList({u"Errors (1)"_s, u"Warnings (1)"_s, u"Info (1)"_s}));
        QCOMPARE(rows(2), QStringList({u"handoff: Purchase: 1 handoff"_s,
                                       u"  handoff: “Intake” → “Build” is a handoff from Checkout "
                                       u"to Payments."_s}));
        QCOMPARE(m_panel->severityButton(Severity::Info)->text(), u"1 info"_s);
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 1); // one analysis for the two commands
        QVERIFY(!m_watcher->isPending());

        // Undo brings the handoff back.
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QTRY_COMPARE(groupTitles().last(), u"Info (2)"_s);
        QCOMPARE(rows(2), QStringList({u"handoff: Purchase: 2 handoffs"_s,
                                       u"  handoff: "_s + handoff1Message,
                                       u"  handoff: "_s + handoff2Message}));
        QCOMPARE(changed.count(), 2);
    }

    void staysQuietWhenTheResultIsTheSame() {
        QSignalSpy changed(m_watcher.get(), &AnalysisWatcher::resultChanged);
        Note note = *map().find<Note>(u"n1"_s);
        note.text = u"Where does the week go?"_s;
        QVERIFY(push(commands::changeElement(m_doc.get(), 1, note)));
        QVERIFY(m_watcher->isPending());
        QTRY_VERIFY(!m_watcher->isPending());
        QCOMPARE(changed.count(), 0);
        // A change the metrics see is a new result even when the findings stay.
        Stage c = *map().find<Stage>(u"c"_s);
        c.pctCA = 50;
        QVERIFY(push(commands::changeElement(m_doc.get(), 1, c)));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(m_watcher->result().metrics.first().rolledPctCA, 0.5);
        QCOMPARE(model()->findings().size(), 4);
    }

    void setMapAnalyzesAtOnce() {
        QSignalSpy changed(m_watcher.get(), &AnalysisWatcher::resultChanged);
        m_watcher->setMap(0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m_watcher->map());
        QVERIFY(m_watcher->result().findings.isEmpty());
        QCOMPARE(m_panel->emptyLabel()->text(), u"No map to check."_s);
        m_watcher->setMap(1);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_watcher->map(), &map());
        QCOMPARE(m_watcher->result(), analyze(map()));
        QCOMPARE(groupTitles().size(), 3);
    }

    void emptyState() {
        // Payments owns nothing, the card is filled and Build's times are right: nothing to find.
        Stream s = *map().find<Stream>(u"vs1"_s);
        s.card[CardField::Trigger] = u"A shopper wants something"_s;
        s.card[CardField::FinishLine] = u"Parcel delivered"_s;
        s.card[CardField::NorthStar] = u"Orders a week"_s;
        QVERIFY(push(commands::changeElement(m_doc.get(), 1, s)));
        Stage b = *map().find<Stage>(u"b"_s);
        b.owner = u"t1"_s;
        b.leadTime = 7200;
        QVERIFY(push(commands::changeElement(m_doc.get(), 1, b)));
        QTRY_VERIFY(view()->isHidden());
        QVERIFY(m_watcher->result().findings.isEmpty());
        QVERIFY(!m_panel->emptyLabel()->isHidden());
        QCOMPARE(m_panel->emptyLabel()->text(), u"No findings: the map passes every check."_s);
        QCOMPARE(m_panel->severityButton(Severity::Error)->text(), u"0 errors"_s);
        QVERIFY(!m_panel->severityButton(Severity::Error)->isEnabled());
    }

    void selectingEmitsSubjects() {
        QSignalSpy spy(m_panel.get(), &FindingsPanel::findingActivated);
        view()->setCurrentIndex(rowOf("timing", {u"b"_s}));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(activated(spy, 0), QStringList({u"stage/b"_s}));
        QCOMPARE(m_panel->selectedFinding()->rule, u"timing"_s);

        view()->setCurrentIndex(rowOf("handoff", {u"f2"_s, u"b"_s, u"c"_s}));
        QCOMPARE(activated(spy, 1), QStringList({u"flow/f2"_s, u"stage/b"_s, u"stage/c"_s}));
        view()->setCurrentIndex(rowOf("card", {u"vs1"_s}));
        QCOMPARE(activated(spy, 2), QStringList({u"stream/vs1"_s}));

        // Team subjects are teams.
        Finding teamFinding{u"team-size"_s, Severity::Warning, {u"t2"_s}, {}};
        QCOMPARE(refTexts(m_panel->subjectsOf(teamFinding)), QStringList({u"team/t2"_s}));

        // Picking without a user gesture is silent.
        QVERIFY(m_panel->selectFinding(FindingKey{u"timing"_s, {u"b"_s}}));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(m_panel->selectedFinding()->subjects, QList<Id>({u"b"_s}));
        QVERIFY(!m_panel->selectFinding(FindingKey{u"timing"_s, {u"c"_s}}));
        QVERIFY(!m_panel->selectedFinding());
    }

    void keyboardMovesAndActivates() {
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QSignalSpy spy(m_panel.get(), &FindingsPanel::findingActivated);
        // Down from the filter field enters the list on its first finding.
        m_panel->searchField()->setFocus();
        QTest::keyClick(m_panel->searchField(), Qt::Key_Down);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(activated(spy, 0), QStringList({u"stage/b"_s}));
        // Down passes over the Warnings header to the card finding, then over the Info header to
        // Purchase's handoffs, which show the stream.
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(activated(spy, 1), QStringList({u"stream/vs1"_s}));
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(view()->currentIndex(), purchaseHandoffs());
        QCOMPARE(activated(spy, 2), QStringList({u"stream/vs1"_s}));
        QCOMPARE(m_panel->selectedStreamGroup(), u"vs1"_s);
        QVERIFY(!m_panel->selectedFinding());
        // Right opens it, Down goes to its first handoff, Left back to it, Left again closes it.
        QTest::keyClick(view(), Qt::Key_Right);
        QVERIFY(view()->isExpanded(purchaseHandoffs()));
        QCOMPARE(spy.count(), 3);
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(activated(spy, 3), QStringList({u"flow/f1"_s, u"stage/a"_s, u"stage/b"_s}));
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(activated(spy, 4), QStringList({u"flow/f2"_s, u"stage/b"_s, u"stage/c"_s}));
        QTest::keyClick(view(), Qt::Key_Left);
        QCOMPARE(view()->currentIndex(), purchaseHandoffs());
        QCOMPARE(activated(spy, 5), QStringList({u"stream/vs1"_s}));
        QTest::keyClick(view(), Qt::Key_Left);
        QVERIFY(!view()->isExpanded(purchaseHandoffs()));
        QCOMPARE(spy.count(), 6);
        QTest::keyClick(view(), Qt::Key_Up);
        QCOMPARE(activated(spy, 6), QStringList({u"stream/vs1"_s}));
        QCOMPARE(m_panel->selectedFinding()->rule, u"card"_s);
        // Enter shows the picked finding's subjects again.
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(spy.count(), 8);
        QCOMPARE(activated(spy, 7), QStringList({u"stream/vs1"_s}));

        // A click on another finding picks it; a click on the picked one shows it again.
        const QModelIndex timing = rowOf("timing", {u"b"_s});
        const QPoint at = view()->visualRect(timing).center();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 9);
        QCOMPARE(activated(spy, 8), QStringList({u"stage/b"_s}));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 10);
        QCOMPARE(activated(spy, 9), QStringList({u"stage/b"_s}));
    }

    void selectionSurvivesReanalysis() {
        QSignalSpy spy(m_panel.get(), &FindingsPanel::findingActivated);
        view()->expand(purchaseHandoffs());
        view()->setCurrentIndex(rowOf("handoff", {u"f1"_s, u"a"_s, u"b"_s}));
        QCOMPARE(spy.count(), 1);
        // The message changes and the other handoff goes: the same finding stays picked, silently.
        renameStage(u"a"_s, u"Intake"_s);
        setStageOwner(u"c"_s, u"t2"_s);
        QTRY_COMPARE(groupTitles().last(), u"Info (1)"_s);
        QCOMPARE(m_panel->selectedFinding()->message,
                 u"“Intake” → “Build” is a handoff from Checkout to Payments."_s);
        QCOMPARE(view()->currentIndex(), rowOf("handoff", {u"f1"_s, u"a"_s, u"b"_s}));
        QCOMPARE(spy.count(), 1);
        // Hidden by the filter it is not picked; shown again it is.
        m_panel->setFilterText(u"timing"_s);
        QVERIFY(!m_panel->selectedFinding());
        m_panel->setFilterText({});
        QCOMPARE(m_panel->selectedFinding()->subjects, QList<Id>({u"f1"_s, u"a"_s, u"b"_s}));
        // When it is gone (Build joins Checkout: f1 is no handoff, f2 is one now), nothing is
        // picked, and it does not come back with it.
        setStageOwner(u"b"_s, u"t1"_s);
        QTRY_COMPARE(rows(2), QStringList({u"handoff: Purchase: 1 handoff"_s,
                                           u"  handoff: “Build” → “Deploy” is a handoff from "
                                           u"Checkout to Payments."_s}));
        QVERIFY(!m_panel->selectedFinding());
        QVERIFY(!view()->selectionModel()->hasSelection());
        // The stream group the user opened stays open through the new rows.
        QVERIFY(view()->isExpanded(purchaseHandoffs()));
        m_doc->undoStack()->undo();
        QTRY_COMPARE(rows(2), QStringList({u"handoff: Purchase: 1 handoff"_s,
                                           u"  handoff: “Intake” → “Build” is a handoff from "
                                           u"Checkout to Payments."_s}));
        QVERIFY(!m_panel->selectedFinding());
        QCOMPARE(spy.count(), 1);
    }

    void renameUpdatesRowsInPlace() {
        view()->setCurrentIndex(rowOf("handoff", {u"f1"_s, u"a"_s, u"b"_s}));
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(model(), &QAbstractItemModel::dataChanged);
        QSignalSpy picks(view()->selectionModel(), &QItemSelectionModel::currentChanged);
        renameStage(u"a"_s, u"Intake"_s);
        QTRY_COMPARE(changes.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.at(0).at(0).value<QModelIndex>(),
                 rowOf("handoff", {u"f1"_s, u"a"_s, u"b"_s}));
        QCOMPARE(rows(2).at(1),
                 u"  handoff: “Intake” → “Build” is a handoff from Checkout to Payments."_s);
        QCOMPARE(picks.count(), 0);
        QCOMPARE(m_panel->selectedFinding()->message,
                 u"“Intake” → “Build” is a handoff from Checkout to Payments."_s);
    }

    void keepsScrollPositionAcrossReanalysis() {
        m_panel->resize(300, 260);
        view()->expand(purchaseHandoffs());
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QScrollBar* bar = view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 150);
        bar->setValue(120);
        // The last handoff goes: the rows are new, the place in the list is not.
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        setStageOwner(u"c"_s, u"t2"_s);
        QTRY_COMPARE(resets.count(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), 120);
    }

    // A new workshop's map has nothing drawn yet: analyzing it gives the same empty result as
    // no map at all, yet the panel says the map is there and what it needs.
    void newEmptyMapSaysWhatToAdd() {
        Map blank;
        blank.uid = 7;
        blank.info.name = u"Current state"_s;
        Workshop workshop;
        workshop.maps = {blank};
        Document doc(workshop);
        AnalysisWatcher watcher;
        FindingsPanel panel;
        panel.setWatcher(&watcher); // as the window does: the watcher before the document
        QCOMPARE(panel.emptyLabel()->text(), u"No map to check."_s);
        watcher.setDocument(&doc);
        watcher.setMap(7);
        QVERIFY(panel.view()->isHidden());
        QCOMPARE(panel.emptyLabel()->text(),
                 u"Nothing to check yet: add a stream and its stages."_s);
        watcher.setMap(0);
        QCOMPARE(panel.emptyLabel()->text(), u"No map to check."_s);
    }

    // Purchase (s1) has 3 handoffs, Returns (s2) 1; an error and a warning come first, flat.
    // Findings in analysis order: timing, card, handoff f1, handoff f4 (Returns), handoff f2,
    // handoff f3. So Info holds two rows, Purchase (its first handoff comes first) then
    // Returns, both closed; Purchase's findings are f1, f2, f3 in that order.
    void handoffsGatherPerStream() {
        Map m;
        m.uid = 1;
        m.streams = {test::stream(u"s1"_s, u"Purchase"_s, {}),
                     test::stream(u"s2"_s, u"Returns"_s, {})};
        m.stages = {test::stage(u"a"_s, u"s1"_s, u"A"_s, {}, 0, 0),
                    test::stage(u"b"_s, u"s1"_s, u"B"_s, {}, 0, 0),
                    test::stage(u"c"_s, u"s1"_s, u"C"_s, {}, 0, 0),
                    test::stage(u"d"_s, u"s1"_s, u"D"_s, {}, 0, 0),
                    test::stage(u"e"_s, u"s2"_s, u"E"_s, {}, 0, 0),
                    test::stage(u"f"_s, u"s2"_s, u"F"_s, {}, 0, 0)};
        const auto handoff = [](const char* flow, const char* from, const char* to) {
            return Finding{
                u"handoff"_s,
                Severity::Info,
                {QString::fromUtf8(flow), QString::fromUtf8(from), QString::fromUtf8(to)},
                QString::fromUtf8(flow)};
        };
        const QList<Finding> findings = {
            Finding{u"timing"_s, Severity::Error, {u"b"_s}, u"timing b"_s},
            Finding{u"card"_s, Severity::Warning, {u"s1"_s}, u"card s1"_s},
            handoff("f1", "a", "b"),
            handoff("f4", "e", "f"),
            handoff("f2", "b", "c"),
            handoff("f3", "c", "d"),
        };
        FindingsModel standalone;
        standalone.setFindings(findings, &m);
        FindingsModel* model = &standalone;
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(2, 0).data().toString(), u"Info (4)"_s);
        const QModelIndex info = model->index(2, 0);
        QCOMPARE(model->rowCount(info), 2);
        const QModelIndex purchase = model->index(0, 0, info);
        const QModelIndex returns = model->index(1, 0, info);
        QCOMPARE(purchase.data().toString(), u"Purchase: 3 handoffs"_s);
        QCOMPARE(returns.data().toString(), u"Returns: 1 handoff"_s);
        QCOMPARE(purchase.data(FindingsModel::StreamRole).toString(), u"s1"_s);
        QCOMPARE(model->streamGroupAt(returns), u"s2"_s);
        QCOMPARE(model->rowCount(purchase), 3);
        QCOMPARE(model->index(0, 0, purchase).data().toString(), u"f1"_s);
        QCOMPARE(model->index(1, 0, purchase).data().toString(), u"f2"_s);
        QCOMPARE(model->index(2, 0, purchase).data().toString(), u"f3"_s);
        QCOMPARE(model->rowCount(returns), 1);
        QCOMPARE(model->index(0, 0, returns).data().toString(), u"f4"_s);
        QCOMPARE(model->parent(model->index(1, 0, purchase)), purchase);
        QCOMPARE(model->parent(purchase), info);
        QCOMPARE(model->indexOf(FindingKey{u"handoff"_s, {u"f2"_s, u"b"_s, u"c"_s}}),
                 model->index(1, 0, purchase));
        // Errors and warnings stay flat and first.
        QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(), u"timing b"_s);
        QCOMPARE(model->rowCount(model->index(0, 0, model->index(0, 0))), 0);
        QCOMPARE(model->index(0, 0, model->index(1, 0)).data().toString(), u"card s1"_s);
        QVERIFY(model->flags(purchase) & Qt::ItemIsSelectable);
        QVERIFY(!(model->flags(purchase) & Qt::ItemNeverHasChildren));

        // The filter keeps the stream groups that show a finding, and says how many they hide.
        model->setFilterText(u"f3"_s);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), u"Info (1 of 4)"_s);
        QCOMPARE(model->rowCount(model->index(0, 0)), 1);
        QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(),
                 u"Purchase: 1 of 3 handoffs"_s);
        QVERIFY(!model->streamGroupIndex(u"s2"_s).isValid());
        QVERIFY(model->hasStreamGroup(u"s2"_s));

        // In the panel the stream groups start closed.
        model->setFilterText({});
        Workshop workshop;
        workshop.maps = {m};
        Document doc(workshop);
        AnalysisWatcher watcher;
        watcher.setDocument(&doc);
        watcher.setMap(1);
        FindingsPanel panel;
        panel.setWatcher(&watcher);
        QVERIFY(!panel.view()->isExpanded(panel.model()->streamGroupIndex(u"s1"_s)));
    }

    // Picking a stream's handoffs selects the stream on the canvas (the window centres on it).
    void pickingStreamHandoffsSelectsTheStream() {
        canvas::MapScene scene(m_doc.get(), 1);
        connect(m_panel.get(), &FindingsPanel::findingActivated, &scene,
                &canvas::MapScene::selectElements);
        QSignalSpy spy(m_panel.get(), &FindingsPanel::findingActivated);
        view()->setCurrentIndex(purchaseHandoffs());
        QCOMPARE(activated(spy, 0), QStringList({u"stream/vs1"_s}));
        QCOMPARE(refTexts(scene.selectedElements()), QStringList({u"stream/vs1"_s}));
        QCOMPARE(m_panel->selectedStreamGroup(), u"vs1"_s);
        // It stays picked while the findings change, as a finding does.
        setStageOwner(u"c"_s, u"t2"_s);
        QTRY_COMPARE(purchaseHandoffs().data().toString(), u"Purchase: 1 handoff"_s);
        QCOMPARE(view()->currentIndex(), purchaseHandoffs());
        QCOMPARE(m_panel->selectedStreamGroup(), u"vs1"_s);
        QCOMPARE(spy.count(), 1);
        // Renaming the stream renames the row in place.
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        Stream s = *map().find<Stream>(u"vs1"_s);
        s.name = u"Checkout"_s;
        QVERIFY(push(commands::changeElement(m_doc.get(), 1, s)));
        QTRY_COMPARE(purchaseHandoffs().data().toString(), u"Checkout: 1 handoff"_s);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m_panel->selectedStreamGroup(), u"vs1"_s);
    }

    // A click on a stream group's arrow opens or closes it without picking it; a double click
    // anywhere on the row does too (after the first click picked it).
    void arrowAndDoubleClickOpenStreamGroups() {
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QSignalSpy spy(m_panel.get(), &FindingsPanel::findingActivated);
        const QRect row = view()->visualRect(purchaseHandoffs());
        const QPoint arrow(row.left() + 6, row.center().y());
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, arrow);
        QVERIFY(view()->isExpanded(purchaseHandoffs()));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(rows(2).size(), 3);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, arrow);
        QVERIFY(!view()->isExpanded(purchaseHandoffs()));
        QCOMPARE(spy.count(), 0);

        // A double click arrives as a click, then the double click.
        const QPoint text(row.center().x(), row.center().y());
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, text);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, text);
        QVERIFY(view()->isExpanded(purchaseHandoffs()));
        QCOMPARE(activated(spy, 0), QStringList({u"stream/vs1"_s}));
        // A severity group stays open whatever is clicked.
        const QPoint info = view()->visualRect(model()->index(2, 0)).center();
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, info);
        QVERIFY(view()->isExpanded(model()->index(2, 0)));
    }

    void selectingAFindingSelectsItsSubjects() {
        canvas::MapScene scene(m_doc.get(), 1);
        connect(m_panel.get(), &FindingsPanel::findingActivated, &scene,
                &canvas::MapScene::selectElements);
        view()->setCurrentIndex(rowOf("timing", {u"b"_s}));
        QCOMPARE(refTexts(scene.selectedElements()), QStringList({u"stage/b"_s}));
        view()->setCurrentIndex(rowOf("card", {u"vs1"_s}));
        QCOMPARE(refTexts(scene.selectedElements()), QStringList({u"stream/vs1"_s}));
        view()->setCurrentIndex(rowOf("handoff", {u"f2"_s, u"b"_s, u"c"_s}));
        QCOMPARE(sortedRefTexts(scene.selectedElements()),
                 QStringList({u"flow/f2"_s, u"stage/b"_s, u"stage/c"_s}));
    }
};

STREAMBOARD_TEST_MAIN(TestFindingsPanel)
} // namespace tst_findings_panel
#include "tst_findings_panel.moc"
