#include "analysis/analysis.h"
#include "finding_printing.h"
#include "test_main.h"
#include "test_maps.h"

#include <QTest>

namespace tst_staffing_roles {

using namespace sbtest;
using namespace Qt::Literals::StringLiterals;
using sb::Finding;
using sb::Severity;
using sb::TeamType;

namespace {

Finding staffing(const char* subject, const char* message) {
    return {u"staffing"_s, Severity::Warning, ids(subject), QString::fromUtf8(message)};
}

// Gives a team of the map its roles and, as the model requires, their sum as its size.
void setRoles(sb::Map& map, const char* team, const QList<sb::RoleCount>& roles) {
    for (sb::Team& t : map.teams)
        if (t.id == QString::fromUtf8(team)) {
            t.roles = roles;
            int people = 0;
            for (const sb::RoleCount& role : roles)
                people += role.people;
            t.size = people;
        }
}

sb::RoleCount role(const char* name, int people) {
    return {QString::fromUtf8(name), people};
}

// A customer stream "co" named Checkout, owned by Web, with a complete card so that the card
// rule stays quiet.
MapBuilder checkoutOwnedByWeb() {
    MapBuilder builder;
    builder.team("Web").stream("co", "Checkout", "Web").card("Order placed", "Paid", "Conversion");
    return builder;
}

} // namespace

// The staffing checks on team roles, README "Team roles and staffing". Expected findings and
// messages are worked out by hand from that section.
class TestStaffingRoles : public QObject {
    Q_OBJECT

private slots:
    void singlePersonRoles() {
        sb::Map map = MapBuilder().team("Checkout").map();
        setRoles(map, "Checkout", {role("Product", 1), role("Engineering", 4), role("Design", 1)});
        const QList<Finding> expected = {
            staffing("Checkout", "Team “Checkout” has one person for Product: there is no cover "
                                 "when they are away."),
            staffing("Checkout", "Team “Checkout” has one person for Design: there is no cover "
                                 "when they are away."),
        };
        QCOMPARE(sb::analyze(map).findings, expected);
    }

    void missingRequiredRole() {
        sb::Map map = checkoutOwnedByWeb().map();
        setRoles(map, "Web", {role("Engineering", 3)});
        const QList<Finding> expected = {
            staffing("co", "The teams of “Checkout” (Web) lack Product. Every customer stream "
                           "needs Product and Engineering."),
        };
        QCOMPARE(sb::analyze(map).findings, expected);
    }

    // One finding per stream, naming every missing role in the order the map requires them.
    void missingRolesInOneFinding() {
        sb::Map map = checkoutOwnedByWeb().map();
        map.info.settings.requiredRoles = {u"Product"_s, u"Engineering"_s, u"Design"_s};
        setRoles(map, "Web", {role("QA", 2)});
        const QList<Finding> expected = {
            staffing("co", "The teams of “Checkout” (Web) lack Product, Engineering and Design. "
                           "Every customer stream needs Product, Engineering and Design."),
        };
        QCOMPARE(sb::analyze(map).findings, expected);
    }

    // Web hands off to Pm, so both are counted teams of Checkout; Pm brings Product.
    void countedTeamsAcrossHandoffsSupplyRoles() {
        sb::Map map = checkoutOwnedByWeb()
                          .team("Pm")
                          .stage({"a", "co", 1, 1, "Web", 100, "Build"})
                          .stage({"b", "co", 1, 1, "Pm", 100, "Accept"})
                          .flow("a", "b")
                          .map();
        setRoles(map, "Web", {role("Engineering", 3)});
        setRoles(map, "Pm", {role("Product", 2)});
        const QList<Finding> expected = {
            {u"handoff"_s, Severity::Info, ids("f1 a b"),
             u"“Build” → “Accept” is a handoff from Web to Pm."_s},
        };
        QCOMPARE(sb::analyze(map).findings, expected);
    }

    // A platform team reached only through a dependency is not a counted team, so its Product
    // people do not staff Checkout; a stream-aligned team in its place would be counted.
    void platformThroughDependencyDoesNotCount() {
        sb::Map map = checkoutOwnedByWeb()
                          .team("Plat", TeamType::Platform)
                          .capability("cap", "Plat", "99.9%")
                          .dependency("co", "cap")
                          .map();
        setRoles(map, "Web", {role("Engineering", 3)});
        setRoles(map, "Plat", {role("Product", 2)});
        const sb::AnalysisResult result = sb::analyze(map);
        QCOMPARE(result.streams.first().teams, ids("Web"));
        const QList<Finding> expected = {
            staffing("co", "The teams of “Checkout” (Web) lack Product. Every customer stream "
                           "needs Product and Engineering."),
        };
        QCOMPARE(result.findings, expected);

        map.teams[1].type = TeamType::StreamAligned;
        QCOMPARE(sb::analyze(map).findings, QList<Finding>());
    }

