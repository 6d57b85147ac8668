#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace sb::i18n {

namespace {

const QString catalogueFolder = u":/i18n"_s;

// The translators install() put in, so that a later call can take them out again.
QList<QPointer<QTranslator>>& installed() {
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString languageOf(const QString& uiLanguage) {
    return QLocale(uiLanguage).name().section(u'_', 0, 0);
}

// The locale the messages follow, as gettext picks it: LC_ALL, then LC_MESSAGES, then LANG.
QByteArray messagesLocale() {
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(variable);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool isPlainC(const QByteArray& locale) {
    return locale.isEmpty() || locale == "C" || locale == "POSIX" || locale.startsWith("C.");
}

} // namespace

QStringList languages() {
    QStringList result{u"en"_s};
    const QStringList catalogues =
        QDir(catalogueFolder).entryList({u"streamboard_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& file : catalogues) {
        const QString language = file.section(u'_', 1).section(u'.', 0, 0);
        if (!result.contains(language))
            result.append(language);
    }
    return result;
}

QString systemLanguage() {
    // With the messages locale C, LANGUAGE does not switch language either, as with gettext.
    if (isPlainC(messagesLocale()))
        return u"en"_s;
    const QStringList spoken = languages();
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString& uiLanguage : uiLanguages) {
        const QString language = languageOf(uiLanguage);
        if (spoken.contains(language))
            return language;
    }
    return u"en"_s;
}

QString preferredLanguage() {
    const QString preference = QSettings().value(QLatin1String(settingsKey)).toString();
    if (!preference.isEmpty() && languages().contains(preference))
        return preference;
    return systemLanguage();
}

bool install(const QString& language) {
    for (const QPointer<QTranslator>& translator : std::as_const(installed()))
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    installed().clear();
    if (language.isEmpty() || language == u"en")
        return true;

    auto add = [](const QString& file, const QString& folder) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        if (!translator->load(file, folder)) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        installed().append(translator);
        return true;
    };
    const bool ours = add(u"streamboard_"_s + language, catalogueFolder);
    // Qt's own words: standard buttons, the command line's --help, file dialogs. Optional.
    add(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return ours;
}

QString nativeName(const QString& language) {
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language == u"en")
        return u"English"_s; // not "American English"
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? language : name;
}

} // namespace sb::i18n
