#include "facilitation/criteria.h"
#include "test_main.h"

#include <QTest>

namespace tst_criteria {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

// The two derived decision criteria worked out by hand from the definitions in the README
// ("Decision criteria"); the four judged ones return what the room stored.
class TestCriteria : public QObject {
    Q_OBJECT

    // A slice "Consumers" with two steps; stream s1 serves it with a full card.
    static Map base() {
        Map m;
        m.slices = {Slice{u"sl1"_s, u"Consumers"_s, {}}, Slice{u"sl2"_s, u"Enterprise"_s, {}}};
        m.steps = {Step{u"st1"_s, u"Buy"_s}, Step{u"st2"_s, u"Receive"_s}};
        Stream s;
        s.id = u"s1"_s;
        s.name = u"Purchase"_s;
        s.slice = u"sl1"_s;
        s.card[CardField::Trigger] = u"Shopper opens the app"_s;
        s.card[CardField::FinishLine] = u"Parcel delivered"_s;
        s.card[CardField::NorthStar] = u"Conversion"_s;
        m.streams = {s};
        return m;
    }
    static Cell cell(const char* slice, const char* step, const char* outcome, const char* metric) {
        Cell c;
        c.slice = QString::fromUtf8(slice);
        c.step = QString::fromUtf8(step);
        c.outcome = QString::fromUtf8(outcome);
        c.metric = QString::fromUtf8(metric);
        return c;
    }
    static bool met(const Map& m, Criterion c) { return criterionMet(m, m.streams.first(), c); }
    static QString why(const Map& m, Criterion c) {
        return criterionExplanation(m, m.streams.first(), c);
    }

private slots:
    void timeIntegrityNeedsTriggerFinishAndAProofPoint() {
        Map m = base();
        m.cells = {cell("sl1", "st1", "Order placed", ""), cell("sl1", "st2", "On time", "OTD %")};
        QVERIFY(met(m, Criterion::TimeIntegrity));
        QCOMPARE(why(m, Criterion::TimeIntegrity),
                 u"Starts at “Shopper opens the app”, finishes at “Parcel delivered”, with 1 proof "
                 u"point in the grid of “Consumers”."_s);
    }

    void timeIntegrityWithoutAProofPoint() {
        Map m = base();
        // An outcome without a metric, and a full cell of another slice: neither counts.
        m.cells = {cell("sl1", "st1", "Order placed", ""), cell("sl2", "st1", "PO raised", "Days")};
        QVERIFY(!met(m, Criterion::TimeIntegrity));
        QCOMPARE(why(m, Criterion::TimeIntegrity),
                 u"Missing: a grid cell of “Consumers” with both an outcome and a metric."_s);
    }

    void timeIntegrityWithoutSliceOrTrigger() {
        Map m = base();
        m.cells = {cell("sl1", "st1", "Order placed", "Orders")};
        m.streams[0].slice.clear();
        m.streams[0].card[CardField::Trigger] = u"  \n"_s; // blank is missing
        QVERIFY(!met(m, Criterion::TimeIntegrity));
        QCOMPARE(why(m, Criterion::TimeIntegrity),
                 u"Missing: a trigger on the card and a customer slice, whose grid holds the "
                 u"proof points."_s);
        m.streams[0].card[CardField::FinishLine].clear();
        QCOMPARE(why(m, Criterion::TimeIntegrity),
                 u"Missing: a trigger on the card, a finish line on the card and a customer "
                 u"slice, whose grid holds the proof points."_s);
    }

    void timeIntegrityWithProofPointsButNoFinishLine() {
        Map m = base();
        m.cells = {cell("sl1", "st2", "On time", "OTD %")};
        m.streams[0].card[CardField::FinishLine].clear();
        QVERIFY(!met(m, Criterion::TimeIntegrity));
        QCOMPARE(why(m, Criterion::TimeIntegrity), u"Missing: a finish line on the card."_s);
    }

    void derivedCriteriaIgnoreTheStoredCheck() {
        Map m = base();
        m.streams[0].criteria[Criterion::TimeIntegrity].met = true;
        QVERIFY(!met(m, Criterion::TimeIntegrity)); // no cell at all
        m.streams[0].criteria[Criterion::CustomerClarity].met = false;
        QVERIFY(met(m, Criterion::CustomerClarity));
    }

    void customerClarityFromSliceOrFor() {
        Map m = base();
        QVERIFY(met(m, Criterion::CustomerClarity));
        QCOMPARE(why(m, Criterion::CustomerClarity),
                 u"Serves “Consumers”, judged by one north-star metric: “Conversion”."_s);
        m.streams[0].slice.clear();
        m.streams[0].card[CardField::For] = u"Procurement teams\nof large firms"_s;
        QVERIFY(met(m, Criterion::CustomerClarity));
        QCOMPARE(why(m, Criterion::CustomerClarity),
                 u"Serves “Procurement teams”, judged by one north-star metric: “Conversion”."_s);
        m.streams[0].card[CardField::For].clear();
        QVERIFY(!met(m, Criterion::CustomerClarity));
        QCOMPARE(why(m, Criterion::CustomerClarity),
                 u"Missing: who it serves (a customer slice, or the card's For)."_s);
    }

    void customerClarityNeedsOneNorthStar_data() {
        QTest::addColumn<QString>("northStar");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("why");
        const QString several = u"The north star names several measures: keep one and move the "
                                u"others to the supporting metrics."_s;
        QTest::newRow("one") << u"  Conversion  "_s << true
                             << u"Serves “Consumers”, judged by one north-star metric: "
                                u"“Conversion”."_s;
        QTest::newRow("comma is one") << u"Orders delivered, per week"_s << true
                                      << u"Serves “Consumers”, judged by one north-star metric: "
                                         u"“Orders delivered, per week”."_s;
        QTest::newRow("semicolon") << u"Conversion; basket size"_s << false << several;
        QTest::newRow("two lines") << u"Conversion\nRetention"_s << false << several;
        QTest::newRow("empty") << u" "_s << false << u"Missing: a north-star metric."_s;
    }

    void customerClarityNeedsOneNorthStar() {
        QFETCH(QString, northStar);
        QFETCH(bool, met);
        QFETCH(QString, why);
        Map m = base();
        m.streams[0].card[CardField::NorthStar] = northStar;
        QCOMPARE(criterionMet(m, m.streams.first(), Criterion::CustomerClarity), met);
        QCOMPARE(criterionExplanation(m, m.streams.first(), Criterion::CustomerClarity), why);
    }

    void nobodyAndSeveralMeasures() {
        Map m = base();
        m.streams[0].slice.clear();
        m.streams[0].card[CardField::NorthStar] = u"A; B"_s;
        QCOMPARE(why(m, Criterion::CustomerClarity),
                 u"Missing: who it serves (a customer slice, or the card's For). The north star "
                 u"names several measures: keep one and move the others to the supporting "
                 u"metrics."_s);
    }

    void judgedCriteriaAreWhatTheRoomStored() {
        Map m = base();
        for (Criterion c : {Criterion::PolicyDeltas, Criterion::CadenceAndLearning,
                            Criterion::BlastRadius, Criterion::Simplicity}) {
            QVERIFY(!isDerived(c));
            QVERIFY(!met(m, c));
            m.streams[0].criteria[c].met = true;
            QVERIFY(met(m, c));
            QCOMPARE(why(m, c), QString());
        }
        QVERIFY(isDerived(Criterion::TimeIntegrity));
        QVERIFY(isDerived(Criterion::CustomerClarity));
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestCriteria)
} // namespace tst_criteria
#include "tst_criteria.moc"
