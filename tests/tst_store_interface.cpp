// The store interface without SQLite: a backend kept in memory opens, creates, copies, writes
// and closes workshops, and the Document, workshop_files and the window work on it unchanged
// (README, Reference, "Where workshops live").
#include "commands/commands.h"
#include "model/document.h"
#include "store/store_backend.h"
#include "store/workshop_files.h"
#include "test_main.h"
#include "test_workshops.h"
#include "window/main_window.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace tst_store_interface {

using namespace sb;
using namespace Qt::Literals::StringLiterals;

class MemoryBackend;

// A workshop held by MemoryBackend: every write replaces the stored workshop.
class MemoryStore : public Store {
public:
    MemoryStore(MemoryBackend& backend, const QString& address, bool readOnly, MapUid lastUid);
    ~MemoryStore() override;

    WorkshopAddress address() const override { return m_address; }
    bool isReadOnly() const override { return m_readOnly; }
    QString displayName() const override { return m_address.section(u'/', -1); }
    bool write(const Journal& journal, const Workshop& workshop) override;
    bool copyTo(const WorkshopAddress& address) override;
    MapUid nextMapUid() override { return ++m_lastUid; }
    QString errorString() const override { return m_error; }

private:
    MemoryBackend& m_backend;
    QString m_address;
    bool m_readOnly;
    MapUid m_lastUid;
    QString m_error;
};

// Takes "memory://…" addresses; one writer per workshop, as with files.
class MemoryBackend : public StoreBackend {
public:
    QMap<QString, Workshop> saved;
    QSet<QString> writers;
    int writes = 0;

    MemoryBackend() { stores::addBackend(this); }
    ~MemoryBackend() override { stores::removeBackend(this); }

    bool takes(const WorkshopAddress& address) const override {
        return address.scheme() == u"memory"_s;
    }

    OpenedStore open(const WorkshopAddress& address, OpenMode mode,
                     const LoadProgress& progress) override {
        const QString key = address.toString();
        if (!saved.contains(key))
            return failed(StoreError::NotFound, u"no such workshop"_s);
        if (mode == OpenMode::ReadWrite && writers.contains(key))
            return failed(StoreError::LockedByOther, u"open elsewhere"_s);
        const Workshop& workshop = saved[key];
        const qint64 total = workshop.maps.size();
        for (qint64 done = 0; done <= total; ++done)
            if (progress && !progress(done, total))
                return failed(StoreError::Cancelled, {});
        MapUid last = 0;
        for (const Map& m : workshop.maps)
            last = std::max(last, m.uid);
        const bool readOnly = mode == OpenMode::ReadOnly;
        if (!readOnly)
            writers.insert(key);
        return {std::make_unique<MemoryStore>(*this, key, readOnly, last),
                workshop,
                StoreError::None,
                {}};
    }

    OpenedStore create(const WorkshopAddress& address, const Workshop& workshop,
                       bool overwrite) override {
        const QString key = address.toString();
        if (saved.contains(key) && (!overwrite || writers.contains(key)))
            return failed(StoreError::CannotWrite, u"exists already"_s);
        saved[key] = workshop;
        return open(address, OpenMode::ReadWrite, {});
    }

private:
    static OpenedStore failed(StoreError error, const QString& message) {
        OpenedStore result;
        result.error = error;
        result.errorString = message;
        return result;
    }
};

MemoryStore::MemoryStore(MemoryBackend& backend, const QString& address, bool readOnly,
                         MapUid lastUid)
    : m_backend(backend)
    , m_address(address)
    , m_readOnly(readOnly)
    , m_lastUid(lastUid) {}

MemoryStore::~MemoryStore() {
    if (!m_readOnly)
        m_backend.writers.remove(m_address);
}

bool MemoryStore::write(const Journal&, const Workshop& workshop) {
    if (m_readOnly) {
        m_error = u"read-only"_s;
        return false;
    }
    m_backend.saved[m_address] = workshop;
    ++m_backend.writes;
    return true;
}

bool MemoryStore::copyTo(const WorkshopAddress& address) {
    if (!m_backend.takes(address) || m_backend.writers.contains(address.toString())) {
        m_error = u"cannot copy there"_s;
        return false;
    }
    m_backend.saved[address.toString()] = m_backend.saved[m_address];
    return true;
}

