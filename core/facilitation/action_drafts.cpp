#include "action_drafts.h"

#include "metrics/element_diff.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

struct ActionDraftsTr {
    Q_DECLARE_TR_FUNCTIONS(sb::facilitation)
};

QSet<Id> usedIds(const Map& map) {
    QSet<Id> used;
    forEachKind([&]<class T>() {
        if constexpr (!std::is_same_v<T, Cell>)
            for (const T& e : map.list<T>())
                used.insert(e.id);
    });
    return used;
}

Id takeFreeId(QSet<Id>& used) {
    for (int n = 1;; ++n) {
        const Id id = u"action"_s + QString::number(n);
        if (!used.contains(id)) {
            used.insert(id);
            return id;
        }
    }
}

Action draft(const Id& id, const QString& title, const Id& owner, const QList<Id>& links) {
    Action a;
    a.id = id;
    a.title = title;
    a.owner = owner;
    a.links = links;
    return a;
}

QString firstLine(const QString& text) {
    return text.trimmed().section(u'\n', 0, 0).trimmed();
}

// Works through the differences kind by kind, collecting one draft per change.
class Drafter {
public:
    Drafter(const Map& before, const Map& after)
        : m_before(before)
        , m_after(after)
        , m_used(usedIds(after)) {
        for (const Action& a : after.actions) {
            for (const Id& id : a.links)
                m_covered.insert(id);
            m_titles.insert(a.title);
        }
    }

    QList<Action> run() {
        const ElementDiff diff = diffElements(m_before, m_after);
        teams(diff[ElementKind::Team]);
        streams(diff[ElementKind::Stream]);
        stages(diff[ElementKind::Stage], diff[ElementKind::Stream]);
        capabilities(diff[ElementKind::Capability]);
        notes(diff[ElementKind::Note]);
        return m_drafts;
    }

private:
    // A change of an element the future map still holds: left out when an action links it.
    void about(const Id& subject, const QString& title, const Id& owner, QList<Id> links = {}) {
        if (m_covered.contains(subject))
            return;
        links.prepend(subject);
        m_drafts.append(draft(takeFreeId(m_used), title, team(owner), links));
    }
    // A change about something that is gone: left out when an action has the same title.
    void gone(const QString& title, const Id& owner, const QList<Id>& links = {}) {
        if (m_titles.contains(title))
            return;
        m_titles.insert(title);
        m_drafts.append(draft(takeFreeId(m_used), title, team(owner), links));
    }

    // The team if the future map has it.
    Id team(const Id& id) const { return m_after.find<Team>(id) ? id : Id(); }
    QString teamName(const Id& id) const { return m_after.nameOf(id); }
    Id streamOwner(const Id& stream) const {
        const Stream* s = m_after.find<Stream>(stream);
        return s ? s->owner : Id();
    }

    void teams(const KindDiff& d) {
        for (const QString& id : d.added)
            about(id, ActionDraftsTr::tr("Form team “%1”").arg(m_after.nameOf(id)), id);
        for (const QString& id : d.removed)
            gone(ActionDraftsTr::tr("Disband team “%1”").arg(m_before.nameOf(id)), {});
    }

    void streams(const KindDiff& d) {
        for (const QString& id : d.added)
            about(id, ActionDraftsTr::tr("Create stream “%1”").arg(m_after.nameOf(id)),
                  streamOwner(id));
        for (const ChangedElement& c : d.changed) {
            if (!c.fields.contains(u"owner"_s))
                continue;
            const Stream* s = m_after.find<Stream>(c.key);
            if (s->owner.isEmpty())
                about(s->id, ActionDraftsTr::tr("Find an owner for stream “%1”").arg(s->name), {});
            else
                about(s->id,
                      ActionDraftsTr::tr("Hand stream “%1” to team %2")
                          .arg(s->name, teamName(s->owner)),
                      s->owner);
        }
        for (const QString& id : d.removed)
            gone(ActionDraftsTr::tr("Retire stream “%1”").arg(m_before.nameOf(id)),
                 m_before.ownerOf(id));
    }

    void stages(const KindDiff& d, const KindDiff& streamDiff) {
        // Stages of a new stream come with "Create stream", those of a retired one go with it.
        for (const QString& id : d.added) {
            const Stage* s = m_after.find<Stage>(id);
            if (streamDiff.added.contains(s->stream))
                continue;
            about(id,
                  ActionDraftsTr::tr("Add stage “%1” to “%2”")
                      .arg(s->name, m_after.nameOf(s->stream)),
                  s->owner.isEmpty() ? streamOwner(s->stream) : s->owner);
        }
        for (const ChangedElement& c : d.changed) {
            const bool moved = c.fields.contains(u"stream"_s);
            const bool handed = c.fields.contains(u"owner"_s);
            const Stage* s = m_after.find<Stage>(c.key);
            const QString stream = m_after.nameOf(s->stream);
            if (moved && handed && !s->owner.isEmpty())
                about(s->id,
                      ActionDraftsTr::tr("Move “%1” to stream “%2” and team %3")
                          .arg(s->name, stream, teamName(s->owner)),
                      s->owner);
            else if (moved)
                about(s->id, ActionDraftsTr::tr("Move “%1” to stream “%2”").arg(s->name, stream),
                      s->owner.isEmpty() ? streamOwner(s->stream) : s->owner);
            else if (handed && !s->owner.isEmpty())
                about(s->id,
                      ActionDraftsTr::tr("Move “%1” to team %2").arg(s->name, teamName(s->owner)),
                      s->owner);
            else if (handed)
                about(s->id, ActionDraftsTr::tr("Find an owner for “%1”").arg(s->name),
                      streamOwner(s->stream));
        }
        for (const QString& id : d.removed) {
            const Stage* s = m_before.find<Stage>(id);
            if (streamDiff.removed.contains(s->stream))
                continue;
            const bool streamStays = m_after.find<Stream>(s->stream) != nullptr;
            gone(ActionDraftsTr::tr("Retire stage “%1”").arg(s->name),
                 team(s->owner).isEmpty() ? streamOwner(s->stream) : s->owner,
                 streamStays ? QList<Id>{s->stream} : QList<Id>{});
        }
    }

