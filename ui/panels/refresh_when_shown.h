#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QDockWidget;
class QWidget;

namespace sb::panels {

// A panel behind another tab of a shown window (or in a closed dock) puts off bringing itself in
// line until it is on screen again: every edit of a large map would otherwise redraw charts nobody
// sees. A panel of a window that is not shown at all (a test, an export) stays current.
class RefreshWhenShown : public QObject {
public:
    RefreshWhenShown(QWidget* panel, std::function<void()> refresh);

    // Asked first by the panel's refresh: false when the refresh is put off until shown.
    bool mayRefresh();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshNow();
    void followDock();

    QWidget* m_panel;
    std::function<void()> m_refresh;
    bool m_pending = false;
    bool m_refreshing = false;
    // Qt moves a dock behind another tab off the window instead of hiding it, and says so.
    QPointer<QDockWidget> m_dock;
};

} // namespace sb::panels