class TestStoreInterface : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static Workshop smallWorkshop() {
        Workshop w;
        w.maps = {test::smallMap()};
        return w;
    }

    static Stage renamed(const Document& doc, const QString& name) {
        Stage s = doc.map(1)->stages[0];
        s.name = name;
        return s;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void eachAddressGoesToTheBackendThatTakesIt() {
        MemoryBackend memory;
        OpenedStore created = stores::create(u"memory://team/shop"_s, smallWorkshop());
        QVERIFY2(created, qPrintable(created.errorString));
        QVERIFY(dynamic_cast<MemoryStore*>(created.store.get()));
        QCOMPARE(created.store->address(), WorkshopAddress(u"memory://team/shop"_s));
        QCOMPARE(created.store->displayName(), u"shop"_s);
        QCOMPARE(memory.saved.value(u"memory://team/shop"_s), smallWorkshop());

        // A path without a scheme is a file, whichever backends are added.
        const QString path = m_dir.filePath(u"plain.vsmap"_s);
        OpenedStore file = stores::create(path, smallWorkshop());
        QVERIFY2(file, qPrintable(file.errorString));
        QVERIFY(!dynamic_cast<MemoryStore*>(file.store.get()));
        QCOMPARE(file.store->address(), WorkshopAddress(path));
        QCOMPARE(memory.saved.size(), 1);
    }

    void addressesNameTheSameWorkshop() {
        QVERIFY(WorkshopAddress(u"memory://a"_s).isSameAs(u"memory://a"_s));
        QVERIFY(!WorkshopAddress(u"memory://a"_s).isSameAs(u"memory://b"_s));
        QVERIFY(!WorkshopAddress(u"memory://a"_s).isSameAs(u"a"_s));
        QCOMPARE(WorkshopAddress(u"MEMORY://a"_s).scheme(), u"memory"_s);
        QCOMPARE(WorkshopAddress(m_dir.filePath(u"w.vsmap"_s)).scheme(), QString());
        // Files that do not exist yet: by their absolute paths.
        const QString path = m_dir.filePath(u"w.vsmap"_s);
        QVERIFY(WorkshopAddress(path).isSameAs(m_dir.filePath(u"sub/../w.vsmap"_s)));
        QVERIFY(!WorkshopAddress(path).isSameAs(m_dir.filePath(u"v.vsmap"_s)));
        // Existing files: through their canonical paths, so a link names the file it points to.
        QVERIFY(stores::create(path, smallWorkshop()));
        const QString link = m_dir.filePath(u"link.vsmap"_s);
        QVERIFY(QFile::link(path, link));
        QVERIFY(WorkshopAddress(link).isSameAs(path));
    }

    void openReportsTheNeutralErrors() {
        MemoryBackend memory;
        OpenedStore missing = stores::open(u"memory://none"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error, StoreError::NotFound);
        QCOMPARE(missing.errorString, u"no such workshop"_s);

        QVERIFY(stores::create(u"memory://shop"_s, smallWorkshop()));
        // Created and closed again at once: a second writer is welcome now.
        OpenedStore writer = stores::open(u"memory://shop"_s);
        QVERIFY(writer);
        QVERIFY(!writer.store->isReadOnly());
        QCOMPARE(writer.workshop, smallWorkshop());

        OpenedStore second = stores::open(u"memory://shop"_s, OpenMode::ReadWrite);
        QCOMPARE(second.error, StoreError::LockedByOther);
        OpenedStore reader = stores::open(u"memory://shop"_s, OpenMode::ReadOnly);
        QVERIFY(reader);
        QVERIFY(reader.store->isReadOnly());

        OpenedStore replaced = stores::create(u"memory://shop"_s, {}, true);
        QCOMPARE(replaced.error, StoreError::CannotWrite);

        QList<qint64> heard;
        OpenedStore stopped =
            stores::open(u"memory://shop"_s, OpenMode::ReadOnly, [&heard](qint64 done, qint64) {
                heard.append(done);
                return done < 1;
            });
        QCOMPARE(stopped.error, StoreError::Cancelled);
        QCOMPARE(heard, (QList<qint64>{0, 1}));
    }

    void theDocumentWritesEveryCommandAndClosingReleasesTheWorkshop() {
        MemoryBackend memory;
        memory.saved[u"memory://shop"_s] = smallWorkshop();
        {
            files::OpenedDocument opened = files::open(u"memory://shop"_s);
            QVERIFY2(opened, qPrintable(opened.errorString));
            Document& doc = *opened.document;
            QVERIFY(doc.push(commands::changeElement(&doc, 1, renamed(doc, u"Queue"_s)).release()));
            QCOMPARE(memory.writes, 1);
            QCOMPARE(memory.saved[u"memory://shop"_s].maps[0].stages[0].name, u"Queue"_s);
            doc.undoStack()->undo();
            QCOMPARE(memory.writes, 2);
            QCOMPARE(memory.saved[u"memory://shop"_s], smallWorkshop());
            QCOMPARE(doc.newMapUid(), MapUid(2));
            QCOMPARE(files::open(u"memory://shop"_s).error, StoreError::LockedByOther);
        }
        QVERIFY(memory.writers.isEmpty());
        QVERIFY(files::open(u"memory://shop"_s));
    }

    void saveAsCopiesAndContinuesOnTheCopy() {
        MemoryBackend memory;
        memory.saved[u"memory://shop"_s] = smallWorkshop();
        files::OpenedDocument opened = files::open(u"memory://shop"_s);
        QVERIFY(opened);
        Document& doc = *opened.document;
        QVERIFY(doc.push(commands::changeElement(&doc, 1, renamed(doc, u"Before"_s)).release()));

        QString error;
        QVERIFY2(files::saveAs(doc, u"memory://copy"_s, &error), qPrintable(error));
        QCOMPARE(doc.store()->address(), WorkshopAddress(u"memory://copy"_s));
        QCOMPARE(doc.store()->displayName(), u"copy"_s);
        QCOMPARE(memory.writers, QSet<QString>{u"memory://copy"_s});
        QCOMPARE(memory.saved[u"memory://copy"_s].maps[0].stages[0].name, u"Before"_s);

        QVERIFY(doc.push(commands::changeElement(&doc, 1, renamed(doc, u"After"_s)).release()));
        QCOMPARE(memory.saved[u"memory://copy"_s].maps[0].stages[0].name, u"After"_s);
        QCOMPARE(memory.saved[u"memory://shop"_s].maps[0].stages[0].name, u"Before"_s);

        // Onto a workshop another writer holds: refused, and the document stays where it was.
        memory.saved[u"memory://busy"_s] = {};
        OpenedStore other = stores::open(u"memory://busy"_s);
        QVERIFY(other);
        QVERIFY(!files::saveAs(doc, u"memory://busy"_s, &error));
        QCOMPARE(error, u"cannot copy there"_s);
        QCOMPARE(doc.store()->address(), WorkshopAddress(u"memory://copy"_s));
    }

    void theWindowOpensAndEditsAWorkshopOfAnyBackend() {
        MemoryBackend memory;
        memory.saved[u"memory://team/shop"_s] = smallWorkshop();
        {
            MainWindow window;
            QVERIFY(window.openFile(u"memory://team/shop"_s));
            QCOMPARE(window.document()->store()->address(),
                     WorkshopAddress(u"memory://team/shop"_s));
            QCOMPARE(window.windowTitle(), u"shop — Current state — Streamboard"_s);

            const Id step = window.addStep();
            QVERIFY(!step.isEmpty());
            const Map& stored = memory.saved[u"memory://team/shop"_s].maps[0];
            QCOMPARE(stored.steps.size(), 3);
            QCOMPARE(stored.steps[2].id, step);
            QCOMPARE(memory.saved[u"memory://team/shop"_s], window.document()->workshop());

            // The workshop open in this window already: nothing opened again.
            QVERIFY(window.openFile(u"memory://team/shop"_s));
            QCOMPARE(memory.writers, QSet<QString>{u"memory://team/shop"_s});

            // Another workshop of the same backend replaces it in the window.
            memory.saved[u"memory://team/other"_s] = smallWorkshop();
            QVERIFY(window.openFile(u"memory://team/other"_s));
            QCOMPARE(window.document()->store()->address(),
                     WorkshopAddress(u"memory://team/other"_s));
            QCOMPARE(memory.writers, QSet<QString>{u"memory://team/other"_s});
        }
        // Closing the window closes the workshop and leaves it where it was.
        QVERIFY(memory.writers.isEmpty());
        QCOMPARE(memory.saved[u"memory://team/shop"_s].maps[0].steps.size(), 3);
    }
};

} // namespace tst_store_interface

STREAMBOARD_TEST_MAIN(tst_store_interface::TestStoreInterface)
#include "tst_store_interface.moc"
