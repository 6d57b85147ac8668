#include "facilitation/action_drafts.h"
#include "facilitation/team_roles.h"
#include "test_main.h"
#include "test_workshops.h"

#include <QTest>

namespace tst_action_drafts {

using namespace sb;
using namespace sb::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// What a test expects of a draft: title, owner, links.
struct Expected {
    QString title;
    Id owner;
    QList<Id> links;
};

Note note(const QString& id, const QString& text, NoteKind kind) {
    Note n;
    n.id = id;
    n.text = text;
    n.kind = kind;
    return n;
}

Capability capability(const QString& id, const QString& name, const Id& owner,
                      const Id& providedBy = {}) {
    return Capability{id, name, owner, {}, providedBy};
}

} // namespace

// Drafting roadmap actions from a future map's changes, a finding and a kaizen burst, worked out
// by hand from the rules in the README ("Action roadmap"); and the team-role edits.
class TestActionDrafts : public QObject {
    Q_OBJECT

    // Checkout (t1) owns Purchase with Deploy and Manual QA, a position-only stage Pack, and
    // Payments; Platform (t2) owns the supporting stream Platform services.
    static Map baseline() {
        Map m;
        m.info.name = u"Current"_s;
        m.teams = {team(u"t1"_s, u"Checkout"_s), team(u"t2"_s, u"Platform"_s)};
        m.streams = {stream(u"s1"_s, u"Purchase"_s, u"t1"_s),
                     stream(u"s2"_s, u"Platform services"_s, u"t2"_s, StreamKind::Supporting)};
        m.stages = {stage(u"g1"_s, u"s1"_s, u"Deploy"_s, u"t1"_s, 0, 0),
                    stage(u"g2"_s, u"s1"_s, u"Manual QA"_s, u"t1"_s, 0, 0),
                    stage(u"g4"_s, u"s1"_s, u"Pack"_s, u"t1"_s, 0, 0)};
        m.capabilities = {capability(u"c1"_s, u"Payments"_s, u"t1"_s)};
        m.notes = {note(u"n0"_s, u"Old burst"_s, NoteKind::Kaizen)};
        return m;
    }

    static void verifyDrafts(const QList<Action>& drafts, const QList<Expected>& expected,
                             int firstId = 1) {
        QCOMPARE(drafts.size(), expected.size());
        for (qsizetype i = 0; i < drafts.size(); ++i) {
            QCOMPARE(drafts[i].title, expected[i].title);
            QCOMPARE(drafts[i].owner, expected[i].owner);
            QCOMPARE(drafts[i].links, expected[i].links);
            QCOMPARE(drafts[i].id, u"action"_s + QString::number(firstId + i));
            QVERIFY(drafts[i].status == ActionStatus::Planned);
            QVERIFY(!drafts[i].due.isValid());
            QVERIFY(drafts[i].findings.isEmpty());
        }
    }

private slots:
    void noChangeNoDraft() { QVERIFY(actionsFromChanges(baseline(), baseline()).isEmpty()); }

    void oneDraftPerMeaningfulChange() {
        Map future = baseline();
        future.teams.append(team(u"t3"_s, u"Returns team"_s));
        future.stages[0].owner = u"t2"_s;            // Deploy to Platform
        future.stages.removeAt(1);                   // Manual QA retired
        future.stages[1].position = QPointF(10, 10); // Pack only moved on the canvas
        future.streams.append(stream(u"s3"_s, u"Returns"_s, u"t3"_s));
        future.stages.append(stage(u"g3"_s, u"s3"_s, u"Refund"_s, u"t3"_s, 0, 0)); // with Returns
        future.capabilities[0].providedBy = u"s2"_s; // Payments through Platform services
        future.notes.append(
            note(u"n1"_s, u"Automate deploys\nwith a pipeline"_s, NoteKind::Kaizen));
        future.notes.append(note(u"n2"_s, u"Ask finance"_s, NoteKind::Sticky));
        // Teams, streams, stages, capabilities, notes; added, changed, then removed.
        verifyDrafts(actionsFromChanges(baseline(), future),
                     {{u"Form team “Returns team”"_s, u"t3"_s, {u"t3"_s}},
                      {u"Create stream “Returns”"_s, u"t3"_s, {u"s3"_s}},
                      {u"Move “Deploy” to team Platform"_s, u"t2"_s, {u"g1"_s}},
                      {u"Retire stage “Manual QA”"_s, u"t1"_s, {u"s1"_s}},
                      {u"Provide “Payments” through stream “Platform services”"_s,
                       u"t2"_s,
                       {u"c1"_s, u"s2"_s}},
                      {u"Automate deploys"_s, {}, {u"n1"_s}}});
    }

