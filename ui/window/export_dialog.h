#pragma once

#include "commands/commands.h"
#include "export/export_options.h"
#include "export/export_progress.h"
#include "model/document.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPainter;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTimer;

namespace sb {

namespace exporting {
class MapRenderer;
} // namespace exporting

// File → Export: the format (from a combo or the file name's extension), the options that apply
// to it, what part of the map, a live preview and the reason when the options cannot be
// exported. The options are remembered (QSettings group "export") after each export.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Document* document, MapUid map, QList<commands::ElementRef> selection,
                 QString workshopName, QWidget* parent = nullptr);

    // What the fields ask for: only the options that apply to the chosen format are set.
    exporting::ExportOptions options() const;
    // The file to write, with the format's extension added when it has none.
    QString path() const;
    // As if typed or chosen with "Choose file…": a known extension switches the format.
    void setPath(const QString& path);

    // Writes the file behind a progress dialog that can cancel it; a failure is shown in a
    // message box. Emits exported and closes the dialog on success.
    exporting::ExportResult exportNow();

signals:
    void exported(const QString& path);

private:
    void buildForm(QFormLayout* form);
    void chooseFile();
    void formatChosen();
    void pathEdited();
    void optionsChanged();
    void updateVisibility();
    void refreshPreview();
    void load();
    void save() const;
    exporting::Format format() const;

    Document* m_document;
    MapUid m_map;
    QList<commands::ElementRef> m_selection;
    QString m_workshopName;
    QList<exporting::Page> m_pages; // per format, in Format's order
    QFormLayout* m_form = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_sizeMode = nullptr;
    QSpinBox* m_dpi = nullptr;
    QSpinBox* m_width = nullptr;
    QComboBox* m_background = nullptr;
    QComboBox* m_page = nullptr;
    QComboBox* m_orientation = nullptr;
    QDoubleSpinBox* m_margin = nullptr;
    QCheckBox* m_titleBlock = nullptr;
    QCheckBox* m_legend = nullptr;
    QCheckBox* m_tile = nullptr;
    QCheckBox* m_reviewPack = nullptr;
    QComboBox* m_content = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_export = nullptr;
    QTimer* m_previewTimer = nullptr;
};

// File → Print: the map page (title block, map, legend) in vector form on one page of printer,
// fitted inside its margins. False when nothing could be drawn or the printer failed.
bool printMap(QPrinter* printer, Document* document, MapUid map,
              const exporting::ExportOptions& options);

} // namespace sb
