#include "cli/command_line.h"
#include "main_window_launcher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (sb::cli::isCommandLine(arguments)) {
        // Headless: never needs a display, whatever the environment says.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Streamboard"));
        QCoreApplication::setApplicationVersion(QStringLiteral(STREAMBOARD_VERSION));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return sb::cli::run(arguments, out, err);
    }
    return sb::launchMainWindow(argc, argv);
}
