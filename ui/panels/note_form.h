#pragma once

#include "element_form.h"

class QComboBox;

namespace sb::panels {

class ColorField;

// A sticky note or kaizen burst: its text, kind and colour.
class NoteForm : public ElementForm {
    Q_OBJECT
public:
    NoteForm(Document* document, MapUid map, const Id& note, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

private:
    Id m_id;
    TextArea* m_text;
    QComboBox* m_kind;
    ColorField* m_color;
};

} // namespace sb::panels
