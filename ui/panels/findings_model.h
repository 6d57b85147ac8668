#pragma once

#include "analysis/finding.h"
#include "model/map.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <array>

class QPainter;

namespace sb::panels {

// Which finding a row shows, across reanalysis: a finding is the same while its rule and subjects
// are (its message changes with names and times).
struct FindingKey {
    QString rule;
    QList<Id> subjects;
    bool operator==(const FindingKey&) const = default;
};

// The findings of one analysis as a tree: a group row per severity (errors, warnings, info, in
// that order) holding its findings in analysis order. Handoffs, which a large map has hundreds
// of, are gathered one level deeper into a stream group per stream ("Purchase: 12 handoffs", the
// stream of the flow's first stage), placed where the stream's first handoff would be. Only the
// findings that pass the filter are rows, and a group is a row only while it shows at least one
// finding.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, // Severity as int, on every row
        RuleRole,                        // the rule id; findings and stream groups
        IsGroupRole,                     // bool: a severity group
        IsStreamGroupRole,               // bool: a stream group
        StreamRole,                      // the stream id of a stream group
    };

    explicit FindingsModel(QObject* parent = nullptr);

    // Takes a new list of findings (ordered by severity, as sb::analyze gives them) of the map
    // (which names the streams of handoffs; without one, handoffs are not grouped).
    void setFindings(const QList<Finding>& findings, const Map* map = nullptr);
    const QList<Finding>& findings() const { return m_findings; }

    // The filter: findings whose message or rule id contains the text (any case), of the shown
    // severities.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    void setSeverityShown(Severity severity, bool shown);
    bool isSeverityShown(Severity severity) const;

    // Findings of that severity: all of them, and those that pass the filter.
    int count(Severity severity) const;
    int shownCount(Severity severity) const;

    // The finding a row shows; nullptr for a group row or an invalid index.
    const Finding* findingAt(const QModelIndex& index) const;
    // Whether the stream has handoffs, listed or hidden by the filter.
    bool hasStreamGroup(const Id& stream) const { return m_streamOf.contains(stream); }
    // The stream a stream group row gathers; empty for any other row.
    Id streamGroupAt(const QModelIndex& index) const;
    // The row showing the finding with this key; invalid when none does.
    QModelIndex indexOf(const FindingKey& key) const;
    // The group row of a severity; invalid when the group shows nothing.
    QModelIndex groupIndex(Severity severity) const;
    // The stream group row of a stream; invalid when it shows nothing.
    QModelIndex streamGroupIndex(const Id& stream) const;

    // "Errors (2)", or "Errors (1 of 2)" while the filter hides some.
    QString groupTitle(Severity severity) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    static constexpr std::size_t severityCount = 3;
    // Row ids: 0 for a severity group, 1 + slot for the rows under a severity group, and
    // firstStreamGroupId + n for the findings under the n-th stream group.
    static constexpr quintptr firstStreamGroupId = 16;
    // A row under a severity group: a finding (its position in m_findings) or a stream group
    // (its position in m_streamGroups).
    struct Row {
        qsizetype finding = -1;
        qsizetype streamGroup = -1;
        bool operator==(const Row&) const = default;
    };
    struct StreamGroup {
        Severity severity = Severity::Info;
        Id stream;
        QString name;
        QList<qsizetype> shown; // positions in m_findings, in finding order
        int total = 0;
        bool operator==(const StreamGroup&) const = default;
    };
    // Sorts the findings into rows again. With the findings held before, rows that show the
    // same findings are updated in place instead of resetting the model.
    void rebuild(const QList<Finding>* before = nullptr);
    bool passes(const Finding& finding) const;
    QModelIndex indexOfRow(std::size_t slot, qsizetype row) const;
    QModelIndex indexOfFinding(qsizetype position) const;
    QString streamGroupTitle(const StreamGroup& group) const;

    QList<Finding> m_findings;
    const Map* m_map = nullptr;       // whose findings they are
    QList<Id> m_streamOf;             // per finding: the stream group it belongs to, or empty
    QHash<Id, QString> m_streamNames; // of the streams in m_streamOf
    QString m_filterText;
    std::array<bool, severityCount> m_shown{true, true, true};
    // Per severity: the rows shown, how many findings they show, and how many there are.
    std::array<QList<Row>, severityCount> m_rows;
    std::array<int, severityCount> m_shownCounts{};
    std::array<int, severityCount> m_totals{};
    QList<StreamGroup> m_streamGroups; // those with a row
    QList<Severity> m_groups;          // the severities that have a group row, in order
    std::array<QIcon, severityCount> m_icons;
};

// Where a severity goes in per-severity arrays: 0 error, 1 warning, 2 info.
std::size_t severitySlot(Severity severity);
// "Errors", "Warnings", "Info"
QString severityTitle(Severity severity);
// The colour a severity is marked in: red, amber, blue.
QColor severityColor(Severity severity);
// Paints the severity's sign in rect: a red circle with "!", an amber triangle with "!", a blue
// circle with "i".
void paintSeverityIcon(QPainter* painter, const QRectF& rect, Severity severity);
QIcon severityIcon(Severity severity);

} // namespace sb::panels
