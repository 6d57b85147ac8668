#include "findings_model.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <algorithm>

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

void FindingsModel::setFindings(const QList<Finding>& findings) {
    if (findings == m_findings)
        return;
    const QList<Finding> before = std::exchange(m_findings, findings);
    rebuild(&before);
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
    return static_cast<int>(m_rows[severitySlot(severity)].size());
}

bool FindingsModel::passes(const Finding& finding) const {
    if (!m_shown[severitySlot(finding.severity)])
        return false;
    return m_filterText.isEmpty() || finding.message.contains(m_filterText, Qt::CaseInsensitive) ||
           finding.rule.contains(m_filterText, Qt::CaseInsensitive);
}

void FindingsModel::rebuild(const QList<Finding>* before) {
    std::array<QList<qsizetype>, severityCount> rows;
    std::array<int, severityCount> totals{};
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const std::size_t slot = severitySlot(m_findings[i].severity);
        ++totals[slot];
        if (passes(m_findings[i]))
            rows[slot].append(i);
    }
    // Only messages changed (a rename, a new time) and the same findings pass the filter: the
    // rows stay, and so do the view's selection and scroll position.
    const auto sameFinding = [](const Finding& a, const Finding& b) {
        return a.rule == b.rule && a.severity == b.severity && a.subjects == b.subjects;
    };
    if (before &&
        std::equal(before->begin(), before->end(), m_findings.begin(), m_findings.end(),
                   sameFinding) &&
        rows == m_rows) {
        for (const Severity severity : allSeverities) {
            const std::size_t slot = severitySlot(severity);
            const QModelIndex group = groupIndex(severity);
            for (qsizetype row = 0; row < m_rows[slot].size(); ++row) {
                const qsizetype i = m_rows[slot][row];
                if ((*before)[i] == m_findings[i])
                    continue;
                const QModelIndex changed = index(static_cast<int>(row), 0, group);
                emit dataChanged(changed, changed);
            }
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_totals = totals;
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

const Finding* FindingsModel::findingAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == 0 || index.model() != this)
        return nullptr;
    const std::size_t slot = std::min<std::size_t>(index.internalId() - 1, severityCount - 1);
    const QList<qsizetype>& rows = m_rows[slot];
    return index.row() < rows.size() ? &m_findings[rows[index.row()]] : nullptr;
}

QModelIndex FindingsModel::indexOf(const FindingKey& key) const {
    for (const Severity severity : allSeverities) {
        const std::size_t slot = severitySlot(severity);
        for (qsizetype row = 0; row < m_rows[slot].size(); ++row) {
            const Finding& f = m_findings[m_rows[slot][row]];
            if (f.rule == key.rule && f.subjects == key.subjects)
                return createIndex(static_cast<int>(row), 0, quintptr(slot + 1));
        }
    }
    return {};
}

QModelIndex FindingsModel::groupIndex(Severity severity) const {
    const qsizetype row = m_groups.indexOf(severity);
    return row < 0 ? QModelIndex() : createIndex(static_cast<int>(row), 0, quintptr(0));
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    const std::size_t slot = severitySlot(m_groups[parent.row()]);
    return row < m_rows[slot].size() ? createIndex(row, 0, quintptr(slot + 1)) : QModelIndex();
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const std::size_t slot = std::min<std::size_t>(child.internalId() - 1, severityCount - 1);
    return groupIndex(allSeverities[slot]);
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return 0;
    return shownCount(m_groups[parent.row()]);
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
        return false;
    default:
        return {};
    }
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == 0)
        return Qt::NoItemFlags; // group rows: the arrow keys pass over them
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace sb::panels
