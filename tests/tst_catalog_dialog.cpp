// Map → Sync with catalog…: the preview, and the sync as one undo entry.
#include "model/document.h"
#include "store/json_interchange.h"
#include "test_main.h"
#include "test_paths.h"
#include "window/catalog_sync_dialog.h"
#include "window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace tst_catalog_dialog {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

const QString dataDir = QStringLiteral(TEST_DATA_DIR "/catalog");

Workshop dialogWorkshop() {
    QFile file(dataDir + u"/workshop.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read workshop.json");
    QString error;
    const std::optional<Workshop> w = json::read(file.readAll(), &error);
    if (!w)
        qFatal("%s", qPrintable(error));
    return *w;
}

// The lines of tst_sync_cli's firstSyncText, without the totals; the kept lines point at the
// dialog's box instead of --remove-missing.
const QString firstPreview =
    u"added team group:shop/checkout “Checkout”\n"
    "added team group:default/platform-eng “platform-eng”\n"
    "added capability resource:default/orders-db “orders-db”\n"
    "added capability system:default/shop “Shop”\n"
    "added capability component:default/payment-service “payment-service”\n"
    "added capability component:default/legacy-ledger “Legacy ledger (deprecated)”\n"
    "added dependency d7: component:shop/checkout-api → resource:default/orders-db\n"
    "added dependency d8: component:shop/checkout-api → component:default/payment-service\n"
    "changed team group:default/payments “Payments Team”: name, size\n"
    "changed capability component:shop/checkout-api “Checkout API”: name, owner, sla\n"
    "removed dependency d5: api:default/payments-api → component:shop/checkout-api\n"
    "kept team group:default/former “Former”: no longer in the catalog (the box above removes "
    "it)\n"
    "kept capability component:default/old-cart “Old cart”: no longer in the catalog (the box "
    "above removes it)\n"
    "deprecated capability component:default/legacy-ledger “Legacy ledger (deprecated)”"_s;

template <class T> T* field(QWidget* dialog, const QString& name) {
    T* w = dialog->findChild<T*>(name);
    if (!w)
        qFatal("no %s", qPrintable(name));
    return w;
}

class TestCatalogDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void previewShowsWhatWouldChangeAndChangesNothing() {
        Document doc(dialogWorkshop());
        const Workshop before = doc.workshop();
        CatalogSyncDialog dialog(&doc, before.maps[0].uid);
        dialog.setCatalogPath(dataDir + u"/base"_s);
        QCOMPARE(field<QPlainTextEdit>(&dialog, u"preview"_s)->toPlainText(), firstPreview);
        QCOMPARE(field<QLabel>(&dialog, u"summary"_s)->text(),
                 u"8 added, 2 changed, 1 removed, 3 ignored"_s);
        QVERIFY(field<QPushButton>(&dialog, u"sync"_s)->isEnabled());
        QCOMPARE(doc.workshop(), before);
        QCOMPARE(doc.undoStack()->count(), 0);

        // Removing what the catalog no longer has: former, old-cart and d3, d4, d5 go.
        field<QCheckBox>(&dialog, u"removeMissing"_s)->setChecked(true);
        QCOMPARE(field<QLabel>(&dialog, u"summary"_s)->text(),
                 u"8 added, 3 changed, 5 removed, 3 ignored"_s);
    }

    void errorsShowAndSyncIsOff() {
        Document doc(dialogWorkshop());
        CatalogSyncDialog dialog(&doc, doc.workshop().maps[0].uid);
        const QString dangling = dataDir + u"/errors/dangling.yaml"_s;
        dialog.setCatalogPath(dangling);
        QCOMPARE(field<QLabel>(&dialog, u"summary"_s)->text(),
                 dangling + u":8: spec.dependsOn: “component:default/nowhere” is described in no "
                            "file of the catalog"_s);
        QCOMPARE(field<QPlainTextEdit>(&dialog, u"preview"_s)->toPlainText(), QString());
        QVERIFY(!field<QPushButton>(&dialog, u"sync"_s)->isEnabled());
        QVERIFY(!dialog.takeCommand());
        dialog.setCatalogPath(QString());
        QVERIFY(!field<QPushButton>(&dialog, u"sync"_s)->isEnabled());
    }

    // Through the Map menu: one undo entry; a second sync has nothing to do.
    void menuSyncIsOneUndoEntry() {
        MainWindow window;
        QVERIFY(window.openFile(dataDir + u"/workshop.json"_s));
        Document* doc = window.document();
        const Workshop before = doc->workshop();
        auto* action = window.findChild<QAction*>(u"syncWithCatalog"_s);
        QVERIFY(action && action->isEnabled());
        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<CatalogSyncDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shown = true;
            dialog->setCatalogPath(dataDir + u"/base"_s);
            field<QPushButton>(dialog, u"sync"_s)->click();
        });
        action->trigger();
        QVERIFY(shown);
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), u"Sync with catalog"_s);
        QCOMPARE(doc->map(window.currentMap())->teams.size(), 5);

        // Opened again, the dialog remembers the catalog and has nothing left to change.
        QString summary;
        bool syncEnabled = true;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<CatalogSyncDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            summary = field<QLabel>(dialog, u"summary"_s)->text();
            syncEnabled = field<QPushButton>(dialog, u"sync"_s)->isEnabled();
            dialog->reject();
        });
        action->trigger();
        QCOMPARE(summary, u"Nothing to change: the map matches the catalog (0 added, 0 changed, 0 "
                          "removed, 3 ignored)."_s);
        QVERIFY(!syncEnabled);
        doc->undoStack()->undo();
        QCOMPARE(doc->workshop(), before);
    }
};

STREAMBOARD_TEST_MAIN(TestCatalogDialog)
} // namespace tst_catalog_dialog
#include "tst_catalog_dialog.moc"
