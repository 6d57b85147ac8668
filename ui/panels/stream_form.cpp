#include "stream_form.h"

#include "canvas/canvas_style.h"
#include "color_field.h"
#include "facilitation/criteria.h"
#include "field_widgets.h"
#include "labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

StreamForm::StreamForm(Document* document, MapUid map, const Id& stream, QWidget* parent)
    : ElementForm(document, map, parent)
    , m_id(stream) {
    m_name = addLineField(rows(), tr("&Name"));
    m_kind = addCombo(rows(), tr("&Kind"));
    for (StreamKind k : {StreamKind::Customer, StreamKind::Supporting})
        addEnumItem(m_kind, k, streamKindLabel(k));
    m_owner = addCombo(rows(), tr("&Owner team"));
    m_slice = addCombo(rows(), tr("&Slice"));
    m_color = new ColorField(tr("No colour"), tr("Clear"), this);
    rows()->addRow(tr("&Colour"), m_color);
    addCardSection();
    addCriteriaSection();
    addFlowItemsSection();

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        change<Stream>(m_id, u"name"_s, [&](Stream& s) { s.name = text; });
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        change<Stream>(m_id, u"kind"_s, [&](Stream& s) { s.kind = enumValue<StreamKind>(m_kind); });
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        change<Stream>(m_id, u"owner"_s, [&](Stream& s) { s.owner = currentId(m_owner); });
    });
    connect(m_slice, &QComboBox::activated, this, [this] {
        change<Stream>(m_id, u"slice"_s, [&](Stream& s) { s.slice = currentId(m_slice); });
    });
    connect(m_color, &ColorField::colorChosen, this, [this](const QColor& color) {
        change<Stream>(m_id, u"color"_s, [&](Stream& s) { s.color = color; });
    });
    refresh();
}

void StreamForm::addCardSection() {
    QFormLayout* card = addSection(tr("Value Stream Card"));
    card->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (int i = 0; i < cardFieldCount; ++i) {
        const auto field = static_cast<CardField>(i);
        TextArea* area = addTextField(card, cardFieldLabel(field), 2);
        area->setPlaceholderText(cardFieldHint(field));
        m_card[static_cast<size_t>(i)] = area;
        connect(area, &TextArea::edited, this, [this, field](const QString& text) {
            change<Stream>(m_id, u"card."_s + toString(field),
                           [&](Stream& s) { s.card[field] = text; });
        });
    }
}

namespace {

size_t slot(Criterion c) {
    const auto i = static_cast<size_t>(c);
    return i < static_cast<size_t>(criterionCount) ? i : 0;
}

} // namespace

// A check box and a note per criterion. The derived ones' boxes follow the card and the grid
// and take no clicks; the room ticks the others.
void StreamForm::addCriteriaSection() {
    QFormLayout* section = addSection(tr("Decision criteria"));
    section->setVerticalSpacing(2);
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, canvas::style::mutedInk());
    for (int i = 0; i < criterionCount; ++i) {
        const auto c = static_cast<Criterion>(i);
        CriterionFields& f = m_criteria[slot(c)];
        f.box = new QCheckBox(criterionLabel(c), this);
        f.box->setToolTip(criterionDescription(c));
        f.text = new QLabel(this);
        f.text->setWordWrap(true);
        f.text->setTextFormat(Qt::PlainText);
        f.text->setPalette(muted);
        f.text->setIndent(f.box->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6);
        f.note = new QLineEdit(this);
        routeUndoKeys(f.note, document());
        f.note->setPlaceholderText(tr("Note"));
        f.note->setToolTip(criterionDescription(c));
        f.note->setAccessibleName(tr("%1 note").arg(criterionLabel(c)));
        if (i > 0)
            section->addItem(new QSpacerItem(0, 8));
        section->addRow(f.box);
        section->addRow(f.text);
        section->addRow(f.note);
        const QString key = u"criteria."_s + toString(c);
        if (isDerived(c)) {
            f.box->setText(tr("%1 (from the card and the grid)").arg(criterionLabel(c)));
            f.box->setAttribute(Qt::WA_TransparentForMouseEvents);
            f.box->setFocusPolicy(Qt::NoFocus);
            f.box->setToolTip(criterionDescription(c) + u"\n"_s +
                              tr("Worked out from the card and the grid."));
            connect(f.box, &QCheckBox::clicked, this, &StreamForm::refresh); // stays as worked out
        } else {
            f.text->setText(criterionDescription(c));
            connect(f.box, &QCheckBox::clicked, this, [this, c, key](bool checked) {
                change<Stream>(m_id, key, [&](Stream& s) { s.criteria[c].met = checked; });
            });
        }
        connect(f.note, &QLineEdit::textEdited, this, [this, c, key](const QString& text) {
            change<Stream>(m_id, key + u".note"_s, [&](Stream& s) { s.criteria[c].note = text; });
        });
    }
}

