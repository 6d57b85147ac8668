#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QTransform>

class QAction;
class QMainWindow;
class QWidget;

namespace sb {

namespace canvas {
class CanvasView;
}

// Presentation mode of a main window: full screen, docks, toolbars, menu and status bar hidden,
// the canvas in its high-contrast theme, a presentation bar shown. Leaving puts back exactly
// what was there: the window's state (docks, toolbars) and geometry, full screen or not, the
// menu and status bar, and the canvas's zoom and position.
//
// While presenting, keys pressed anywhere in the window (except while typing in a text field)
// navigate: PageDown/Right and PageUp/Left between agenda steps, Down and Up between streams,
// Escape leaves. The menu's actions stay reachable by their shortcuts.
class PresentationMode : public QObject {
    Q_OBJECT
public:
    // hidden: widgets of the central area to hide while presenting (the map tabs, the find bar).
    PresentationMode(QMainWindow* window, canvas::CanvasView* view, QWidget* bar,
                     QList<QWidget*> hidden);
    ~PresentationMode() override;

    bool isActive() const { return m_active; }
    void enter();
    void leave();

signals:
    void stepRequested(int delta);
    void streamRequested(int delta);
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Saved {
        QByteArray state;
        QByteArray geometry;
        Qt::WindowStates windowState;
        bool menuBar = true;
        bool statusBar = true;
        QList<bool> hidden;
        QTransform transform;
        QPointF centre; // of the canvas's viewport, in scene coordinates
    };
    void restoreLayout(); // docks, toolbars, the canvas's zoom and position

    QMainWindow* m_window;
    canvas::CanvasView* m_view;
    QWidget* m_bar;
    QList<QPointer<QWidget>> m_hidden;
    bool m_active = false;
    Saved m_saved;
    QList<QAction*> m_borrowed; // menu actions added to the window while the menu bar is hidden
};

} // namespace sb
