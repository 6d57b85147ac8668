#pragma once

#include "element_form.h"

class QComboBox;

namespace sb::panels {

// A capability: its name, the team that owns it, its service level, and the supporting stream
// that provides it, if any.
class CapabilityForm : public ElementForm {
    Q_OBJECT
public:
    CapabilityForm(Document* document, MapUid map, const Id& capability, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

private:
    Id m_id;
    QLineEdit* m_name;
    QComboBox* m_owner;
    QLineEdit* m_sla;
    QComboBox* m_providedBy;
};

} // namespace sb::panels
