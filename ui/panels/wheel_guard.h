#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace sb::panels {

// Spin boxes and combo boxes inside a scrolling form take the mouse wheel only once they have
// the focus; until then the wheel scrolls the form. Without this, scrolling through the
// inspector changes whatever value passes under the pointer. It watches the whole application,
// so fields a form creates later (a team's roles) are guarded too.
class WheelGuard : public QObject {
public:
    explicit WheelGuard(QWidget* area);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* guardedField(QObject* object) const;

    QPointer<QWidget> m_area;
};

} // namespace sb::panels
