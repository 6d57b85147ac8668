#pragma once

#include "commands/commands.h"
#include "model/document.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace sb::panels {

class TextArea;

// Base of the inspector's forms: the fields of one element (or of the map) of one document.
// Fields turn the user's edits into commands; the model changes only through Document::push.
// After every command the inspector calls refresh(), which brings the fields in line with the
// model without taking the focus or the cursor away from a field being typed in.
class ElementForm : public QWidget {
    Q_OBJECT
public:
    ElementForm(Document* document, MapUid map, QWidget* parent = nullptr);
    ~ElementForm() override;

    virtual void refresh() = 0;
    // Focuses the main text field with its text selected, so typing replaces it.
    virtual void focusMainField() {}

protected:
    Document* document() const { return m_document; }
    MapUid mapUid() const { return m_map; }
    const Map* map() const { return m_document ? m_document->map(m_map) : nullptr; }

    // Pushes the command. When there is none (nothing would change) or the document refuses it
    // (read-only), the fields go back to what the model holds.
    bool push(commands::CommandPtr command);

    // Pushes a change of the element of type T with this key, made by edit on a copy; field tags
    // the change so that successive edits of one field merge into one undo entry.
    template <class T, class Edit>
    bool change(const QString& key, const QString& field, Edit edit) {
        const Map* m = map();
        const T* current = m ? m->find<T>(key) : nullptr;
        if (!current)
            return false;
        T changed = *current;
        edit(changed);
        return push(commands::changeElement(m_document, m_map, changed, field));
    }

    // The form's layout: rows of labelled fields, then sections.
    QFormLayout* rows() const { return m_rows; }
    // A titled group of labelled fields below the rows.
    QFormLayout* addSection(const QString& title);
    QLineEdit* addLineField(QFormLayout* layout, const QString& label);
    TextArea* addTextField(QFormLayout* layout, const QString& label, int lines);
    // A combo box that may shrink below its longest entry, so long team names do not push the
    // form wider than the dock.
    QComboBox* addCombo(QFormLayout* layout, const QString& label);
    // A read-only text, such as the names at the two ends of a flow.
    QLabel* addNameLabel(QFormLayout* layout, const QString& label);
    void selectAllAndFocus(QWidget* field);

private:
    QPointer<Document> m_document;
    MapUid m_map;
    QVBoxLayout* m_outer;
    QFormLayout* m_rows;
};

} // namespace sb::panels
