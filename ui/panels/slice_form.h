#pragma once

#include "element_form.h"

namespace sb::panels {

// A customer slice (a row of the grid): its name and its outcome statement.
class SliceForm : public ElementForm {
    Q_OBJECT
public:
    SliceForm(Document* document, MapUid map, const Id& slice, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

private:
    Id m_id;
    QLineEdit* m_name;
    TextArea* m_outcome;
};

} // namespace sb::panels
