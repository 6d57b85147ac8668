#pragma once

#include "model/document.h"

#include <QMainWindow>

#include <memory>

class QTreeWidget;
class QLabel;

namespace sb {

// The application window. Shows the open workshop as an outline of its maps for now; every
// change reaches the file as soon as it is made, so there is nothing to "save".
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow();
    ~MainWindow() override;

    // Opens a .vsmap (offering read-only when another Streamboard has it open) or imports an
    // interchange .json into a new workshop. Shows a message and returns false on failure.
    bool openFile(const QString& path);
    Document* document() const { return m_document.get(); }

private:
    void newWorkshop();
    void chooseFileToOpen();
    void saveAs();
    void setDocument(std::unique_ptr<Document> document);
    void refresh();
    void createMenus();

    std::unique_ptr<Document> m_document;
    QTreeWidget* m_outline = nullptr;
    QLabel* m_fileLabel = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QMenu* m_editMenu = nullptr;
};

} // namespace sb
