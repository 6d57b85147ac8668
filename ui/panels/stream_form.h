#pragma once

#include "element_form.h"

#include <array>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QSpinBox;

namespace sb::panels {

class ColorField;

// A value stream: name, kind, owner team, customer slice and colour; its Value Stream Card; and
// its flow items over the workshop's period.
class StreamForm : public ElementForm {
    Q_OBJECT
public:
    StreamForm(Document* document, MapUid map, const Id& stream, QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

    TextArea* cardField(CardField field) const { return m_card[static_cast<size_t>(field)]; }
    // The decision criterion's check box (read-only for the derived ones) and note field.
    QCheckBox* criterionBox(Criterion c) const;
    QLineEdit* criterionNote(Criterion c) const;
    // Why a derived criterion is met or what it lacks, as shown under its check box.
    QLabel* criterionText(Criterion c) const;

private:
    void addCardSection();
    void addFlowItemsSection();
    void addCriteriaSection();
    QSpinBox* addCount(int row, int column, FlowCounts FlowItems::*counts, int FlowCounts::*count,
                       const QString& field);

    Id m_id;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_owner;
    QComboBox* m_slice;
    ColorField* m_color;
    std::array<TextArea*, cardFieldCount> m_card{};
    QSpinBox* m_periodDays = nullptr;
    QGridLayout* m_counts = nullptr;
    // The spin box of every flow count, with what it shows.
    struct CountField {
        QSpinBox* spin;
        FlowCounts FlowItems::*counts;
        int FlowCounts::*count;
    };
    QList<CountField> m_countFields;
    struct CriterionFields {
        QCheckBox* box = nullptr;
        QLabel* text = nullptr; // the explanation (derived) or what the criterion asks (judged)
        QLineEdit* note = nullptr;
    };
    std::array<CriterionFields, criterionCount> m_criteria{};
};

} // namespace sb::panels
