#include "catalog/catalog.h"
#include "catalog/catalog_sync.h"
#include "model/document.h"
#include "store/json_interchange.h"
#include "test_main.h"
#include "test_paths.h"

#include <QFile>
#include <QTest>

namespace tst_catalog {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

const QString dataDir = QStringLiteral(TEST_DATA_DIR "/catalog");

Workshop catalogWorkshop() {
    QFile file(dataDir + u"/workshop.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read workshop.json");
    QString error;
    const std::optional<Workshop> w = json::read(file.readAll(), &error);
    if (!w)
        qFatal("%s", qPrintable(error));
    return *w;
}

catalog::Catalog baseCatalog() {
    QString error;
    const std::optional<catalog::Catalog> c = catalog::read({dataDir + u"/base"_s}, &error);
    if (!c)
        qFatal("%s", qPrintable(error));
    return *c;
}

catalog::Catalog catalogOf(const QByteArray& yaml) {
    QString error;
    const std::optional<catalog::Catalog> c = catalog::readText(yaml, u"inline.yaml"_s, &error);
    if (!c)
        qFatal("%s", qPrintable(error));
    return *c;
}

QString readError(const QByteArray& yaml) {
    QString error;
    return catalog::readText(yaml, u"inline.yaml"_s, &error) ? QString() : error;
}

// Syncs the first map and pushes the command; returns the report.
catalog::SyncResult syncFirstMap(Document& doc, const catalog::Catalog& c,
                                 bool removeMissing = false) {
    catalog::SyncResult result =
        catalog::sync(&doc, doc.workshop().maps[0].uid, c, catalog::SyncOptions{removeMissing});
    if (result.command)
        doc.push(result.command.release());
    return result;
}

QStringList ids(const QList<catalog::SyncEntry>& entries) {
    QStringList list;
    for (const catalog::SyncEntry& e : entries)
        list.append(e.id);
    return list;
}

class TestCatalog : public QObject {
    Q_OBJECT

private slots:
    void completesReferences_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("implied");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name only") << u"payments"_s << u"group"_s << u"group:default/payments"_s;
        QTest::newRow("namespace") << u"shop/checkout"_s << u"group"_s << u"group:shop/checkout"_s;
        QTest::newRow("kind") << u"user:jdoe"_s << u"group"_s << u"user:default/jdoe"_s;
        QTest::newRow("all, mixed case")
            << u"Component:Shop/Checkout-API"_s << u"api"_s << u"component:shop/checkout-api"_s;
        QTest::newRow("spaces around") << u" api:x "_s << u"component"_s << u"api:default/x"_s;
        QTest::newRow("two colons") << u"a:b:c"_s << u"api"_s << QString();
        QTest::newRow("two slashes") << u"a/b/c"_s << u"api"_s << QString();
        QTest::newRow("empty name") << u"api:default/"_s << u"api"_s << QString();
        QTest::newRow("space inside") << u"check out"_s << u"api"_s << QString();
    }
    void completesReferences() {
        QFETCH(QString, text);
        QFETCH(QString, implied);
        QFETCH(QString, expected);
        QCOMPARE(catalog::completeRef(text, implied).value_or(QString()), expected);
    }

    void recognisesCatalogIds() {
        QVERIFY(catalog::isTeamRef(u"group:default/payments"_s));
        QVERIFY(!catalog::isTeamRef(u"group:payments"_s));
        QVERIFY(!catalog::isTeamRef(u"component:default/payments"_s));
        QVERIFY(!catalog::isTeamRef(u"Group:default/payments"_s));
        QVERIFY(catalog::isCapabilityRef(u"component:shop/checkout-api"_s));
        QVERIFY(catalog::isCapabilityRef(u"api:default/a"_s));
        QVERIFY(catalog::isCapabilityRef(u"resource:default/a"_s));
        QVERIFY(catalog::isCapabilityRef(u"system:default/a"_s));
        QVERIFY(!catalog::isCapabilityRef(u"user:default/a"_s));
        QVERIFY(!catalog::isCapabilityRef(u"cap1"_s));
        QVERIFY(!catalog::isCapabilityRef(u"t1"_s));
    }

