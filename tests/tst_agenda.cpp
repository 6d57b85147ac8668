// Agenda progress at each stage of a workshop, from an empty map to a complete one. Every
// expected word and fraction is worked out by hand from the checks in README, "Agenda".
#include "analysis/analysis.h"
#include "facilitation/agenda.h"
#include "facilitation/agenda_steps.h"
#include "store/json_interchange.h"
#include "test_main.h"
#include "test_paths.h"

#include <QFile>
#include <QTest>

namespace tst_agenda {

using namespace Qt::Literals::StringLiterals;
using sb::AgendaFocus;
using sb::AgendaItem;
using sb::AgendaStep;
using sb::ElementKind;
using sb::Map;

namespace {

// The map of a workshop in progress, built up one stage at a time by the tests.
struct Workshop {
    Map map;

    void slices() {
        map.slices = {{u"s1"_s, u"Consumers"_s, {}},
                      {u"s2"_s, u"Enterprises"_s, {}},
                      {u"s3"_s, u"Sellers"_s, {}}};
    }
    void outcomes() {
        for (sb::Slice& s : map.slices)
            s.outcome = u"We win when the order arrives for "_s + s.name;
    }
    void timeline() {
        map.steps = {{u"t1"_s, u"Discover"_s},
                     {u"t2"_s, u"Compare"_s},
                     {u"t3"_s, u"Buy"_s},
                     {u"t4"_s, u"Receive"_s}};
    }
    void cell(const QString& slice, const QString& step, bool full = true) {
        sb::Cell c{slice, step, u"intent"_s, u"value"_s, {}, {}, false};
        if (full) {
            c.outcome = u"outcome"_s;
            c.metric = u"metric"_s;
        }
        map.cells.append(c);
    }
    // Consumers complete, Enterprises × Discover half done, Enterprises × Compare complete.
    void partGrid() {
        for (const char* step : {"t1", "t2", "t3", "t4"})
            cell(u"s1"_s, QString::fromLatin1(step));
        cell(u"s2"_s, u"t1"_s, false);
        cell(u"s2"_s, u"t2"_s);
    }
    void fullGrid() {
        map.cells.clear();
        for (const sb::Slice& s : map.slices)
            for (const sb::Step& t : map.steps)
                cell(s.id, t.id);
    }
    void divergence() {
        for (sb::Cell& c : map.cells)
            if (c.slice == u"s2" && c.step == u"t3")
                c.divergent = true;
    }
    // Two customer streams: one ready, one without owner and north-star metric.
    void streams() {
        map.teams = {{u"ta"_s, u"Storefront"_s, sb::TeamType::StreamAligned, 5, {}, {}},
                     {u"tb"_s, u"Checkout"_s, sb::TeamType::StreamAligned, 5, {}, {}}};
        map.streams = {stream(u"vs1"_s, u"Consumer purchase"_s, u"ta"_s, true),
                       stream(u"vs2"_s, u"Enterprise order"_s, {}, false)};
    }
    static sb::Stream stream(const QString& id, const QString& name, const QString& owner,
                             bool northStar) {
        sb::Stream s;
        s.id = id;
        s.name = name;
        s.owner = owner;
        s.card[sb::CardField::Trigger] = u"trigger"_s;
        s.card[sb::CardField::FinishLine] = u"finish"_s;
        s.card[sb::CardField::Outcome] = u"outcome"_s;
        if (northStar)
            s.card[sb::CardField::NorthStar] = u"north star"_s;
        return s;
    }
    void completeStreams() {
        map.streams[1].owner = u"tb"_s;
        map.streams[1].card[sb::CardField::NorthStar] = u"north star"_s;
    }
    // A supporting stream and three capabilities both customer streams depend on: Payments in
    // order, Identity without an SLA, Catalog with a stream-aligned owner and no provider.
    void sharedCapabilities() {
        map.teams.append({u"tp"_s, u"Platform"_s, sb::TeamType::Platform, 4, {}, {}});
        sb::Stream payments = stream(u"vsp"_s, u"Payments stream"_s, u"tb"_s, true);
        payments.kind = sb::StreamKind::Supporting;
        map.streams.append(payments);
        map.stages = {sb::Stage{u"sg1"_s, u"vs2"_s, {}, u"Sign in"_s, {}, 0, 0, 100, {}}};
        map.capabilities = {{u"cap-pay"_s, u"Payments"_s, u"tb"_s, u"99.9%"_s, u"vsp"_s},
                            {u"cap-id"_s, u"Identity"_s, u"tp"_s, {}, {}},
                            {u"cap-cat"_s, u"Catalog"_s, u"ta"_s, u"1 h"_s, {}}};
        const QStringList pairs = {u"vs1 cap-pay"_s, u"vs2 cap-pay"_s, u"vs1 cap-id"_s,
                                   u"sg1 cap-id"_s,  u"vs1 cap-cat"_s, u"vs2 cap-cat"_s};
        for (const QString& pair : pairs)
            map.dependencies.append({u"d"_s + QString::number(map.dependencies.size() + 1),
                                     pair.section(u' ', 0, 0), pair.section(u' ', 1, 1)});
    }
    void complete() {
        map.capabilities[1].sla = u"99.9%"_s;
        map.capabilities[2].owner = u"tp"_s;
    }

