#include "clipboard.h"

#include "store/json_interchange.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sb::clipboard {

using namespace Qt::Literals::StringLiterals;

namespace {

// Notes pasted with a position move by this much, so a paste into the same map is visible.
constexpr QPointF noteOffset(24, 24);

// What a fragment copies: elements by id, cells by their key.
struct Copied {
    QSet<Id> ids;
    QSet<QString> cells;
    bool contains(const Id& id) const { return !id.isEmpty() && ids.contains(id); }
    bool isEmpty() const { return ids.isEmpty() && cells.isEmpty(); }
};

struct Fragment {
    Map map;
    Copied copied;
};

// ---- Copy ----------------------------------------------------------------------------------

// The selection with what comes along: a stream's stages, then the flows and dependencies whose
// two ends are copied. A selected flow or dependency is never copied without its ends.
Copied closure(const Map& source, const QList<commands::ElementRef>& selection) {
    Copied copied;
    for (const commands::ElementRef& ref : selection) {
        if (source.indexOf(ref.kind, ref.key) < 0)
            continue;
        switch (ref.kind) {
        case ElementKind::Cell:
            copied.cells.insert(ref.key);
            break;
        case ElementKind::Flow:
        case ElementKind::Dependency:
            break;
        case ElementKind::Stream:
            copied.ids.insert(ref.key);
            for (const Stage& s : source.stages)
                if (s.stream == ref.key)
                    copied.ids.insert(s.id);
            break;
        default:
            copied.ids.insert(ref.key);
        }
    }
    for (const Flow& f : source.flows)
        if (copied.contains(f.from) && copied.contains(f.to))
            copied.ids.insert(f.id);
    for (const Dependency& d : source.dependencies)
        if (copied.contains(d.from) && copied.contains(d.to))
            copied.ids.insert(d.id);
    return copied;
}

// The elements the copied ones refer to without copying them: teams, slices, steps, streams.
QSet<Id> contextOf(const Map& source, const Copied& copied) {
    QSet<Id> context;
    auto need = [&](const Id& id) {
        if (!id.isEmpty() && !copied.ids.contains(id))
            context.insert(id);
    };
    for (const Stream& s : source.streams)
        if (copied.ids.contains(s.id)) {
            need(s.owner);
            need(s.slice);
        }
    for (const Stage& s : source.stages)
        if (copied.ids.contains(s.id)) {
            need(s.stream);
            need(s.step);
            need(s.owner);
        }
    for (const Capability& c : source.capabilities)
        if (copied.ids.contains(c.id)) {
            need(c.owner);
            need(c.providedBy);
        }
    for (const Cell& c : source.cells)
        if (copied.cells.contains(keyOf(c))) {
            need(c.slice);
            need(c.step);
        }
    return context;
}

// A context element as the fragment holds it: a stream without the references it would drag in.
template <class T> T asContext(T element) {
    if constexpr (std::is_same_v<T, Stream>) {
        element.owner.clear();
        element.slice.clear();
    }
    return element;
}

Map fragmentOf(const Map& source, const Copied& copied, const QSet<Id>& context) {
    Map fragment;
    fragment.uid = 1;
    fragment.info.name = source.info.name.trimmed().isEmpty() ? u"Clipboard"_s : source.info.name;
    fragment.info.state = source.info.state;
    fragment.info.settings = source.info.settings;
    forEachKind([&]<class T>() {
        for (const T& e : source.list<T>()) {
            if constexpr (std::is_same_v<T, Cell>) {
                if (copied.cells.contains(keyOf(e)))
                    fragment.cells.append(e);
            } else if (copied.ids.contains(e.id)) {
                fragment.list<T>().append(e);
            } else if (context.contains(e.id)) {
                fragment.list<T>().append(asContext(e));
            }
        }
    });
    return fragment;
}

// Ids of the copied elements and {"slice", "step"} of the copied cells, in fragment order.
QJsonArray copiedList(const Map& fragment, const Copied& copied) {
    QJsonArray list;
    forEachKind([&]<class T>() {
        for (const T& e : fragment.list<T>()) {
            if constexpr (std::is_same_v<T, Cell>)
                list.append(QJsonObject{{u"slice"_s, e.slice}, {u"step"_s, e.step}});
            else if (copied.ids.contains(e.id))
                list.append(e.id);
        }
    });
    return list;
}

// ---- Paste ---------------------------------------------------------------------------------

std::optional<Fragment> readFragment(const QByteArray& data) {
    const QJsonValue list =
        QJsonDocument::fromJson(data).object().value(u"clipboard"_s).toObject().value(u"copied"_s);
    if (!list.isArray())
        return std::nullopt;
    QString error;
    const std::optional<Workshop> workshop = json::read(data, &error);
    if (!workshop || workshop->maps.size() != 1)
        return std::nullopt;
    Fragment fragment{workshop->maps.front(), {}};
    const QJsonArray entries = list.toArray();
    for (const QJsonValue& entry : entries) {
        if (entry.isString() && fragment.map.kindOfId(entry.toString())) {
            fragment.copied.ids.insert(entry.toString());
        } else if (entry.isObject()) {
            const QJsonObject cell = entry.toObject();
            const QString key =
                cellKey(cell.value(u"slice"_s).toString(), cell.value(u"step"_s).toString());
            if (fragment.map.indexOf<Cell>(key) < 0)
                return std::nullopt;
            fragment.copied.cells.insert(key);
        } else {
            return std::nullopt;
        }
    }
    return fragment;
}

template <class T> QString idPrefix() {
    if constexpr (std::is_same_v<T, Team>)
        return u"team"_s;
    else if constexpr (std::is_same_v<T, Slice>)
        return u"slice"_s;
    else if constexpr (std::is_same_v<T, Step>)
        return u"step"_s;
    else if constexpr (std::is_same_v<T, Stream>)
        return u"stream"_s;
    else if constexpr (std::is_same_v<T, Stage>)
        return u"stage"_s;
    else if constexpr (std::is_same_v<T, Flow>)
        return u"flow"_s;
    else if constexpr (std::is_same_v<T, Capability>)
        return u"cap"_s;
    else if constexpr (std::is_same_v<T, Dependency>)
        return u"dep"_s;
    else if constexpr (std::is_same_v<T, Action>)
        return u"action"_s;
    else
        return u"note"_s;
}

template <class T> Id sameIdAndName(const Map& target, const T& e) {
    const T* match = target.find<T>(e.id);
    return match && match->name == e.name ? match->id : Id();
}

template <class T> Id sameName(const Map& target, const T& e) {
    for (const T& candidate : target.list<T>())
        if (candidate.name == e.name)
            return candidate.id;
    return {};
}

// The target team a context team stands for: same id and name, else same name.
Id matchTeam(const Map& target, const Team& team) {
    const Id id = sameIdAndName(target, team);
    return id.isEmpty() ? sameName(target, team) : id;
}

// The target step or slice a context one stands for: same id and name, else same name, else
// same id.
template <class T> Id matchGridLine(const Map& target, const T& e) {
    if (const Id id = sameIdAndName(target, e); !id.isEmpty())
        return id;
    if (const Id id = sameName(target, e); !id.isEmpty())
        return id;
    return target.find<T>(e.id) ? e.id : Id();
}

// Works out one paste: which fragment elements go into target, under which ids, and what their
// references become.
class Paster {
public:
    Paster(const Map& target, const Fragment& fragment, const Id& targetStream,
           const QString& idTag)
        : m_idTag(idTag)
        , m_target(target)
        , m_fragment(fragment.map)
        , m_copied(fragment.copied)
        , m_targetStream(target.find<Stream>(targetStream) ? targetStream : Id()) {}

