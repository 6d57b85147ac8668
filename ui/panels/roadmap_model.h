#pragma once

#include "model/document.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QPointer>

namespace sb::panels {

// The actions of one map as table rows in roadmap order (inRoadmapOrder); the title cell also
// carries what the action is about (AboutRole), drawn under the title. Title, owner, due date
// and status are edited in place: each edit is a command.
class RoadmapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        OverdueRole, // bool: due before today and neither done nor dropped
        AboutRole,   // what it is about: linked elements' names and its findings' count
    };

    explicit RoadmapModel(QObject* parent = nullptr);

    void setSource(Document* document, MapUid map);
    // Takes the map's actions again; rows that stay in place keep their selection.
    void refresh();
    // The day overdue is measured against; today unless a test sets it.
    void setToday(QDate today);
    QDate today() const { return m_today; }

    Id idAt(int row) const;
    int rowOf(const Id& id) const;
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

private:
    const Map* map() const;
    QString linksText(const Action& action) const;

    QPointer<Document> m_document;
    MapUid m_map = 0;
    QList<Action> m_rows;
    QHash<Id, QColor> m_teamColors;
    QHash<Id, QString> m_teamNames;
    QDate m_today = QDate::currentDate();
};

} // namespace sb::panels