    QList<AgendaItem> agenda() const { return sb::agendaProgress(map, sb::analyze(map)); }
};

AgendaFocus focus(ElementKind kind, const QString& key) {
    return {kind, key};
}
AgendaFocus cellFocus(const QString& slice, const QString& step) {
    return {ElementKind::Cell, sb::cellKey(slice, step)};
}

QList<AgendaFocus> allCells() {
    QList<AgendaFocus> cells;
    for (const char* s : {"s1", "s2", "s3"})
        for (const char* t : {"t1", "t2", "t3", "t4"})
            cells.append(cellFocus(QString::fromLatin1(s), QString::fromLatin1(t)));
    return cells;
}

QList<bool> doneFlags(const QList<AgendaItem>& agenda) {
    QList<bool> done;
    for (const AgendaItem& item : agenda)
        done.append(item.done);
    return done;
}

QString focusText(const QList<AgendaFocus>& focus) {
    QStringList keys;
    for (const AgendaFocus& f : focus)
        keys.append(QString::number(static_cast<int>(f.kind)) + u':' +
                    QString(f.key).replace(QChar(0x1f), u'/'));
    return keys.join(u' ');
}

void checkItem(const AgendaItem& item, bool done, const QString& progress, int current,
               int target) {
    QCOMPARE(item.done, done);
    QCOMPARE(item.progress, progress);
    QCOMPARE(item.current, current);
    QCOMPARE(item.target, target);
    QCOMPARE(item.next.isEmpty(), done);
}

} // namespace

class TestAgenda : public QObject {
    Q_OBJECT
private slots:
    void stepsComeInMethodOrder();
    void emptyMap();
    void slicesOnly();
    void sliceCountsOutsideTheRange();
    void slicesWithSomeOutcomes();
    void slicesWithOutcomes();
    void timeline();
    void partlyFilledGrid();
    void fullGrid();
    void divergentCell();
    void noMaterialDivergenceFlag();
    void streamsWithCards();
    void oneCustomerStream();
    void sharedCapabilities();
    void complete();
    void exampleWorkshop();
};

void TestAgenda::stepsComeInMethodOrder() {
    Workshop w;
    const QList<AgendaItem> agenda = w.agenda();
    QCOMPARE(agenda.size(), 8);
    const QStringList ids = {u"slices"_s,      u"outcomes"_s, u"timeline"_s, u"grid"_s,
                             u"divergences"_s, u"streams"_s,  u"shared"_s,   u"staffing"_s};
    for (int i = 0; i < 8; ++i)
        QCOMPARE(sb::toString(agenda[i].step), ids[i]);
    QCOMPARE(sb::agendaSteps().size(), 8);
    for (AgendaStep step : sb::agendaSteps()) {
        QVERIFY(!sb::agendaTitle(step).isEmpty());
        QVERIFY(!sb::agendaGoal(step).isEmpty());
        QVERIFY(!sb::agendaOutcome(step).isEmpty());
    }
}

void TestAgenda::emptyMap() {
    Workshop w;
    const QList<AgendaItem> a = w.agenda();
    QCOMPARE(doneFlags(a), QList<bool>(8, false));
    checkItem(a[0], false, u"No slices yet (2–5 recommended)"_s, 0, 2);
    checkItem(a[1], false, u"No slices yet"_s, 0, 1);
    checkItem(a[2], false, u"No steps yet (at least 3)"_s, 0, 3);
    checkItem(a[3], false, u"No cells yet: add slices and steps"_s, 0, 1);
    checkItem(a[4], false, u"No cell marked divergent yet"_s, 0, 1);
    checkItem(a[5], false, u"No customer streams yet (2–4 recommended)"_s, 0, 2);
    checkItem(a[6], false, u"No streams yet"_s, 0, 1);
    checkItem(a[7], false, u"No streams yet"_s, 0, 1);
    QCOMPARE(a[0].next, u"Add customer slices: at least two."_s);
    QCOMPARE(a[3].next, u"Add slices and steps first."_s);
    QCOMPARE(a[6].next, u"Propose value streams first."_s);
    for (const AgendaItem& item : a)
        QVERIFY(item.focus.isEmpty());
}

void TestAgenda::slicesOnly() {
    Workshop w;
    w.slices();
    const QList<AgendaItem> a = w.agenda();
    QCOMPARE(doneFlags(a), (QList<bool>{true, false, false, false, false, false, false, false}));
    checkItem(a[0], true, u"3 slices (2–5 recommended)"_s, 2, 2);
    checkItem(a[1], false, u"0 of 3 slices have an outcome statement"_s, 0, 3);
    QCOMPARE(a[1].next, u"Write the outcome of “Consumers”: “We win when … for …”."_s);
    QCOMPARE(focusText(a[1].focus), u"1:s1 1:s2 1:s3"_s);
    // Slices without steps make no cells yet.
    checkItem(a[3], false, u"No cells yet: add slices and steps"_s, 0, 1);
}

void TestAgenda::sliceCountsOutsideTheRange() {
    Workshop w;
    w.map.slices = {{u"s1"_s, u"One"_s, {}}};
    checkItem(w.agenda()[0], false, u"1 slice (2–5 recommended)"_s, 1, 2);
    for (int i = 2; i <= 6; ++i)
        w.map.slices.append({u"s"_s + QString::number(i), u"Slice"_s, {}});
    const AgendaItem six = w.agenda()[0];
    checkItem(six, false, u"6 slices (2–5 recommended)"_s, 2, 2);
    QCOMPARE(six.next, u"Merge slices until no more than five are left."_s);
}

void TestAgenda::slicesWithSomeOutcomes() {
    Workshop w;
    w.slices();
    w.map.slices[0].outcome = u"We win when …"_s;
    w.map.slices[2].outcome = u"We win when …"_s;
    w.map.slices[1].outcome = u"   "_s; // blank is no statement
    const AgendaItem outcomes = w.agenda()[1];
    checkItem(outcomes, false, u"2 of 3 slices have an outcome statement"_s, 2, 3);
    QCOMPARE(outcomes.next, u"Write the outcome of “Enterprises”: “We win when … for …”."_s);
    QCOMPARE(outcomes.focus, QList<AgendaFocus>{focus(ElementKind::Slice, u"s2"_s)});
}

void TestAgenda::slicesWithOutcomes() {
    Workshop w;
    w.slices();
    w.outcomes();
    const QList<AgendaItem> a = w.agenda();
    QCOMPARE(doneFlags(a), (QList<bool>{true, true, false, false, false, false, false, false}));
    checkItem(a[1], true, u"3 of 3 slices have an outcome statement"_s, 3, 3);
    QCOMPARE(focusText(a[1].focus), u"1:s1 1:s2 1:s3"_s);
    checkItem(a[2], false, u"No steps yet (at least 3)"_s, 0, 3);
}

void TestAgenda::timeline() {
    Workshop w;
    w.slices();
    w.outcomes();
    w.map.steps = {{u"t1"_s, u"Discover"_s}};
    checkItem(w.agenda()[2], false, u"1 step (at least 3)"_s, 1, 3);
    QCOMPARE(w.agenda()[2].next, u"Add steps to the timeline until there are at least three."_s);
    w.timeline();
    const QList<AgendaItem> a = w.agenda();
    QCOMPARE(doneFlags(a), (QList<bool>{true, true, true, false, false, false, false, false}));
    checkItem(a[2], true, u"4 steps (at least 3)"_s, 3, 3);
    QCOMPARE(focusText(a[2].focus), u"2:t1 2:t2 2:t3 2:t4"_s);
    // 3 slices × 4 steps, none stored yet.
    checkItem(a[3], false, u"0 of 12 cells filled"_s, 0, 12);
    QCOMPARE(a[3].next,
             u"Fill “Consumers” × “Discover”: intent, value, outcome and metric missing."_s);
    QCOMPARE(a[3].focus, allCells());
}

void TestAgenda::partlyFilledGrid() {
    Workshop w;
    w.slices();
    w.outcomes();
    w.timeline();
    w.partGrid();
    const QList<AgendaItem> a = w.agenda();
    QCOMPARE(doneFlags(a), (QList<bool>{true, true, true, false, false, false, false, false}));
    // Consumers' four cells and Enterprises × Compare are filled: 5 of 12.
    checkItem(a[3], false, u"5 of 12 cells filled"_s, 5, 12);
    QCOMPARE(a[3].next, u"Fill “Enterprises” × “Discover”: outcome and metric missing."_s);
    QCOMPARE(a[3].focus.size(), 7);
    QCOMPARE(a[3].focus.first(), cellFocus(u"s2"_s, u"t1"_s));
    QCOMPARE(a[3].focus[1], cellFocus(u"s2"_s, u"t3"_s));
}

void TestAgenda::fullGrid() {
    Workshop w;
    w.slices();
    w.outcomes();
    w.timeline();
    w.fullGrid();
    const QList<AgendaItem> a = w.agenda();
    QCOMPARE(doneFlags(a), (QList<bool>{true, true, true, true, false, false, false, false}));
    checkItem(a[3], true, u"12 of 12 cells filled"_s, 12, 12);
    QCOMPARE(a[3].focus, allCells());
    checkItem(a[4], false, u"No cell marked divergent yet"_s, 0, 1);
    QCOMPARE(a[4].next, u"Mark the cells where the path truly forks as divergent, or record that "
                        "there is no material divergence."_s);
    QCOMPARE(a[4].focus, allCells());
}

void TestAgenda::divergentCell() {
    Workshop w;
    w.slices();
    w.outcomes();
    w.timeline();
    w.fullGrid();
    w.divergence();
    const QList<AgendaItem> a = w.agenda();
    QCOMPARE(doneFlags(a), (QList<bool>{true, true, true, true, true, false, false, false}));
    checkItem(a[4], true, u"1 cell marked divergent"_s, 1, 1);
    QCOMPARE(a[4].focus, QList<AgendaFocus>{cellFocus(u"s2"_s, u"t3"_s)});
    w.map.cells[0].divergent = true;
    checkItem(w.agenda()[4], true, u"2 cells marked divergent"_s, 1, 1);
}

void TestAgenda::noMaterialDivergenceFlag() {
    Workshop w;
    w.slices();
    w.outcomes();
    w.timeline();
    w.fullGrid();
    w.map.info.noMaterialDivergence = true;
    const QList<AgendaItem> a = w.agenda();
    QCOMPARE(doneFlags(a), (QList<bool>{true, true, true, true, true, false, false, false}));
    checkItem(a[4], true, u"No material divergence, as the room decided"_s, 1, 1);
    QCOMPARE(a[4].focus, allCells());
}

void TestAgenda::streamsWithCards() {
    Workshop w;
    w.slices();
    w.outcomes();
    w.timeline();
    w.fullGrid();
    w.divergence();
    w.streams();
    QList<AgendaItem> a = w.agenda();
    // Streams without capabilities: nothing depends on one, so shared holds; staffing waits for
    // the second owner.
    QCOMPARE(doneFlags(a), (QList<bool>{true, true, true, true, true, false, true, false}));
    checkItem(a[5], false, u"1 of 2 customer streams have owner and card"_s, 1, 2);
    QCOMPARE(a[5].next, u"“Enterprise order” has no owner team and no north-star metric."_s);
    QCOMPARE(a[5].focus, QList<AgendaFocus>{focus(ElementKind::Stream, u"vs2"_s)});
    checkItem(a[6], true, u"No stream depends on a capability"_s, 1, 1);
    QVERIFY(a[6].focus.isEmpty());
    checkItem(a[7], false, u"1 of 2 streams have an owner; no staffing findings"_s, 1, 2);
    QCOMPARE(a[7].next, u"Give “Enterprise order” an owner team."_s);
    QCOMPARE(a[7].focus, QList<AgendaFocus>{focus(ElementKind::Stream, u"vs2"_s)});

    w.completeStreams();
    a = w.agenda();
    QCOMPARE(doneFlags(a), QList<bool>(8, true));
    checkItem(a[5], true, u"2 of 2 customer streams have owner and card"_s, 2, 2);
    QCOMPARE(focusText(a[5].focus), u"4:vs1 4:vs2"_s);
    checkItem(a[7], true, u"2 of 2 streams have an owner; no staffing findings"_s, 2, 2);
}

void TestAgenda::oneCustomerStream() {
    Workshop w;
    w.streams();
    w.map.streams.removeLast();
    const QList<AgendaItem> a = w.agenda();
    checkItem(a[5], false, u"1 of 1 customer stream has owner and card (2–4 recommended)"_s, 1, 2);
    QCOMPARE(a[5].next, u"Add customer streams: at least two."_s);
    checkItem(a[7], true, u"1 of 1 stream has an owner; no staffing findings"_s, 1, 1);
}

void TestAgenda::sharedCapabilities() {
    Workshop w;
    w.slices();
    w.outcomes();
    w.timeline();
    w.fullGrid();
    w.divergence();
    w.streams();
    w.completeStreams();
    w.sharedCapabilities();
    const QList<AgendaItem> a = w.agenda();
    QCOMPARE(doneFlags(a), (QList<bool>{true, true, true, true, true, true, false, false}));
    // The supporting stream does not count among the customer streams.
    checkItem(a[5], true, u"2 of 2 customer streams have owner and card"_s, 2, 2);
    // Payments is in order; Identity (platform, both streams: vs2 through its stage) lacks an
    // SLA; Catalog is shared by both streams with a stream-aligned owner and no provider.
    checkItem(a[6], false, u"1 of 3 depended-on capabilities are in order"_s, 1, 3);
    QCOMPARE(a[6].next, u"Give “Identity” an SLA."_s);
    QCOMPARE(focusText(a[6].focus), u"7:cap-id 7:cap-cat"_s);
    // Identity's missing SLA is a staffing finding.
    checkItem(a[7], false, u"3 of 3 streams have an owner; 1 staffing finding"_s, 3, 4);
    QCOMPARE(a[7].next,
             u"“Identity” has no SLA, yet 2 streams depend on it. Agree one with its owner, "
             "Platform."_s);
    QCOMPARE(focusText(a[7].focus), u"7:cap-id"_s);

    w.map.capabilities[1].sla = u"99.9%"_s;
    const AgendaItem shared = w.agenda()[6];
    checkItem(shared, false, u"2 of 3 depended-on capabilities are in order"_s, 2, 3);
    QCOMPARE(shared.next, u"2 streams depend on “Catalog”: let a supporting stream provide it or "
                          "a platform team own it."_s);
}

void TestAgenda::complete() {
    Workshop w;
    w.slices();
    w.outcomes();
    w.timeline();
    w.fullGrid();
    w.divergence();
    w.streams();
    w.completeStreams();
    w.sharedCapabilities();
    w.complete();
    const QList<AgendaItem> a = w.agenda();
    QCOMPARE(doneFlags(a), QList<bool>(8, true));
    checkItem(a[6], true, u"3 of 3 depended-on capabilities are in order"_s, 3, 3);
    QCOMPARE(focusText(a[6].focus), u"7:cap-pay 7:cap-id 7:cap-cat"_s);
    checkItem(a[7], true, u"3 of 3 streams have an owner; no staffing findings"_s, 3, 3);
    QCOMPARE(focusText(a[7].focus), u"4:vs1 4:vs2 4:vsp"_s);
}

// resources/examples/shopper-purchase.json, read by hand: 2 slices with outcomes, 5 steps, all
// 10 cells filled, 2 divergent (Enterprise × Purchase, × Receive), 2 customer streams with owners
// and complete cards plus the Payments supporting stream. Of the 5 capabilities streams depend
// on, Card payments (1 stream, owner and SLA) and Deployment pipeline (3 streams, platform, SLA)
// are in order; Product catalog (shopper and enterprise stages, owned by Storefront, no
// provider), Identity (no SLA) and Order database (Enterprise and Payments stages, owned by DBA,
// no provider) are not. Identity's missing SLA is the one staffing finding.
void TestAgenda::exampleWorkshop() {
    QFile file(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<sb::Workshop> workshop = sb::json::read(file.readAll(), &error);
    QVERIFY2(workshop, qPrintable(error));
    QCOMPARE(workshop->maps.size(), 1);
    const Map& map = workshop->maps.first();
    const QList<AgendaItem> a = sb::agendaProgress(map, sb::analyze(map));
    QCOMPARE(doneFlags(a), (QList<bool>{true, true, true, true, true, true, false, false}));
    checkItem(a[0], true, u"2 slices (2–5 recommended)"_s, 2, 2);
    checkItem(a[1], true, u"2 of 2 slices have an outcome statement"_s, 2, 2);
    checkItem(a[2], true, u"5 steps (at least 3)"_s, 3, 3);
    checkItem(a[3], true, u"10 of 10 cells filled"_s, 10, 10);
    checkItem(a[4], true, u"2 cells marked divergent"_s, 1, 1);
    QCOMPARE(a[4].focus, (QList<AgendaFocus>{cellFocus(u"sl-enterprise"_s, u"st-purchase"_s),
                                             cellFocus(u"sl-enterprise"_s, u"st-receive"_s)}));
    checkItem(a[5], true, u"2 of 2 customer streams have owner and card"_s, 2, 2);
    checkItem(a[6], false, u"2 of 5 depended-on capabilities are in order"_s, 2, 5);
    QCOMPARE(a[6].next, u"2 streams depend on “Product catalog”: let a supporting stream provide "
                        "it or a platform team own it."_s);
    QCOMPARE(focusText(a[6].focus), u"7:cap-catalog 7:cap-identity 7:cap-orders"_s);
    checkItem(a[7], false, u"3 of 3 streams have an owner; 1 staffing finding"_s, 3, 4);
    QCOMPARE(focusText(a[7].focus), u"7:cap-identity"_s);
}

STREAMBOARD_GUILESS_TEST_MAIN(TestAgenda)
} // namespace tst_agenda
#include "tst_agenda.moc"
