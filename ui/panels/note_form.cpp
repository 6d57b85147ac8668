#include "note_form.h"

#include "canvas/canvas_style.h"
#include "color_field.h"
#include "field_widgets.h"
#include "labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

NoteForm::NoteForm(Document* document, MapUid map, const Id& note, QWidget* parent)
    : ElementForm(document, map, parent)
    , m_id(note) {
    m_text = addTextField(rows(), tr("&Text"), 5);
    m_kind = addCombo(rows(), tr("&Kind"));
    for (NoteKind k : {NoteKind::Sticky, NoteKind::Kaizen})
        addEnumItem(m_kind, k, noteKindLabel(k));
    m_color = new ColorField(tr("Default colour"), tr("Use default"), this);
    rows()->addRow(tr("&Colour"), m_color);
    m_actions = addNameLabel(rows(), tr("Roadmap"));
    m_createAction = new QPushButton(tr("Create action"), this);
    m_createAction->setToolTip(tr("Add an action to the roadmap that carries out this burst"));
    rows()->addRow(QString(), m_createAction);
    connect(m_createAction, &QPushButton::clicked, this,
            [this] { emit createActionRequested(m_id); });

    connect(m_text, &TextArea::edited, this, [this](const QString& text) {
        change<Note>(m_id, u"text"_s, [&](Note& n) { n.text = text; });
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        change<Note>(m_id, u"kind"_s, [&](Note& n) { n.kind = enumValue<NoteKind>(m_kind); });
    });
    connect(m_color, &ColorField::colorChosen, this, [this](const QColor& color) {
        change<Note>(m_id, u"color"_s, [&](Note& n) { n.color = color; });
    });
    refresh();
}

void NoteForm::refresh() {
    const Map* m = map();
    const Note* note = m ? m->find<Note>(m_id) : nullptr;
    if (!note)
        return;
    m_text->showText(note->text);
    showEnumValue(m_kind, static_cast<int>(note->kind));
    const QColor kindColor =
        note->kind == NoteKind::Kaizen ? canvas::style::kaizenFill() : canvas::style::stickyFill();
    m_color->showColor(note->color, note->color.isValid() ? note->color : kindColor);
    const bool kaizen = note->kind == NoteKind::Kaizen;
    QStringList linked;
    for (const Action& a : m->actions)
        if (a.links.contains(m_id))
            linked << tr("“%1” (%2)").arg(a.title, actionStatusLabel(a.status));
    m_actions->setText(linked.isEmpty() ? tr("No action yet") : linked.join(u'\n'));
    for (QWidget* w : {static_cast<QWidget*>(m_actions), static_cast<QWidget*>(m_createAction)}) {
        w->setVisible(kaizen);
        if (QWidget* label = rows()->labelForField(w))
            label->setVisible(kaizen);
    }
}

void NoteForm::focusMainField() {
    selectAllAndFocus(m_text);
}

} // namespace sb::panels
