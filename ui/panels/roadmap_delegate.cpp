#include "roadmap_delegate.h"

#include "canvas/canvas_style.h"
#include "field_widgets.h"
#include "labels.h"
#include "roadmap_model.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLocale>
#include <QPainter>
#include <QTableView>

namespace sb::panels {

RoadmapDelegate::RoadmapDelegate(std::function<const Map*()> map, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_map(std::move(map)) {}

namespace {

constexpr int padding = 4;

QFont aboutFont(const QFont& base) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    f.setBold(false);
    f.setStrikeOut(false);
    return f;
}

} // namespace

void RoadmapDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    if (index.column() != RoadmapModel::TitleColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString about = index.data(RoadmapModel::AboutRole).toString();
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    QColor ink = selected ? opt.palette.color(group, QPalette::HighlightedText)
                          : index.data(Qt::ForegroundRole).value<QColor>();
    if (!ink.isValid())
        ink = canvas::style::ink();
    QColor muted = selected ? ink : canvas::style::mutedInk();
    const QRect r = opt.rect.adjusted(padding, padding, -padding, -padding);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(ink);
    QRect used;
    painter->drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title, &used);
    if (!about.isEmpty()) {
        const QFont small = aboutFont(opt.font);
        painter->setFont(small);
        painter->setPen(muted);
        const QRect line(r.left(), used.bottom() + 2, r.width(), QFontMetrics(small).height());
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(about, Qt::ElideRight, r.width()));
    }
    painter->restore();
}

QSize RoadmapDelegate::sizeHint(const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != RoadmapModel::TitleColumn)
        return size + QSize(0, 2 * padding);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto* view = qobject_cast<const QAbstractItemView*>(opt.widget);
    const auto* table = view ? qobject_cast<const QTableView*>(view) : nullptr;
    const int width =
        std::max(60, (table ? table->columnWidth(index.column()) : size.width()) - 2 * padding);
    const QRect title = QFontMetrics(opt.font).boundingRect(
        QRect(0, 0, width, 100000), Qt::AlignLeft | Qt::TextWordWrap, opt.text);
    int height = title.height() + 2 * padding;
    if (!index.data(RoadmapModel::AboutRole).toString().isEmpty())
        height += 2 + QFontMetrics(aboutFont(opt.font)).height();
    return {size.width(), height};
}

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
