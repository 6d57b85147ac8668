#pragma once

#include <QStringList>

namespace sb {

// The workshops opened most recently, newest first, kept in QSettings.
class RecentFiles {
public:
    static constexpr int maxCount = 10;
    static QStringList list(); // existing files only
    static void add(const QString& path);
    static void clear();
};

} // namespace sb
