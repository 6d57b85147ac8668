#pragma once

#include "model/map.h"

#include <QStyledItemDelegate>
#include <functional>

namespace sb::panels {

// Draws the title cell as the title (wrapped) over what the action is about (small, muted) and
// edits the roadmap's cells in place: the owner and the status in a combo box, the due date in
// a date field with a calendar, the title in a line field. Picks are committed at once.
class RoadmapDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // map gives the map whose teams the owner combo offers.
    RoadmapDelegate(std::function<const Map*()> map, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    std::function<const Map*()> m_map;
};

} // namespace sb::panels
