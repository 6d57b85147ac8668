#pragma once

#include "model/document.h"
#include "refresh_when_shown.h"

#include <QPointer>
#include <QWidget>

class QListView;
class QModelIndex;
class QPushButton;

namespace sb::panels {

class TeamsModel;

// The teams dock: the map's teams with their type glyph, colour, size and what they own. Teams
// are added and deleted here (through commands) and dragged from here onto stages, streams and
// capabilities to make them owners.
class TeamsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TeamsPanel(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void setMap(MapUid map);

    // Selects the team's row without emitting teamActivated; an empty id clears the selection.
    void selectTeam(const Id& team);
    Id selectedTeam() const;

    // What the Add and Delete buttons do. addTeam returns the new team's id (empty when the
    // document refused it), selects it and emits teamActivated.
    Id addTeam();
    bool deleteSelectedTeam();

    TeamsModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* deleteButton() const { return m_delete; }

signals:
    // The user picked a team (or clicked the one already picked): show it in the inspector.
    void teamActivated(const sb::Id& team);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void updateButtons();
    const Map* map() const;

    QPointer<Document> m_document;
    RefreshWhenShown* m_whenShown;
    MapUid m_map = 0;
    TeamsModel* m_model;
    QListView* m_view;
    QPushButton* m_add;
    QPushButton* m_delete;
    QMetaObject::Connection m_documentConnection;
    bool m_syncing = false;    // selection changes are the panel's own, not the user's
    int m_rowBeforePress = -1; // the current row when the mouse went down
};

} // namespace sb::panels
