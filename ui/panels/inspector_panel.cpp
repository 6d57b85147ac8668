#include "inspector_panel.h"

#include "action_form.h"
#include "capability_form.h"
#include "cell_form.h"
#include "dependency_form.h"
#include "flow_form.h"
#include "labels.h"
#include "map_info_form.h"
#include "note_form.h"
#include "slice_form.h"
#include "stage_form.h"
#include "step_form.h"
#include "stream_form.h"
#include "team_form.h"
#include "wheel_guard.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sb::panels {

InspectorPanel::InspectorPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_empty(new QLabel(tr("No map open"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 4, 4);
    layout->setSpacing(8);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);
    new WheelGuard(m_scroll);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty, 1);
    rebuild();
}

InspectorPanel::~InspectorPanel() = default;

void InspectorPanel::setDocument(Document* document) {
    if (document == m_document)
        return;
    disconnect(m_documentConnection);
    m_document = document;
    m_element.reset();
    if (document)
        m_documentConnection =
            connect(document, &Document::changesApplied, this, [this](const ChangeSet& changes) {
                if (changes.touches(m_map))
                    refresh();
            });
    rebuild();
}

void InspectorPanel::setMap(MapUid map) {
    if (map == m_map)
        return;
    m_map = map;
    m_element.reset();
    rebuild();
}

void InspectorPanel::showElement(std::optional<commands::ElementRef> element) {
    if (element && !exists(*element))
        element.reset();
    const bool same =
        element.has_value() == m_element.has_value() &&
        (!element || (element->kind == m_element->kind && element->key == m_element->key));
    if (same && m_form) {
        m_form->refresh();
        return;
    }
    m_element = std::move(element);
    rebuild();
}

void InspectorPanel::focusMainField() {
    if (m_form)
        m_form->focusMainField();
}

bool InspectorPanel::exists(const commands::ElementRef& element) const {
    const Map* map = m_document ? m_document->map(m_map) : nullptr;
    if (!map)
        return false;
    if (element.kind == ElementKind::Cell)
        return cellPlace(*map, element.key).has_value();
    return map->indexOf(element.kind, element.key) >= 0;
}

void InspectorPanel::refresh() {
    const Map* map = m_document ? m_document->map(m_map) : nullptr;
    if (!map || (m_element && !exists(*m_element))) {
        // The element (or the map) went away with the last command: show what is left.
        m_element.reset();
        rebuild();
        return;
    }
    if (m_form) {
        m_form->setEnabled(!m_document->isReadOnly());
        m_form->refresh();
        if (m_element)
            m_title->setText(kindTitle(m_element->kind));
    }
}

ElementForm* InspectorPanel::createForm(const commands::ElementRef& e) {
    Document* doc = m_document;
    switch (e.kind) {
    case ElementKind::Team:
        return new TeamForm(doc, m_map, e.key);
    case ElementKind::Slice:
        return new SliceForm(doc, m_map, e.key);
    case ElementKind::Step:
        return new StepForm(doc, m_map, e.key);
    case ElementKind::Cell: {
        const auto place = cellPlace(*doc->map(m_map), e.key);
        return new CellForm(doc, m_map, place->first, place->second);
    }
    case ElementKind::Stream:
        return new StreamForm(doc, m_map, e.key);
    case ElementKind::Stage:
        return new StageForm(doc, m_map, e.key);
    case ElementKind::Flow:
        return new FlowForm(doc, m_map, e.key);
    case ElementKind::Capability:
        return new CapabilityForm(doc, m_map, e.key);
    case ElementKind::Dependency:
        return new DependencyForm(doc, m_map, e.key);
    case ElementKind::Note: {
        auto* form = new NoteForm(doc, m_map, e.key);
        connect(form, &NoteForm::createActionRequested, this, &InspectorPanel::createActionForNote);
        return form;
    }
    case ElementKind::Action:
        break;
    }
    return new ActionForm(doc, m_map, e.key);
}

void InspectorPanel::rebuild() {
    const Map* map = m_document ? m_document->map(m_map) : nullptr;
    // The old form may still commit a field as it loses the focus; it is no longer the one shown.
    m_form = nullptr;
    if (QWidget* old = m_scroll->takeWidget())
        old->deleteLater();
    m_scroll->setVisible(map != nullptr);
    m_empty->setVisible(map == nullptr);
    if (!map) {
        m_title->setText(tr("Inspector"));
        return;
    }
    if (m_element) {
        m_form = createForm(*m_element);
        m_title->setText(kindTitle(m_element->kind));
    } else {
        m_form = new MapInfoForm(m_document, m_map);
        m_title->setText(tr("Map"));
    }
    m_form->setEnabled(!m_document->isReadOnly());
    m_form->setContentsMargins(0, 0, 8, 8);
    m_scroll->setWidget(m_form);
}

} // namespace sb::panels
