#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A Backstage software catalog (catalog-info.yaml descriptor files), as far as a map needs it.
// README, Reference, "Syncing with a Backstage catalog" says what is read and how.
namespace sb::catalog {

// Where something was written: the file as given (or found in a given folder) and its line (1…).
struct Location {
    QString file;
    int line = 0;
    QString text() const; // "catalog/a.yaml:12"
};

// A reference to another entity as a descriptor field wrote it, completed and in lower case.
struct Reference {
    QString ref;   // "group:default/payments"
    QString field; // "spec.owner"
    Location where;
};

struct Entity {
    QString kind;                   // lower case: "component", "group", "user", …
    QString ref;                    // "kind:namespace/name", in lower case: its id on the map
    QString title;                  // the name the map shows (see titleOf in the reader)
    QString groupType;              // spec.type of a Group, in lower case
    std::optional<int> members;     // the number of spec.members of a Group, when given
    std::optional<Reference> owner; // spec.owner
    std::optional<QString> sla;     // metadata.annotations["streamboard/sla"]
    bool deprecated = false;        // spec.lifecycle: deprecated
    QList<Reference> dependsOn;     // spec.dependsOn
    QList<Reference> dependencyOf;  // spec.dependencyOf
    QList<Reference> consumesApis;  // spec.consumesApis
    Location where;

    bool isTeam() const { return kind == u"group" && groupType == u"team"; }
    bool isCapability() const;
};

struct Catalog {
    QList<Entity> entities; // in the order of their files (sorted by path) and documents
    int ignored = 0;        // entities that make nothing on a map: other kinds, Groups not teams
    QHash<QString, qsizetype> indexOfRef;

    const Entity* find(const QString& ref) const;
};

// Whether an element id has the shape of a reference to an entity of a kind that becomes a team
// (group) or a capability (component, api, resource, system): such elements belong to the
// catalog, and sync alone sets them.
bool isTeamRef(const QString& id);
bool isCapabilityRef(const QString& id);

// Completes a reference as Backstage writes them ("[kind:][namespace/]name") with the kind the
// field implies and the namespace "default", in lower case. nullopt when it is not one.
std::optional<QString> completeRef(const QString& text, const QString& impliedKind);

// Reads the descriptor files at paths: files, or folders searched (with their subfolders) for
// *.yaml and *.yml, in path order; a file may hold several YAML documents. On any error
// returns nullopt and sets error to one line naming the file and line: a YAML syntax error,
// an entity without kind or name, two entities with one reference, a reference to an entity
// that no file describes.
std::optional<Catalog> read(const QStringList& paths, QString* error);

// The same for descriptor text already in memory, as if read from a file named fileName.
std::optional<Catalog> readText(const QByteArray& text, const QString& fileName, QString* error);

} // namespace sb::catalog
