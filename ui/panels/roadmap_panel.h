#pragma once

#include "model/document.h"
#include "refresh_when_shown.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace sb::panels {

class RoadmapModel;

// The Roadmap dock: the improvement actions of the current map in a table (title with what it
// is about beneath, owner team with its colour, due date, status), open ones first and by due date,
// overdue ones in red. Cells are edited in place; the status also from the Status button and
// the context menu. Picking a row emits actionActivated, for the inspector to show it.
class RoadmapPanel : public QWidget {
    Q_OBJECT
public:
    explicit RoadmapPanel(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void setMap(MapUid map);

    // Adds the action (a new one titled "New action" when none is given) as one command, picks
    // it and emits actionActivated; returns its id, empty when the document refused it. A new
    // blank action opens its title for typing.
    Id addAction(std::optional<Action> draft = std::nullopt);
    bool deleteSelectedAction();
    bool setSelectedStatus(ActionStatus status);

    // Picks the action's row without emitting actionActivated; empty clears the pick.
    void selectAction(const Id& action);
    Id selectedAction() const;

    RoadmapModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* statusButton() const { return m_status; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* emptyLabel() const { return m_empty; }

signals:
    void actionActivated(const sb::Id& action);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void updateButtons();
    void fillStatusMenu(QMenu* menu);
    const Map* map() const;

    QPointer<Document> m_document;
    RefreshWhenShown* m_whenShown;
    MapUid m_map = 0;
    RoadmapModel* m_model;
    QLabel* m_summary;
    QTableView* m_view;
    QLabel* m_empty;
    QPushButton* m_add;
    QPushButton* m_delete;
    QPushButton* m_status;
    QMetaObject::Connection m_documentConnection;
    bool m_syncing = false;
};

} // namespace sb::panels