    // tests/data/catalog/base, read by hand: files in path order (infra.yml, services/
    // checkout.yaml, services/payments.yaml, teams.yaml), each file's documents in order.
    void readsTheBaseCatalog() {
        const catalog::Catalog c = baseCatalog();
        QStringList refs;
        for (const catalog::Entity& e : c.entities)
            refs.append(e.ref);
        QCOMPARE(refs,
                 (QStringList{u"resource:default/orders-db"_s, u"system:default/shop"_s,
                              u"location:default/everything"_s, u"component:shop/checkout-api"_s,
                              u"api:default/payments-api"_s, u"component:default/payment-service"_s,
                              u"component:default/legacy-ledger"_s, u"group:default/payments"_s,
                              u"group:shop/checkout"_s, u"group:default/platform-eng"_s,
                              u"group:default/engineering"_s, u"user:default/jdoe"_s}));
        // The Location, the department Group and the User make nothing.
        QCOMPARE(c.ignored, 3);
        const catalog::Entity* checkout = c.find(u"component:shop/checkout-api"_s);
        QVERIFY(checkout);
        QCOMPARE(checkout->where.file, dataDir + u"/base/services/checkout.yaml"_s);
        QCOMPARE(checkout->where.line, 2); // after the comment line
        QCOMPARE(checkout->owner->ref, u"group:shop/checkout"_s);
        QCOMPARE(checkout->sla, u"99.9%"_s);
        QCOMPARE(checkout->dependsOn.size(), 2);
        QCOMPARE(checkout->dependsOn[1].ref, u"component:default/payment-service"_s);
        QCOMPARE(checkout->dependsOn[1].where.line, 17);
        QCOMPARE(checkout->consumesApis[0].ref, u"api:default/payments-api"_s);
        QVERIFY(checkout->dependencyOf.isEmpty());
    }

    // Group name: spec.profile.displayName, else metadata.title, else metadata.name; size the
    // number of spec.members when given.
    void namesAndSizesTeams() {
        const catalog::Catalog c = baseCatalog();
        QCOMPARE(c.find(u"group:default/payments"_s)->title, u"Payments Team"_s);
        QCOMPARE(c.find(u"group:default/payments"_s)->members, 3);
        QCOMPARE(c.find(u"group:shop/checkout"_s)->title, u"Checkout"_s);
        QCOMPARE(c.find(u"group:shop/checkout"_s)->members, std::nullopt);
        QCOMPARE(c.find(u"group:default/platform-eng"_s)->title, u"platform-eng"_s);
        QCOMPARE(c.find(u"group:default/platform-eng"_s)->members, 2);
        QVERIFY(!c.find(u"group:default/engineering"_s)->isTeam());
    }

