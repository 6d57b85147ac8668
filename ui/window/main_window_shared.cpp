#include "main_window.h"
#include "opening_progress.h"
#include "shared_workshop_dialog.h"
#include "shared_workshop_status.h"
#include "store/workshop_files.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>

// Shared workshops on a server: File → Open shared workshop…, File → Share on a server…, and
// the password prompt when the server wants one.

namespace sb {

bool MainWindow::askPassword(const WorkshopAddress& address, const QString& reason) {
    bool given = false;
    const QString password =
        QInputDialog::getText(this, tr("Password"),
                              tr("%1\n\nPassword for %2 (used for this session only, never saved):")
                                  .arg(reason, address.toDisplayString()),
                              QLineEdit::Password, {}, &given);
    if (!given)
        return false;
    stores::usePassword(address, password);
    return true;
}

bool MainWindow::openAddress(const WorkshopAddress& address) {
    if (const Store* store = m_document ? m_document->store() : nullptr;
        store && store->address().isSameAs(address)) {
        statusBar()->showMessage(
            tr("%1 is open in this window already.").arg(store->displayName()));
        return true;
    }
    const QString shown = address.toDisplayString();
    std::optional<OpeningProgress> progress;
    files::OpenedDocument opened;
    QString reason;
    for (;;) {
        progress.emplace(this, shown, m_openingProgressDelay);
        opened = files::open(address, OpenMode::ReadWrite, [&progress](qint64 done, qint64 total) {
            return progress->reading(done, total);
        });
        if (opened.error != StoreError::NeedsPassword)
            break;
        progress.reset();
        if (!askPassword(address, opened.errorString))
            return false;
    }
    if (opened.error == StoreError::Cancelled)
        return false;
    if (!opened) {
        progress.reset();
        QMessageBox::warning(this, tr("Cannot open %1").arg(shown), opened.errorString);
        return false;
    }
    if (!showOpened(std::move(opened.document), *progress, false))
        return false;
    SharedWorkshopDialog::remember(address);
    if (m_document->isReadOnly())
        statusBar()->showMessage(
            tr("Opened read-only: this server does not let you change the workshop."));
    return true;
}

void MainWindow::chooseSharedWorkshop() {
    SharedWorkshopDialog dialog(SharedWorkshopDialog::Purpose::Open, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        openAddress(dialog.address());
}

void MainWindow::shareOnServer() {
    if (!m_document)
        return;
    const Store* store = m_document->store();
    SharedWorkshopDialog dialog(SharedWorkshopDialog::Purpose::Share,
                                store ? store->displayName() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WorkshopAddress address = dialog.address();
    StoreError kind = StoreError::None;
    QString error;
    while (!files::share(*m_document, address, &kind, &error)) {
        if (kind != StoreError::NeedsPassword || !askPassword(address, error)) {
            if (kind != StoreError::NeedsPassword)
                QMessageBox::warning(this, tr("Cannot share on %1").arg(address.toDisplayString()),
                                     error);
            return;
        }
    }
    SharedWorkshopDialog::remember(address);
    m_shared->follow(m_document.get()); // the new store's changes from others, its presence
    updateTitle();
    updateStatus();
    updateActions();
    statusBar()->showMessage(tr("Shared as %1. Every change is written there from now on.")
                                 .arg(address.toDisplayString()),
                             8000);
}

} // namespace sb
