#include "dependency_form.h"

#include "labels.h"

#include <QFormLayout>
#include <QLabel>

namespace sb::panels {

namespace {

// "Payments (Capability)": the element's name and what kind of element it is.
QString describe(const Map& map, const Id& id) {
    const std::optional<ElementKind> kind = map.kindOfId(id);
    if (!kind)
        return id;
    return QStringLiteral("%1 (%2)").arg(map.nameOf(id), kindTitle(*kind));
}

} // namespace

DependencyForm::DependencyForm(Document* document, MapUid map, const Id& dependency,
                               QWidget* parent)
    : ElementForm(document, map, parent)
    , m_id(dependency)
    , m_from(addNameLabel(rows(), tr("From")))
    , m_to(addNameLabel(rows(), tr("Depends on"))) {
    refresh();
}

void DependencyForm::refresh() {
    const Map* m = map();
    const Dependency* dependency = m ? m->find<Dependency>(m_id) : nullptr;
    if (!dependency)
        return;
    m_from->setText(describe(*m, dependency->from));
    m_to->setText(describe(*m, dependency->to));
}

} // namespace sb::panels
