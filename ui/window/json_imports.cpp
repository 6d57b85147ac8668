#include "json_imports.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

const QString importsKey = u"jsonImports"_s;

QString absolute(const QString& path) {
    return QFileInfo(path).absoluteFilePath();
}

// An array in the settings file, one entry of plain keys per file, readable in the file itself.
QList<JsonImport> readImports() {
    QSettings settings;
    QList<JsonImport> imports;
    const int count = settings.beginReadArray(importsKey);
    for (int n = 0; n < count; ++n) {
        settings.setArrayIndex(n);
        imports.append({settings.value(u"source"_s).toString(),
                        settings.value(u"hash"_s).toString(),
                        settings.value(u"workshop"_s).toString(),
                        QDateTime::fromString(settings.value(u"made"_s).toString(), Qt::ISODate)});
    }
    settings.endArray();
    return imports;
}

void writeImports(const QList<JsonImport>& imports) {
    QSettings settings;
    settings.remove(importsKey);
    settings.beginWriteArray(importsKey, static_cast<int>(imports.size()));
    for (int n = 0; n < imports.size(); ++n) {
        settings.setArrayIndex(n);
        settings.setValue(u"source"_s, imports[n].source);
        settings.setValue(u"hash"_s, imports[n].hash);
        settings.setValue(u"workshop"_s, imports[n].workshop);
        settings.setValue(u"made"_s, imports[n].made.toString(Qt::ISODate));
    }
    settings.endArray();
}

} // namespace

QString JsonImports::hashOf(const QByteArray& content) {
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

std::optional<JsonImport> JsonImports::find(const QString& source) {
    const QString path = absolute(source);
    for (const JsonImport& i : readImports())
        if (i.source == path && QFileInfo::exists(i.workshop))
            return i;
    return std::nullopt;
}

void JsonImports::remember(const QString& source, const QByteArray& content,
                           const QString& workshop) {
    const QString path = absolute(source);
    QList<JsonImport> imports = readImports();
    imports.removeIf([&](const JsonImport& i) { return i.source == path; });
    imports.prepend(
        {path, JsonImports::hashOf(content), absolute(workshop), QDateTime::currentDateTime()});
    while (imports.size() > maxCount)
        imports.removeLast();
    writeImports(imports);
}

void JsonImports::moved(const QString& from, const QString& to) {
    QList<JsonImport> imports = readImports();
    bool any = false;
    for (JsonImport& i : imports)
        if (i.workshop == absolute(from)) {
            i.workshop = absolute(to);
            any = true;
        }
    if (any)
        writeImports(imports);
}

void JsonImports::clear() {
    QSettings().remove(importsKey);
}

} // namespace sb
