#include "main_window_launcher.h"

#include "i18n/translations.h"
#include "window/main_window.h"

#include <QApplication>
#include <QIcon>

namespace sb {

int launchMainWindow(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Streamboard"));
    QApplication::setOrganizationName(QStringLiteral("Streamboard"));
    QApplication::setApplicationVersion(QStringLiteral(STREAMBOARD_VERSION));
    // The installed desktop entry and icon (packaging/) carry the application id.
    QApplication::setDesktopFileName(QStringLiteral("io.github.streamboard.Streamboard"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.streamboard.Streamboard")));
    // Before any widget: the system's language, or the one chosen in Preferences.
    i18n::install(i18n::preferredLanguage());
    MainWindow window;
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2 || !window.openFile(arguments[1]))
        window.newFromTemplate(0);
    window.showAtStartSize();
    return QApplication::exec();
}

} // namespace sb
