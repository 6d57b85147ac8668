#include "json_imports.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

const QString importsKey = u"jsonImports"_s;

QString absolute(const QString& path) {
    return QFileInfo(path).absoluteFilePath();
}

QList<JsonImport> readImports() {
    QList<JsonImport> imports;
    for (const QVariant& entry : QSettings().value(importsKey).toList()) {
        const QVariantMap map = entry.toMap();
        imports.append({map.value(u"source"_s).toString(), map.value(u"hash"_s).toString(),
                        map.value(u"workshop"_s).toString(), map.value(u"made"_s).toDateTime()});
    }
    return imports;
}

void writeImports(const QList<JsonImport>& imports) {
    QVariantList entries;
    for (const JsonImport& i : imports)
        entries.append(QVariantMap{{u"source"_s, i.source},
                                   {u"hash"_s, i.hash},
                                   {u"workshop"_s, i.workshop},
                                   {u"made"_s, i.made}});
    QSettings().setValue(importsKey, entries);
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
