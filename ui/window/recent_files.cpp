#include "recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace sb {

namespace {
const QString key = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list() {
    QStringList existing;
    for (const QString& path : QSettings().value(key).toStringList())
        if (QFileInfo::exists(path))
            existing.append(path);
    return existing;
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(key).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > maxCount)
        paths.removeLast();
    QSettings().setValue(key, paths);
}

void RecentFiles::clear() {
    QSettings().remove(key);
}

} // namespace sb
