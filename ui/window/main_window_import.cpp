#include "main_window.h"
#include "opening_progress.h"
#include "recent_files.h"
#include "store/json_interchange.h"
#include "store/workshop_files.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace sb {

namespace {
MainWindow::ReopenChooser& defaultReopenChooser() {
    static MainWindow::ReopenChooser chooser;
    return chooser;
}
} // namespace

void MainWindow::setDefaultReopenChooser(ReopenChooser chooser) {
    defaultReopenChooser() = std::move(chooser);
}

// An interchange file becomes a workshop in the data folder. Opened again unchanged, the
// workshop made from it is offered first, so the folder does not fill with silent copies; a copy
// asked for is named one ("NAME (copy)"), and a changed file makes a new workshop at once.
bool MainWindow::importJson(const QString& path) {
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    QString error;
    QByteArray content;
    std::optional<Workshop> workshop;
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
    } else {
        content = file.read(json::maxFileBytes + 1); // more is refused, not read
        workshop = json::read(content, &error);
    }
    if (!workshop) {
        QMessageBox::warning(this, tr("Cannot import %1").arg(fileName), error);
        return false;
    }

    const std::optional<JsonImport> before = JsonImports::find(path);
    const bool unchanged = before && before->hash == JsonImports::hashOf(content);
    if (unchanged) {
        const ReopenChoice choice = m_reopenChooser          ? m_reopenChooser(*before)
                                    : defaultReopenChooser() ? defaultReopenChooser()(*before)
                                                             : askReopen(*before);
        if (choice == ReopenChoice::Cancel)
            return false;
        if (choice == ReopenChoice::OpenExisting) {
            const Store* open = m_document ? m_document->store() : nullptr;
            const bool alreadyHere = open && open->address().isSameAs(before->workshop);
            if (!alreadyHere && !openFile(before->workshop))
                return false;
            RecentFiles::add(before->workshop);
            return true;
        }
    }

    const QString base = QFileInfo(path).completeBaseName();
    files::OpenedDocument created = unchanged ? files::createUntitledCopy(*workshop, base)
                                              : files::createUntitled(*workshop, base);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot import %1").arg(fileName), created.errorString);
        return false;
    }
    const QString made = created.document->store()->address().toString();
    OpeningProgress progress(this, fileName, m_openingProgressDelay);
    if (!showOpened(std::move(created.document), progress, true))
        return false; // cancelled: the new file is gone again
    RecentFiles::add(made);
    const QString name = QFileInfo(made).completeBaseName();
    if (unchanged) {
        statusBar()->showMessage(tr("Made “%1”, a new copy of %2. The workshop made from it "
                                    "before is under File → Open recent.")
                                     .arg(name, fileName),
                                 10000);
        return true;
    }
    if (before)
        statusBar()->showMessage(
            tr("%1 changed since the workshop made from it on %2: made “%3” from the changed "
               "file.")
                .arg(fileName, QLocale().toString(before->made, QLocale::ShortFormat), name),
            10000);
    JsonImports::remember(path, content, made);
    return true;
}

MainWindow::ReopenChoice MainWindow::askReopen(const JsonImport& previous) {
    const QString fileName = QFileInfo(previous.source).fileName();
    const QString date = QLocale().toString(previous.made, QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Question, tr("Opened before"),
                    tr("A workshop was made from %1 on %2, and the file has not changed since.")
                        .arg(fileName, date),
                    QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("Open that workshop to go on where you left off, or make a new copy from the file."));
    QPushButton* open = box.addButton(tr("Open the workshop made from it on %1").arg(date),
                                      QMessageBox::AcceptRole);
    QPushButton* copy = box.addButton(tr("Make a new copy"), QMessageBox::ActionRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        return ReopenChoice::OpenExisting;
    if (box.clickedButton() == copy)
        return ReopenChoice::NewCopy;
    return ReopenChoice::Cancel;
}

} // namespace sb
