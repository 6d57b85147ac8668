#pragma once

#include <QTableWidget>

namespace sb::panels {

// A read-only table as tall as its rows, with no scroll bars: the dock around it scrolls as one
// page. Text wraps in the columns that stretch, and rows grow to fit it at every width.
class FittedTable : public QTableWidget {
    Q_OBJECT
public:
    FittedTable(int rows, int columns, QWidget* parent = nullptr);

    // Sets a cell's text (creating the item, aligned, when it has none).
    QTableWidgetItem* setCell(int row, int column, const QString& text,
                              Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
    // Fits the rows to their text again; call after changing it.
    void fit();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace sb::panels
