#include "element_form.h"

#include "field_widgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>

namespace sb::panels {

namespace {

QFormLayout* makeFormLayout() {
    auto* layout = new QFormLayout;
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->setVerticalSpacing(8);
    return layout;
}

} // namespace

ElementForm::ElementForm(Document* document, MapUid map, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_map(map)
    , m_outer(new QVBoxLayout(this))
    , m_rows(makeFormLayout()) {
    m_outer->setContentsMargins(0, 0, 0, 0);
    m_outer->setSpacing(14);
    m_outer->addLayout(m_rows);
    m_outer->addStretch(1);
}

ElementForm::~ElementForm() {
    // Fields losing the focus while they are deleted must not reach the form: its fields' owner
    // is gone by now.
    const QList<QObject*> fields = findChildren<QObject*>();
    for (QObject* field : fields)
        disconnect(field, nullptr, this, nullptr);
}

bool ElementForm::push(commands::CommandPtr command) {
    if (command && m_document && m_document->push(command.release()))
        return true;
    refresh();
    return false;
}

QFormLayout* ElementForm::addSection(const QString& title) {
    auto* box = new QGroupBox(title, this);
    auto* layout = makeFormLayout();
    box->setLayout(layout);
    m_outer->insertWidget(m_outer->count() - 1, box);
    return layout;
}

QLineEdit* ElementForm::addLineField(QFormLayout* layout, const QString& label) {
    auto* edit = new QLineEdit(this);
    routeUndoKeys(edit, m_document);
    layout->addRow(label, edit);
    return edit;
}

TextArea* ElementForm::addTextField(QFormLayout* layout, const QString& label, int lines) {
    auto* area = new TextArea(lines, this);
    routeUndoKeys(area, m_document);
    layout->addRow(label, area);
    return area;
}

QComboBox* ElementForm::addCombo(QFormLayout* layout, const QString& label) {
    auto* combo = new QComboBox(this);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    layout->addRow(label, combo);
    return combo;
}

QLabel* ElementForm::addNameLabel(QFormLayout* layout, const QString& label) {
    auto* name = new QLabel(this);
    name->setTextFormat(Qt::PlainText);
    name->setWordWrap(true);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(label, name);
    return name;
}

void ElementForm::selectAllAndFocus(QWidget* field) {
    field->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        edit->selectAll();
    else if (auto* area = qobject_cast<TextArea*>(field))
        area->selectAll();
}

} // namespace sb::panels
