#include "team_row_delegate.h"

#include "team_glyph.h"
#include "teams_model.h"

#include <QApplication>
#include <QPainter>

namespace sb::panels {

namespace {

constexpr int padding = 8;
constexpr int barWidth = 6;
constexpr int glyphWidth = 36;

QFont nameFont(const QFont& base) {
    QFont f = base;
    f.setBold(true);
    return f;
}

} // namespace

void TeamRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect.adjusted(padding, padding, -padding, -padding);
    painter->setPen(Qt::NoPen);
    painter->setBrush(index.data(TeamsModel::ColorRole).value<QColor>());
    painter->drawRoundedRect(QRectF(r.left(), r.top(), barWidth, r.height()), 3, 3);

    const QFontMetrics nameMetrics(nameFont(opt.font));
    QRect glyph(0, 0, glyphWidth, glyphWidth * 2 / 3);
    glyph.moveCenter({r.left() + barWidth + padding + glyphWidth / 2, r.center().y()});
    paintTeamGlyph(painter, glyph, static_cast<TeamType>(index.data(TeamsModel::TypeRole).toInt()));

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor ink =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = ink;
    muted.setAlphaF(0.72f);

    const int textLeft = glyph.right() + padding;
    QRect line(textLeft, r.top(), r.right() - textLeft, nameMetrics.height());
    painter->setFont(nameFont(opt.font));
    painter->setPen(ink);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                             line.width()));
    const QFontMetrics metrics(opt.font);
    painter->setFont(opt.font);
    painter->setPen(muted);
    for (int role : {int(TeamsModel::DetailRole), int(TeamsModel::OwnershipRole)}) {
        line = QRect(textLeft, line.bottom() + 2, line.width(), metrics.height());
        painter->drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(index.data(role).toString(), Qt::ElideRight, line.width()));
    }
    painter->restore();
}

QSize TeamRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const int name = QFontMetrics(nameFont(option.font)).height();
    const int line = option.fontMetrics.height();
    return {barWidth + glyphWidth + 160, 2 * padding + name + 2 * (line + 2)};
}

} // namespace sb::panels
