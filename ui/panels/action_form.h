#pragma once

#include "element_form.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace sb::panels {

// An improvement action of the roadmap: what, who, by when, how far, and what it answers.
class ActionForm : public ElementForm {
    Q_OBJECT
public:
    ActionForm(Document* document, MapUid map, const Id& action, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

private:
    Id m_id;
    QLineEdit* m_title;
    QComboBox* m_owner;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QComboBox* m_status;
    TextArea* m_note;
    QLabel* m_links;
    QLabel* m_findings;
};

} // namespace sb::panels
