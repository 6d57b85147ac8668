#include "cli/check_report.h"
#include "cli_runner.h"
#include "metrics/comparison.h"
#include "store/json_interchange.h"
#include "test_main.h"
#include "test_maps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTextStream>

namespace tst_comparison {

using namespace sbtest;
using namespace Qt::Literals::StringLiterals;
using sb::ComparedMetrics;
using sb::ElementKind;

namespace {

constexpr std::optional<double> none = std::nullopt;

// tests/data/comparison/workshop.json, worked out by hand (8-hour days, 5-day weeks).
//
// Current state. "Shopper purchase" (vs1, owner Checkout): a Checkout (PT 1h, LT 4h) → b Checkout
// (8h, 16h, 90%) → c Operations (2h, 10h, 80%) → d Data (1h, 30h) → e Operations (1h, 20h, 50%).
// LT 80h, PT 13h, efficiency 13/80 = 0.1625, rolled 0.9 × 0.8 × 0.5 = 0.36. Handoffs b→c, c→d,
// d→e: 3. b depends on Orders db (Platform): team edges Checkout–Operations, Operations–Data
// (flows), Checkout–Platform (dependency): Data is 2 hops away (one-hop finding); counted teams
// Checkout, Operations, Data (Platform only through a dependency): 3. Orders db ⇄ Search index
// is a dependency cycle; vs1 depends on Orders db: 1 cycle.
// "Legacy export" (vsOld, owner Data): g (2h, 6h) ⇄ h (1h, 3h, 50%) go round in a circle: times
// null, rolled 0.5, no handoff; g depends on Search index: edge Data–Platform, hops 1, counted
// teams Data: 1; Search index is in the cycle: 1.
// Future state. c is owned by Checkout (the handoff b→c is gone), d is removed and f3 re-linked
// c → e, e waits 9.5h instead of 19h (LT 10.5h), cap2 → cap1 is removed (no cycle).
// vs1: LT 4 + 16 + 10 + 10.5 = 40.5h, PT 12h, efficiency 12/40.5 = 8/27, rolled 0.36, handoffs
// c→e: 1, edges Checkout–Operations, Checkout–Platform: hops 1, teams 2.
// "Gift cards" (vsNew, owner Checkout): k (3h, 8h, 75%): efficiency 0.375, hops 0, teams 1.
const ComparedMetrics purchaseBefore{80 * hour, 13 * hour, 0.1625, 0.36, 3, 2, 1, 1, 3};
const ComparedMetrics purchaseAfter{40.5 * hour, 12 * hour, 8.0 / 27, 0.36, 1, 1, 0, 0, 2};
const ComparedMetrics giftCardsAfter{8 * hour, 3 * hour, 0.375, 0.75, 0, 0, 0, 0, 1};
const ComparedMetrics legacyBefore{none, none, none, 0.5, 0, 1, 0, 1, 1};
// Before: times of vs1 only (vsOld has none); rolled (0.36 + 0.5) / 2; hops 2 + 1; teams 3 + 1;
// the one cycle touches both streams and counts once.
const ComparedMetrics totalsBefore{80 * hour, 13 * hour, 0.1625, 0.43, 3, 3, 1, 1, 4};
// After: LT 40.5 + 8 = 48.5h, PT 12 + 3 = 15h, efficiency 15/48.5 = 30/97, rolled
// (0.36 + 0.75) / 2.
const ComparedMetrics totalsAfter{48.5 * hour, 15 * hour, 30.0 / 97, 0.555, 1, 1, 0, 0, 3};

QString fixture() {
    return QStringLiteral(TEST_DATA_DIR "/comparison/workshop.json");
}

bool sameOptional(const std::optional<double>& a, const std::optional<double>& b) {
    return a.has_value() == b.has_value() && (!a || qFuzzyCompare(1 + *a, 1 + *b));
}

// Exact for counts; fuzzy for fractions and times (products of %C&A are not exact in binary).
bool same(const ComparedMetrics& a, const ComparedMetrics& b) {
    return sameOptional(a.leadTime, b.leadTime) && sameOptional(a.processTime, b.processTime) &&
           sameOptional(a.flowEfficiency, b.flowEfficiency) &&
           qFuzzyCompare(a.rolledPctCA, b.rolledPctCA) && a.handoffs == b.handoffs &&
           a.hops == b.hops && a.oneHopViolations == b.oneHopViolations &&
           a.dependencyCycles == b.dependencyCycles && a.teams == b.teams;
}

std::optional<double> optionalNumber(const QJsonValue& v) {
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// A before/after object of `check --format json` against the expected figures.
bool sameJson(const QJsonValue& value, const std::optional<ComparedMetrics>& expected) {
    if (!expected)
        return value.isNull();
    const QJsonObject o = value.toObject();
    const QStringList keys{u"dependencyCycles"_s,
                           u"flowEfficiency"_s,
                           u"handoffs"_s,
                           u"hops"_s,
                           u"leadTimeSeconds"_s,
                           u"oneHopViolations"_s,
                           u"processTimeSeconds"_s,
                           u"rolledPctCA"_s,
                           u"teams"_s};
    if (o.keys() != keys)
        return false;
    const ComparedMetrics actual{optionalNumber(o[u"leadTimeSeconds"_s]),
                                 optionalNumber(o[u"processTimeSeconds"_s]),
                                 optionalNumber(o[u"flowEfficiency"_s]),
                                 o[u"rolledPctCA"_s].toDouble(),
                                 o[u"handoffs"_s].toInt(-1),
                                 o[u"hops"_s].toInt(-1),
                                 o[u"oneHopViolations"_s].toInt(-1),
                                 o[u"dependencyCycles"_s].toInt(-1),
                                 o[u"teams"_s].toInt(-1)};
    return same(actual, *expected);
}

} // namespace

// The comparison of a future-state map with its baseline: figures per stream and in total, the
// element diff, and what `check` prints.
class TestComparison : public QObject {
    Q_OBJECT