    void capabilities(const KindDiff& d) {
        for (const QString& id : d.added) {
            const Capability* c = m_after.find<Capability>(id);
            about(id, ActionDraftsTr::tr("Set up capability “%1”").arg(c->name),
                  c->owner.isEmpty() ? streamOwner(c->providedBy) : c->owner,
                  c->providedBy.isEmpty() ? QList<Id>{} : QList<Id>{c->providedBy});
        }
        for (const ChangedElement& ch : d.changed) {
            const Capability* c = m_after.find<Capability>(ch.key);
            if (ch.fields.contains(u"owner"_s)) {
                if (c->owner.isEmpty())
                    about(c->id,
                          ActionDraftsTr::tr("Find an owner for capability “%1”").arg(c->name), {});
                else
                    about(c->id,
                          ActionDraftsTr::tr("Move capability “%1” to team %2")
                              .arg(c->name, teamName(c->owner)),
                          c->owner);
            }
            if (!ch.fields.contains(u"providedBy"_s))
                continue;
            if (c->providedBy.isEmpty()) {
                const Capability* old = m_before.find<Capability>(ch.key);
                about(c->id,
                      ActionDraftsTr::tr("Stop providing “%1” through stream “%2”")
                          .arg(c->name, m_before.nameOf(old->providedBy)),
                      c->owner);
            } else {
                about(c->id,
                      ActionDraftsTr::tr("Provide “%1” through stream “%2”")
                          .arg(c->name, m_after.nameOf(c->providedBy)),
                      streamOwner(c->providedBy), {c->providedBy});
            }
        }
        for (const QString& id : d.removed)
            gone(ActionDraftsTr::tr("Retire capability “%1”").arg(m_before.nameOf(id)),
                 m_before.ownerOf(id));
    }

    void notes(const KindDiff& d) {
        QList<Id> bursts;
        for (const QString& id : d.added)
            bursts.append(id);
        // A sticky note turned into a kaizen burst is a new burst too.
        for (const ChangedElement& c : d.changed)
            if (c.fields.contains(u"kind"_s))
                bursts.append(c.key);
        for (const Note& n : m_after.notes)
            if (n.kind == NoteKind::Kaizen && bursts.contains(n.id) && !m_covered.contains(n.id))
                m_drafts.append(withId(actionForKaizen(m_after, n)));
    }

    Action withId(Action a) {
        a.id = takeFreeId(m_used);
        return a;
    }

    const Map& m_before;
    const Map& m_after;
    QSet<Id> m_used;
    QSet<Id> m_covered;
    QSet<QString> m_titles;
    QList<Action> m_drafts;
};

} // namespace

QList<Action> actionsFromChanges(const Map& baseline, const Map& future) {
    return Drafter(baseline, future).run();
}

Action actionForFinding(const Map& map, const Finding& finding) {
    QSet<Id> used = usedIds(map);
    QList<Id> links;
    Id owner;
    for (const Id& id : finding.subjects) {
        const std::optional<ElementKind> kind = map.kindOfId(id);
        if (!kind || links.contains(id))
            continue;
        links.append(id);
        if (*kind == ElementKind::Team && owner.isEmpty())
            owner = id;
    }
    for (const Id& id : links)
        if (owner.isEmpty())
            owner = map.ownerOf(id);
    // The first sentence names the problem; the rest (what to do about it) goes in the note.
    const QString message = finding.message.trimmed();
    QString title = firstLine(message);
    if (const qsizetype stop = title.indexOf(u". "_s); stop > 0)
        title = title.left(stop + 1);
    if (title.isEmpty())
        title = ActionDraftsTr::tr("Answer the “%1” finding").arg(finding.rule);
    Action a = draft(takeFreeId(used), title, owner, links);
    a.findings = {findingKey(finding)};
    if (message != title)
        a.note = message;
    return a;
}

Action actionForKaizen(const Map& map, const Note& kaizen) {
    QSet<Id> used = usedIds(map);
    QString title = firstLine(kaizen.text);
    if (title.isEmpty())
        title = ActionDraftsTr::tr("Carry out the kaizen burst");
    return draft(takeFreeId(used), title, {}, {kaizen.id});
}

} // namespace sb
