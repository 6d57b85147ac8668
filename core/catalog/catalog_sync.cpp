#include "catalog_sync.h"

#include "metrics/element_diff.h"
#include "model/document.h"
#include "store/json_interchange.h"
#include "store/json_object_reader.h"
#include "store/workshop_checks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace sb::catalog {

namespace {

struct CatalogSyncTr {
    Q_DECLARE_TR_FUNCTIONS(sb::catalog)
};

struct SyncFailure {
    QString message;
};

// Kept in the name, in English like the catalog's own word, so every locale syncs alike.
const QString deprecatedSuffix = u" (deprecated)"_s;

QString capabilityName(const Entity& e) {
    return e.deprecated ? e.title + deprecatedSuffix : e.title;
}

Id ownerTeam(const Catalog& catalog, const Entity& e) {
    if (!e.owner)
        return {};
    const Entity* owner = catalog.find(e.owner->ref);
    return owner && owner->isTeam() ? owner->ref : Id();
}

// The kind as JSON keys name it, never translated.
QString kindWord(ElementKind kind) {
    const QString plural = pluralName(kind);
    if (plural.endsWith(u"ies"))
        return plural.chopped(3) + u'y';
    return plural.chopped(1);
}

class Planner {
public:
    Planner(Document* scratch, MapUid uid, const Catalog& catalog)
        : m_scratch(scratch)
        , m_uid(uid)
        , m_catalog(catalog) {}

    void run(const SyncOptions& options, SyncResult& result) {
        for (const Entity& e : m_catalog.entities)
            if (e.isTeam())
                syncTeam(e);
        for (const Entity& e : m_catalog.entities)
            if (e.isCapability())
                syncCapability(e);
        syncDependencies();
        QList<commands::ElementRef> gone;
        for (const Team& t : map().teams)
            if (isTeamRef(t.id) && !inCatalog(t.id, &Entity::isTeam))
                gone.append({ElementKind::Team, t.id});
        for (const Capability& c : map().capabilities)
            if (isCapabilityRef(c.id) && !inCatalog(c.id, &Entity::isCapability))
                gone.append({ElementKind::Capability, c.id});
        if (options.removeMissing)
            push(commands::removeElements(m_scratch, m_uid, gone));
        else
            for (const commands::ElementRef& r : std::as_const(gone))
                result.missing.append({r.kind, r.key, map().nameOf(r.key), {}, {}, {}});
    }

    QList<Operation> operations() const { return m_operations; }

private:
    const Map& map() const { return *m_scratch->map(m_uid); }

    bool inCatalog(const Id& id, bool (Entity::*is)() const) const {
        const Entity* e = m_catalog.find(id);
        return e && (e->*is)();
    }

    void push(commands::CommandPtr command) {
        if (!command)
            return;
        m_operations += command->operations();
        m_scratch->push(command.release());
    }

    // An element of the catalog may not take an id the map gives an element of another kind.
    void checkFree(const Id& id, ElementKind kind) const {
        const std::optional<ElementKind> holder = map().kindOfId(id);
        if (holder && *holder != kind)
            throw SyncFailure{CatalogSyncTr::tr("the map has a %1 with id %2, which the "
                                                "catalog gives a %3; rename it")
                                  .arg(rules::singularName(*holder), json::detail::quoted(id),
                                       rules::singularName(kind))};
    }

    void syncTeam(const Entity& e) {
        checkFree(e.ref, ElementKind::Team);
        if (const Team* existing = map().find<Team>(e.ref)) {
            Team team = *existing;
            team.name = e.title;
            if (e.members && team.roles.isEmpty())
                team.size = e.members;
            if (!(team == *existing))
                push(commands::changeElement(m_scratch, m_uid, team));
            return;
        }
        Team team;
        team.id = e.ref;
        team.name = e.title;
        team.size = e.members;
        push(commands::addElement(m_scratch, m_uid, team));
    }

    void syncCapability(const Entity& e) {
        checkFree(e.ref, ElementKind::Capability);
        const Capability* existing = map().find<Capability>(e.ref);
        Capability capability = existing ? *existing : Capability{e.ref, {}, {}, {}, {}};
        capability.name = capabilityName(e);
        capability.owner = ownerTeam(m_catalog, e);
        if (e.sla)
            capability.sla = *e.sla;
        if (!existing)
            push(commands::addElement(m_scratch, m_uid, capability));
        else if (!(capability == *existing))
            push(commands::changeElement(m_scratch, m_uid, capability));
    }

    // The dependencies the catalog has between its capabilities, in catalog order, each once.
    QList<std::pair<Id, Id>> wantedDependencies() const {
        QList<std::pair<Id, Id>> wanted;
        QSet<std::pair<Id, Id>> seen;
        auto want = [&](const Id& from, const Id& to) {
            if (!inCatalog(from, &Entity::isCapability) || !inCatalog(to, &Entity::isCapability))
                return;
            if (!seen.contains({from, to})) {
                seen.insert({from, to});
                wanted.append({from, to});
            }
        };
        for (const Entity& e : m_catalog.entities) {
            if (!e.isCapability())
                continue;
            for (const Reference& r : e.dependsOn)
                want(e.ref, r.ref);
            for (const Reference& r : e.dependencyOf)
                want(r.ref, e.ref);
            for (const Reference& r : e.consumesApis)
                want(e.ref, r.ref);
        }
        return wanted;
    }

