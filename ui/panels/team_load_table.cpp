#include "team_load_table.h"

#include "canvas/canvas_style.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

namespace sb::panels {

namespace {

QIcon swatch(const QColor& color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace

TeamLoadTable::TeamLoadTable(QWidget* parent)
    : FittedTable(0, columnCount, parent) {
    setHorizontalHeaderLabels({tr("Team"), tr("Stages"), tr("Streams"), tr("In"), tr("Out")});
    horizontalHeaderItem(Stages)->setToolTip(tr("Stages the team owns"));
    horizontalHeaderItem(Streams)->setToolTip(tr("Streams the team owns"));
    horizontalHeaderItem(HandoffsIn)
        ->setToolTip(tr("Handoffs in: flows from another team's "
                        "stage into a stage of this team"));
    horizontalHeaderItem(HandoffsOut)
        ->setToolTip(tr("Handoffs out: flows from a stage of this "
                        "team to another team's stage"));
    horizontalHeader()->setSectionResizeMode(Team, QHeaderView::Stretch);
    for (int c = Stages; c < columnCount; ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    verticalHeader()->setVisible(false);
    setWordWrap(false);
}

void TeamLoadTable::setLoads(const QList<TeamLoad>& loads) {
    setRowCount(static_cast<int>(loads.size()));
    for (int row = 0; row < loads.size(); ++row) {
        const TeamLoad& load = loads[row];
        QTableWidgetItem* team = setCell(row, Team, load.name);
        team->setIcon(swatch(load.color));
        team->setToolTip(load.name);
        setCell(row, Stages, QString::number(load.stages), Qt::AlignCenter);
        setCell(row, Streams, QString::number(load.streams), Qt::AlignCenter);
        setCell(row, HandoffsIn, QString::number(load.handoffsIn), Qt::AlignCenter);
        setCell(row, HandoffsOut, QString::number(load.handoffsOut), Qt::AlignCenter)
            ->setForeground(load.handoffsOut > 0 ? canvas::style::handoff() : canvas::style::ink());
    }
    fit();
}

} // namespace sb::panels
