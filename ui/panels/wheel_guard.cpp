#include "wheel_guard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace sb::panels {

WheelGuard::WheelGuard(QWidget* area)
    : QObject(area)
    , m_area(area) {
    qApp->installEventFilter(this);
}

// The spin box or combo box the object is (or is part of, like a spin box's line edit) when it
// lies inside the guarded area.
QWidget* WheelGuard::guardedField(QObject* object) const {
    auto* widget = qobject_cast<QWidget*>(object);
    for (int depth = 0; widget && depth < 2; ++depth, widget = widget->parentWidget())
        if (qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget))
            return m_area && m_area->isAncestorOf(widget) ? widget : nullptr;
    return nullptr;
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (type != QEvent::Wheel && type != QEvent::Polish)
        return false;
    QWidget* field = guardedField(watched);
    if (!field)
        return false;
    if (type == QEvent::Polish) {
        // Not WheelFocus: a wheel turned over the field must not give it the focus.
        field->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (field->hasFocus())
        return false;
    // Ignored and filtered: the event goes on to the parents, so the form scrolls.
    event->ignore();
    return true;
}

} // namespace sb::panels
