#include "fitted_table.h"

#include <QHeaderView>
#include <QResizeEvent>

namespace sb::panels {

FittedTable::FittedTable(int rows, int columns, QWidget* parent)
    : QTableWidget(rows, columns, parent) {
    QFont font = this->font();
    font.setPointSizeF(11);
    setFont(font);
    horizontalHeader()->setFont(font);
    verticalHeader()->setFont(font);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QTableWidgetItem* FittedTable::setCell(int row, int column, const QString& text,
                                       Qt::Alignment alignment) {
    QTableWidgetItem* cell = item(row, column);
    if (!cell) {
        cell = new QTableWidgetItem;
        cell->setTextAlignment(alignment);
        setItem(row, column, cell);
    }
    if (cell->text() != text)
        cell->setText(text);
    return cell;
}

void FittedTable::fit() {
    resizeRowsToContents();
    updateGeometry();
}

void FittedTable::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fit();
}

QSize FittedTable::sizeHint() const {
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    return {QTableWidget::sizeHint().width(), height};
}

} // namespace sb::panels