    void syncDependencies() {
        const QList<std::pair<Id, Id>> wanted = wantedDependencies();
        const QSet<std::pair<Id, Id>> wantedSet(wanted.cbegin(), wanted.cend());
        QSet<std::pair<Id, Id>> present;
        QList<commands::ElementRef> stale;
        for (const Dependency& d : map().dependencies) {
            // Dependencies with an end the facilitators drew, or one the catalog no longer has,
            // are not the catalog's to change.
            if (!inCatalog(d.from, &Entity::isCapability) ||
                !inCatalog(d.to, &Entity::isCapability))
                continue;
            const std::pair<Id, Id> ends{d.from, d.to};
            if (wantedSet.contains(ends) && !present.contains(ends))
                present.insert(ends);
            else
                stale.append({ElementKind::Dependency, d.id});
        }
        // Added before the stale ones go, so a new dependency never takes a removed one's id.
        for (const auto& [from, to] : wanted) {
            if (present.contains({from, to}))
                continue;
            const Id id = freeId(map(), json::generatedIdPrefix(ElementKind::Dependency));
            push(commands::addElement(m_scratch, m_uid, Dependency{id, from, to}));
        }
        push(commands::removeElements(m_scratch, m_uid, stale));
    }

    Document* m_scratch;
    MapUid m_uid;
    const Catalog& m_catalog;
    QList<Operation> m_operations;
};

SyncEntry entryOf(const Map& map, ElementKind kind, const QString& key) {
    SyncEntry entry{kind, key, map.nameOf(key), {}, {}, {}};
    if (kind == ElementKind::Dependency)
        if (const Dependency* d = map.find<Dependency>(key)) {
            entry.from = d->from;
            entry.to = d->to;
        }
    return entry;
}

void describe(const Map& before, const Map& after, SyncResult& result) {
    const ElementDiff diff = diffElements(before, after);
    for (int k = 0; k < elementKindCount; ++k) {
        const auto kind = static_cast<ElementKind>(k);
        for (const QString& key : diff[kind].added)
            result.added.append(entryOf(after, kind, key));
        for (const ChangedElement& c : diff[kind].changed) {
            result.changed.append(entryOf(after, kind, c.key));
            result.changed.last().fields = c.fields;
        }
        for (const QString& key : diff[kind].removed)
            result.removed.append(entryOf(before, kind, key));
    }
}

QString line(const QString& verb, const SyncEntry& e) {
    QString text = verb + u' ' + rules::singularName(e.kind) + u' ' + e.id;
    if (e.kind == ElementKind::Dependency)
        text += u": "_s + e.from + u" → "_s + e.to;
    else if (!e.name.isEmpty())
        text += CatalogSyncTr::tr(" “%1”").arg(e.name);
    return text;
}

QJsonArray entriesJson(const QList<SyncEntry>& entries) {
    QJsonArray array;
    for (const SyncEntry& e : entries) {
        QJsonObject o{{u"kind"_s, kindWord(e.kind)}, {u"id"_s, e.id}};
        if (e.kind == ElementKind::Dependency) {
            o.insert(u"from"_s, e.from);
            o.insert(u"to"_s, e.to);
        } else {
            o.insert(u"name"_s, e.name);
        }
        if (!e.fields.isEmpty())
            o.insert(u"fields"_s, QJsonArray::fromStringList(e.fields));
        array.append(o);
    }
    return array;
}

} // namespace

SyncResult sync(Document* doc, MapUid uid, const Catalog& catalog, const SyncOptions& options) {
    SyncResult result;
    result.ignored = catalog.ignored;
    const Map* before = doc->map(uid);
    if (!before)
        return result;
    // A copy without a store: each step is built on what the ones before it made.
    Document scratch(doc->workshop());
    Planner planner(&scratch, uid, catalog);
    try {
        planner.run(options, result);
    } catch (const SyncFailure& failure) {
        result.error = failure.message;
        return result;
    }
    if (const std::optional<QString> broken =
            rules::firstBroken(scratch.workshop(), rules::Naming::Elements)) {
        result.error = *broken;
        return result;
    }
    describe(*before, *scratch.map(uid), result);
    for (const Entity& e : catalog.entities)
        if (e.isCapability() && e.deprecated)
            result.deprecated.append(
                {ElementKind::Capability, e.ref, capabilityName(e), {}, {}, {}});
    if (const QList<Operation> operations = planner.operations(); !operations.isEmpty())
        result.command =
            std::make_unique<EditCommand>(doc, CatalogSyncTr::tr("Sync with catalog"), operations);
    return result;
}

QStringList reportLines(const SyncResult& result, const QString& removeHint) {
    QStringList lines;
    for (const SyncEntry& e : result.added)
        lines.append(line(CatalogSyncTr::tr("added"), e));
    for (const SyncEntry& e : result.changed)
        lines.append(line(CatalogSyncTr::tr("changed"), e) + u": "_s + e.fields.join(u", "_s));
    for (const SyncEntry& e : result.removed)
        lines.append(line(CatalogSyncTr::tr("removed"), e));
    for (const SyncEntry& e : result.missing)
        lines.append(line(CatalogSyncTr::tr("kept"), e) +
                     CatalogSyncTr::tr(": no longer in the catalog (%1)").arg(removeHint));
    for (const SyncEntry& e : result.deprecated)
        lines.append(line(CatalogSyncTr::tr("deprecated"), e));
    return lines;
}

QString totalsLine(const SyncResult& result) {
    return CatalogSyncTr::tr("%1 added, %2 changed, %3 removed, %4 ignored")
        .arg(result.added.size())
        .arg(result.changed.size())
        .arg(result.removed.size())
        .arg(result.ignored);
}

QJsonObject reportJson(const SyncResult& result) {
    return {{u"added"_s, entriesJson(result.added)},
            {u"changed"_s, entriesJson(result.changed)},
            {u"removed"_s, entriesJson(result.removed)},
            {u"missing"_s, entriesJson(result.missing)},
            {u"deprecated"_s, entriesJson(result.deprecated)},
            {u"ignored"_s, result.ignored}};
}

} // namespace sb::catalog