    void removalsAndHandovers() {
        Map future = baseline();
        future.teams.removeAt(0); // Checkout goes: its references are cleared as a delete does
        future.streams[0].owner = u"t2"_s;
        future.stages[0].owner.clear();
        future.stages[1].stream = u"s2"_s; // Manual QA moves to the supporting stream
        future.stages[1].owner = u"t2"_s;
        future.stages[2].owner.clear();
        future.capabilities.clear();
        verifyDrafts(actionsFromChanges(baseline(), future),
                     {{u"Disband team “Checkout”"_s, {}, {}},
                      {u"Hand stream “Purchase” to team Platform"_s, u"t2"_s, {u"s1"_s}},
                      {u"Find an owner for “Deploy”"_s, u"t2"_s, {u"g1"_s}},
                      {u"Move “Manual QA” to stream “Platform services” and team Platform"_s,
                       u"t2"_s,
                       {u"g2"_s}},
                      {u"Find an owner for “Pack”"_s, u"t2"_s, {u"g4"_s}},
                      {u"Retire capability “Payments”"_s, {}, {}}});
    }

    void retiringAStreamTakesItsStages() {
        Map future = baseline();
        future.streams.removeAt(0);
        future.stages.clear();
        future.capabilities.append(capability(u"c2"_s, u"Search"_s, {}, u"s2"_s));
        verifyDrafts(actionsFromChanges(baseline(), future),
                     {{u"Retire stream “Purchase”"_s, u"t1"_s, {}},
                      {u"Set up capability “Search”"_s, u"t2"_s, {u"c2"_s, u"s2"_s}}});
    }

