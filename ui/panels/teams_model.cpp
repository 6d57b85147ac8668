#include "teams_model.h"

#include "canvas/map_scene.h"
#include "labels.h"
#include "team_glyph.h"

#include <QMimeData>

namespace sb::panels {

TeamsModel::TeamsModel(QObject* parent)
    : QAbstractListModel(parent) {}

void TeamsModel::setMap(const Map* map) {
    QList<Row> rows;
    if (map) {
        // Counted in one pass over the map, not once per team.
        QHash<Id, int> stages;
        QHash<Id, int> streams;
        QHash<Id, int> capabilities;
        for (const Stage& s : map->stages)
            ++stages[s.owner];
        for (const Stream& s : map->streams)
            ++streams[s.owner];
        for (const Capability& c : map->capabilities)
            ++capabilities[c.owner];
        const QHash<Id, QColor> colors = map->teamColors();
        for (const Team& t : map->teams) {
            Row row{t, colors.value(t.id)};
            row.stages = stages.value(t.id);
            row.streams = streams.value(t.id);
            row.capabilities = capabilities.value(t.id);
            rows.append(row);
        }
    }
    bool sameTeams = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameTeams && i < rows.size(); ++i)
        sameTeams = rows[i].team.id == m_rows[i].team.id;
    if (!sameTeams) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_rows[i])
            continue;
        m_rows[i] = rows[i];
        emit dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
    }
}

Id TeamsModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].team.id : Id();
}

int TeamsModel::rowOf(const Id& id) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].team.id == id)
            return static_cast<int>(i);
    return -1;
}

int TeamsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

namespace {

// "1 stage", "3 stages": the count with its noun.
QString counted(int n, const QString& one, const QString& many) {
    return n == 1 ? one : many.arg(n);
}

} // namespace

QString TeamsModel::detail(const Row& row) {
    QString text = teamTypeLabel(row.team.type);
    if (row.team.size)
        text += QStringLiteral(" · ") + counted(*row.team.size, tr("1 person"), tr("%1 people"));
    return text;
}

QString TeamsModel::ownership(const Row& row) {
    QStringList parts;
    if (row.stages)
        parts << counted(row.stages, tr("1 stage"), tr("%1 stages"));
    if (row.streams)
        parts << counted(row.streams, tr("1 stream"), tr("%1 streams"));
    if (row.capabilities)
        parts << counted(row.capabilities, tr("1 capability"), tr("%1 capabilities"));
    return parts.isEmpty() ? tr("Owns nothing yet")
                           : tr("Owns %1").arg(parts.join(QStringLiteral(", ")));
}

QVariant TeamsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.team.name;
    case Qt::DecorationRole:
        return teamTypeIcon(row.team.type);
    case Qt::ToolTipRole: {
        QString tip = detail(row) + u'\n' + ownership(row);
        for (const RoleCount& r : row.team.roles)
            tip += u'\n' + tr("%1: %2").arg(r.role).arg(r.people);
        return tip;
    }
    case IdRole:
        return row.team.id;
    case TypeRole:
        return static_cast<int>(row.team.type);
    case ColorRole:
        return row.color;
    case DetailRole:
        return detail(row);
    case OwnershipRole:
        return ownership(row);
    default:
        return {};
    }
}

Qt::ItemFlags TeamsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList TeamsModel::mimeTypes() const {
    return {QLatin1String(canvas::MapScene::teamMimeType)};
}

QMimeData* TeamsModel::mimeData(const QModelIndexList& indexes) const {
    // A drop assigns one owner: the first dragged row's team.
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.row() >= m_rows.size())
            continue;
        auto* mime = new QMimeData;
        mime->setData(QLatin1String(canvas::MapScene::teamMimeType),
                      m_rows[index.row()].team.id.toUtf8());
        return mime;
    }
    return nullptr;
}

Qt::DropActions TeamsModel::supportedDragActions() const {
    return Qt::CopyAction;
}

} // namespace sb::panels
