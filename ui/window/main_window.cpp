#include "main_window.h"

#include "model/duration.h"
#include "store/json_interchange.h"
#include "store/workshop_files.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const QStringList& columns) {
    auto* item = new QTreeWidgetItem(parent, columns);
    return item;
}

} // namespace

MainWindow::MainWindow() {
    m_outline = new QTreeWidget(this);
    m_outline->setHeaderLabels({tr("Element"), tr("Owner"), tr("Process time"), tr("Lead time"),
                                tr("%C&A")});
    m_outline->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outline->setAlternatingRowColors(true);
    setCentralWidget(m_outline);
    m_fileLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_fileLabel);
    createMenus();
    resize(1100, 720);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workshop"), QKeySequence::New, this, &MainWindow::newWorkshop);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFileToOpen);
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
}

void MainWindow::setDocument(std::unique_ptr<Document> document) {
    if (m_undo) {
        m_editMenu->removeAction(m_undo);
        m_editMenu->removeAction(m_redo);
        delete m_undo;
        delete m_redo;
    }
    m_document = std::move(document);
    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    connect(m_document.get(), &Document::commandFinished, this, &MainWindow::refresh);
    connect(m_document.get(), &Document::storeFailed, this, [this](const QString& message) {
        QMessageBox::critical(this, tr("Could not write the workshop file"),
                              tr("Your last change is kept in memory and will be written with "
                                 "the next one.\n\n%1")
                                  .arg(message));
    });
    refresh();
}

bool MainWindow::openFile(const QString& path) {
    if (QFileInfo(path).suffix().toLower() == u"json") {
        QFile file(path);
        QString error;
        std::optional<Workshop> workshop;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else
            workshop = json::read(file.readAll(), &error);
        files::OpenedDocument created;
        if (workshop) {
            created = files::createUntitled(*workshop);
            error = created.errorString;
        }
        if (!created) {
            QMessageBox::warning(this, tr("Cannot import %1").arg(QFileInfo(path).fileName()),
                                 error);
            return false;
        }
        setDocument(std::move(created.document));
        return true;
    }
    files::OpenedDocument opened = files::open(path);
    if (opened.error == SqliteStore::OpenError::LockedByOther) {
        const auto answer = QMessageBox::question(
            this, tr("Workshop already open"),
            tr("%1 is open in another Streamboard window. Open a read-only view of it?")
                .arg(QFileInfo(path).fileName()));
        if (answer != QMessageBox::Yes)
            return false;
        opened = files::open(path, SqliteStore::Mode::ReadOnly);
    }
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                             opened.errorString);
        return false;
    }
    setDocument(std::move(opened.document));
    return true;
}

void MainWindow::newWorkshop() {
    Workshop workshop;
    Map map;
    map.uid = 1;
    map.info.name = tr("Current state");
    workshop.maps.append(map);
    files::OpenedDocument created = files::createUntitled(workshop);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create a workshop"), created.errorString);
        return;
    }
    setDocument(std::move(created.document));
}

void MainWindow::chooseFileToOpen() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workshop"), {},
        tr("Workshops (*.vsmap);;Interchange JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveAs() {
    if (!m_document)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save workshop as"), {},
                                                tr("Workshops (*.vsmap)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".vsmap"_s;
    QString error;
    if (!files::saveAs(*m_document, path, &error))
        QMessageBox::warning(this, tr("Cannot save as %1").arg(QFileInfo(path).fileName()),
                             error);
    refresh();
}

void MainWindow::refresh() {
    m_outline->clear();
    if (!m_document) {
        setWindowTitle(tr("Streamboard"));
        m_fileLabel->clear();
        return;
    }
    const Store* store = m_document->store();
    const QString name = store ? store->displayName() : tr("Workshop");
    setWindowTitle(m_document->isReadOnly() ? tr("%1 (read-only) — Streamboard").arg(name)
                                            : tr("%1 — Streamboard").arg(name));
    if (const auto* file = dynamic_cast<const SqliteStore*>(store))
        m_fileLabel->setText(file->path());
    for (const Map& map : m_document->workshop().maps) {
        const double dayHours = map.info.settings.workingDayHours;
        auto* mapItem = new QTreeWidgetItem(m_outline, {map.info.name});
        QFont bold = mapItem->font(0);
        bold.setBold(true);
        mapItem->setFont(0, bold);
        for (const Stream& stream : map.streams) {
            auto* streamItem = addRow(mapItem, {stream.name, map.nameOf(stream.owner)});
            for (const Stage& stage : map.stages) {
                if (stage.stream != stream.id)
                    continue;
                QTreeWidgetItem* row = addRow(
                    streamItem, {stage.name, stage.owner.isEmpty() ? QString()
                                                                   : map.nameOf(stage.owner),
                                 duration::format(stage.processTime, dayHours),
                                 duration::format(stage.leadTime, dayHours),
                                 QLocale().toString(stage.pctCA) + u'%'});
                if (!stage.owner.isEmpty())
                    row->setForeground(1, map.teamColor(stage.owner));
            }
        }
        mapItem->setExpanded(true);
    }
    m_outline->expandAll();
}

} // namespace sb
