#include "workshop_files.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace sb::files {

namespace {

struct WorkshopFilesTr {
    Q_DECLARE_TR_FUNCTIONS(sb::files)
};

OpenedDocument wrap(SqliteStore::Opened opened) {
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

bool isUntitled(const QString& path) {
    return QFileInfo(path).absolutePath() == QFileInfo(untitledFolder()).absoluteFilePath();
}

OpenedDocument open(const QString& path, SqliteStore::Mode mode,
                    const SqliteStore::LoadProgress& progress) {
    return wrap(SqliteStore::open(path, mode, progress));
}

OpenedDocument createUntitled(const Workshop& workshop, const QString& baseName) {
    const QDir folder(untitledFolder());
    if (!folder.mkpath(u"."_s)) {
        OpenedDocument failed;
        failed.error = SqliteStore::OpenError::CannotWrite;
        failed.errorString = WorkshopFilesTr::tr("cannot create the folder %1").arg(folder.path());
        return failed;
    }
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyy-MM-dd hh.mm.ss"_s);
    const QString base =
        baseName.isEmpty() ? WorkshopFilesTr::tr("Untitled workshop %1").arg(stamp) : baseName;
    QString path = folder.filePath(base + u".vsmap"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(u"%1 (%2).vsmap"_s.arg(base).arg(n));
    return wrap(SqliteStore::create(path, workshop));
}

bool saveAs(Document& document, const QString& path, QString* error) {
    auto* current = dynamic_cast<SqliteStore*>(document.store());
    if (!current) {
        *error = WorkshopFilesTr::tr("this workshop has no file to copy");
        return false;
    }
    const QString oldPath = current->path();
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(oldPath).absoluteFilePath())
        return true;
    if (!document.flush()) {
        *error = document.store()->errorString();
        return false;
    }
    if (!current->copyTo(path)) {
        *error = current->errorString();
        return false;
    }
    SqliteStore::Opened copy = SqliteStore::open(path, SqliteStore::Mode::ReadWrite);
    if (!copy || copy.store->isReadOnly()) {
        *error = copy ? WorkshopFilesTr::tr("%1 cannot be written").arg(path) : copy.errorString;
        return false;
    }
    document.replaceStore(std::move(copy.store)); // the old store closes here
    if (isUntitled(oldPath))
        QFile::remove(oldPath);
    return true;
}

} // namespace sb::files
