#pragma once

#include "commands/commands.h"
#include "model/document.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QScrollArea;

namespace sb::panels {

class ElementForm;

// The inspector dock's content: every field of the selected element, or the map's own info and
// settings when nothing is selected. Edits become commands on the document; after every command
// the fields follow the model.
class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget* parent = nullptr);
    ~InspectorPanel() override;

    // The document whose map the panel shows; nullptr shows nothing.
    void setDocument(Document* document);
    // The map the shown elements belong to; shows its info until an element is chosen.
    void setMap(MapUid map);
    // The element to show; nullopt (or one that is gone) shows the map's info and settings.
    void showElement(std::optional<commands::ElementRef> element);
    // What is shown: nullopt while it is the map's info.
    std::optional<commands::ElementRef> shownElement() const { return m_element; }
    // Focuses the shown element's main text field with its text selected, so typing replaces it.
    void focusMainField();

    // The form on show; for tests.
    ElementForm* form() const { return m_form; }

signals:
    // A kaizen burst's "Create action" was clicked.
    void createActionForNote(const sb::Id& note);

private:
    void rebuild();
    void refresh();
    bool exists(const commands::ElementRef& element) const;
    ElementForm* createForm(const commands::ElementRef& element);

    QPointer<Document> m_document;
    MapUid m_map = 0;
    std::optional<commands::ElementRef> m_element;
    QLabel* m_title;
    QScrollArea* m_scroll;
    QLabel* m_empty;
    ElementForm* m_form = nullptr;
    QMetaObject::Connection m_documentConnection;
};

} // namespace sb::panels
