#include "canvas/map_scene.h"
#include "commands/work_item_import.h"
#include "main_window.h"
#include "work_item_dialog.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace sb {

Id MainWindow::streamForMenu() const {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map || map->streams.isEmpty())
        return {};
    if (canvas::MapScene* scene = currentScene())
        for (const commands::ElementRef& ref : scene->selectedElements()) {
            if (ref.kind == ElementKind::Stream)
                return ref.key;
            if (ref.kind == ElementKind::Stage)
                if (const Stage* stage = map->find<Stage>(ref.key))
                    return stage->stream;
        }
    return map->streams.first().id;
}

void MainWindow::importWorkItemsFromMenu() {
    const Map* map = m_document ? m_document->map(m_currentMap) : nullptr;
    if (!map)
        return;
    if (map->streams.isEmpty()) {
        QMessageBox::information(this, tr("Import work items"),
                                 tr("The map has no stream yet: add one first (Map → Add "
                                    "customer stream)."));
        return;
    }
    WorkItemDialog dialog(*map, streamForMenu(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    bool ok = false;
    const QString message =
        importWorkItems(dialog.stream(), dialog.filePath(), dialog.setup(), dialog.replace(), &ok);
    if (ok)
        statusBar()->showMessage(message, 10000);
    else
        QMessageBox::warning(
            this, tr("Cannot import %1").arg(QFileInfo(dialog.filePath()).fileName()), message);
}

QString MainWindow::importWorkItems(const Id& stream, const QString& path,
                                    const WorkItemSetup& setup, bool replace, bool* ok) {
    *ok = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
    WorkItemImport import =
        sb::importWorkItems(m_document.get(), m_currentMap, stream, file.readAll(), setup, replace);
    if (import.failed())
        return import.error.line > 0
                   ? tr("Line %1: %2").arg(import.error.line).arg(import.error.message)
                   : import.error.message;
    if (import.command && !m_document->push(import.command.release()))
        return tr("The workshop is read-only.");
    *ok = true;
    const Map* map = m_document->map(m_currentMap);
    const QString name =
        map && map->find<Stream>(stream) ? map->find<Stream>(stream)->name : stream;
    QString message = import.read == 1
                          ? tr("Read 1 work item into “%1”.").arg(name)
                          : tr("Read %1 work items into “%2”.").arg(import.read).arg(name);
    for (const auto& [type, count] : import.unmappedTypes)
        message +=
            u' ' +
            (count == 1
                 ? tr("Type “%1” is not mapped: 1 item counts as features.").arg(type)
                 : tr("Type “%1” is not mapped: %2 items count as features.").arg(type).arg(count));
    return message;
}

} // namespace sb