    QList<Element> run() {
        choose();
        allocateIds();
        for (const Cell& c : m_target.cells)
            m_cellsTaken.insert(keyOf(c));
        QList<Element> elements;
        forEachKind([&]<class T>() {
            for (const T& e : m_fragment.list<T>())
                if (const std::optional<T> p = pasted(e))
                    elements.append(*p);
        });
        return elements;
    }

private:
    bool isPasted(const Id& id) const { return !id.isEmpty() && m_pasted.contains(id); }

    bool hasStream(const Stage& s) const {
        return m_copied.contains(s.stream) || !m_targetStream.isEmpty() ||
               m_target.find<Stream>(s.stream);
    }

    // Decides which elements are pasted and what the context resolves to.
    void choose() {
        forEachKind([&]<class T>() {
            if constexpr (!std::is_same_v<T, Cell>)
                for (const T& e : m_fragment.list<T>())
                    if (m_copied.contains(e.id) && isPastedWhenCopied(e))
                        m_pasted.insert(e.id);
        });
        QSet<Id> owners;
        for (const Stream& s : m_fragment.streams)
            if (isPasted(s.id))
                owners.insert(s.owner);
        for (const Stage& s : m_fragment.stages)
            if (isPasted(s.id))
                owners.insert(s.owner);
        for (const Capability& c : m_fragment.capabilities)
            if (isPasted(c.id))
                owners.insert(c.owner);
        for (const Team& t : m_fragment.teams) {
            if (m_copied.contains(t.id))
                continue;
            if (const Id match = matchTeam(m_target, t); !match.isEmpty())
                m_ids.insert(t.id, match);
            else if (owners.contains(t.id))
                m_pasted.insert(t.id);
        }
        resolveGridLines<Slice>();
        resolveGridLines<Step>();
    }

    // Stages need a stream; flows and dependencies need both ends (checked in file order, so
    // the ends are decided before them).
    template <class T> bool isPastedWhenCopied(const T& e) const {
        if constexpr (std::is_same_v<T, Stage>)
            return hasStream(e);
        else if constexpr (std::is_same_v<T, Flow> || std::is_same_v<T, Dependency>)
            return isPasted(e.from) && isPasted(e.to);
        else
            return true;
    }

    template <class T> void resolveGridLines() {
        for (const T& e : m_fragment.list<T>())
            if (!m_copied.contains(e.id))
                if (const Id match = matchGridLine(m_target, e); !match.isEmpty())
                    m_ids.insert(e.id, match);
    }

