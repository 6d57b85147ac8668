#pragma once

#include "element_form.h"

class QLabel;

namespace sb::panels {

// A dependency: which stream, stage or capability relies on which. Both ends are fixed; to point
// it elsewhere, draw a new one.
class DependencyForm : public ElementForm {
    Q_OBJECT
public:
    DependencyForm(Document* document, MapUid map, const Id& dependency, QWidget* parent = nullptr);
    void refresh() override;

private:
    Id m_id;
    QLabel* m_from;
    QLabel* m_to;
};

} // namespace sb::panels
