#pragma once

#include <QStyledItemDelegate>

namespace sb::panels {

// Draws a team row of TeamsModel: the team's colour as a bar, its type's glyph, its name, and
// underneath its type and size and what it owns.
class TeamRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace sb::panels
