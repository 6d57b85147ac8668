#include "teams_panel.h"

#include "canvas/canvas_style.h"
#include "commands/commands.h"
#include "follow_document.h"
#include "team_row_delegate.h"
#include "teams_model.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

TeamsPanel::TeamsPanel(QWidget* parent)
    : QWidget(parent)
    , m_whenShown(new RefreshWhenShown(this, [this] { refresh(); }))
    , m_model(new TeamsModel(this))
    , m_view(new QListView(this))
    , m_add(new QPushButton(tr("Add team"), this))
    , m_delete(new QPushButton(tr("Delete"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TeamRowDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_view, 1);

    auto* hint = new QLabel(tr("Drag a team onto a stage, stream or capability to make it the "
                               "owner."),
                            this);
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, canvas::style::mutedInk());
    hint->setPalette(muted);
    layout->addWidget(hint);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_delete->setToolTip(tr("Delete the team; what it owned is left without an owner"));

    connect(m_add, &QPushButton::clicked, this, [this] { addTeam(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelectedTeam(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                updateButtons();
                if (!m_syncing && current.isValid())
                    emit teamActivated(m_model->idAt(current.row()));
            });
    connect(m_view, &QListView::pressed, this, [this](const QModelIndex& index) {
        if (index.isValid() && index.row() == m_rowBeforePress)
            emit teamActivated(m_model->idAt(index.row()));
    });
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    updateButtons();
}

void TeamsPanel::setDocument(Document* document) {
    if (followDocument(m_document, m_documentConnection, document, this, &TeamsPanel::refresh))
        refresh();
}

void TeamsPanel::setMap(MapUid map) {
    m_map = map;
    refresh();
}

const Map* TeamsPanel::map() const {
    return m_document ? m_document->map(m_map) : nullptr;
}

void TeamsPanel::refresh() {
    if (!m_whenShown->mayRefresh())
        return;
    const Id selected = selectedTeam();
    m_syncing = true;
    m_model->setMap(map());
    const int row = m_model->rowOf(selected);
    if (row >= 0 && m_view->currentIndex().row() != row)
        m_view->setCurrentIndex(m_model->index(row));
    m_syncing = false;
    updateButtons();
}

void TeamsPanel::updateButtons() {
    const bool editable = map() && !m_document->isReadOnly();
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && !selectedTeam().isEmpty());
}

void TeamsPanel::selectTeam(const Id& team) {
    m_syncing = true;
    const int row = m_model->rowOf(team);
    if (row < 0)
        m_view->selectionModel()->clear();
    else
        m_view->setCurrentIndex(m_model->index(row));
    m_syncing = false;
    updateButtons();
}

Id TeamsPanel::selectedTeam() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? Id() : m_model->idAt(rows.first().row());
}

Id TeamsPanel::addTeam() {
    const Map* m = map();
    if (!m)
        return {};
    Team team;
    team.id = freeId(*m, m_document->idPrefix(u"team"_s));
    team.name = tr("New team");
    commands::CommandPtr command = commands::addElement(m_document, m_map, team);
    if (!command || !m_document->push(command.release()))
        return {};
    selectTeam(team.id);
    m_view->scrollTo(m_model->index(m_model->rowOf(team.id)));
    emit teamActivated(team.id);
    return team.id;
}

bool TeamsPanel::deleteSelectedTeam() {
    const Id team = selectedTeam();
    if (team.isEmpty() || !map())
        return false;
    commands::CommandPtr command =
        commands::removeElements(m_document, m_map, {{ElementKind::Team, team}});
    return command && m_document->push(command.release());
}

bool TeamsPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress)
        m_rowBeforePress = m_view->currentIndex().row();
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            // The list's Delete deletes the team, not whatever the canvas has selected.
            if (event->type() == QEvent::KeyPress)
                deleteSelectedTeam();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sb::panels