    // Pasted elements keep their id when target does not use it; the others take fresh ones.
    void allocateIds() {
        Map reserved = m_target; // only its ids matter: those of target and of this paste
        auto reserve = [&](const Id& id) {
            Note reservation;
            reservation.id = id;
            reserved.notes.append(reservation);
        };
        forEachKind([&]<class T>() {
            if constexpr (!std::is_same_v<T, Cell>)
                for (const T& e : m_fragment.list<T>())
                    if (m_idTag.isEmpty() && isPasted(e.id) && !m_target.kindOfId(e.id)) {
                        m_ids.insert(e.id, e.id);
                        reserve(e.id);
                    }
        });
        forEachKind([&]<class T>() {
            if constexpr (!std::is_same_v<T, Cell>)
                for (const T& e : m_fragment.list<T>())
                    if (isPasted(e.id) && !m_ids.contains(e.id)) {
                        const Id id = freeId(reserved, idPrefix<T>() + m_idTag);
                        m_ids.insert(e.id, id);
                        reserve(id);
                    }
        });
    }

    // What a fragment reference becomes in target: the pasted element, the matched context
    // element, or none.
    Id ref(const Id& id) const { return m_ids.value(id); }

    Id streamOf(const Stage& s) const {
        if (isPasted(s.stream))
            return ref(s.stream);
        return m_targetStream.isEmpty() ? s.stream : m_targetStream;
    }

    Id providerOf(const Id& stream) const {
        if (isPasted(stream))
            return ref(stream);
        const Stream* existing = m_target.find<Stream>(stream);
        return existing && existing->kind == StreamKind::Supporting ? stream : Id();
    }

    template <class T> std::optional<T> pasted(const T& e) {
        if constexpr (std::is_same_v<T, Cell>) {
            if (!m_copied.cells.contains(keyOf(e)))
                return std::nullopt;
            Cell cell = e;
            cell.slice = ref(e.slice);
            cell.step = ref(e.step);
            if (cell.slice.isEmpty() || cell.step.isEmpty() || m_cellsTaken.contains(keyOf(cell)))
                return std::nullopt;
            m_cellsTaken.insert(keyOf(cell));
            return cell;
        } else {
            if (!isPasted(e.id))
                return std::nullopt;
            T copy = e;
            copy.id = ref(e.id);
            remapReferences(copy);
            return copy;
        }
    }

    void remapReferences(Team&) const {}
    void remapReferences(Slice&) const {}
    void remapReferences(Step&) const {}
    void remapReferences(Stream& s) const {
        s.owner = ref(s.owner);
        s.slice = ref(s.slice);
        auto& stages = s.workItems.setup.stages;
        for (auto& mapping : stages)
            mapping.second = ref(mapping.second);
        stages.removeIf([](const auto& mapping) { return mapping.second.isEmpty(); });
    }
    void remapReferences(Stage& s) const {
        s.stream = streamOf(s);
        s.step = ref(s.step);
        s.owner = ref(s.owner);
        s.position.reset();
    }
    void remapReferences(Flow& f) const {
        f.from = ref(f.from);
        f.to = ref(f.to);
    }
    void remapReferences(Capability& c) const {
        c.owner = ref(c.owner);
        c.providedBy = providerOf(c.providedBy);
    }
    void remapReferences(Dependency& d) const {
        d.from = ref(d.from);
        d.to = ref(d.to);
    }
    void remapReferences(Note& n) const {
        if (n.position)
            *n.position += noteOffset;
    }
    void remapReferences(Action& a) const {
        a.owner = ref(a.owner);
        QList<Id> links;
        for (const Id& id : std::as_const(a.links))
            if (const Id pasted = ref(id); !pasted.isEmpty())
                links.append(pasted);
        a.links = links;
    }

    QString m_idTag; // Document::idPrefix's tag; empty: pasted elements keep free ids
    const Map& m_target;
    const Map& m_fragment;
    const Copied& m_copied;
    const Id m_targetStream; // empty unless a stream of target
    QSet<Id> m_pasted;       // fragment ids of the elements pasted, context teams copied included
    QHash<Id, Id> m_ids;     // fragment id → target id, for pasted and for matched context ones
    QSet<QString> m_cellsTaken; // cell keys of target and of the cells pasted so far
};

} // namespace

QByteArray copy(const Map& source, const QList<commands::ElementRef>& selection) {
    const Copied copied = closure(source, selection);
    if (copied.isEmpty())
        return {};
    const Map fragment = fragmentOf(source, copied, contextOf(source, copied));
    Workshop workshop;
    workshop.maps = {fragment};
    QJsonObject document = QJsonDocument::fromJson(json::write(workshop)).object();
    document.insert(u"clipboard"_s, QJsonObject{{u"copied"_s, copiedList(fragment, copied)}});
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QList<Element> paste(const Map& target, const QByteArray& data, const Id& targetStream,
                     const QString& idTag) {
    const std::optional<Fragment> fragment = readFragment(data);
    if (!fragment)
        return {};
    return Paster(target, *fragment, targetStream, idTag).run();
}

} // namespace sb::clipboard
