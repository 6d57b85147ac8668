#pragma once

#include "element_form.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace sb::panels {

class DurationField;

// A stage of a stream: name, owner team, journey step, its stream, process and lead time (with
// the wait between them) and %C&A.
class StageForm : public ElementForm {
    Q_OBJECT
public:
    StageForm(Document* document, MapUid map, const Id& stage, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

    DurationField* processTimeField() const { return m_processTime; }
    DurationField* leadTimeField() const { return m_leadTime; }

private:
    Id m_id;
    QLineEdit* m_name;
    QComboBox* m_owner;
    QComboBox* m_step;
    QLabel* m_stream;
    DurationField* m_processTime;
    DurationField* m_leadTime;
    QLabel* m_wait;
    QSpinBox* m_pctCA;
};

} // namespace sb::panels
