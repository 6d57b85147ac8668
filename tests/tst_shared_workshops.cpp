// The window's side of shared workshops (README, Reference, "Shared workshops in the window"):
// File → Open shared workshop…'s addresses, its recent entries without passwords, the list of a
// database's workshops, the password prompt, and Share on a server.
#include "commands/commands.h"
#include "model/document.h"
#include "pg_server.h"
#include "store/store_backend.h"
#include "store/workshop_files.h"
#include "test_main.h"
#include "test_workshops.h"
#include "window/main_window.h"
#include "window/shared_workshop_dialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace tst_shared_workshops {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

// A workshop behind a password: "locked://W" opens only once usePassword gave "sesame".
class LockedStore final : public Store {
public:
    WorkshopAddress address() const override { return u"locked://W"_s; }
    bool isReadOnly() const override { return false; }
    QString displayName() const override { return u"W"_s; }
    bool write(const Journal&, const Workshop&) override { return true; }
    bool copyTo(const WorkshopAddress&) override { return false; }
    MapUid nextMapUid() override { return 100; }
    QString errorString() const override { return {}; }
};

class LockedBackend final : public StoreBackend {
public:
    QStringList passwordsGiven;
    bool takes(const WorkshopAddress& address) const override {
        return address.scheme() == u"locked";
    }
    OpenedStore open(const WorkshopAddress&, OpenMode, const LoadProgress&) override {
        if (!passwordsGiven.contains(u"sesame"_s))
            return {nullptr, {}, StoreError::NeedsPassword, u"the server wants a password"_s};
        Workshop workshop;
        workshop.maps = {test::smallMap(1)};
        return {std::make_unique<LockedStore>(), workshop, StoreError::None, {}};
    }
    OpenedStore create(const WorkshopAddress&, const Workshop&, bool) override { return {}; }
    void usePassword(const WorkshopAddress&, const QString& password) override {
        passwordsGiven.append(password);
    }
};

// Answers the next password prompt with `password`, or cancels it when empty.
void answerPrompt(const QString& password) {
    QTimer::singleShot(0, [password] {
        auto* prompt = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(prompt);
        QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
        if (password.isEmpty()) {
            prompt->reject();
            return;
        }
        prompt->setTextValue(password);
        prompt->accept();
    });
}

class TestSharedWorkshops : public QObject {
    Q_OBJECT

