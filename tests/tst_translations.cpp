#include "analysis/analysis.h"
#include "i18n/translations.h"
#include "model/duration.h"
#include "panels/analysis_watcher.h"
#include "panels/findings_panel.h"
#include "store/json_interchange.h"
#include "test_main.h"
#include "window/main_window.h"
#include "window/preferences_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace tst_translations {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

// The German catalogue, loaded the way the program loads it, reaches the real widgets, the
// analysis's findings and Qt's own buttons.
class TestTranslations : public QObject {
    Q_OBJECT

    static QString menuTitle(QMainWindow& window, int index) {
        return window.menuBar()->actions().value(index)->text();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"StreamboardTest"_s);
        QCoreApplication::setApplicationName(u"tst_translations"_s);
        QSettings().clear();
        QVERIFY(i18n::languages().contains(u"de"_s));
        QVERIFY(i18n::install(u"de"_s));
    }
    void cleanupTestCase() {
        QSettings().clear();
        i18n::install(u"en"_s);
    }

    void languagesSpokenAndNamed() {
        QCOMPARE(i18n::languages().first(), u"en"_s);
        QCOMPARE(i18n::nativeName(u"en"_s), u"English"_s);
        QCOMPARE(i18n::nativeName(u"de"_s), u"Deutsch"_s);
        // The tests run under LC_ALL=C.UTF-8: English, whatever LANGUAGE says.
        QCOMPARE(i18n::systemLanguage(), u"en"_s);
    }

    void mainWindowSpeaksGerman() {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(EXAMPLES_DIR "/shopper-purchase.json")));
        QCOMPARE(menuTitle(window, 0), u"&Datei"_s);
        QCOMPARE(menuTitle(window, 1), u"&Bearbeiten"_s);
        QCOMPARE(menuTitle(window, 2), u"&Ansicht"_s);
        QCOMPARE(menuTitle(window, 3), u"&Karte"_s);
        auto* preferences = window.findChild<QAction*>(u"preferences"_s);
        QVERIFY(preferences);
        QCOMPARE(preferences->text(), u"&Einstellungen…"_s);
        QCOMPARE(window.findChild<QAction*>(u"deriveFuture"_s)->text(),
                 u"&Soll-Zustand ableiten"_s);
        QCOMPARE(window.findChild<QDockWidget*>(u"findingsDock"_s)->windowTitle(),
                 u"Erkenntnisse"_s);
        QCOMPARE(window.findChild<QDockWidget*>(u"metricsDock"_s)->windowTitle(), u"Kennzahlen"_s);
        QCOMPARE(window.findChild<QDockWidget*>(u"inspectorDock"_s)->windowTitle(),
                 u"Eigenschaften"_s);
        // The findings panel's own words, and the one-hop finding in German.
        panels::FindingsPanel* findings = window.findingsPanel();
        QTRY_VERIFY(findings->model()->rowCount() > 0);
        QStringList messages;
        const QAbstractItemModel* model = findings->model();
        for (int group = 0; group < model->rowCount(); ++group) {
            const QModelIndex parent = model->index(group, 0);
            messages += parent.data().toString();
            for (int row = 0; row < model->rowCount(parent); ++row)
                messages += model->index(row, 0, parent).data().toString();
        }
        QVERIFY2(!messages.filter(u"Fehler ("_s).isEmpty(), qPrintable(messages.join(u'\n')));
        QVERIFY2(!messages.filter(u"höchstens einen"_s).isEmpty(),
                 qPrintable(messages.join(u'\n')));
    }

    void findingsFromTheAnalysisInGerman() {
        QString error;
        const std::optional<Workshop> workshop = json::read(
            R"({"format": "streamboard", "version": 1, "maps": [{"name": "Timing",
                 "teams": [{"id": "t1", "name": "Checkout", "size": 5}],
                 "streams": [{"id": "vs1", "name": "Kauf", "owner": "t1",
                   "card": {"trigger": "t", "finishLine": "f", "northStar": "n"}}],
                 "stages": [{"id": "a", "stream": "vs1", "name": "Review", "owner": "t1",
                             "processTime": "4h", "leadTime": "2h"}]}]})",
            &error);
        QVERIFY2(workshop, qPrintable(error));
        const AnalysisResult result = analyze(workshop->maps.first());
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings[0].rule, u"timing"_s); // rule ids are never translated
        QCOMPARE(result.findings[0].message,
                 u"„Review“ wartet weniger, als es arbeitet: Die Durchlaufzeit (2 Std.) ist kürzer "
                 u"als die Bearbeitungszeit (4 Std.), dabei schließt die Durchlaufzeit die "
                 u"Bearbeitungszeit ein."_s);
    }

    void readerErrorsInGerman() {
        QString error;
        QVERIFY(!json::read("", &error));
        QCOMPARE(error, u"(document): die Datei ist leer"_s);
    }

    void durationsInGerman() {
        QCOMPARE(duration::format(2 * 86400 + 3 * 3600, 24), u"2 Tage 3 Std."_s);
        QCOMPARE(duration::format(86400, 24), u"1 Tag"_s);
        QCOMPARE(duration::format(1800, 24), u"30 Min."_s);
    }

    void qtsOwnWordsInGerman() {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"&Abbrechen"_s.remove(u'&'));
    }

    // Edit ▸ Preferences…: the choice is stored and said to need a restart.
    void preferencesStoreTheLanguage() {
        PreferencesDialog dialog;
        QCOMPARE(dialog.objectName(), u"preferences"_s);
        QCOMPARE(dialog.windowTitle(), u"Einstellungen"_s);
        auto* note = dialog.findChild<QLabel*>(u"restartNote"_s);
        QVERIFY(note && note->text().contains(u"Neustart"_s));
        auto* combo = dialog.findChild<QComboBox*>(u"language"_s);
        QCOMPARE(combo->count(), 1 + i18n::languages().size());
        QCOMPARE(combo->itemText(0), u"Systemstandard (English)"_s);
        QCOMPARE(dialog.language(), QString());
        dialog.setLanguage(u"de"_s);
        QCOMPARE(combo->currentText(), u"Deutsch"_s);
        dialog.accept();
        QCOMPARE(QSettings().value(QLatin1String(i18n::settingsKey)).toString(), u"de"_s);
        QCOMPARE(i18n::preferredLanguage(), u"de"_s);

        PreferencesDialog again;
        QCOMPARE(again.language(), u"de"_s);
        again.setLanguage(QString());
        again.accept();
        QVERIFY(!QSettings().contains(QLatin1String(i18n::settingsKey)));
        QCOMPARE(i18n::preferredLanguage(), i18n::systemLanguage());
    }

    // Back to English: install() takes the German translators out again.
    void englishAgain() {
        QVERIFY(i18n::install(u"en"_s));
        QCOMPARE(duration::format(86400, 24), u"1d"_s);
        MainWindow window;
        QCOMPARE(menuTitle(window, 0), u"&File"_s);
        QVERIFY(i18n::install(u"de"_s));
    }
};

STREAMBOARD_TEST_MAIN(TestTranslations)
} // namespace tst_translations
#include "tst_translations.moc"
