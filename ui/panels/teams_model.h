#pragma once

#include "model/map.h"

#include <QAbstractListModel>

namespace sb::panels {

// The teams of one map as list rows, in file order. Each row can be dragged onto the canvas: its
// mime data carries the team id under MapScene::teamMimeType.
class TeamsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,      // TeamType as int
        ColorRole,     // the colour the team is drawn in
        DetailRole,    // type and size, e.g. "Platform · 7 people"
        OwnershipRole, // what it owns, e.g. "3 stages · 1 stream"
    };

    explicit TeamsModel(QObject* parent = nullptr);

    // Takes the map's teams; rows that stay the same keep their selection.
    void setMap(const Map* map);
    Id idAt(int row) const;
    int rowOf(const Id& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Row {
        Team team;
        QColor color;
        int stages = 0;
        int streams = 0;
        int capabilities = 0;
        bool operator==(const Row&) const = default;
    };
    static QString detail(const Row& row);
    static QString ownership(const Row& row);

    QList<Row> m_rows;
};

} // namespace sb::panels
