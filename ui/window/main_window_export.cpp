// File → Export and File → Print: both draw the current map with the exporter's renderer.
#include "canvas/map_scene.h"
#include "export_dialog.h"
#include "main_window.h"
#include "store/store.h"

#include <QDir>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {
QString workshopName(const Document& document) {
    return document.store() ? document.store()->displayName() : QString();
}
} // namespace

void MainWindow::exportMap() {
    if (!m_document || !m_document->map(m_currentMap))
        return;
    canvas::MapScene* scene = currentScene();
    ExportDialog dialog(m_document.get(), m_currentMap,
                        scene ? scene->selectedElements() : QList<commands::ElementRef>(),
                        workshopName(*m_document), this);
    connect(&dialog, &ExportDialog::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    dialog.exec();
}

void MainWindow::printMap() {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(map->info.name);
    printer.setPageOrientation(QPageLayout::Landscape); // maps are wider than tall
    printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print “%1”").arg(map->info.name));
    if (dialog.exec() != QDialog::Accepted)
        return;
    exporting::ExportOptions options =
        exporting::ExportOptions::defaultsFor(exporting::Format::Pdf);
    options.workshopName = workshopName(*m_document);
    options.date = QDate::currentDate();
    if (!sb::printMap(&printer, m_document.get(), m_currentMap, options)) {
        QMessageBox::warning(this, tr("Cannot print"),
                             tr("“%1” could not be sent to the printer.").arg(map->info.name));
        return;
    }
    statusBar()->showMessage(tr("Printed “%1”").arg(map->info.name), 8000);
}

} // namespace sb