    // Every rule at once, on tests/data/catalog/workshop.json; the expected map is worked out
    // in the comments.
    void syncAppliesEveryMappingRule() {
        Document doc(catalogWorkshop());
        const Workshop before = doc.workshop();
        const catalog::SyncResult r = syncFirstMap(doc, baseCatalog());
        QCOMPARE(r.error, QString());
        const Map& m = doc.workshop().maps[0];

        // Teams: payments renamed to its displayName with 3 members (its type, chosen in the
        // workshop, stays platform); checkout (namespace shop, no members: no size) and
        // platform-eng (no title: its name; 2 members) added; hand-made t1 and former (a
        // catalog id the catalog no longer has) as they were.
        QCOMPARE(m.teams.size(), 5);
        QCOMPARE(m.teams[0], before.maps[0].teams[0]);
        QCOMPARE(
            m.teams[1],
            (Team{u"group:default/payments"_s, u"Payments Team"_s, TeamType::Platform, 3, {}, {}}));
        QCOMPARE(m.teams[2], before.maps[0].teams[2]);
        QCOMPARE(m.teams[3], (Team{u"group:shop/checkout"_s,
                                   u"Checkout"_s,
                                   TeamType::StreamAligned,
                                   std::nullopt,
                                   {},
                                   {}}));
        QCOMPARE(m.teams[4], (Team{u"group:default/platform-eng"_s,
                                   u"platform-eng"_s,
                                   TeamType::StreamAligned,
                                   2,
                                   {},
                                   {}}));

        // Capabilities: checkout-api gets its title, its owner "shop/checkout" and its SLA
        // annotation; payments-api already matches; then, in catalog order, orders-db (owner
        // written with kind and namespace), the system (owner "shop/checkout"), payment-service
        // (owner "group:payments") and legacy-ledger (a User owner: unowned; deprecated).
        QCOMPARE(m.capabilities.size(), 8);
        QCOMPARE(m.capabilities[0], before.maps[0].capabilities[0]);
        QCOMPARE(m.capabilities[1], (Capability{u"component:shop/checkout-api"_s,
                                                u"Checkout API"_s,
                                                u"group:shop/checkout"_s,
                                                u"99.9%"_s,
                                                {}}));
        QCOMPARE(m.capabilities[2], before.maps[0].capabilities[2]);
        QCOMPARE(m.capabilities[3], before.maps[0].capabilities[3]);
        QCOMPARE(m.capabilities[4], (Capability{u"resource:default/orders-db"_s,
                                                u"orders-db"_s,
                                                u"group:default/platform-eng"_s,
                                                {},
                                                {}}));
        QCOMPARE(
            m.capabilities[5],
            (Capability{u"system:default/shop"_s, u"Shop"_s, u"group:shop/checkout"_s, {}, {}}));
        QCOMPARE(m.capabilities[6], (Capability{u"component:default/payment-service"_s,
                                                u"payment-service"_s,
                                                u"group:default/payments"_s,
                                                {},
                                                {}}));
        QCOMPARE(m.capabilities[7], (Capability{u"component:default/legacy-ledger"_s,
                                                u"Legacy ledger (deprecated)"_s,
                                                {},
                                                {},
                                                {}}));

        // Dependencies wanted: checkout-api → orders-db and → payment-service (dependsOn; the
        // second also payment-service's dependencyOf, counted once), checkout-api →
        // payments-api (consumesApis; d6 has it). Not the system or subcomponentOf. d5
        // (payments-api → checkout-api) is the catalog's and gone; d1–d3 are hand-drawn, d4
        // hangs on old-cart, which the catalog no longer has: all kept. New ids after d6.
        QCOMPARE(m.dependencies.size(), 7);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m.dependencies[i], before.maps[0].dependencies[i]);
        QCOMPARE(m.dependencies[4], before.maps[0].dependencies[5]);
        QCOMPARE(m.dependencies[5], (Dependency{u"d7"_s, u"component:shop/checkout-api"_s,
                                                u"resource:default/orders-db"_s}));
        QCOMPARE(m.dependencies[6], (Dependency{u"d8"_s, u"component:shop/checkout-api"_s,
                                                u"component:default/payment-service"_s}));

        // What the facilitators drew, and the other map, as they were.
        QCOMPARE(m.streams, before.maps[0].streams);
        QCOMPARE(m.stages, before.maps[0].stages);
        QCOMPARE(doc.workshop().maps[1], before.maps[1]);