QCheckBox* StreamForm::criterionBox(Criterion c) const {
    return m_criteria[slot(c)].box;
}

QLineEdit* StreamForm::criterionNote(Criterion c) const {
    return m_criteria[slot(c)].note;
}

QLabel* StreamForm::criterionText(Criterion c) const {
    return m_criteria[slot(c)].text;
}

QSpinBox* StreamForm::addCount(int row, int column, FlowCounts FlowItems::*counts,
                               int FlowCounts::*count, const QString& field) {
    auto* spin = new QSpinBox(this);
    spin->setRange(0, 99999);
    spin->setKeyboardTracking(false);
    m_counts->addWidget(spin, row, column);
    m_countFields.append({spin, counts, count});
    connect(spin, &QSpinBox::valueChanged, this, [this, counts, count, field](int value) {
        change<Stream>(m_id, field, [&](Stream& s) { s.flowItems.*counts.*count = value; });
    });
    return spin;
}

void StreamForm::addFlowItemsSection() {
    QFormLayout* section = addSection(tr("Flow items"));
    m_periodDays = new QSpinBox(this);
    m_periodDays->setRange(1, 3660);
    m_periodDays->setKeyboardTracking(false);
    section->addRow(tr("&Period"), m_periodDays);
    connect(m_periodDays, &QSpinBox::valueChanged, this, [this](int days) {
        m_periodDays->setSuffix(days == 1 ? tr(" day") : tr(" days"));
        change<Stream>(m_id, u"flowItems.periodDays"_s,
                       [&](Stream& s) { s.flowItems.periodDays = days; });
    });

    m_counts = new QGridLayout;
    m_counts->setHorizontalSpacing(10);
    m_counts->setVerticalSpacing(6);
    m_counts->addWidget(new QLabel(tr("Done"), this), 0, 1);
    m_counts->addWidget(new QLabel(tr("In progress"), this), 0, 2);
    struct Row {
        QString label;
        int FlowCounts::*count;
        QString key;
    };
    const QList<Row> kinds = {{tr("Features"), &FlowCounts::features, u"features"_s},
                              {tr("Defects"), &FlowCounts::defects, u"defects"_s},
                              {tr("Risks"), &FlowCounts::risks, u"risks"_s},
                              {tr("Debt"), &FlowCounts::debt, u"debt"_s}};
    for (int i = 0; i < kinds.size(); ++i) {
        const Row& row = kinds[i];
        auto* label = new QLabel(row.label, this);
        m_counts->addWidget(label, i + 1, 0);
        label->setBuddy(
            addCount(i + 1, 1, &FlowItems::done, row.count, u"flowItems.done."_s + row.key));
    }
    // In-progress spins come after all done spins, so Tab runs down one column, then the next.
    for (int i = 0; i < kinds.size(); ++i)
        addCount(i + 1, 2, &FlowItems::inProgress, kinds[i].count,
                 u"flowItems.inProgress."_s + kinds[i].key);
    m_counts->setColumnStretch(1, 1);
    m_counts->setColumnStretch(2, 1);
    section->addRow(m_counts);
}

void StreamForm::refresh() {
    const Map* m = map();
    const Stream* stream = m ? m->find<Stream>(m_id) : nullptr;
    if (!stream)
        return;
    showText(m_name, stream->name);
    showEnumValue(m_kind, static_cast<int>(stream->kind));
    showChoices(m_owner, teamChoices(*m, tr("No owner")), stream->owner);
    QList<Choice> slices = {{Id(), tr("No slice")}};
    for (const Slice& s : m->slices)
        slices.append({s.id, s.name});
    showChoices(m_slice, slices, stream->slice);
    m_color->showColor(stream->color, stream->color);
    for (int i = 0; i < cardFieldCount; ++i)
        m_card[static_cast<size_t>(i)]->showText(stream->card.fields[static_cast<size_t>(i)]);
    for (int i = 0; i < criterionCount; ++i) {
        const auto c = static_cast<Criterion>(i);
        const CriterionFields& f = m_criteria[slot(c)];
        showValue(f.box, criterionMet(*m, *stream, c));
        if (isDerived(c)) {
            const QString why = criterionExplanation(*m, *stream, c);
            f.text->setText(why);
            f.note->setToolTip(criterionDescription(c) + u"\n"_s + why);
        }
        showText(f.note, stream->criteria[c].note);
    }
    showValue(m_periodDays, qRound(stream->flowItems.periodDays));
    m_periodDays->setSuffix(m_periodDays->value() == 1 ? tr(" day") : tr(" days"));
    for (const CountField& f : std::as_const(m_countFields))
        showValue(f.spin, stream->flowItems.*f.counts.*f.count);
}

void StreamForm::focusMainField() {
    selectAllAndFocus(m_name);
}

} // namespace sb::panels
