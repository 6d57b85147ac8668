#pragma once

#include "element_form.h"

class QCheckBox;
class QLabel;

namespace sb::panels {

// The slice and step of the grid cell with this key, whether the map stores the cell or not.
std::optional<std::pair<Id, Id>> cellPlace(const Map& map, const QString& key);

// One cell of the time × customer grid: what the customer intends at this step, the value they
// get, how the step is known to have worked, its metric, and whether the path forks here. Every
// slice × step has a cell; an empty one is stored once the user first writes into it.
class CellForm : public ElementForm {
    Q_OBJECT
public:
    CellForm(Document* document, MapUid map, const Id& slice, const Id& step,
             QWidget* parent = nullptr);
    void refresh() override;
    void focusMainField() override;

private:
    template <class Edit> void edit(const QString& field, Edit edit);

    Id m_slice;
    Id m_step;
    QLabel* m_place;
    TextArea* m_intent;
    TextArea* m_value;
    TextArea* m_outcome;
    QLineEdit* m_metric;
    QCheckBox* m_divergent;
};

} // namespace sb::panels
