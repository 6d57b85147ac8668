#include "patch.h"

#include "model/document.h"
#include "store/json_interchange.h"
#include "store/json_object_reader.h"
#include "store/workshop_checks.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace sb::commands {

namespace {

using json::detail::fail;
using json::detail::ObjectReader;
using json::detail::quoted;
using json::detail::ReadError;
using json::detail::Tr;

struct PatchCommandTr {
    Q_DECLARE_TR_FUNCTIONS(sb::patch)
};

// The key of the name an edit may not leave blank (commands refuse it), if the element has one.
std::optional<QString> blankNameKey(const Element& element) {
    return std::visit(
        [](const auto& e) -> std::optional<QString> {
            if constexpr (requires { e.title; }) {
                if (e.title.trimmed().isEmpty())
                    return u"title"_s;
            } else if constexpr (requires { e.name; }) {
                if (e.name.trimmed().isEmpty())
                    return u"name"_s;
            }
            return std::nullopt;
        },
        element);
}

// Where the operation names its element: "ops[2].id", or the operation itself for a cell.
QString keyPath(const patch::Operation& operation) {
    return operation.kind == ElementKind::Cell ? operation.path : operation.path + u".id"_s;
}

Element existing(const Map& map, const patch::Operation& operation) {
    const std::optional<Element> element = map.element(operation.kind, operation.key);
    if (element)
        return *element;
    if (operation.kind == ElementKind::Cell)
        fail(operation.path, PatchCommandTr::tr("no cell of slice %1 and step %2")
                                 .arg(quoted(operation.slice), quoted(operation.step)));
    fail(
        keyPath(operation),
        Tr::tr("no %1 with id %2").arg(rules::singularName(operation.kind), quoted(operation.key)));
}

// Values of set replace those of base; an object in both is merged key by key (a card's fields).
QJsonObject merged(QJsonObject base, const QJsonObject& set) {
    for (auto it = set.begin(); it != set.end(); ++it) {
        const QJsonValue old = base.value(it.key());
        if (old.isObject() && it.value().isObject())
            base.insert(it.key(), merged(old.toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

Element added(const Map& map, const patch::Operation& operation) {
    const ObjectReader o(operation.element, operation.path + u".element"_s);
    patch::checkKnownKeys(operation.element, patch::knownKeys(operation.kind), o.path());
    Element element =
        json::detail::readElement(operation.kind, o, map.info.settings.workingDayHours);
    if (const QString prefix = json::generatedIdPrefix(operation.kind); !prefix.isEmpty())
        std::visit(
            [&](auto& e) {
                if constexpr (requires { e.id; })
                    if (e.id.isEmpty())
                        e.id = freeId(map, prefix);
            },
            element);
    const QString key = keyOf(element);
    if (operation.kind == ElementKind::Cell) {
        if (map.indexOf(ElementKind::Cell, key) >= 0)
            o.fail(u"slice",
                   PatchCommandTr::tr("the map has a cell of this slice and step already"));
    } else if (const std::optional<ElementKind> kind = map.kindOfId(key)) {
        o.fail(u"id", PatchCommandTr::tr("the map has a %1 with id %2 already")
                          .arg(rules::singularName(*kind), quoted(key)));
    }
    if (const std::optional<QString> name = blankNameKey(element))
        o.fail(*name, Tr::tr("a name cannot be empty"));
    return element;
}

Element changed(const Map& map, const patch::Operation& operation) {
    const Element current = existing(map, operation);
    const ObjectReader o(operation.set, operation.path + u".set"_s);
    patch::checkKnownKeys(operation.set, patch::knownKeys(operation.kind), o.path());
    for (const QString& key : operation.kind == ElementKind::Cell
                                  ? QStringList{u"slice"_s, u"step"_s}
                                  : QStringList{u"id"_s})
        if (operation.set.contains(key))
            o.fail(key, PatchCommandTr::tr("names the element and cannot be changed"));
    QJsonObject base = QJsonDocument::fromJson(json::writeElement(current)).object();
    // A new wait time gives a new lead time (process time plus wait).
    if (operation.set.contains(u"waitTime") && !operation.set.contains(u"leadTime"))
        base.remove(u"leadTime"_s);
    const Element element = json::detail::readElement(
        operation.kind, ObjectReader(merged(base, operation.set), o.path()),
        map.info.settings.workingDayHours);
    if (const std::optional<QString> name = blankNameKey(element))
        o.fail(*name, Tr::tr("a name cannot be empty"));
    return element;
}

// The command of one operation on the map as it is now; nullptr when it changes nothing.
CommandPtr commandFor(Document* doc, MapUid uid, const patch::Operation& operation) {
    const Map& map = *doc->map(uid);
    switch (operation.type) {
    case patch::Operation::Type::Add:
        return addElement(doc, uid, added(map, operation));
    case patch::Operation::Type::Change:
        return changeElement(doc, uid, changed(map, operation));
    case patch::Operation::Type::Remove:
        existing(map, operation);
        return removeElements(doc, uid, {{operation.kind, operation.key}});
    }
    return nullptr;
}

// The first operation after which the workshop breaks the rule it breaks in the end.
QString blame(const Workshop& before, const QList<QList<Operation>>& steps,
              const QList<patch::Operation>& operations, const QString& broken) {
    Document replay(before);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        for (const Operation& o : steps[i])
            replay.apply(o);
        if (!steps[i].isEmpty() &&
            rules::firstBroken(replay.workshop(), rules::Naming::Elements) == broken)
            return operations[i].path + u": "_s + broken;
    }
    return u"ops: "_s + broken;
}

} // namespace

CommandPtr applyPatch(Document* doc, MapUid uid, const QList<patch::Operation>& operations,
                      QString* error) {
    error->clear();
    if (!doc->map(uid))
        return nullptr;
    // A copy without a store: each operation is built on what the ones before it made.
    Document scratch(doc->workshop());
    QList<QList<Operation>> steps;
    try {
        for (const patch::Operation& operation : operations) {
            CommandPtr command = commandFor(&scratch, uid, operation);
            steps.append(command ? command->operations() : QList<Operation>());
            if (command)
                scratch.push(command.release());
        }
    } catch (const ReadError& e) {
        *error = e.message;
        return nullptr;
    }
    if (const std::optional<QString> broken =
            rules::firstBroken(scratch.workshop(), rules::Naming::Elements)) {
        *error = blame(doc->workshop(), steps, operations, *broken);
        return nullptr;
    }
    QList<Operation> all;
    for (const QList<Operation>& step : std::as_const(steps))
        all += step;
    if (all.isEmpty())
        return nullptr;
    const QString text =
        operations.size() == 1
            ? PatchCommandTr::tr("Apply a patch of 1 operation")
            : PatchCommandTr::tr("Apply a patch of %1 operations").arg(operations.size());
    return std::make_unique<EditCommand>(doc, text, std::move(all));
}

} // namespace sb::commands
