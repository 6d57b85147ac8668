#pragma once

#include "analysis/finding.h"

#include <QAbstractItemModel>
#include <QColor>
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

// The findings of one analysis as a two-level tree: a group row per severity (errors, warnings,
// info, in that order) holding its findings in analysis order. Only the findings that pass the
// filter are rows, and a group is a row only while it shows at least one finding.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, // Severity as int, on groups and findings
        RuleRole,                        // the rule id; findings only
        IsGroupRole,                     // bool
    };

    explicit FindingsModel(QObject* parent = nullptr);

    // Takes a new list of findings (ordered by severity, as sb::analyze gives them).
    void setFindings(const QList<Finding>& findings);
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
    // The row showing the finding with this key; invalid when none does.
    QModelIndex indexOf(const FindingKey& key) const;
    // The group row of a severity; invalid when the group shows nothing.
    QModelIndex groupIndex(Severity severity) const;

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
    // Sorts the findings into rows again. With the findings held before, rows that show the
    // same findings are updated in place instead of resetting the model.
    void rebuild(const QList<Finding>* before = nullptr);
    bool passes(const Finding& finding) const;

    QList<Finding> m_findings;
    QString m_filterText;
    std::array<bool, severityCount> m_shown{true, true, true};
    // Per severity: the positions in m_findings of the findings shown, and of all of them.
    std::array<QList<qsizetype>, severityCount> m_rows;
    std::array<int, severityCount> m_totals{};
    QList<Severity> m_groups; // the severities that have a group row, in order
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
