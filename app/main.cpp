#include "cli/command_line.h"
#include "i18n/translations.h"
#include "main_window_launcher.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

// A GUI application object wants a private runtime folder and warns on stderr when
// XDG_RUNTIME_DIR is unset (as in containers and cron jobs); the command line's stderr is for
// its own one-line errors, so give it the folder Qt would otherwise pick itself, quietly.
void provideRuntimeDir() {
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir =
        QDir::tempPath() + QStringLiteral("/streamboard-runtime-") + QString::number(getuid());
    QDir().mkpath(dir);
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

int main(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (sb::cli::isCommandLine(arguments)) {
        // Headless: never needs a display, whatever the environment says.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Drawing a map for export needs Widgets (the canvas is a QGraphicsScene); the other
        // subcommands start faster without it.
        const bool drawing = arguments.value(1) == QStringLiteral("export");
        if (drawing)
            provideRuntimeDir();
        std::unique_ptr<QCoreApplication> app =
            drawing ? std::make_unique<QApplication>(argc, argv)
                    : std::make_unique<QCoreApplication>(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Streamboard"));
        QCoreApplication::setApplicationVersion(QStringLiteral(STREAMBOARD_VERSION));
        // Scripts get the locale's language; LANG=C gives English. The window's language
        // preference does not apply here.
        sb::i18n::install(sb::i18n::systemLanguage());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return sb::cli::run(arguments, out, err);
    }
    return sb::launchMainWindow(argc, argv);
}
