#include "findings_model.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace sb::panels {

std::size_t severitySlot(Severity severity) {
    const auto slot = static_cast<std::size_t>(severity);
    return slot < std::size(allSeverities) ? slot : std::size(allSeverities) - 1;
}

QString severityTitle(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return FindingsModel::tr("Errors");
    case Severity::Warning:
        return FindingsModel::tr("Warnings");
    case Severity::Info:
        break;
    }
    return FindingsModel::tr("Info");
}

QColor severityColor(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QColor(0xd0, 0x32, 0x2b);
    case Severity::Warning:
        return QColor(0xf0, 0xa2, 0x02);
    case Severity::Info:
        break;
    }
    return QColor(0x1f, 0x6f, 0xd1);
}

void paintSeverityIcon(QPainter* painter, const QRectF& rect, Severity severity) {
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(severityColor(severity));
    // The sign inside is drawn, not typed, so it looks the same in every font.
    QColor mark = Qt::white;
    qreal top = box.top() + side * 0.22;
    qreal bottom = box.top() + side * 0.58;
    qreal dot = box.top() + side * 0.74;
    if (severity == Severity::Warning) {
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top() + side * 0.04);
        triangle.lineTo(box.right() - side * 0.02, box.bottom() - side * 0.08);
        triangle.lineTo(box.left() + side * 0.02, box.bottom() - side * 0.08);
        triangle.closeSubpath();
        painter->setPen(
            QPen(severityColor(severity), side * 0.08, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(triangle);
        mark = QColor(0x26, 0x2b, 0x33); // dark on amber reads better than white
        top = box.top() + side * 0.34;
        bottom = box.top() + side * 0.64;
        dot = box.top() + side * 0.78;
    } else {
        painter->drawEllipse(box);
    }
    const qreal stroke = side * 0.13;
    painter->setPen(QPen(mark, stroke, Qt::SolidLine, Qt::RoundCap));
    const qreal x = box.center().x();
    if (severity == Severity::Info) {
        // "i": the dot above, the stem below.
        painter->drawPoint(QPointF(x, box.top() + side * 0.28));
        painter->drawLine(QPointF(x, box.top() + side * 0.46), QPointF(x, box.top() + side * 0.76));
    } else {
        painter->drawLine(QPointF(x, top), QPointF(x, bottom));
        painter->drawPoint(QPointF(x, dot));
    }
    painter->restore();
}

QIcon severityIcon(Severity severity) {
    QIcon icon;
    for (const int side : {16, 24, 32, 48}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintSeverityIcon(&painter, QRectF(0, 0, side, side), severity);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractItemModel(parent) {
    for (const Severity severity : allSeverities)
        m_icons[severitySlot(severity)] = severityIcon(severity);
}

void FindingsModel::setFindings(const QList<Finding>& findings, const Map* map) {
    // The very list shown (an analysis that kept its findings): a stream's name or a stage's
    // stream, which the groups show, cannot have changed without the rules running again.
    if (findings.constData() == m_findings.constData() && findings.size() == m_findings.size() &&
        map == m_map)
        return;
    m_map = map;
    // Handoffs gather under the stream of the flow's first stage (subjects: flow, from, to).
    // Built only when there are handoffs, and looked up by hash: a large map has thousands.
    // Only the stages handoffs start from are looked up: a large map has a hundred thousand.
    QHash<Id, Id> streamOfStage;
    for (const Finding& f : findings)
        if (f.rule == u"handoff" && f.subjects.size() >= 2)
            streamOfStage.insert(f.subjects[1], Id());
    QHash<Id, const Stream*> streams;
    if (map && !streamOfStage.isEmpty()) {
        for (const Stage& stage : map->stages)
            if (auto it = streamOfStage.find(stage.id); it != streamOfStage.end() && it->isNull())
                *it = stage.stream; // the first of an id, as Map::find
        for (const Stream& stream : map->streams)
            if (!streams.contains(stream.id))
                streams.insert(stream.id, &stream);
    }
    QList<Id> streamOf(findings.size());
    QHash<Id, QString> names;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        if (f.rule != u"handoff" || f.subjects.size() < 2)
            continue;
        const Stream* stream = streams.value(streamOfStage.value(f.subjects[1]));
        if (!stream)
            continue;
        streamOf[i] = stream->id;
        names.insert(stream->id, stream->name.isEmpty() ? stream->id : stream->name);
    }
    if (findings == m_findings && streamOf == m_streamOf && names == m_streamNames)
        return;
    const bool sameGroups = streamOf == m_streamOf;
    m_streamOf = std::move(streamOf);
    m_streamNames = std::move(names);
    const QList<Finding> before = std::exchange(m_findings, findings);
    rebuild(sameGroups ? &before : nullptr);
}

void FindingsModel::setFilterText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    rebuild();
}

void FindingsModel::setSeverityShown(Severity severity, bool shown) {
    bool& slot = m_shown[severitySlot(severity)];
    if (slot == shown)
        return;
    slot = shown;
    rebuild();
}

bool FindingsModel::isSeverityShown(Severity severity) const {
    return m_shown[severitySlot(severity)];
}

int FindingsModel::count(Severity severity) const {
    return m_totals[severitySlot(severity)];
}

int FindingsModel::shownCount(Severity severity) const {
    return m_shownCounts[severitySlot(severity)];
}

bool FindingsModel::passes(const Finding& finding) const {
    if (!m_shown[severitySlot(finding.severity)])
        return false;
    return m_filterText.isEmpty() || finding.message.contains(m_filterText, Qt::CaseInsensitive) ||
           finding.rule.contains(m_filterText, Qt::CaseInsensitive);
}

void FindingsModel::rebuild(const QList<Finding>* before) {
    std::array<QList<Row>, severityCount> rows;
    std::array<int, severityCount> shownCounts{};
    std::array<int, severityCount> totals{};
    QList<StreamGroup> groups;
    QHash<Id, qsizetype> groupOf; // stream → position in groups
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const Finding& finding = m_findings.at(i);
        const std::size_t slot = severitySlot(finding.severity);
        ++totals[slot];
        const bool shown = passes(finding);
        shownCounts[slot] += shown ? 1 : 0;
        const Id& stream = m_streamOf.value(i);
        if (stream.isEmpty()) {
            if (shown)
                rows[slot].append({i, -1});
            continue;
        }
        auto at = groupOf.find(stream);
        if (at == groupOf.end()) {
            at = groupOf.insert(stream, groups.size());
            groups.append({finding.severity, stream, m_streamNames.value(stream), {}, 0});
        }
        StreamGroup& group = groups[*at];
        ++group.total;
        if (!shown)
            continue;
        if (group.shown.isEmpty())
            rows[slot].append({-1, *at});
        group.shown.append(i);
    }
    // Stream groups that show nothing have no row: number the others from 0.
    QList<qsizetype> renumbered(groups.size(), -1);
    QList<StreamGroup> listed;
    for (qsizetype g = 0; g < groups.size(); ++g)
        if (!groups[g].shown.isEmpty()) {
            renumbered[g] = listed.size();
            listed.append(std::move(groups[g]));
        }
    for (QList<Row>& severityRows : rows)
        for (Row& row : severityRows)
            if (row.streamGroup >= 0)
                row.streamGroup = renumbered[row.streamGroup];

    // Only messages or stream names changed (a rename, a new time) and the same findings pass
    // the filter: the rows stay, and so do the view's selection, expansion and scroll position.
    const auto sameFinding = [](const Finding& a, const Finding& b) {
        return a.rule == b.rule && a.severity == b.severity && a.subjects == b.subjects;
    };
    const auto sameMembers = [](const StreamGroup& a, const StreamGroup& b) {
        return a.stream == b.stream && a.shown == b.shown && a.total == b.total;
    };
    if (before &&
        std::equal(before->begin(), before->end(), m_findings.begin(), m_findings.end(),
                   sameFinding) &&
        rows == m_rows &&
        std::equal(listed.begin(), listed.end(), m_streamGroups.begin(), m_streamGroups.end(),
                   sameMembers)) {
        for (qsizetype i = 0; i < m_findings.size(); ++i) {
            if ((*before)[i] == m_findings.at(i))
                continue;
            if (const QModelIndex changed = indexOfFinding(i); changed.isValid())
                emit dataChanged(changed, changed);
        }
        for (qsizetype g = 0; g < listed.size(); ++g) {
            if (listed[g].name == m_streamGroups[g].name)
                continue;
            m_streamGroups[g].name = listed[g].name;
            const QModelIndex changed = streamGroupIndex(listed[g].stream);
            emit dataChanged(changed, changed);
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_shownCounts = shownCounts;
    m_totals = totals;
    m_streamGroups = std::move(listed);
    m_groups.clear();
    for (const Severity severity : allSeverities)
        if (!m_rows[severitySlot(severity)].isEmpty())
            m_groups.append(severity);
    endResetModel();
}

QString FindingsModel::groupTitle(Severity severity) const {
    const int shown = shownCount(severity);
    const int all = count(severity);
    if (shown == all)
        return tr("%1 (%2)").arg(severityTitle(severity)).arg(all);
    return tr("%1 (%2 of %3)").arg(severityTitle(severity)).arg(shown).arg(all);
}

// "Purchase: 12 handoffs", or "Purchase: 3 of 12 handoffs" while the filter hides some.
QString FindingsModel::streamGroupTitle(const StreamGroup& group) const {
    const auto shown = static_cast<int>(group.shown.size());
    if (shown < group.total)
        return tr("%1: %2 of %3 handoffs")
            .arg(group.name, QString::number(shown), QString::number(group.total));
    if (group.total == 1)
        return tr("%1: 1 handoff").arg(group.name);
    return tr("%1: %2 handoffs").arg(group.name, QString::number(group.total));
}

const Finding* FindingsModel::findingAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == 0 || index.model() != this)
        return nullptr;
    if (index.internalId() >= firstStreamGroupId) {
        const auto group = static_cast<qsizetype>(index.internalId() - firstStreamGroupId);
        if (group >= m_streamGroups.size() || index.row() >= m_streamGroups[group].shown.size())
            return nullptr;
        return &m_findings.at(m_streamGroups[group].shown[index.row()]);
    }
    const std::size_t slot = std::min<std::size_t>(index.internalId() - 1, severityCount - 1);
    const QList<Row>& rows = m_rows[slot];
    if (index.row() >= rows.size() || rows[index.row()].finding < 0)
        return nullptr;
    return &m_findings.at(rows[index.row()].finding);
}