    void changesAnActionCoversAreLeftOut() {
        Map future = baseline();
        future.stages[0].owner = u"t2"_s;
        future.stages.removeAt(1);
        future.notes[0].kind = NoteKind::Sticky; // no longer a burst
        future.notes.append(note(u"n1"_s, u"Sticky to burst"_s, NoteKind::Sticky));
        future.notes.last().kind = NoteKind::Kaizen; // added as a burst
        future.capabilities[0].owner = u"t2"_s;
        Action linked;
        linked.id = u"action1"_s;
        linked.title = u"Platform runs deploys"_s;
        linked.links = {u"g1"_s};
        Action named;
        named.id = u"action3"_s;
        named.title = u"Retire stage “Manual QA”"_s;
        future.actions = {linked, named};
        // Deploy's move is linked, Manual QA's retirement named: the rest gets free ids 2 and 4.
        const QList<Action> drafts = actionsFromChanges(baseline(), future);
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts[0].title, u"Move capability “Payments” to team Platform"_s);
        QCOMPARE(drafts[0].id, u"action2"_s);
        QCOMPARE(drafts[1].title, u"Sticky to burst"_s);
        QCOMPARE(drafts[1].id, u"action4"_s);
        // Once drafted and added, a second run finds nothing new.
        future.actions += drafts;
        QVERIFY(actionsFromChanges(baseline(), future).isEmpty());
    }

    void stickyTurnedKaizen() {
        Map before = baseline();
        before.notes.append(note(u"n5"_s, u"  \nIdea"_s, NoteKind::Sticky));
        Map future = before;
        future.notes.last().kind = NoteKind::Kaizen;
        verifyDrafts(actionsFromChanges(before, future), {{u"Idea"_s, {}, {u"n5"_s}}});
    }

    void actionForAFinding() {
        const Map m = baseline();
        Finding f{u"handoff"_s,
                  Severity::Warning,
                  {u"g1"_s, u"g2"_s, u"gone"_s},
                  u"Deploy hands off to Manual QA. Give both to one team.\nsecond line"_s};
        QCOMPARE(findingKey(f), u"handoff:g1,g2,gone"_s);
        Action a = actionForFinding(m, f);
        QCOMPARE(a.id, u"action1"_s);
        QCOMPARE(a.title, u"Deploy hands off to Manual QA."_s);
        QCOMPARE(a.note, u"Deploy hands off to Manual QA. Give both to one team.\nsecond line"_s);
        QCOMPARE(a.links, (QList<Id>{u"g1"_s, u"g2"_s})); // ids the map no longer holds left out
        QCOMPARE(a.owner, u"t1"_s);                       // Deploy's owner
        QCOMPARE(a.findings, QStringList{u"handoff:g1,g2,gone"_s});
        // A team among the subjects owns it.
        f = Finding{u"staffing"_s, Severity::Warning, {u"s1"_s, u"t2"_s}, u"Short of QA"_s};
        QCOMPARE(actionForFinding(m, f).owner, u"t2"_s);
        QCOMPARE(actionForFinding(m, f).title, u"Short of QA"_s);
        QCOMPARE(actionForFinding(m, f).note, QString()); // nothing more to say
    }

    void actionForAKaizenBurst() {
        Map m = baseline();
        Action taken;
        taken.id = u"action1"_s;
        taken.title = u"x"_s;
        m.actions = {taken};
        const Action a = actionForKaizen(m, m.notes.first());
        QCOMPARE(a.id, u"action2"_s);
        QCOMPARE(a.title, u"Old burst"_s);
        QCOMPARE(a.links, QList<Id>{u"n0"_s});
        QVERIFY(a.owner.isEmpty());
    }

    // Team roles.

    void rolePeopleSetTheSize() {
        const QStringList roles = defaultRoles(); // Product, Engineering, Design, QA, …
        Team t = team(u"t1"_s, u"Checkout"_s, TeamType::StreamAligned, 9);
        t = withRolePeople(t, roles, u"QA"_s, 1);
        t = withRolePeople(t, roles, u"Product"_s, 2);
        t = withRolePeople(t, roles, u"Engineering"_s, 5);
        QCOMPARE(t.roles,
                 (QList<RoleCount>{
                     {u"Product"_s, 2}, {u"Engineering"_s, 5}, {u"QA"_s, 1}})); // the map's order
        QCOMPARE(t.size, std::optional<int>(8));
        t = withRolePeople(t, roles, u"Engineering"_s, 3);
        QCOMPARE(t.size, std::optional<int>(6));
        t = withRolePeople(t, roles, u"Product"_s, 0);
        t = withRolePeople(t, roles, u"QA"_s, 0);
        QCOMPARE(t.size, std::optional<int>(3));
        t = withRolePeople(t, roles, u"Engineering"_s, 0);
        QVERIFY(t.roles.isEmpty());
        QCOMPARE(t.size, std::optional<int>()); // no roles left to count: no size
    }

    void renamingARoleRenamesItEverywhere() {
        Map m = baseline();
        m.teams[0].roles = {{u"Product"_s, 1}, {u"QA"_s, 2}};
        m.teams[0].size = 3;
        m.teams[1].roles = {{u"Engineering"_s, 4}};
        m.teams[1].size = 4;
        QVERIFY(!renameRole(m, u"Product"_s, u"Engineering"_s)); // taken
        QVERIFY(!renameRole(m, u"Product"_s, u"  "_s));
        QVERIFY(!renameRole(m, u"Sales"_s, u"Revenue"_s));
        const std::optional<RoleListEdit> edit = renameRole(m, u"Product"_s, u" Product  owner"_s);
        QVERIFY(edit);
        QCOMPARE(edit->info.settings.roles,
                 (QStringList{u"Product owner"_s, u"Engineering"_s, u"Design"_s, u"QA"_s,
                              u"Operations"_s, u"Customer success"_s}));
        QCOMPARE(edit->info.settings.requiredRoles,
                 (QStringList{u"Product owner"_s, u"Engineering"_s}));
        QCOMPARE(edit->teams.size(), 1);
        QCOMPARE(edit->teams[0].roles, (QList<RoleCount>{{u"Product owner"_s, 1}, {u"QA"_s, 2}}));
        QCOMPARE(edit->teams[0].size, std::optional<int>(3));
    }

    void removingARoleTakesItsPeople() {
        Map m = baseline();
        m.teams[0].roles = {{u"Product"_s, 1}, {u"Engineering"_s, 4}};
        m.teams[0].size = 5;
        const std::optional<RoleListEdit> edit = removeRole(m, u"Engineering"_s);
        QVERIFY(edit);
        QCOMPARE(edit->info.settings.requiredRoles, QStringList{u"Product"_s});
        QVERIFY(!edit->info.settings.roles.contains(u"Engineering"_s));
        QCOMPARE(edit->teams.size(), 1);
        QCOMPARE(edit->teams[0].roles, (QList<RoleCount>{{u"Product"_s, 1}}));
        QCOMPARE(edit->teams[0].size, std::optional<int>(1));
    }

    void addingAndRequiringRoles() {
        const Map m = baseline();
        QVERIFY(!addRole(m, u"QA"_s));
        QVERIFY(!addRole(m, u""_s));
        const std::optional<RoleListEdit> added = addRole(m, u"Data"_s);
        QVERIFY(added);
        QCOMPARE(added->info.settings.roles.last(), u"Data"_s);
        QVERIFY(added->teams.isEmpty());
        QVERIFY(!setRoleRequired(m, u"Product"_s, true)); // already
        const std::optional<RoleListEdit> qa = setRoleRequired(m, u"QA"_s, true);
        QVERIFY(qa);
        QCOMPARE(qa->info.settings.requiredRoles,
                 (QStringList{u"Product"_s, u"Engineering"_s, u"QA"_s}));
        Map withQa = m;
        withQa.info = qa->info;
        const std::optional<RoleListEdit> design = setRoleRequired(withQa, u"Design"_s, true);
        QCOMPARE(design->info.settings.requiredRoles,
                 (QStringList{u"Product"_s, u"Engineering"_s, u"Design"_s, u"QA"_s}));
        const std::optional<RoleListEdit> off = setRoleRequired(m, u"Product"_s, false);
        QCOMPARE(off->info.settings.requiredRoles, QStringList{u"Engineering"_s});
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestActionDrafts)
} // namespace tst_action_drafts
#include "tst_action_drafts.moc"