    test::PgServer server;
    QString serverMissing;
    QTemporaryDir dir;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        serverMissing = test::PgServer::missingReason();
        if (!serverMissing.isEmpty() && qEnvironmentVariable("CI") == u"true")
            QFAIL(qPrintable(serverMissing));
        if (serverMissing.isEmpty()) {
            QVERIFY2(server.start(), qPrintable(server.error()));
            QVERIFY2(server.createDatabase(u"vsm"_s), qPrintable(server.error()));
        }
    }

    void addressesAreBuiltFromTheirParts_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("address");
        QTest::newRow("socket folder")
            << u"/tmp/pg dir"_s << 5433 << u"ann"_s
            << u"postgresql://ann@%2Ftmp%2Fpg%20dir:5433/vsm?workshop=Q%203"_s;
        QTest::newRow("host, default port")
            << u"db.example.com"_s << 5432 << u"ann"_s
            << u"postgresql://ann@db.example.com/vsm?workshop=Q%203"_s;
        QTest::newRow("IPv6, no user")
            << u"::1"_s << 5432 << u""_s << u"postgresql://[::1]/vsm?workshop=Q%203"_s;
    }
    void addressesAreBuiltFromTheirParts() {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, address);
        QCOMPARE(
            SharedWorkshopDialog::buildAddress(host, port, u"vsm"_s, user, u"Q 3"_s).toString(),
            address);
        // The dialog reads an address it built back into the same parts.
        SharedWorkshopDialog dialog(SharedWorkshopDialog::Purpose::Open, {});
        dialog.fill(address);
        QCOMPARE(dialog.address().toString(), address);
    }

    void recentAddressesKeepNoPassword() {
        QSettings().clear();
        SharedWorkshopDialog::remember(u"postgresql://ann@h/vsm?workshop=A"_s);
        SharedWorkshopDialog::remember(u"postgresql://ann:secret@h/vsm?workshop=B"_s);
        SharedWorkshopDialog::remember(u"postgresql://ann@h/vsm?workshop=A"_s);
        QCOMPARE(SharedWorkshopDialog::recent(),
                 QStringList({u"postgresql://ann@h/vsm?workshop=A"_s,
                              u"postgresql://ann@h/vsm?workshop=B"_s}));
        for (int i = 0; i < 12; ++i)
            SharedWorkshopDialog::remember(u"postgresql://h/vsm?workshop=%1"_s.arg(i));
        QCOMPARE(SharedWorkshopDialog::recent().size(), 10);
        QCOMPARE(SharedWorkshopDialog::recent().first(), u"postgresql://h/vsm?workshop=11"_s);
    }

    void thePasswordPromptOpensTheWorkshop() {
        LockedBackend backend;
        stores::addBackend(&backend);
        {
            MainWindow window;
            answerPrompt({}); // cancelled: nothing opens, nothing is kept
            QVERIFY(!window.openAddress(u"locked://W"_s));
            QVERIFY(backend.passwordsGiven.isEmpty());
            answerPrompt(u"sesame"_s);
            QVERIFY(window.openAddress(u"locked://W"_s));
            QCOMPARE(backend.passwordsGiven, QStringList{u"sesame"_s});
            QVERIFY(window.windowTitle().startsWith(u"W — Current state"_s));
        }
        stores::removeBackend(&backend);
        // The settings hold the address, never the password.
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"sesame"_s), qPrintable(key));
    }

    void theDialogListsTheDatabasesWorkshops() {
        if (!serverMissing.isEmpty())
            QSKIP(qPrintable(serverMissing));
        Workshop workshop;
        workshop.maps = {test::smallMap(1)};
        for (const QString& name : {u"Kaizen"_s, u"Checkout"_s})
            QVERIFY(stores::create(server.url(u"vsm"_s) + u"?workshop="_s + name, workshop));
        SharedWorkshopDialog dialog(SharedWorkshopDialog::Purpose::Open, {});
        dialog.fill(server.url(u"vsm"_s) + u"?workshop=x"_s);
        dialog.findChild<QComboBox*>(u"workshop"_s)->setEditText({});
        dialog.listWorkshops();
        auto* names = dialog.findChild<QComboBox*>(u"workshop"_s);
        QCOMPARE(names->count(), 2);
        QCOMPARE(names->itemText(0), u"Checkout"_s);
        QCOMPARE(names->itemText(1), u"Kaizen"_s);
        QCOMPARE(names->currentText(), u"Checkout"_s);
        QCOMPARE(dialog.findChild<QLabel*>(u"status"_s)->text(),
                 u"The database holds 2 workshop(s)."_s);
    }

    void theWindowSaysWhoChangedWhatItShowsNow() {
        if (!serverMissing.isEmpty())
            QSKIP(qPrintable(serverMissing));
        const QString url = server.url(u"vsm"_s) + u"?workshop=Told"_s;
        Workshop workshop;
        workshop.maps = {test::smallMap(1)};
        QVERIFY(stores::create(url, workshop));
        MainWindow window;
        QVERIFY(window.openAddress(url));
        QCOMPARE(SharedWorkshopDialog::recent().first(), url);
        {
            files::OpenedDocument other = files::open(url);
            QVERIFY(other);
            Stage stage = *other.document->map(1)->find<Stage>(u"b"_s);
            const Stage before = stage;
            stage.name = u"Build (Bob)"_s;
            other.document->apply(op::ReplaceElement{1, before, stage});
            QVERIFY(other.document->flush());
        }
        Document* doc = window.document();
        Stage stage = *doc->map(1)->find<Stage>(u"b"_s);
        stage.name = u"Build (Ann)"_s;
        QVERIFY(doc->push(commands::changeElement(doc, 1, stage, u"name"_s).release()));
        QCOMPARE(doc->map(1)->find<Stage>(u"b"_s)->name, u"Build (Bob)"_s);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>()) != nullptr);
        QCOMPARE(box->windowTitle(), u"Changed by another facilitator"_s);
        QVERIFY2(box->text().startsWith(u"Your change was not saved: stage “Build (Bob)” was "
                                        u"changed by streamboard@"_s),
                 qPrintable(box->text()));
        box->close();
    }

    void sharingCopiesTheWorkshopAndContinuesThere() {
        if (!serverMissing.isEmpty())
            QSKIP(qPrintable(serverMissing));
        Workshop workshop;
        workshop.maps = {test::smallMap(1)};
        files::OpenedDocument opened = files::createUntitled(workshop, u"Local"_s);
        QVERIFY(opened);
        const QString file = opened.document->store()->address().toString();
        const QString url = server.url(u"vsm"_s) + u"?workshop=Shared"_s;
        StoreError kind = StoreError::None;
        QString error;
        QVERIFY2(files::share(*opened.document, url, &kind, &error), qPrintable(error));
        QCOMPARE(opened.document->store()->address().toString(), url);
        QVERIFY(!QFile::exists(file)); // the untitled file is not left behind
        // Sharing again under that name is refused: a shared workshop is never replaced.
        QVERIFY(!files::share(*opened.document, url, &kind, &error));
        QCOMPARE(kind, StoreError::CannotWrite);
        // Edits go to the server from now on.
        Stage stage = *opened.document->map(1)->find<Stage>(u"b"_s);
        stage.name = u"Build on the server"_s;
        const Operation rename =
            op::ReplaceElement{1, *opened.document->map(1)->find<Stage>(u"b"_s), stage};
        opened.document->apply(rename);
        QVERIFY(opened.document->flush());
        const OpenedStore reread = stores::open(url, OpenMode::ReadOnly);
        QVERIFY(reread);
        QCOMPARE(reread.workshop.map(1)->find<Stage>(u"b"_s)->name, u"Build on the server"_s);
    }

    // File → Share on a server… continues on the server and follows it as an opened shared
    // workshop does: another facilitator's change there shows in the window.
    void aWorkshopSharedFromTheWindowFollowsTheOthers() {
        if (!serverMissing.isEmpty())
            QSKIP(qPrintable(serverMissing));
        const QString url = server.url(u"vsm"_s) + u"?workshop=Followed"_s;
        Workshop workshop;
        workshop.maps = {test::smallMap(1)};
        const QString file = dir.filePath(u"followed.vsmap"_s);
        QVERIFY(stores::create(file, workshop));
        MainWindow window;
        QVERIFY(window.openFile(file));
        QTimer::singleShot(0, [url] {
            auto* dialog = qobject_cast<SharedWorkshopDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->fill(url);
            dialog->accept();
        });
        window.findChild<QAction*>(u"shareOnServer"_s)->trigger();
        const QString shared = window.document()->store()->address().toString();
        QVERIFY2(shared.startsWith(u"postgresql://"_s) && shared.endsWith(u"?workshop=Followed"_s),
                 qPrintable(shared));

        files::OpenedDocument other = files::open(url);
        QVERIFY(other);
        Stage stage = *other.document->map(1)->find<Stage>(u"b"_s);
        const Stage before = stage;
        stage.name = u"Renamed by Bob"_s;
        other.document->apply(op::ReplaceElement{1, before, stage});
        QVERIFY(other.document->flush());
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->map(1)->find<Stage>(u"b"_s)->name,
                                  u"Renamed by Bob"_s, 2000);
    }
};

STREAMBOARD_TEST_MAIN(TestSharedWorkshops)
} // namespace tst_shared_workshops
#include "tst_shared_workshops.moc"
