#pragma once

#include "catalog/catalog_sync.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sb {

// Map → Sync with catalog…: choose a Backstage catalog (a descriptor file or a folder), see
// what the sync would add, change and remove on the map, then sync as one undo entry.
class CatalogSyncDialog : public QDialog {
    Q_OBJECT
public:
    CatalogSyncDialog(Document* doc, MapUid map, QWidget* parent = nullptr);

    // Reads the catalog at path and shows what syncing with it would change.
    void setCatalogPath(const QString& path);
    void setRemoveMissing(bool remove);
    // The sync, planned again on the map as it is now; nullptr when it changes nothing or fails.
    commands::CommandPtr takeCommand();
    // "2 added, 1 changed, 0 removed, 3 ignored" of the last preview.
    QString totals() const { return m_totals; }

    void accept() override;

private:
    void chooseFolder();
    void chooseFile();
    void refresh();
    catalog::SyncResult plan(QString* error) const;

    Document* m_doc;
    MapUid m_map;
    QLineEdit* m_path;
    QCheckBox* m_removeMissing;
    QPlainTextEdit* m_preview;
    QLabel* m_summary;
    QPushButton* m_sync;
    QString m_totals;
};

} // namespace sb
