#include "catalog.h"
#include "model/message_text.h"
#include "store/json_object_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

using namespace Qt::Literals::StringLiterals;

namespace sb::catalog {

namespace {

struct CatalogReaderTr {
    Q_DECLARE_TR_FUNCTIONS(sb::catalog)
};

// An error of the catalog, one line that starts with where it is.
struct CatalogError {
    QString message;
};

[[noreturn]] void failAt(const Location& where, const QString& message) {
    throw CatalogError{where.text() + u": "_s + message};
}

const QStringList capabilityKinds = {u"component"_s, u"api"_s, u"resource"_s, u"system"_s};

// In quotes, control characters escaped as the interchange's messages do.
QString quotedRef(const QString& ref) {
    return json::detail::quoted(ref);
}

// The node's value under key when node is a mapping that has it, else a null node.
YAML::Node child(const YAML::Node& node, const char* key) {
    if (!node.IsMap())
        return YAML::Node();
    const YAML::Node value = node[key];
    return value.IsDefined() ? value : YAML::Node();
}

std::optional<QString> text(const YAML::Node& node) {
    if (!node.IsScalar())
        return std::nullopt;
    const QString value = QString::fromStdString(node.Scalar()).trimmed();
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

// yaml-cpp's words, which may quote a character of the input.
QString yamlMessage(const YAML::Exception& e) {
    return escapeControls(QString::fromStdString(e.msg));
}

class DocumentReader {
public:
    DocumentReader(const QString& file, const YAML::Node& document)
        : m_file(file)
        , m_document(document) {}

    // The entity the document describes; nullopt for an empty document.
    std::optional<Entity> read() const {
        if (m_document.IsNull())
            return std::nullopt;
        const Location where = at(m_document);
        if (!m_document.IsMap())
            failAt(where, CatalogReaderTr::tr("not an entity: a descriptor is a mapping with "
                                              "kind, metadata and spec"));
        const std::optional<QString> kind = text(child(m_document, "kind"));
        if (!kind)
            failAt(where, CatalogReaderTr::tr("an entity without a kind"));
        const YAML::Node metadata = child(m_document, "metadata");
        const std::optional<QString> name = text(child(metadata, "name"));
        if (!name)
            failAt(where, CatalogReaderTr::tr("an entity without metadata.name"));
        const std::optional<QString> ns = text(child(metadata, "namespace"));

        Entity e;
        e.where = where;
        e.kind = kind->toLower();
        e.ref = e.kind + u':' + ns.value_or(u"default"_s).toLower() + u'/' + name->toLower();
        // Written as a reference, the entity must be read back as itself.
        if (completeRef(e.ref, {}) != e.ref)
            failAt(where,
                   CatalogReaderTr::tr("a kind, namespace or name with a space, “:” or “/”"));
        const YAML::Node spec = child(m_document, "spec");
        e.groupType = text(child(spec, "type")).value_or(QString()).toLower();
        const std::optional<QString> displayName =
            text(child(child(spec, "profile"), "displayName"));
        const std::optional<QString> title = text(child(metadata, "title"));
        e.title = e.kind == u"group" && displayName ? *displayName : title.value_or(*name);
        if (const YAML::Node members = child(spec, "members"); members.IsSequence())
            e.members = static_cast<int>(members.size());
        if (const YAML::Node owner = child(spec, "owner"); !owner.IsNull())
            e.owner = reference(owner, u"spec.owner"_s, u"group"_s);
        e.sla = text(child(child(metadata, "annotations"), "streamboard/sla"));
        e.deprecated =
            text(child(spec, "lifecycle")).value_or(QString()).toLower() == u"deprecated";
        e.dependsOn = references(spec, "dependsOn", u"component"_s);
        e.dependencyOf = references(spec, "dependencyOf", u"component"_s);
        e.consumesApis = references(spec, "consumesApis", u"api"_s);
        return e;
    }

private:
    Location at(const YAML::Node& node) const {
        const int line = node.Mark().line >= 0 ? node.Mark().line : m_document.Mark().line;
        return {m_file, std::max(line, 0) + 1};
    }

    Reference reference(const YAML::Node& node, const QString& field,
                        const QString& impliedKind) const {
        const std::optional<QString> value = text(node);
        const std::optional<QString> ref = value ? completeRef(*value, impliedKind) : std::nullopt;
        if (!ref)
            failAt(at(node),
                   CatalogReaderTr::tr("%1: not an entity reference ([kind:][namespace/]name)")
                       .arg(field));
        return {*ref, field, at(node)};
    }

    QList<Reference> references(const YAML::Node& spec, const char* key,
                                const QString& impliedKind) const {
        const YAML::Node list = child(spec, key);
        const QString field = u"spec."_s + QString::fromLatin1(key);
        if (list.IsNull())
            return {};
        if (!list.IsSequence())
            failAt(at(list),
                   CatalogReaderTr::tr("%1: a list of entity references is expected").arg(field));
        QList<Reference> refs;
        for (const YAML::Node& item : list)
            refs.append(reference(item, field, impliedKind));
        return refs;
    }

    QString m_file;
    YAML::Node m_document;
};

// Every reference of an entity that makes something on the map must name an entity of the
// catalog; a User owner leaves a capability unowned and need not be described.
void checkReferences(const Catalog& catalog) {
    for (const Entity& e : catalog.entities) {
        if (!e.isTeam() && !e.isCapability())
            continue;
        QList<Reference> refs = e.dependsOn + e.dependencyOf + e.consumesApis;
        if (e.owner && e.owner->ref.startsWith(u"group:"))
            refs.prepend(*e.owner);
        for (const Reference& r : std::as_const(refs))
            if (!catalog.find(r.ref))
                failAt(r.where, CatalogReaderTr::tr("%1: %2 is described in no file of the catalog")
                                    .arg(r.field, quotedRef(r.ref)));
    }
}

// Sees the documents go by without building them; remembers where the last one began.
class DocumentCounter : public YAML::EventHandler {
public:
    int line = 0;
    void OnDocumentStart(const YAML::Mark& mark) override { line = mark.line; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

// yaml-cpp 0.7's LoadAll never ends on some bad input (a "," where a document should start):
// each round yields one more empty document without reading on (yaml-cpp pull request 1319).
// A file cannot hold more documents than it has bytes, so a first pass stops there.
void checkDocumentsEnd(const std::string& text, const QString& file) {
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentCounter counter;
    for (size_t documents = 0; parser.HandleNextDocument(counter);)
        if (++documents > text.size())
            failAt({file, counter.line + 1},
                   CatalogReaderTr::tr("YAML syntax error: no document can start here"));
}

void appendDocuments(const QByteArray& bytes, const QString& file, Catalog& catalog) {
    std::vector<YAML::Node> documents;
    try {
        const std::string text = bytes.toStdString();
        checkDocumentsEnd(text, file);
        documents = YAML::LoadAll(text);
    } catch (const YAML::Exception& e) {
        failAt({file, e.mark.line >= 0 ? e.mark.line + 1 : 1},
               CatalogReaderTr::tr("YAML syntax error: %1").arg(yamlMessage(e)));
    }
    for (const YAML::Node& document : documents) {
        std::optional<Entity> entity;
        try {
            entity = DocumentReader(file, document).read();
        } catch (const YAML::Exception& e) {
            failAt({file, e.mark.line >= 0 ? e.mark.line + 1 : 1},
                   CatalogReaderTr::tr("cannot read: %1").arg(yamlMessage(e)));
        }
        if (!entity)
            continue;
        if (const Entity* before = catalog.find(entity->ref))
            failAt(entity->where, CatalogReaderTr::tr("%1 is described twice: also at %2")
                                      .arg(quotedRef(entity->ref), before->where.text()));
        catalog.indexOfRef.insert(entity->ref, catalog.entities.size());
        if (!entity->isTeam() && !entity->isCapability())
            ++catalog.ignored;
        catalog.entities.append(std::move(*entity));
    }
}

QStringList descriptorFiles(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            throw CatalogError{CatalogReaderTr::tr("%1: no such file or folder").arg(path)};
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, {u"*.yaml"_s, u"*.yml"_s}, QDir::Files | QDir::Readable,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files += found;
    }
    return files;
}

} // namespace

QString Location::text() const {
    return file + u':' + QString::number(line);
}

bool Entity::isCapability() const {
    return capabilityKinds.contains(kind);
}

const Entity* Catalog::find(const QString& ref) const {
    const qsizetype i = indexOfRef.value(ref, -1);
    return i < 0 ? nullptr : &entities[i];
}

bool isTeamRef(const QString& id) {
    static const QRegularExpression pattern(u"^group:[^:/\\sA-Z]+/[^:/\\sA-Z]+$"_s);
    return pattern.match(id).hasMatch();
}

bool isCapabilityRef(const QString& id) {
    static const QRegularExpression pattern(
        u"^(component|api|resource|system):[^:/\\sA-Z]+/[^:/\\sA-Z]+$"_s);
    return pattern.match(id).hasMatch();
}

std::optional<QString> completeRef(const QString& text, const QString& impliedKind) {
    static const QRegularExpression pattern(u"^(?:([^:/\\s]+):)?(?:([^:/\\s]+)/)?([^:/\\s]+)$"_s);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString kind = m.hasCaptured(1) ? m.captured(1) : impliedKind;
    const QString ns = m.hasCaptured(2) ? m.captured(2) : u"default"_s;
    return (kind + u':' + ns + u'/' + m.captured(3)).toLower();
}

std::optional<Catalog> readText(const QByteArray& text, const QString& fileName, QString* error) {
    Catalog catalog;
    try {
        appendDocuments(text, fileName, catalog);
        checkReferences(catalog);
    } catch (const CatalogError& e) {
        *error = e.message;
        return std::nullopt;
    }
    return catalog;
}

std::optional<Catalog> read(const QStringList& paths, QString* error) {
    Catalog catalog;
    try {
        for (const QString& path : descriptorFiles(paths)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw CatalogError{
                    CatalogReaderTr::tr("%1: cannot read: %2").arg(path, file.errorString())};
            appendDocuments(file.readAll(), path, catalog);
        }
        checkReferences(catalog);
    } catch (const CatalogError& e) {
        *error = e.message;
        return std::nullopt;
    }
    return catalog;
}

} // namespace sb::catalog
