#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace sb {

// Which workshop was made from which interchange JSON file, kept in QSettings, so opening the
// same file again can offer that workshop instead of silently making another one. A file is the
// same while its absolute path and its content (SHA-256) are.
struct JsonImport {
    QString source;   // the JSON file, absolute
    QString hash;     // SHA-256 of its content when the workshop was made, hex
    QString workshop; // the .vsmap made from it, absolute
    QDateTime made;
};

class JsonImports {
public:
    static constexpr int maxCount = 50;
    // The workshop made last from this file, if it still exists; compare hash with hashOf() to
    // see whether the file changed since.
    static std::optional<JsonImport> find(const QString& source);
    static QString hashOf(const QByteArray& content);
    // Remembers the workshop made from the file; replaces what was remembered for the file.
    static void remember(const QString& source, const QByteArray& content, const QString& workshop);
    // The workshop moved (Save as): it is still the one made from its file.
    static void moved(const QString& from, const QString& to);
    static void clear();
};

} // namespace sb
