#include "work_item_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sb {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList listOf(const QString& text) {
    QStringList list;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    return list;
}

QString typesText(const QList<QPair<QString, FlowItemKind>>& types) {
    QStringList parts;
    for (const auto& [type, kind] : types)
        parts.append(type + u'=' + toString(kind));
    return parts.join(u", "_s);
}

} // namespace

WorkItemDialog::WorkItemDialog(const Map& map, const Id& stream, QWidget* parent)
    : QDialog(parent)
    , m_map(map) {
    setWindowTitle(tr("Import work items"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A CSV from the tracker: a header row, an ID column, optional Name and Link columns, "
           "and one column per workflow state with the date each item entered it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_stream = new QComboBox(this);
    for (const Stream& s : map.streams)
        m_stream->addItem(s.name, s.id);
    m_stream->setCurrentIndex(std::max(0, m_stream->findData(stream)));
    form->addRow(tr("&Stream"), m_stream);
    m_file = new QLineEdit(this);
    auto* browse = new QPushButton(tr("&Choose…"), this);
    auto* fileBox = new QWidget(this);
    auto* fileRow = new QHBoxLayout(fileBox);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileBox);
    m_states = new QLineEdit(this);
    m_states->setPlaceholderText(tr("Backlog, Ready, In progress, Review, Done"));
    m_states->setToolTip(tr("The state columns in workflow order; the last one is done"));
    form->addRow(tr("S&tates"), m_states);
    m_start = new QLineEdit(this);
    m_start->setPlaceholderText(tr("the first state"));
    m_start->setToolTip(tr("Flow time runs from the date an item entered this state"));
    form->addRow(tr("Start stat&e"), m_start);
    m_active = new QLineEdit(this);
    m_active->setToolTip(tr("States in which an item is worked on, not waiting"));
    form->addRow(tr("&Active states"), m_active);
    m_typeColumn = new QLineEdit(this);
    m_typeColumn->setPlaceholderText(u"Type"_s);
    form->addRow(tr("T&ype column"), m_typeColumn);
    m_types = new QLineEdit(this);
    m_types->setToolTip(tr("Types as flow items: features, defects, risks or debt; other types "
                           "count as features"));
    form->addRow(tr("T&ypes"), m_types);
    auto* stages = new QGroupBox(tr("States measured as stages"), this);
    auto* stagesLayout = new QVBoxLayout(stages);
    // A stream of many stages scrolls here instead of growing the dialog off the screen.
    auto* scroll = new QScrollArea(stages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(280);
    auto* rows = new QWidget(scroll);
    m_stageRows = new QFormLayout(rows);
    scroll->setWidget(rows);
    stagesLayout->addWidget(scroll);
    layout->addWidget(stages);
    m_replace = new QCheckBox(tr("&Replace the stream's items (otherwise items with the same ID "
                                 "are updated and new ones added)"),
                              this);
    layout->addWidget(m_replace);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &WorkItemDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkItemDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stream, &QComboBox::currentIndexChanged, this, &WorkItemDialog::showStream);
    showStream();
}

void WorkItemDialog::showStream() {
    const Stream* stream = m_map.find<Stream>(this->stream());
    const WorkItemSetup setup = stream ? stream->workItems.setup : WorkItemSetup();
    m_states->setText(setup.states.join(u", "_s));
    m_start->setText(setup.start);
    m_active->setText(setup.active.join(u", "_s));
    m_typeColumn->setText(setup.typeColumn);
    m_types->setText(typesText(setup.types.isEmpty() ? defaultWorkItemTypes() : setup.types));
    while (m_stageRows->rowCount() > 0)
        m_stageRows->removeRow(0);
    m_stageStates.clear();
    for (const Stage& stage : m_map.stages) {
        if (stage.stream != this->stream())
            continue;
        auto* state = new QLineEdit(m_stageRows->parentWidget());
        state->setPlaceholderText(tr("no state"));
        for (const auto& [mapped, stageId] : setup.stages)
            if (stageId == stage.id)
                state->setText(mapped);
        // The label takes & as a mnemonic: a stage's own & is doubled.
        m_stageRows->addRow(QString(stage.name).replace(u'&', u"&&"_s), state);
        m_stageStates.append({stage.id, state});
    }
    if (m_stageStates.isEmpty())
        m_stageRows->addRow(
            new QLabel(tr("The stream has no stages."), m_stageRows->parentWidget()));
}

void WorkItemDialog::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import work items"), m_file->text(),
                                     tr("Work items (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void WorkItemDialog::check() {
    const QString reason = problem();
    if (reason.isEmpty()) {
        accept();
        return;
    }
    QMessageBox::warning(this, tr("Import work items"), reason);
}

Id WorkItemDialog::stream() const {
    return m_stream->currentData().toString();
}

QString WorkItemDialog::filePath() const {
    return m_file->text().trimmed();
}

QLineEdit* WorkItemDialog::stateFieldOf(const Id& stage) const {
    for (const auto& [id, field] : m_stageStates)
        if (id == stage)
            return field;
    return nullptr;
}

QString WorkItemDialog::problem() const {
    if (stream().isEmpty())
        return tr("The map has no stream to import work items into.");
    if (filePath().isEmpty())
        return tr("Choose the file to import.");
    if (listOf(m_states->text()).isEmpty())
        return tr("Name the states, in workflow order.");
    for (const QString& entry : listOf(m_types->text())) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        if (equals <= 0 || !parseFlowItemKind(entry.mid(equals + 1).trimmed()))
            return tr("“%1” is not TYPE=features, defects, risks or debt.").arg(entry);
    }
    return {};
}

WorkItemSetup WorkItemDialog::setup() const {
    WorkItemSetup setup;
    setup.states = listOf(m_states->text());
    setup.active = listOf(m_active->text());
    setup.start = m_start->text().trimmed();
    setup.typeColumn = m_typeColumn->text().trimmed();
    for (const QString& entry : listOf(m_types->text())) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        if (const auto kind = parseFlowItemKind(entry.mid(equals + 1).trimmed());
            equals > 0 && kind)
            setup.types.append({entry.left(equals).trimmed(), *kind});
    }
    for (const auto& [stage, field] : m_stageStates)
        if (!field->text().trimmed().isEmpty())
            setup.stages.append({field->text().trimmed(), stage});
    return setup;
}

bool WorkItemDialog::replace() const {
    return m_replace->isChecked();
}

} // namespace sb
