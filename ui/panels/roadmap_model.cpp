#include "roadmap_model.h"

#include "canvas/canvas_style.h"
#include "commands/commands.h"
#include "facilitation/roadmap_order.h"
#include "labels.h"
#include "team_glyph.h"

#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace sb::panels {

namespace {

bool isClosed(ActionStatus s) {
    return s == ActionStatus::Done || s == ActionStatus::Dropped;
}

QColor overdueColor() {
    return QColor(0xb3, 0x26, 0x1e);
}

} // namespace

RoadmapModel::RoadmapModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RoadmapModel::setSource(Document* document, MapUid map) {
    m_document = document;
    m_map = map;
    refresh();
}

void RoadmapModel::setToday(QDate today) {
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Map* RoadmapModel::map() const {
    return m_document ? m_document->map(m_map) : nullptr;
}

void RoadmapModel::refresh() {
    const Map* m = map();
    QList<Action> rows = m ? inRoadmapOrder(m->actions) : QList<Action>();
    // Looked up per row and paint: worked out once per change.
    m_teamColors = m ? m->teamColors() : QHash<Id, QColor>();
    m_teamNames.clear();
    if (m)
        for (const Team& t : m->teams)
            if (!m_teamNames.contains(t.id)) // the first of an id, as Map::nameOf
                m_teamNames.insert(t.id, t.name.isNull() ? t.id : t.name);
    bool sameOrder = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameOrder && i < rows.size(); ++i)
        sameOrder = rows[i].id == m_rows[i].id;
    if (!sameOrder) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // Team names and colours may have changed with the actions staying the same.
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Id RoadmapModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : Id();
}

int RoadmapModel::rowOf(const Id& id) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int RoadmapModel::overdueCount() const {
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [&](const Action& a) { return isOverdue(a, m_today); }));
}

int RoadmapModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RoadmapModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoadmapModel::linksText(const Action& action) const {
    const Map* m = map();
    QStringList parts;
    if (m)
        for (const Id& id : action.links)
            parts << m->nameOf(id);
    if (!action.findings.isEmpty())
        parts << (action.findings.size() == 1 ? tr("1 finding")
                                              : tr("%1 findings").arg(action.findings.size()));
    return parts.join(u", "_s);
}

QVariant RoadmapModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Action& a = m_rows[index.row()];
    const Map* m = map();
    const bool overdue = isOverdue(a, m_today);
    if (role == IdRole)
        return a.id;
    if (role == OverdueRole)
        return overdue;
    if (role == AboutRole)
        return linksText(a);
    if (role == Qt::ForegroundRole) {
        if (index.column() == DueColumn && overdue)
            return overdueColor();
        if (isClosed(a.status) || (index.column() == DueColumn && !a.due.isValid()) ||
            (index.column() == OwnerColumn && a.owner.isEmpty()))
            return canvas::style::mutedInk();
        return {};
    }
    if (role == Qt::FontRole) {
        QFont font;
        if (index.column() == DueColumn && overdue)
            font.setBold(true);
        if (a.status == ActionStatus::Dropped && index.column() == TitleColumn)
            font.setStrikeOut(true);
        return font;
    }
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.title;
        if (role == Qt::ToolTipRole) {
            QString tip = a.title;
            if (const QString about = linksText(a); !about.isEmpty())
                tip += u'\n' + tr("About: %1").arg(about);
            if (!a.note.isEmpty())
                tip += u"\n\n"_s + a.note;
            return tip;
        }
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole)
            if (a.owner.isEmpty() || !m)
                return tr("No owner");
        if (const auto team = m_teamNames.constFind(a.owner); team != m_teamNames.cend())
            return *team;
        return m->nameOf(a.owner);
        if (role == Qt::EditRole)
            return a.owner;
        if (role == Qt::DecorationRole && m && !a.owner.isEmpty())
            return colorSwatchIcon(m_teamColors.value(a.owner));
        break;
    case DueColumn:
        if (role == Qt::DisplayRole) {
            if (!a.due.isValid())
                return tr("No date");
            const QString date = QLocale().toString(a.due, QLocale::ShortFormat);
            return overdue ? u"⚠ "_s + date : date; // red and bold too; the tooltip says it
        }
        if (role == Qt::EditRole)
            return a.due.isValid() ? a.due : m_today.addDays(14);
        if (role == Qt::ToolTipRole && overdue)
            return a.due.daysTo(m_today) == 1 ? tr("Overdue by 1 day")
                                              : tr("Overdue by %1 days").arg(a.due.daysTo(m_today));
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return actionStatusLabel(a.status);
        if (role == Qt::EditRole)
            return static_cast<int>(a.status);
        break;
    default:
        break;
    }
    return {};
}

QVariant RoadmapModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags RoadmapModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool RoadmapModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const Map* m = map();
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size() || !m)
        return false;
    const Action* current = m->find<Action>(m_rows[index.row()].id);
    if (!current)
        return false;
    Action changed = *current;
    QString field;
    switch (index.column()) {
    case TitleColumn:
        changed.title = value.toString().trimmed();
        if (changed.title.isEmpty())
            return false;
        field = u"title"_s;
        break;
    case OwnerColumn:
        changed.owner = value.toString();
        field = u"owner"_s;
        break;
    case DueColumn:
        changed.due = value.toDate();
        field = u"due"_s;
        break;
    case StatusColumn:
        changed.status = static_cast<ActionStatus>(value.toInt());
        field = u"status"_s;
        break;
    default:
        return false;
    }
    commands::CommandPtr command = commands::changeElement(m_document, m_map, changed, field);
    return command && m_document->push(command.release());
}

} // namespace sb::panels
