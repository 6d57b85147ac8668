#include "preferences_dialog.h"

#include "i18n/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace sb {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"preferences"_s);
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System default (%1)").arg(i18n::nativeName(i18n::systemLanguage())),
                        QString());
    const QStringList languages = i18n::languages();
    for (const QString& language : languages)
        m_language->addItem(i18n::nativeName(language), language);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("A new language takes effect when Streamboard is restarted."), this);
    note->setObjectName(u"restartNote"_s);
    note->setWordWrap(true);
    form->addRow(QString(), note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    setLanguage(QSettings().value(QLatin1String(i18n::settingsKey)).toString());
}

QString PreferencesDialog::language() const {
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString& language) {
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

void PreferencesDialog::accept() {
    QSettings settings;
    if (language().isEmpty())
        settings.remove(QLatin1String(i18n::settingsKey));
    else
        settings.setValue(QLatin1String(i18n::settingsKey), language());
    QDialog::accept();
}

} // namespace sb