Id FindingsModel::streamGroupAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == 0 || index.internalId() >= firstStreamGroupId ||
        index.model() != this)
        return {};
    const std::size_t slot = std::min<std::size_t>(index.internalId() - 1, severityCount - 1);
    const QList<Row>& rows = m_rows[slot];
    if (index.row() >= rows.size() || rows[index.row()].streamGroup < 0)
        return {};
    return m_streamGroups[rows[index.row()].streamGroup].stream;
}

QModelIndex FindingsModel::indexOfRow(std::size_t slot, qsizetype row) const {
    return createIndex(static_cast<int>(row), 0, quintptr(slot + 1));
}

QModelIndex FindingsModel::indexOfFinding(qsizetype position) const {
    const std::size_t slot = severitySlot(m_findings.at(position).severity);
    const QList<Row>& rows = m_rows[slot];
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows[row].finding == position)
            return indexOfRow(slot, row);
        if (rows[row].streamGroup < 0)
            continue;
        const qsizetype child = m_streamGroups[rows[row].streamGroup].shown.indexOf(position);
        if (child >= 0)
            return createIndex(static_cast<int>(child), 0,
                               firstStreamGroupId + quintptr(rows[row].streamGroup));
    }
    return {};
}

QModelIndex FindingsModel::indexOf(const FindingKey& key) const {
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const Finding& f = m_findings.at(i);
        if (f.rule == key.rule && f.subjects == key.subjects)
            return indexOfFinding(i);
    }
    return {};
}

