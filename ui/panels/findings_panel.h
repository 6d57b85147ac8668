#pragma once

#include "commands/commands.h"
#include "findings_model.h"

#include <QPointer>
#include <QSet>
#include <QWidget>
#include <array>
#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QTreeView;

namespace sb::panels {

class AnalysisWatcher;

// The findings dock: the findings of the watched map grouped by severity, each with its sign, its
// message and its rule id, under a filter (text, and a toggle per severity with its count).
// Handoffs gather in a collapsed row per stream, opened by its arrow, a double click or the Right
// key. Picking a finding (click, arrow keys, Enter) emits findingActivated with its subjects, for
// the window to select and centre them on the canvas; picking a stream's handoffs emits the
// stream. The pick stays across reanalysis while a finding with the same rule and subjects (or
// the stream's handoffs) is listed, and so do the stream rows the user opened.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    // The analysis to list; the panel follows its resultChanged. Not owned; nullptr lists nothing.
    void setWatcher(AnalysisWatcher* watcher);
    AnalysisWatcher* watcher() const { return m_watcher; }

    // The filter, as the search field and the severity toggles set it.
    void setFilterText(const QString& text);
    void setSeverityShown(Severity severity, bool shown);

    // Picks the finding with this key without emitting findingActivated; false when no row
    // shows it (then nothing is picked).
    bool selectFinding(const FindingKey& key);
    // The picked finding, if a row shows it.
    std::optional<Finding> selectedFinding() const;
    // The stream whose handoffs row is picked; empty when none is.
    Id selectedStreamGroup() const;

    // The subjects of a finding as elements of the watched map: teams, streams, stages… Ids the
    // map no longer holds are left out.
    QList<commands::ElementRef> subjectsOf(const Finding& finding) const;

    FindingsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QToolButton* severityButton(Severity severity) const;
    QLabel* emptyLabel() const { return m_empty; }

    // The menu a right click on a finding shows; for tests. Empty for no finding.
    QMenu* contextMenuFor(const QModelIndex& index);

signals:
    // The user picked a finding (or Enter on the picked one): select and show its subjects.
    void findingActivated(const QList<sb::commands::ElementRef>& subjects);
    // "Create action for this finding" from the finding's context menu.
    void createActionRequested(const sb::Finding& finding);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void afterModelChange();
    void updateSeverityButtons();
    void activate(const QModelIndex& index);
    bool isPickable(const QModelIndex& index) const;
    void restoreExpansion();
    void toggleStreamGroup(const QModelIndex& index);

    QPointer<AnalysisWatcher> m_watcher;
    QMetaObject::Connection m_watcherConnection;
    FindingsModel* m_model;
    QLineEdit* m_search;
    std::array<QToolButton*, 3> m_severityButtons{};
    QTreeView* m_view;
    QLabel* m_empty;
    std::optional<FindingKey> m_picked; // what the user picked, even while the filter hides it
    Id m_pickedStream;                  // or the stream group picked
    QSet<Id> m_openStreamGroups;        // the stream groups the user expanded
    bool m_syncing = false;             // selection changes are the panel's own, not the user's
    QPersistentModelIndex m_currentBeforePress;
};

} // namespace sb::panels
