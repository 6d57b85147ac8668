#include "roadmap_panel.h"

#include "canvas/canvas_style.h"
#include "commands/commands.h"
#include "follow_document.h"
#include "labels.h"
#include "roadmap_delegate.h"
#include "roadmap_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::panels {

using namespace Qt::Literals::StringLiterals;

RoadmapPanel::RoadmapPanel(QWidget* parent)
    : QWidget(parent)
    , m_whenShown(new RefreshWhenShown(this, [this] { refresh(); }))
    , m_model(new RoadmapModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("Add action"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_status(new QPushButton(tr("Status"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new RoadmapDelegate([this] { return map(); }, m_view));
    // Titles wrap, so rows follow the title column's width.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, m_view, [this](int column) {
        if (column == RoadmapModel::TitleColumn)
            m_view->resizeRowsToContents();
    });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(RoadmapModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RoadmapModel::OwnerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RoadmapModel::DueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RoadmapModel::StatusColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    m_empty->setText(tr("No actions yet. Add one here, create one from a finding (right-click it) "
                        "or a kaizen burst (in the inspector), or on a future-state map use Map "
                        "→ Turn changes into actions."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, canvas::style::mutedInk());
    m_empty->setPalette(muted);
    m_summary->setPalette(muted);
    layout->addWidget(m_empty, 1);

    auto* buttons = new QHBoxLayout;
    m_add->setToolTip(tr("Add an action to this map's roadmap (Ctrl+Shift+A)"));
    m_delete->setToolTip(tr("Delete the picked action"));
    m_status->setToolTip(tr("Set the picked action's status"));
    auto* statusMenu = new QMenu(m_status);
    fillStatusMenu(statusMenu);
    m_status->setMenu(statusMenu);
    buttons->addWidget(m_add);
    buttons->addWidget(m_status);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addAction(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelectedAction(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                updateButtons();
                if (!m_syncing && current.isValid())
                    emit actionActivated(m_model->idAt(current.row()));
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoadmapPanel::updateButtons);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit actionActivated(m_model->idAt(index.row()));
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid() || !m_document || m_document->isReadOnly())
            return;
        m_view->setCurrentIndex(index);
        QMenu menu(this);
        fillStatusMenu(&menu);
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, [this] { deleteSelectedAction(); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    m_view->installEventFilter(this);
    refresh();
}

void RoadmapPanel::fillStatusMenu(QMenu* menu) {
    const QList<std::pair<ActionStatus, QString>> items = {
        {ActionStatus::Planned, tr("Mark as planned")},
        {ActionStatus::InProgress, tr("Mark as in progress")},
        {ActionStatus::Done, tr("Mark as done")},
        {ActionStatus::Dropped, tr("Mark as dropped")}};
    for (const auto& [status, text] : items)
        menu->addAction(text, this, [this, status] { setSelectedStatus(status); });
}

void RoadmapPanel::setDocument(Document* document) {
    if (followDocument(m_document, m_documentConnection, document, this, &RoadmapPanel::refresh)) {
        m_model->setSource(document, m_map);
        refresh();
    }
}

void RoadmapPanel::setMap(MapUid map) {
    m_map = map;
    m_model->setSource(m_document, map);
    refresh();
}

const Map* RoadmapPanel::map() const {
    return m_document ? m_document->map(m_map) : nullptr;
}

void RoadmapPanel::refresh() {
    if (!m_whenShown->mayRefresh())
        return;
    const Id selected = selectedAction();
    m_syncing = true;
    m_model->refresh();
    const int row = m_model->rowOf(selected);
    if (row >= 0 && m_view->currentIndex().row() != row)
        m_view->setCurrentIndex(m_model->index(row, RoadmapModel::TitleColumn));
    m_syncing = false;

    const Map* m = map();
    const qsizetype total = m ? m->actions.size() : 0;
    m_view->setVisible(total > 0);
    m_empty->setVisible(m && total == 0);
    if (!m) {
        m_summary->setText(tr("No map open"));
    } else if (total > 0) {
        int done = 0;
        int open = 0;
        for (const Action& a : m->actions) {
            done += a.status == ActionStatus::Done;
            open += a.status == ActionStatus::Planned || a.status == ActionStatus::InProgress;
        }
        QString text = total == 1
                           ? tr("1 action: %1 open, %2 done").arg(open).arg(done)
                           : tr("%1 actions: %2 open, %3 done").arg(total).arg(open).arg(done);
        if (const int overdue = m_model->overdueCount())
            text += u" · "_s + tr("%n overdue", nullptr, overdue);
        m_summary->setText(text);
    } else {
        m_summary->clear();
    }
    m_summary->setVisible(total > 0 || !m);
    updateButtons();
}

void RoadmapPanel::updateButtons() {
    const bool editable = map() && !m_document->isReadOnly();
    const bool picked = !selectedAction().isEmpty();
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && picked);
    m_status->setEnabled(editable && picked);
}

void RoadmapPanel::selectAction(const Id& action) {
    m_syncing = true;
    const int row = m_model->rowOf(action);
    if (row < 0)
        m_view->selectionModel()->clear();
    else
        m_view->setCurrentIndex(m_model->index(row, RoadmapModel::TitleColumn));
    m_syncing = false;
    updateButtons();
}

Id RoadmapPanel::selectedAction() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? Id() : m_model->idAt(rows.first().row());
}

Id RoadmapPanel::addAction(std::optional<Action> draft) {
    const Map* m = map();
    if (!m || m_document->isReadOnly())
        return {};
    const bool blank = !draft;
    if (blank) {
        draft = Action{};
        draft->id = freeId(*m, m_document->idPrefix(u"action"_s));
        draft->title = tr("New action");
    }
    commands::CommandPtr command = commands::addElement(m_document, m_map, *draft);
    if (!command || !m_document->push(command.release()))
        return {};
    selectAction(draft->id);
    const QModelIndex title = m_model->index(m_model->rowOf(draft->id), RoadmapModel::TitleColumn);
    m_view->scrollTo(title);
    emit actionActivated(draft->id);
    if (blank && isVisible())
        m_view->edit(title);
    return draft->id;
}

bool RoadmapPanel::deleteSelectedAction() {
    const Id action = selectedAction();
    if (action.isEmpty() || !map())
        return false;
    commands::CommandPtr command =
        commands::removeElements(m_document, m_map, {{ElementKind::Action, action}});
    return command && m_document->push(command.release());
}

bool RoadmapPanel::setSelectedStatus(ActionStatus status) {
    const Map* m = map();
    const Action* current = m ? m->find<Action>(selectedAction()) : nullptr;
    if (!current)
        return false;
    Action changed = *current;
    changed.status = status;
    commands::CommandPtr command = commands::changeElement(m_document, m_map, changed);
    return command && m_document->push(command.release());
}

bool RoadmapPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            // The table's Delete deletes the action, not whatever the canvas has selected.
            if (event->type() == QEvent::KeyPress)
                deleteSelectedAction();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sb::panels