QModelIndex FindingsModel::groupIndex(Severity severity) const {
    const qsizetype row = m_groups.indexOf(severity);
    return row < 0 ? QModelIndex() : createIndex(static_cast<int>(row), 0, quintptr(0));
}

QModelIndex FindingsModel::streamGroupIndex(const Id& stream) const {
    for (qsizetype g = 0; g < m_streamGroups.size(); ++g) {
        if (m_streamGroups[g].stream != stream)
            continue;
        const std::size_t slot = severitySlot(m_streamGroups[g].severity);
        for (qsizetype row = 0; row < m_rows[slot].size(); ++row)
            if (m_rows[slot][row].streamGroup == g)
                return indexOfRow(slot, row);
    }
    return {};
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() == 0) {
        if (parent.row() >= m_groups.size())
            return {};
        const std::size_t slot = severitySlot(m_groups[parent.row()]);
        return row < m_rows[slot].size() ? indexOfRow(slot, row) : QModelIndex();
    }
    if (parent.internalId() >= firstStreamGroupId)
        return {};
    const std::size_t slot = std::min<std::size_t>(parent.internalId() - 1, severityCount - 1);
    if (parent.row() >= m_rows[slot].size())
        return {};
    const qsizetype group = m_rows[slot][parent.row()].streamGroup;
    if (group < 0 || row >= m_streamGroups[group].shown.size())
        return {};
    return createIndex(row, 0, firstStreamGroupId + quintptr(group));
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    if (child.internalId() >= firstStreamGroupId) {
        const auto group = static_cast<qsizetype>(child.internalId() - firstStreamGroupId);
        return group < m_streamGroups.size() ? streamGroupIndex(m_streamGroups[group].stream)
                                             : QModelIndex();
    }
    const std::size_t slot = std::min<std::size_t>(child.internalId() - 1, severityCount - 1);
    return groupIndex(allSeverities[slot]);
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() == 0)
        return parent.row() < m_groups.size()
                   ? static_cast<int>(m_rows[severitySlot(m_groups[parent.row()])].size())
                   : 0;
    if (parent.internalId() >= firstStreamGroupId)
        return 0;
    const std::size_t slot = std::min<std::size_t>(parent.internalId() - 1, severityCount - 1);
    if (parent.row() >= m_rows[slot].size())
        return 0;
    const qsizetype group = m_rows[slot][parent.row()].streamGroup;
    return group < 0 ? 0 : static_cast<int>(m_streamGroups[group].shown.size());
}

int FindingsModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= m_groups.size())
            return {};
        const Severity severity = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return groupTitle(severity);
        case Qt::DecorationRole:
            return m_icons[severitySlot(severity)];
        case SeverityRole:
            return static_cast<int>(severity);
        case IsGroupRole:
            return true;
        case IsStreamGroupRole:
            return false;
        default:
            return {};
        }
    }
    if (const Id stream = streamGroupAt(index); !stream.isEmpty()) {
        const StreamGroup& group =
            m_streamGroups[m_rows[index.internalId() - 1][index.row()].streamGroup];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return streamGroupTitle(group);
        case Qt::ToolTipRole:
            return tr("The handoffs between teams along “%1”. Select to show the stream; expand "
                      "to list them.")
                .arg(group.name);
        case Qt::DecorationRole:
            return m_icons[severitySlot(group.severity)];
        case SeverityRole:
            return static_cast<int>(group.severity);
        case RuleRole:
            return u"handoff"_s;
        case IsGroupRole:
            return false;
        case IsStreamGroupRole:
            return true;
        case StreamRole:
            return group.stream;
        default:
            return {};
        }
    }
    const Finding* finding = findingAt(index);
    if (!finding)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return finding->message;
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(severityTitle(finding->severity), finding->message);
    case Qt::DecorationRole:
        return m_icons[severitySlot(finding->severity)];
    case SeverityRole:
        return static_cast<int>(finding->severity);
    case RuleRole:
        return finding->rule;
    case IsGroupRole:
    case IsStreamGroupRole:
        return false;
    default:
        return {};
    }
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == 0)
        return Qt::NoItemFlags; // severity groups: the arrow keys pass over them
    if (!streamGroupAt(index).isEmpty())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace sb::panels
