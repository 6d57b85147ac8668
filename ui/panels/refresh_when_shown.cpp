#include "refresh_when_shown.h"

#include <QDockWidget>
#include <QEvent>

namespace sb::panels {

RefreshWhenShown::RefreshWhenShown(QWidget* panel, std::function<void()> refresh)
    : QObject(panel)
    , m_panel(panel)
    , m_refresh(std::move(refresh)) {
    panel->installEventFilter(this);
}

bool RefreshWhenShown::mayRefresh() {
    if (m_refreshing)
        return true;
    const bool onScreen = m_panel->isVisible() && !m_panel->visibleRegion().isEmpty();
    m_pending = !onScreen && m_panel->window()->isVisible();
    if (m_pending)
        followDock();
    return !m_pending;
}

void RefreshWhenShown::followDock() {
    if (m_dock)
        return;
    for (QWidget* w = m_panel->parentWidget(); w && !m_dock; w = w->parentWidget())
        m_dock = qobject_cast<QDockWidget*>(w);
    if (m_dock)
        connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible && m_pending)
                refreshNow();
        });
}

void RefreshWhenShown::refreshNow() {
    m_pending = false;
    m_refreshing = true;
    m_refresh();
    m_refreshing = false;
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_panel && event->type() == QEvent::Show && m_pending)
        refreshNow();
    return QObject::eventFilter(watched, event);
}

} // namespace sb::panels
