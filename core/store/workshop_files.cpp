#include "workshop_files.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace sb::files {

namespace {

struct WorkshopFilesTr {
    Q_DECLARE_TR_FUNCTIONS(sb::files)
};

OpenedDocument wrap(OpenedStore opened) {
    OpenedDocument result;
    result.error = opened.error;
    result.errorString = opened.errorString;
    if (opened.store)
        result.document =
            std::make_unique<Document>(std::move(opened.workshop), std::move(opened.store));
    return result;
}

} // namespace

QString untitledFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workshops"_s;
}

bool isUntitled(const WorkshopAddress& address) {
    return address.scheme().isEmpty() && QFileInfo(address.toString()).absolutePath() ==
                                             QFileInfo(untitledFolder()).absoluteFilePath();
}

OpenedDocument open(const WorkshopAddress& address, OpenMode mode, const LoadProgress& progress) {
    return wrap(stores::open(address, mode, progress));
}

namespace {

// Creates the workshop in the untitled folder under the first name(1), name(2), … not taken.
OpenedDocument createUntitledNamed(const Workshop& workshop,
                                   const std::function<QString(int)>& name) {
    const QDir folder(untitledFolder());
    if (!folder.mkpath(u"."_s)) {
        OpenedDocument failed;
        failed.error = StoreError::CannotWrite;
        failed.errorString = WorkshopFilesTr::tr("cannot create the folder %1").arg(folder.path());
        return failed;
    }
    QString path = folder.filePath(name(1) + u".vsmap"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(name(n) + u".vsmap"_s);
    return wrap(stores::create(path, workshop));
}

} // namespace

OpenedDocument createUntitled(const Workshop& workshop, const QString& baseName) {
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyy-MM-dd hh.mm.ss"_s);
    const QString base =
        baseName.isEmpty() ? WorkshopFilesTr::tr("Untitled workshop %1").arg(stamp) : baseName;
    return createUntitledNamed(
        workshop, [&base](int n) { return n == 1 ? base : u"%1 (%2)"_s.arg(base).arg(n); });
}

OpenedDocument createUntitledCopy(const Workshop& workshop, const QString& baseName) {
    return createUntitledNamed(workshop, [&baseName](int n) {
        return n == 1 ? WorkshopFilesTr::tr("%1 (copy)").arg(baseName)
                      : WorkshopFilesTr::tr("%1 (copy %2)").arg(baseName, QString::number(n));
    });
}

bool saveAs(Document& document, const WorkshopAddress& address, QString* error) {
    Store* current = document.store();
    if (!current) {
        *error = WorkshopFilesTr::tr("this workshop has no file to copy");
        return false;
    }
    const WorkshopAddress oldAddress = current->address();
    if (address.isSameAs(oldAddress))
        return true;
    if (!document.flush()) {
        *error = current->errorString();
        return false;
    }
    if (!current->copyTo(address)) {
        *error = current->errorString();
        return false;
    }
    OpenedStore copy = stores::open(address, OpenMode::ReadWrite);
    if (!copy || copy.store->isReadOnly()) {
        *error = copy ? WorkshopFilesTr::tr("%1 cannot be written").arg(address.toString())
                      : copy.errorString;
        return false;
    }
    document.replaceStore(std::move(copy.store)); // the old store closes here
    if (isUntitled(oldAddress))
        QFile::remove(oldAddress.toString());
    return true;
}

bool share(Document& document, const WorkshopAddress& address, StoreError* kind, QString* error) {
    Store* current = document.store();
    if (current && !document.flush()) {
        *kind = StoreError::CannotWrite;
        *error = current->errorString();
        return false;
    }
    OpenedStore created = stores::create(address, document.workshop(), false);
    if (!created) {
        *kind = created.error;
        *error = created.errorString;
        return false;
    }
    const WorkshopAddress oldAddress = current ? current->address() : WorkshopAddress();
    document.replaceStore(std::move(created.store));
    if (isUntitled(oldAddress))
        QFile::remove(oldAddress.toString());
    return true;
}

} // namespace sb::files
