#pragma once

#include "element_form.h"

namespace sb::panels {

// A journey step (a column of the grid): its name.
class StepForm : public ElementForm {
    Q_OBJECT
public:
    StepForm(Document* document, MapUid map, const Id& step, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

private:
    Id m_id;
    QLineEdit* m_name;
};

} // namespace sb::panels
