#pragma once

#include <QDialog>

class QComboBox;

namespace sb {

// Edit ▸ Preferences…: the language of the window (the system's by default). Stored in QSettings
// under i18n::settingsKey; it takes effect the next time Streamboard starts.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // The chosen language: "" for the system's, else a code of i18n::languages().
    QString language() const;
    void setLanguage(const QString& language);

    void accept() override;

private:
    QComboBox* m_language = nullptr;
};

} // namespace sb
