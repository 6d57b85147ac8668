#pragma once

#include "element_form.h"

class QComboBox;
class QLabel;

namespace sb::panels {

// A flow between two stages of a stream: where it runs and whether work is pushed, pulled or
// sent back (rework).
class FlowForm : public ElementForm {
    Q_OBJECT
public:
    FlowForm(Document* document, MapUid map, const Id& flow, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

private:
    Id m_id;
    QLabel* m_from;
    QLabel* m_to;
    QComboBox* m_kind;
};

} // namespace sb::panels