        QCOMPARE(ids(r.added),
                 (QStringList{u"group:shop/checkout"_s, u"group:default/platform-eng"_s,
                              u"resource:default/orders-db"_s, u"system:default/shop"_s,
                              u"component:default/payment-service"_s,
                              u"component:default/legacy-ledger"_s, u"d7"_s, u"d8"_s}));
        QCOMPARE(ids(r.changed),
                 (QStringList{u"group:default/payments"_s, u"component:shop/checkout-api"_s}));
        QCOMPARE(r.changed[0].fields, (QStringList{u"name"_s, u"size"_s}));
        QCOMPARE(r.changed[1].fields, (QStringList{u"name"_s, u"owner"_s, u"sla"_s}));
        QCOMPARE(ids(r.removed), QStringList{u"d5"_s});
        QCOMPARE(ids(r.missing),
                 (QStringList{u"group:default/former"_s, u"component:default/old-cart"_s}));
        QCOMPARE(ids(r.deprecated), QStringList{u"component:default/legacy-ledger"_s});
        QCOMPARE(r.ignored, 3);
    }

    void syncIsOneUndoEntry() {
        Document doc(catalogWorkshop());
        const Workshop before = doc.workshop();
        syncFirstMap(doc, baseCatalog());
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), u"Sync with catalog"_s);
        doc.undoStack()->undo();
        QCOMPARE(doc.workshop(), before);
    }

    void secondSyncChangesNothing() {
        Document doc(catalogWorkshop());
        syncFirstMap(doc, baseCatalog());
        const Workshop once = doc.workshop();
        const catalog::SyncResult again = syncFirstMap(doc, baseCatalog());
        QVERIFY(!again.command);
        QVERIFY(again.added.isEmpty() && again.changed.isEmpty() && again.removed.isEmpty());
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.workshop(), once);
        // Still reported: what is kept and what is deprecated.
        QCOMPARE(again.missing.size(), 2);
        QCOMPARE(again.deprecated.size(), 1);
    }

    // former goes with the owner of stage s1; old-cart with d3 (hand-drawn, on it) and d4.
    void removeMissingTakesWhatHangsOnThem() {
        Document doc(catalogWorkshop());
        const catalog::SyncResult r = syncFirstMap(doc, baseCatalog(), true);
        const Map& m = doc.workshop().maps[0];
        QVERIFY(!m.find<Team>(u"group:default/former"_s));
        QVERIFY(!m.find<Capability>(u"component:default/old-cart"_s));
        QCOMPARE(m.stages[0].owner, Id());
        QStringList deps;
        for (const Dependency& d : m.dependencies)
            deps.append(d.id);
        QCOMPARE(deps, (QStringList{u"d1"_s, u"d2"_s, u"d6"_s, u"d7"_s, u"d8"_s}));
        QCOMPARE(ids(r.removed),
                 (QStringList{u"group:default/former"_s, u"component:default/old-cart"_s, u"d3"_s,
                              u"d4"_s, u"d5"_s}));
        QCOMPARE(ids(r.changed), (QStringList{u"group:default/payments"_s, u"s1"_s,
                                              u"component:shop/checkout-api"_s}));
        QCOMPARE(r.changed[1].fields, QStringList{u"owner"_s});
        QVERIFY(r.missing.isEmpty());
    }

    // An SLA the workshop has stays when the catalog has no annotation; a Group that is not a
    // team owns nothing on the map; a team with roles keeps the size of its roles. The name
    // follows the catalog (metadata.name "a").
    void keepsWhatTheCatalogDoesNotSay() {
        Workshop w;
        Map map;
        map.uid = 1;
        map.info.name = u"M"_s;
        map.teams.append(
            Team{u"group:default/ops"_s, u"Ops"_s, TeamType::Platform, 4, {}, {{u"Product"_s, 4}}});
        map.capabilities.append(
            Capability{u"component:default/a"_s, u"A"_s, u"group:default/ops"_s, u"99%"_s, {}});
        w.maps.append(map);
        Document doc(w);
        syncFirstMap(doc, catalogOf(R"(
kind: Group
metadata: {name: ops}
spec: {type: team, members: [x, y]}
---
kind: Group
metadata: {name: sales}
spec: {type: business-unit}
---
kind: Component
metadata: {name: a}
spec: {owner: sales}
)"));
        const Map& m = doc.workshop().maps[0];
        QCOMPARE(m.teams[0].size, 4);
        QCOMPARE(m.capabilities[0],
                 (Capability{u"component:default/a"_s, u"a"_s, {}, u"99%"_s, {}}));
    }

    // A hand-made element of another kind holding a catalog id: the sync cannot add it.
    void refusesAnIdTakenByAnotherKind() {
        Workshop w;
        Map map;
        map.uid = 1;
        map.info.name = u"M"_s;
        Stream stream;
        stream.id = u"component:default/a"_s;
        stream.name = u"A"_s;
        map.streams.append(stream);
        w.maps.append(map);
        Document doc(w);
        const catalog::SyncResult r =
            syncFirstMap(doc, catalogOf("kind: Component\nmetadata: {name: a}\n"));
        QCOMPARE(r.error, u"the map has a stream with id “component:default/a”, which the catalog "
                          "gives a capability; rename it"_s);
        QVERIFY(!r.command);
        QCOMPARE(doc.workshop(), w);
    }

    void readErrors_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        // yaml-cpp quotes the character it does not know; the message stays one line.
        QTest::newRow("YAML error quoting a control character")
            << QByteArray("kind: Group\nmetadata:\n  name: \"a\\\x01\"\n")
            << u"inline.yaml:3: YAML syntax error: unknown escape character: \\u{1}"_s;
        // yaml-cpp 0.7's LoadAll would yield empty documents here for ever.
        QTest::newRow("a comma where a document starts")
            << QByteArray("kind: Group\nmetadata: {name: a}\n---\n,\n")
            << u"inline.yaml:4: YAML syntax error: no document can start here"_s;
        QTest::newRow("a name with a space")
            << QByteArray("kind: API\nmetadata:\n  name: check out\n")
            << u"inline.yaml:1: a kind, namespace or name with a space, “:” or “/”"_s;
        QTest::newRow("a namespace with a slash")
            << QByteArray("kind: API\nmetadata:\n  name: a\n  namespace: x/y\n")
            << u"inline.yaml:1: a kind, namespace or name with a space, “:” or “/”"_s;
        QTest::newRow("no kind") << QByteArray("metadata: {name: a}\n")
                                 << u"inline.yaml:1: an entity without a kind"_s;
        QTest::newRow("no name") << QByteArray("---\nkind: API\nmetadata: {title: a}\n")
                                 << u"inline.yaml:2: an entity without metadata.name"_s;
        QTest::newRow("not a mapping")
            << QByteArray("- a\n- b\n")
            << u"inline.yaml:1: not an entity: a descriptor is a mapping with kind, metadata and "
               "spec"_s;
        QTest::newRow("dependsOn not a list")
            << QByteArray("kind: Component\nmetadata: {name: a}\nspec:\n  dependsOn: b\n")
            << u"inline.yaml:4: spec.dependsOn: a list of entity references is expected"_s;
        QTest::newRow("bad reference")
            << QByteArray("kind: Component\nmetadata: {name: a}\nspec:\n  owner: a:b:c\n")
            << u"inline.yaml:4: spec.owner: not an entity reference ([kind:][namespace/]name)"_s;
        QTest::newRow("a group owner in no file")
            << QByteArray("kind: Component\nmetadata: {name: a}\nspec:\n  owner: team-x\n")
            << u"inline.yaml:4: spec.owner: “group:default/team-x” is described in no file of "
               "the catalog"_s;
        QTest::newRow("consumed API in no file")
            << QByteArray("kind: Component\nmetadata: {name: a}\nspec:\n  consumesApis: [b]\n")
            << u"inline.yaml:4: spec.consumesApis: “api:default/b” is described in no file of "
               "the catalog"_s;
    }
    void readErrors() {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        QCOMPARE(readError(yaml), error);
    }

    // A User owner need not be described; an ignored kind's references are not followed.
    void acceptsUndescribedUsersAndIgnoredKinds() {
        QCOMPARE(readError("kind: Component\nmetadata: {name: a}\nspec: {owner: user:nobody}\n"
                           "---\nkind: Template\nmetadata: {name: t}\nspec: {owner: nowhere}\n"),
                 QString());
    }
};

STREAMBOARD_GUILESS_TEST_MAIN(TestCatalog)
} // namespace tst_catalog
#include "tst_catalog.moc"