    // Once any team declares roles, a counted team that declares none brings no role.
    void teamWithoutRolesBringsNone() {
        sb::Map map = checkoutOwnedByWeb().team("Other").map();
        setRoles(map, "Other", {role("Product", 2), role("Engineering", 2)});
        const QList<Finding> expected = {
            staffing("co", "The teams of “Checkout” (Web) lack Product and Engineering. Every "
                           "customer stream needs Product and Engineering."),
        };
        QCOMPARE(sb::analyze(map).findings, expected);
    }

    void streamWithoutTeams() {
        sb::Map map = MapBuilder()
                          .team("Other")
                          .stream("co", "Checkout")
                          .card("Order placed", "Paid", "Conversion")
                          .map();
        setRoles(map, "Other", {role("Product", 2), role("Engineering", 2)});
        const QList<Finding> expected = {
            staffing("co", "No team works on “Checkout”, so it lacks Product and Engineering. "
                           "Every customer stream needs Product and Engineering."),
        };
        QCOMPARE(sb::analyze(map).findings, expected);
    }

    void supportingStreamsNeedNoRoles() {
        sb::Map map = checkoutOwnedByWeb().supporting().map();
        setRoles(map, "Web", {role("QA", 2)});
        QCOMPARE(sb::analyze(map).findings, QList<Finding>());
    }

    void noRequiredRoles() {
        sb::Map map = checkoutOwnedByWeb().map();
        map.info.settings.requiredRoles.clear();
        setRoles(map, "Web", {role("QA", 2)});
        QCOMPARE(sb::analyze(map).findings, QList<Finding>());
    }

    // The same maps as above with no team declaring roles: none of the new findings, only the
    // team-size ones that were there before.
    void mapWithoutRolesGetsNoNewFindings() {
        QCOMPARE(sb::analyze(checkoutOwnedByWeb().team("Other").map()).findings, QList<Finding>());
        QCOMPARE(sb::analyze(MapBuilder()
                                 .team("Other")
                                 .stream("co", "Checkout")
                                 .card("Order placed", "Paid", "Conversion")
                                 .map())
                     .findings,
                 QList<Finding>());
        const QList<Finding> expected = {
            staffing("Solo", "Team “Solo” has 1 person, fewer than 2: too few to keep its work "
                             "flowing when someone is away."),
        };
        QCOMPARE(sb::analyze(MapBuilder().team("Solo", TeamType::StreamAligned, 1).map()).findings,
                 expected);
    }

    // Teams before streams before capabilities (file order); for one team its size comes before
    // its roles, and its roles in its own order.
    void findingOrder() {
        sb::Map map = MapBuilder()
                          .team("A")
                          .team("B")
                          .stream("s", "s", "A")
                          .card("Order placed", "Paid", "Conversion")
                          .capability("c")
                          .dependency("s", "c")
                          .map();
        setRoles(map, "A", {role("Design", 1), role("Engineering", 2)});
        setRoles(map, "B", {role("Product", 1)});
        const QList<Finding> expected = {
            staffing("A", "Team “A” has one person for Design: there is no cover when they are "
                          "away."),
            staffing("B", "Team “B” has 1 person, fewer than 2: too few to keep its work flowing "
                          "when someone is away."),
            staffing("B", "Team “B” has one person for Product: there is no cover when they are "
                          "away."),
            staffing("s", "The teams of “s” (A) lack Product. Every customer stream needs Product "
                          "and Engineering."),
            staffing("c", "No team owns “c” and it has no SLA, yet 1 stream depends on it. Give "
                          "it an owner and agree an SLA."),
        };
        QCOMPARE(sb::analyze(map).findings, expected);
    }

    void findingKeys() {
        const Finding oneHop{u"one-hop"_s, Severity::Error, ids("s-checkout t-web t-api"), {}};
        QCOMPARE(sb::findingKey(oneHop), u"one-hop:s-checkout,t-web,t-api"_s);
        const Finding single{u"staffing"_s, Severity::Warning, ids("t-web"), u"…"_s};
        QCOMPARE(sb::findingKey(single), u"staffing:t-web"_s);
        QCOMPARE(sb::findingKey(Finding{u"card"_s, Severity::Warning, {}, {}}), u"card:"_s);
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestStaffingRoles)
} // namespace tst_staffing_roles
#include "tst_staffing_roles.moc"
