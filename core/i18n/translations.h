#pragma once

#include <QString>
#include <QStringList>

// Which language Streamboard speaks, and the translators that make it so. Qt Core only: the
// window and the command line both use it.
namespace sb::i18n {

// The languages Streamboard speaks, as ISO 639 codes: English (the source) first, then every
// language with a catalogue in translations/ ("de").
QStringList languages();

// The language the environment asks for: the first of the system's UI languages (LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG) that Streamboard speaks, else English. When the messages locale is C
// or POSIX (LANG=C, LC_ALL=C.UTF-8) it is English, whatever LANGUAGE says, as with gettext.
QString systemLanguage();

// The window's language: the preference (settingsKey, "" for the system's) when it names a
// language Streamboard speaks, else systemLanguage(). Reads QSettings, so the application's
// organisation and name must be set.
QString preferredLanguage();
inline constexpr char settingsKey[] = "ui/language";

// Installs the translators for language ("de"): Streamboard's catalogue (embedded under
// :/i18n) and Qt's own (qtbase, from Qt's translations folder). Replaces those installed by an
// earlier call; English installs none. Needs a QCoreApplication. Returns false when Streamboard's
// catalogue for a language other than English is missing. Numbers and dates keep following the
// system locale.
bool install(const QString& language);

// The name of a language in that language, for a chooser: "English", "Deutsch".
QString nativeName(const QString& language);

} // namespace sb::i18n
