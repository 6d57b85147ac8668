#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>
#include <utility>

// Runs the real streamboard binary as a separate process, optionally as an unprivileged user.
namespace sb::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline bool runningAsRoot() {
    return geteuid() == 0;
}

// A copy of a program in a folder everyone can reach, so uid 65534 can run it wherever the
// build tree lives (our programs link only system libraries).
inline QString publicCopy(const QString& program) {
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/streamboard-bin-XXXXXX"));
    const QString path = dir.filePath(QFileInfo(program).fileName());
    if (!QFile::exists(path)) {
        QFile::copy(program, path);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup);
    }
    return path;
}

inline QString publicBinary() {
    return publicCopy(QStringLiteral(STREAMBOARD_BINARY));
}

// Runs streamboard with arguments. With asNobody, as uid/gid 65534 when we are root (where
// permission bits do not bite); otherwise as ourselves. No display: QT_QPA_PLATFORM and DISPLAY
// are removed from the environment. LANG=C and LC_ALL=C.UTF-8 (English) unless locale says
// otherwise: its variables are set, or removed when given empty.
inline CliResult runCli(const QStringList& arguments, bool asNobody = false,
                        const QList<std::pair<QString, QString>>& locale = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const auto& [variable, value] : locale) {
        if (value.isEmpty())
            env.remove(variable);
        else
            env.insert(variable, value);
    }
    process.setProcessEnvironment(env);
    if (asNobody && runningAsRoot()) {
        QStringList args = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), publicBinary()};
        args += arguments;
        process.start(QStringLiteral("setpriv"), args);
    } else {
        process.start(QStringLiteral(STREAMBOARD_BINARY), arguments);
    }
    CliResult result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// A temporary folder that uid 65534 can enter (and, with writable, write into).
inline void makePublic(const QString& path, bool writable) {
    QFile::Permissions p = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                           QFileDevice::ReadOther | QFileDevice::ExeOther;
    if (writable)
        p |= QFileDevice::WriteGroup | QFileDevice::WriteOther;
    QFile::setPermissions(path, p);
}

} // namespace sb::test
