#include "patch_reader.h"

#include "json_interchange.h"
#include "json_object_reader.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace sb::patch {

namespace {

using json::detail::describe;
using json::detail::fail;
using json::detail::ObjectReader;
using json::detail::quoted;
using json::detail::ReadError;
using json::detail::Tr;

struct PatchTr {
    Q_DECLARE_TR_FUNCTIONS(sb::patch)
};

QString kindWords() {
    QStringList words;
    for (int i = 0; i < elementKindCount; ++i)
        words.append(pluralName(static_cast<ElementKind>(i)));
    return words.join(u", "_s);
}

std::optional<ElementKind> parseKind(const QString& word) {
    for (int i = 0; i < elementKindCount; ++i)
        if (pluralName(static_cast<ElementKind>(i)) == word)
            return static_cast<ElementKind>(i);
    return std::nullopt;
}

// Refuses the first key of object that is not among keys.
void onlyKeys(const QJsonObject& object, const ObjectReader& reader, const QStringList& keys) {
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!keys.contains(it.key()))
            reader.fail(it.key(),
                        PatchTr::tr("unknown key; the keys here are %1").arg(keys.join(u", "_s)));
}

QJsonObject requiredObject(const QJsonObject& object, const ObjectReader& reader, QStringView key) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        reader.fail(key, Tr::tr("required, but missing"));
    if (!value.isObject())
        reader.fail(key, Tr::tr("expected %1, found %2").arg(Tr::tr("an object"), describe(value)));
    return value.toObject();
}

Operation readOperation(const QJsonObject& object, const QString& path) {
    const ObjectReader o(object, path);
    Operation operation;
    operation.path = path;
    const QString word = o.requiredString(u"op");
    if (word == u"add")
        operation.type = Operation::Type::Add;
    else if (word == u"change")
        operation.type = Operation::Type::Change;
    else if (word == u"remove")
        operation.type = Operation::Type::Remove;
    else
        o.fail(u"op", Tr::tr("%1 is not one of %2").arg(quoted(word), u"add, change, remove"_s));
    const QString kindWord = o.requiredString(u"kind");
    const std::optional<ElementKind> kind = parseKind(kindWord);
    if (!kind)
        o.fail(u"kind", Tr::tr("%1 is not one of %2").arg(quoted(kindWord), kindWords()));
    operation.kind = *kind;

    const bool cell = operation.kind == ElementKind::Cell;
    QStringList keys = {u"op"_s, u"kind"_s};
    if (operation.type == Operation::Type::Add)
        keys.append(u"element"_s);
    else
        keys += cell ? QStringList{u"slice"_s, u"step"_s} : QStringList{u"id"_s};
    if (operation.type == Operation::Type::Change)
        keys.append(u"set"_s);
    if (cell && operation.type != Operation::Type::Add && object.contains(u"id"))
        o.fail(u"id", PatchTr::tr("a cell has no id; name it by its “slice” and “step”"));
    onlyKeys(object, o, keys);

    if (operation.type == Operation::Type::Add) {
        operation.element = requiredObject(object, o, u"element");
        return operation;
    }
    if (cell) {
        operation.slice = o.requiredId(u"slice");
        operation.step = o.requiredId(u"step");
        operation.key = cellKey(operation.slice, operation.step);
    } else {
        operation.key = o.requiredId(u"id");
    }
    if (operation.type == Operation::Type::Change)
        operation.set = requiredObject(object, o, u"set");
    return operation;
}

Patch readPatch(const QByteArray& data) {
    const QJsonObject object = json::detail::parseDocument(data);
    const ObjectReader root(object, QString());
    onlyKeys(object, root, {u"format"_s, u"version"_s, u"map"_s, u"ops"_s});
    const QString format = root.requiredString(u"format");
    if (format != formatName)
        root.fail(u"format",
                  Tr::tr("expected “%1”, found %2").arg(formatName.toString(), quoted(format)));
    if (const double version = root.requiredNumber(u"version"); version != formatVersion)
        root.fail(u"version", Tr::tr("unsupported version %1").arg(QString::number(version)));
    Patch patch;
    patch.map = root.optionalString(u"map");
    if (root.has(u"map") && patch.map.trimmed().isEmpty())
        root.fail(u"map", Tr::tr("a name cannot be empty"));
    const QJsonArray ops = root.requiredArray(u"ops");
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QString path = u"ops["_s + QString::number(i) + u']';
        if (!ops.at(i).isObject())
            fail(path, Tr::tr("expected an object, found %1").arg(describe(ops.at(i))));
        patch.operations.append(readOperation(ops.at(i).toObject(), path));
    }
    return patch;
}

// An element of the kind with every key the writer may write: optional lists filled in.
Element fullElement(ElementKind kind) {
    return withKind(kind, [&]<class T>() -> Element {
        T element;
        if constexpr (std::is_same_v<T, Team>)
            element.roles = {RoleCount{}};
        if constexpr (std::is_same_v<T, Stream>)
            for (CriterionCheck& check : element.criteria.checks)
                check.met = true;
        return element;
    });
}

} // namespace

std::optional<Patch> read(const QByteArray& data, QString* error) {
    try {
        return readPatch(data);
    } catch (const ReadError& e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

QJsonObject knownKeys(ElementKind kind) {
    QJsonObject keys = QJsonDocument::fromJson(json::writeElement(fullElement(kind))).object();
    if (kind == ElementKind::Stage)
        keys.insert(u"waitTime"_s, 0); // read, never written: the lead time is
    return keys;
}

void checkKnownKeys(const QJsonObject& given, const QJsonObject& known, const QString& path) {
    for (auto it = given.begin(); it != given.end(); ++it) {
        const QString at = path + u'.' + it.key();
        const QJsonValue expected = known.value(it.key());
        if (expected.isUndefined())
            fail(at,
                 PatchTr::tr("unknown key; the keys here are %1").arg(known.keys().join(u", "_s)));
        if (expected.isObject() && it.value().isObject())
            checkKnownKeys(it.value().toObject(), expected.toObject(), at);
        if (expected.isArray() && it.value().isArray() && expected.toArray().at(0).isObject()) {
            const QJsonArray items = it.value().toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                if (items.at(i).isObject())
                    checkKnownKeys(items.at(i).toObject(), expected.toArray().at(0).toObject(),
                                   at + u'[' + QString::number(i) + u']');
        }
    }
}

} // namespace sb::patch
