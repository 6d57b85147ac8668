#pragma once

#include "element_form.h"

#include <array>

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

private:
    void addCardSection();
    void addFlowItemsSection();
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
};

} // namespace sb::panels
