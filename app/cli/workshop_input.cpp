#include "workshop_input.h"

#include "store/json_interchange.h"
#include "store/store_backend.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace sb::cli {

namespace {

struct WorkshopInputTr {
    Q_DECLARE_TR_FUNCTIONS(sb::cli)
};

bool looksLikeSqlite(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

QString shownAddress(const QString& path) {
    return WorkshopAddress(path).toDisplayString();
}

std::optional<Workshop> readWorkshop(const QString& path, QString* error, QString* name) {
    const QFileInfo info(path);
    const bool stored = !WorkshopAddress(path).scheme().isEmpty();
    if (!stored && !info.exists()) {
        *error = WorkshopInputTr::tr("%1: no such file").arg(path);
        return std::nullopt;
    }
    const QString suffix = info.suffix().toLower();
    if (stored || suffix == u"vsmap" || (suffix != u"json" && looksLikeSqlite(path))) {
        OpenedStore opened = stores::open(path, OpenMode::ReadOnly);
        if (!opened) {
            *error = WorkshopInputTr::tr("%1: %2").arg(shownAddress(path), opened.errorString);
            return std::nullopt;
        }
        if (name)
            *name = stored ? opened.store->displayName() : info.completeBaseName();
        return std::move(opened.workshop);
    }
    if (name)
        *name = info.completeBaseName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = WorkshopInputTr::tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString reason;
    std::optional<Workshop> workshop = json::read(file.read(json::maxFileBytes + 1), &reason);
    if (!workshop)
        *error = WorkshopInputTr::tr("%1: %2").arg(path, reason);
    return workshop;
}

QList<const Map*> selectMaps(const Workshop& workshop, const QString& name, QString* error) {
    QList<const Map*> maps;
    for (const Map& m : workshop.maps)
        if (name.isNull() || m.info.name == name)
            maps.append(&m);
    if (!name.isNull() && maps.isEmpty()) {
        QStringList names;
        for (const Map& m : workshop.maps)
            names.append(u"“"_s + m.info.name + u"”"_s);
        *error =
            WorkshopInputTr::tr("no map named “%1” (the workshop has %2)")
                .arg(name, names.isEmpty() ? WorkshopInputTr::tr("no maps") : names.join(u", "_s));
    }
    return maps;
}

} // namespace sb::cli