    sb::Workshop m_workshop;
    sb::MapComparison m_comparison;

    const sb::Map& current() const { return m_workshop.maps[0]; }
    const sb::Map& future() const { return m_workshop.maps[1]; }

private slots:
    void initTestCase();
    void streamsInOrderWithNullSides();
    void figuresPerStream();
    void totals();
    void dependencyCyclesPerStream_data();
    void dependencyCyclesPerStream();
    void onlyFutureMapsWithAKnownBaseline();
    void elementDiff();
    void changedFieldsInKeyOrder();
    void jsonThroughTheBinary();
    void jsonOfOneSelectedMap();
    void text();
};

void TestComparison::initTestCase() {
    QFile file(fixture());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto workshop = sb::json::read(file.readAll(), &error);
    QVERIFY2(workshop, qPrintable(error));
    m_workshop = *workshop;
    QCOMPARE(m_workshop.maps.size(), 2);
    const auto comparison = sb::compareWithBaseline(m_workshop, future(), sb::analyze(future()));
    QVERIFY(comparison);
    m_comparison = *comparison;
}

void TestComparison::streamsInOrderWithNullSides() {
    QCOMPARE(m_comparison.baseline, u"Current state"_s);
    // The future map's streams in file order, then the baseline-only stream.
    QCOMPARE(m_comparison.streams.size(), 3);
    QCOMPARE(m_comparison.streams[0].stream, u"vs1"_s);
    QCOMPARE(m_comparison.streams[0].name, u"Shopper purchase"_s);
    QCOMPARE(m_comparison.streams[1].stream, u"vsNew"_s);
    QCOMPARE(m_comparison.streams[1].name, u"Gift cards"_s);
    QVERIFY(!m_comparison.streams[1].before);
    QVERIFY(m_comparison.streams[1].after);
    QCOMPARE(m_comparison.streams[2].stream, u"vsOld"_s);
    QCOMPARE(m_comparison.streams[2].name, u"Legacy export"_s);
    QVERIFY(m_comparison.streams[2].before);
    QVERIFY(!m_comparison.streams[2].after);
}

void TestComparison::figuresPerStream() {
    QVERIFY(same(*m_comparison.streams[0].before, purchaseBefore));
    QVERIFY(same(*m_comparison.streams[0].after, purchaseAfter));
    QVERIFY(same(*m_comparison.streams[1].after, giftCardsAfter));
    QVERIFY(same(*m_comparison.streams[2].before, legacyBefore));
}

void TestComparison::totals() {
    QVERIFY(same(m_comparison.totalsBefore, totalsBefore));
    QVERIFY(same(m_comparison.totalsAfter, totalsAfter));
    QCOMPARE(m_comparison.streamsWithoutLeadTimeBefore, 1);
    QCOMPARE(m_comparison.streamsWithoutLeadTimeAfter, 0);
}

// Streams s1 (stage x) and s2 (stage y); capabilities c1, c2, c3. The per-stream counts and the
// total (each cycle once) compare a map with itself.
void TestComparison::dependencyCyclesPerStream_data() {
    QTest::addColumn<sb::Map>("map");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::addColumn<int>("total");
    const auto base = [] {
        return MapBuilder()
            .stream("s1")
            .stream("s2")
            .stage({"x", "s1"})
            .stage({"y", "s2"})
            .capability("c1")
            .capability("c2")
            .capability("c3");
    };
    QTest::newRow("the stream is a member")
        << base().dependency("s1", "c1").dependency("c1", "s1").map() << 1 << 0 << 1;
    QTest::newRow("one of its stages is a member")
        << base().dependency("x", "c1").dependency("c1", "x").map() << 1 << 0 << 1;
    QTest::newRow("a capability it depends on directly")
        << base().dependency("x", "c1").dependency("c1", "c2").dependency("c2", "c1").map() << 1
        << 0 << 1;
    QTest::newRow("only through another capability: not counted") << base()
                                                                         .dependency("s1", "c3")
                                                                         .dependency("c3", "c1")
                                                                         .dependency("c1", "c2")
                                                                         .dependency("c2", "c1")
                                                                         .map()
                                                                  << 0 << 0 << 0;
    QTest::newRow("a self-dependency")
        << base().dependency("x", "c1").dependency("c1", "c1").map() << 1 << 0 << 1;
    QTest::newRow("two cycles") << base()
                                       .dependency("x", "c1")
                                       .dependency("c1", "c2")
                                       .dependency("c2", "c1")
                                       .dependency("s1", "c3")
                                       .dependency("c3", "c3")
                                       .map()
                                << 2 << 0 << 2;
    QTest::newRow("one cycle, two streams: once in total") << base()
                                                                  .dependency("x", "c1")
                                                                  .dependency("y", "c2")
                                                                  .dependency("c1", "c2")
                                                                  .dependency("c2", "c1")
                                                                  .map()
                                                           << 1 << 1 << 1;
}

void TestComparison::dependencyCyclesPerStream() {
    QFETCH(sb::Map, map);
    QFETCH(int, first);
    QFETCH(int, second);
    QFETCH(int, total);
    const sb::AnalysisResult result = sb::analyze(map);
    const sb::MapComparison c = sb::compareMaps(map, result, map, result);
    QCOMPARE(c.streams[0].after->dependencyCycles, first);
    QCOMPARE(c.streams[1].after->dependencyCycles, second);
    QCOMPARE(c.totalsAfter.dependencyCycles, total);
    QCOMPARE(c.totalsBefore.dependencyCycles, total);
    QVERIFY(c.elements.isEmpty());
}

void TestComparison::onlyFutureMapsWithAKnownBaseline() {
    sb::Workshop w = m_workshop;
    // A current-state map naming a baseline gets no comparison.
    w.maps[0].info.baseline = u"Future state"_s;
    QVERIFY(!sb::compareWithBaseline(w, w.maps[0], sb::analyze(w.maps[0])));
    // A future map whose baseline names no map of the workshop.
    w.maps[1].info.baseline = u"Nope"_s;
    QVERIFY(!sb::compareWithBaseline(w, w.maps[1], sb::analyze(w.maps[1])));
    // A future map without a baseline.
    w.maps[1].info.baseline.clear();
    QVERIFY(!sb::compareWithBaseline(w, w.maps[1], sb::analyze(w.maps[1])));
}

void TestComparison::elementDiff() {
    const sb::ElementDiff& diff = m_comparison.elements;
    QVERIFY(diff == sb::diffElements(current(), future()));
    QVERIFY(diff[ElementKind::Team].isEmpty());
    QVERIFY(diff[ElementKind::Slice].isEmpty());
    QCOMPARE(diff[ElementKind::Step].added, ids("st3"));
    QVERIFY(diff[ElementKind::Step].removed.isEmpty());
    QVERIFY(diff[ElementKind::Step].changed.isEmpty());

    const sb::KindDiff& cells = diff[ElementKind::Cell];
    QCOMPARE(cells.added, QStringList{sb::cellKey(u"sl1"_s, u"st3"_s)});
    QVERIFY(cells.removed.isEmpty());
    QVERIFY(cells.changed ==
            QList<sb::ChangedElement>({{sb::cellKey(u"sl1"_s, u"st1"_s), ids("intent")}}));

    const sb::KindDiff& streams = diff[ElementKind::Stream];
    QCOMPARE(streams.added, ids("vsNew"));
    QCOMPARE(streams.removed, ids("vsOld"));
    QVERIFY(streams.changed == QList<sb::ChangedElement>({{u"vs1"_s, ids("flowItems.done")}}));

    const sb::KindDiff& stages = diff[ElementKind::Stage];
    QCOMPARE(stages.added, ids("k"));
    QCOMPARE(stages.removed, ids("d g h"));
    QVERIFY(stages.changed ==
            QList<sb::ChangedElement>({{u"c"_s, ids("owner")}, {u"e"_s, ids("leadTime")}}));

    const sb::KindDiff& flows = diff[ElementKind::Flow];
    QVERIFY(flows.added.isEmpty());
    QCOMPARE(flows.removed, ids("f4 f6 f7"));
    QVERIFY(flows.changed == QList<sb::ChangedElement>({{u"f3"_s, ids("to")}}));

    QVERIFY(diff[ElementKind::Capability].changed ==
            QList<sb::ChangedElement>({{u"cap1"_s, ids("sla")}}));
    QVERIFY(diff[ElementKind::Capability].added.isEmpty());
    QVERIFY(diff[ElementKind::Capability].removed.isEmpty());

    QVERIFY(diff[ElementKind::Dependency].added.isEmpty());
    QCOMPARE(diff[ElementKind::Dependency].removed, ids("d3 d4"));
    QVERIFY(diff[ElementKind::Dependency].changed.isEmpty());

    QCOMPARE(diff[ElementKind::Note].added, ids("n2"));
    QCOMPARE(diff[ElementKind::Note].removed, ids("n1"));
    QVERIFY(!diff.isEmpty());
    QVERIFY(sb::diffElements(future(), future()).isEmpty());
}

void TestComparison::changedFieldsInKeyOrder() {
    sb::Map after = future();
    sb::Stage& plan = after.stages[0]; // a
    plan.pctCA = 95;
    plan.name = u"Refine"_s;
    plan.processTime = 2 * hour;
    plan.step = u"st1"_s;
    after.streams[0].card[sb::CardField::NorthStar] = u"Repeat orders"_s;
    after.streams[0].kind = sb::StreamKind::Supporting;
    after.teams[1].color = QColor(u"#123456"_s);
    after.capabilities[1].providedBy = u"vs1"_s;
    const sb::ElementDiff diff = sb::diffElements(future(), after);
    QVERIFY(diff[ElementKind::Stage].changed ==
            QList<sb::ChangedElement>({{u"a"_s, ids("step name processTime pctCA")}}));
    QVERIFY(diff[ElementKind::Stream].changed ==
            QList<sb::ChangedElement>({{u"vs1"_s, ids("kind card.northStar")}}));
    QVERIFY(diff[ElementKind::Team].changed ==
            QList<sb::ChangedElement>({{u"tB"_s, ids("color")}}));
    QVERIFY(diff[ElementKind::Capability].changed ==
            QList<sb::ChangedElement>({{u"cap2"_s, ids("providedBy")}}));
}

void TestComparison::jsonThroughTheBinary() {
    const sb::test::CliResult r =
        sb::test::runCli({u"check"_s, fixture(), u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 1); // one-hop, flow-cycle and dependency-cycle errors in the baseline
    const QJsonArray maps = QJsonDocument::fromJson(r.out).object()[u"maps"_s].toArray();
    QCOMPARE(maps.size(), 2);
    QVERIFY(!maps[0].toObject().contains(u"comparison"_s));
    const QJsonObject comparison = maps[1][u"comparison"_s].toObject();
    QCOMPARE(comparison.keys(), QStringList({u"baseline"_s, u"streams"_s, u"totals"_s}));
    QCOMPARE(comparison[u"baseline"_s].toString(), u"Current state"_s);

    const QJsonArray streams = comparison[u"streams"_s].toArray();
    QCOMPARE(streams.size(), 3);
    const QStringList rowKeys{u"after"_s, u"before"_s, u"id"_s, u"name"_s};
    const QStringList ids{u"vs1"_s, u"vsNew"_s, u"vsOld"_s};
    const QStringList names{u"Shopper purchase"_s, u"Gift cards"_s, u"Legacy export"_s};
    const std::optional<ComparedMetrics> before[] = {purchaseBefore, std::nullopt, legacyBefore};
    const std::optional<ComparedMetrics> after[] = {purchaseAfter, giftCardsAfter, std::nullopt};
    for (qsizetype i = 0; i < 3; ++i) {
        const QJsonObject row = streams[i].toObject();
        QCOMPARE(row.keys(), rowKeys);
        QCOMPARE(row[u"id"_s].toString(), ids[i]);
        QCOMPARE(row[u"name"_s].toString(), names[i]);
        QVERIFY2(sameJson(row[u"before"_s], before[i]), qPrintable(ids[i]));
        QVERIFY2(sameJson(row[u"after"_s], after[i]), qPrintable(ids[i]));
    }
    // Null metrics stay null: the legacy stream's flows go round in a circle.
    QVERIFY(streams[2][u"before"_s][u"leadTimeSeconds"_s].isNull());
    QVERIFY(streams[1][u"before"_s].isNull());

    const QJsonObject totals = comparison[u"totals"_s].toObject();
    QCOMPARE(totals.keys(), QStringList({u"after"_s, u"before"_s}));
    QVERIFY(sameJson(totals[u"before"_s], totalsBefore));
    QVERIFY(sameJson(totals[u"after"_s], totalsAfter));
}

void TestComparison::jsonOfOneSelectedMap() {
    // The baseline is read from the workshop even when only the future map is checked.
    const sb::test::CliResult r = sb::test::runCli(
        {u"check"_s, fixture(), u"--map"_s, u"Future state"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray maps = QJsonDocument::fromJson(r.out).object()[u"maps"_s].toArray();
    QCOMPARE(maps.size(), 1);
    QCOMPARE(maps[0][u"comparison"_s][u"baseline"_s].toString(), u"Current state"_s);
    QVERIFY(sameJson(maps[0][u"comparison"_s][u"totals"_s][u"after"_s], totalsAfter));
}

void TestComparison::text() {
    QString text;
    QTextStream out(&text);
    sb::cli::writeCheckReportText(future(), sb::analyze(future()), out, m_comparison);
    out.flush();
    // 80h = 10 days = 2w; 48.5h = 6 days 0.5h = 1w 1d; (48.5 − 80) / 80 = −39.4%.
    // 13h = 1d 5h; 15h = 1d 7h; (15 − 13) / 13 = +15.4%. 40.5h = 1w 0.5h shows as 1w;
    // (40.5 − 80) / 80 = −49.4%.
    const QString expected = u"  Compared with “Current state”: lead time 2w → 1w 1d (−39.4%), "
                             "process time 1d 5h → 1d 7h (+15.4%)\n"
                             "    flow efficiency "_s;
    QVERIFY2(text.contains(expected), qPrintable(text));
    // Efficiency 13/80 = 16.25% (half rounds up) → 30/97 = 30.9%; rolled 43.0% → 55.5%.
    QVERIFY2(text.contains(u"16.3% → 30.9%, rolled %C&A 43.0% → 55.5%\n"
                           "    handoffs 3 → 1, hops 3 → 1, teams 4 → 3, one-hop violations "
                           "1 → 0, dependency cycles 1 → 0\n"
                           "    Time sums leave out streams whose flows go round in a circle: "
                           "1 before, 0 after\n"
                           "    Shopper purchase: lead time 2w → 1w (−49.4%), handoffs 3 → 1, "
                           "hops 2 → 1, teams 3 → 2, one-hop violations 1 → 0, dependency "
                           "cycles 1 → 0\n"
                           "    Gift cards: new, lead time 1d\n"
                           "    Legacy export: only in “Current state”, lead time unknown\n"
                           "  Findings: "_s),
             qPrintable(text));

    // Through the binary, the same section follows the future map's streams.
    const sb::test::CliResult r =
        sb::test::runCli({u"check"_s, fixture(), u"--map"_s, u"Future state"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected.toUtf8()), r.out.constData());
}

STREAMBOARD_GUILESS_TEST_MAIN(TestComparison)
} // namespace tst_comparison
#include "tst_comparison.moc"
