#pragma once

#include "element_form.h"

class QComboBox;
class QPushButton;

namespace sb::panels {

class ColorField;

// A sticky note or kaizen burst: its text, kind and colour; a kaizen burst's roadmap actions.
class NoteForm : public ElementForm {
    Q_OBJECT
public:
    NoteForm(Document* document, MapUid map, const Id& note, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

    QPushButton* createActionButton() const { return m_createAction; }

signals:
    // "Create action" on a kaizen burst: the window adds a roadmap action linked to it.
    void createActionRequested(const sb::Id& note);

private:
    Id m_id;
    TextArea* m_text;
    QComboBox* m_kind;
    ColorField* m_color;
    QLabel* m_actions;
    QPushButton* m_createAction;
};

} // namespace sb::panels
