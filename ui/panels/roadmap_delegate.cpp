#include "roadmap_delegate.h"

#include "field_widgets.h"
#include "labels.h"
#include "roadmap_model.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLocale>

namespace sb::panels {

RoadmapDelegate::RoadmapDelegate(std::function<const Map*()> map, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_map(std::move(map)) {}

QWidget* RoadmapDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const {
    switch (index.column()) {
    case RoadmapModel::OwnerColumn: {
        auto* combo = new QComboBox(parent);
        if (const Map* m = m_map())
            showChoices(combo, teamChoices(*m, tr("No owner")), {});
        connect(combo, &QComboBox::activated, this, [this, combo] {
            emit const_cast<RoadmapDelegate*>(this)->commitData(combo);
            emit const_cast<RoadmapDelegate*>(this)->closeEditor(combo);
        });
        return combo;
    }
    case RoadmapModel::StatusColumn: {
        auto* combo = new QComboBox(parent);
        for (ActionStatus s : {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done,
                               ActionStatus::Dropped})
            addEnumItem(combo, s, actionStatusLabel(s));
        connect(combo, &QComboBox::activated, this, [this, combo] {
            emit const_cast<RoadmapDelegate*>(this)->commitData(combo);
            emit const_cast<RoadmapDelegate*>(this)->closeEditor(combo);
        });
        return combo;
    }
    case RoadmapModel::DueColumn: {
        auto* date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        return date;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RoadmapDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(value.toDate());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void RoadmapDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else if (auto* date = qobject_cast<QDateEdit*>(editor))
        model->setData(index, date->date(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace sb::panels
