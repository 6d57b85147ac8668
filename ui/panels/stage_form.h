#pragma once

#include "element_form.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sb::panels {

class DurationField;

// A stage of a stream: name, owner team, journey step, its stream, process and lead time (with
// the wait between them) and %C&A. A stage mapped to a state of its stream's work items shows the
// measured time in that state and offers it as its lead time.
class StageForm : public ElementForm {
    Q_OBJECT
public:
    StageForm(Document* document, MapUid map, const Id& stage, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

    DurationField* processTimeField() const { return m_processTime; }
    DurationField* leadTimeField() const { return m_leadTime; }
    QLabel* measuredLabel() const { return m_measured; }
    QPushButton* useMeasuredButton() const { return m_useMeasured; }

private:
    void refreshMeasured(const Map& map, const Stage& stage);

    Id m_id;
    QLineEdit* m_name;
    QComboBox* m_owner;
    QComboBox* m_step;
    QLabel* m_stream;
    DurationField* m_processTime;
    DurationField* m_leadTime;
    QLabel* m_wait;
    QSpinBox* m_pctCA;
    QLabel* m_measured;
    QPushButton* m_useMeasured;
    std::optional<double> m_measuredSeconds; // the median, when there is one
};

} // namespace sb::panels
