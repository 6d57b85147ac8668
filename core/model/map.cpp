#include "map.h"

namespace sb {

qsizetype Map::indexOf(ElementKind kind, const QString& key) const {
    return withKind(kind, [&]<class T>() { return indexOf<T>(key); });
}

std::optional<Element> Map::element(ElementKind kind, const QString& key) const {
    return withKind(kind, [&]<class T>() -> std::optional<Element> {
        if (const T* e = find<T>(key))
            return Element{*e};
        return std::nullopt;
    });
}

qsizetype Map::count(ElementKind kind) const {
    return withKind(kind, [&]<class T>() { return list<T>().size(); });
}

std::optional<ElementKind> Map::kindOfId(const Id& id) const {
    std::optional<ElementKind> found;
    forEachKind([&]<class T>() {
        if constexpr (!std::is_same_v<T, Cell>)
            if (!found && indexOf<T>(id) >= 0)
                found = kindOf<T>();
    });
    return found;
}

Id Map::ownerOf(const Id& id) const {
    if (const Stream* s = find<Stream>(id))
        return s->owner;
    if (const Stage* s = find<Stage>(id))
        return s->owner;
    if (const Capability* c = find<Capability>(id))
        return c->owner;
    return {};
}

QString Map::nameOf(const Id& id) const {
    QString name;
    forEachKind([&]<class T>() {
        if constexpr (requires(T t) { t.name; })
            if (name.isNull())
                if (const T* e = find<T>(id))
                    name = e->name;
    });
    if (name.isNull())
        if (const Action* a = find<Action>(id))
            name = a->title;
    if (name.isNull())
        if (const Note* n = find<Note>(id)) {
            const QString firstLine = n->text.section(u'\n', 0, 0).trimmed();
            name = firstLine.size() > 40 ? firstLine.left(39) + QChar(0x2026) : firstLine;
        }
    return name.isNull() ? id : name;
}

namespace {

bool looksAlike(const QColor& a, const QColor& b) {
    const int dr = a.red() - b.red();
    const int dg = a.green() - b.green();
    const int db = a.blue() - b.blue();
    return dr * dr + dg * dg + db * db < 60 * 60;
}

} // namespace

QHash<Id, QColor> Map::teamColors() const {
    QHash<Id, QColor> colors;
    QList<QColor> taken;
    for (const Team& t : teams)
        if (t.color.isValid())
            taken.append(t.color);
    qsizetype next = 0;
    for (const Team& t : teams) {
        if (t.color.isValid()) {
            colors.insert(t.id, t.color);
            continue;
        }
        QColor c = paletteColor(next++);
        for (int tries = 0;
             tries < 64 && std::any_of(taken.cbegin(), taken.cend(),
                                       [&](const QColor& o) { return looksAlike(o, c); });
             ++tries)
            c = paletteColor(next++);
        taken.append(c);
        colors.insert(t.id, c);
    }
    return colors;
}

QColor Map::teamColor(const Id& teamId) const {
    return teamColors().value(teamId);
}

bool Map::operator==(const Map& o) const {
    return info == o.info && teams == o.teams && slices == o.slices && steps == o.steps &&
           cells == o.cells && streams == o.streams && stages == o.stages && flows == o.flows &&
           capabilities == o.capabilities && dependencies == o.dependencies && notes == o.notes &&
           actions == o.actions;
}

Map* Workshop::map(MapUid uid) {
    const qsizetype i = indexOfMap(uid);
    return i < 0 ? nullptr : &maps[i];
}

const Map* Workshop::map(MapUid uid) const {
    return const_cast<Workshop*>(this)->map(uid);
}

qsizetype Workshop::indexOfMap(MapUid uid) const {
    for (qsizetype i = 0; i < maps.size(); ++i)
        if (maps[i].uid == uid)
            return i;
    return -1;
}

const Map* Workshop::mapNamed(const QString& name) const {
    for (const Map& m : maps)
        if (m.info.name == name)
            return &m;
    return nullptr;
}

QColor paletteColor(qsizetype index) {
    // Twelve hues chosen to stay apart on a projector and under common colour blindness.
    static const std::array<QRgb, 12> palette = {0x3b7dd8, 0xe0803c, 0x3fa66b, 0xc94f6d,
                                                 0x8a63c9, 0x2aa7b8, 0xd1a82e, 0x7a8a99,
                                                 0xb5653a, 0x5d9c2f, 0xd45fb0, 0x4656a8};
    if (index >= 0 && static_cast<size_t>(index) < palette.size())
        return QColor(palette[static_cast<size_t>(index)]);
    // Past the fixed twelve: golden-angle hues, alternating lightness, so colours keep apart.
    const int hue = static_cast<int>((index * 137.508)) % 360;
    const int lightness = index % 2 ? 110 : 150;
    return QColor::fromHsl(hue, 140, lightness).toRgb();
}

} // namespace sb
