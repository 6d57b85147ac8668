#include "presentation_mode.h"

#include "canvas/canvas_view.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>

namespace sb {

namespace {

// Typing keys belong to a text field that has focus.
bool typingIn(const QWidget* w) {
    if (!w)
        return false;
    if (const auto* combo = qobject_cast<const QComboBox*>(w))
        return combo->isEditable();
    return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w);
}

void collectActions(const QList<QAction*>& actions, QList<QAction*>& into) {
    for (QAction* a : actions) {
        if (QMenu* menu = a->menu())
            collectActions(menu->actions(), into);
        else if (!a->shortcut().isEmpty())
            into.append(a);
    }
}

} // namespace

PresentationMode::PresentationMode(QMainWindow* window, canvas::CanvasView* view, QWidget* bar,
                                   QList<QWidget*> hidden)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_bar(bar) {
    for (QWidget* w : hidden)
        m_hidden.append(w);
    m_bar->hide();
}

PresentationMode::~PresentationMode() {
    qApp->removeEventFilter(this);
}

void PresentationMode::enter() {
    if (m_active)
        return;
    m_saved = {};
    m_saved.state = m_window->saveState();
    m_saved.geometry = m_window->saveGeometry();
    m_saved.windowState = m_window->windowState();
    m_saved.menuBar = m_window->menuBar()->isVisibleTo(m_window);
    m_saved.statusBar = m_window->statusBar()->isVisibleTo(m_window);
    for (const QPointer<QWidget>& w : std::as_const(m_hidden))
        m_saved.hidden.append(w && w->isVisibleTo(m_window));
    m_saved.transform = m_view->transform();
    m_saved.centre = m_view->mapToScene(m_view->viewport()->rect().center());

    // Shortcuts of a hidden menu bar's actions stop working; the window lends them a home.
    QList<QAction*> menuActions;
    collectActions(m_window->menuBar()->actions(), menuActions);
    const QList<QAction*> own = m_window->actions();
    for (QAction* a : std::as_const(menuActions))
        if (!own.contains(a) && !m_borrowed.contains(a))
            m_borrowed.append(a);
    for (QAction* a : std::as_const(m_borrowed))
        m_window->addAction(a);

    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
        if (dock->parentWidget() == m_window)
            dock->hide();
    for (QToolBar* bar : m_window->findChildren<QToolBar*>())
        if (bar->parentWidget() == m_window)
            bar->hide();
    m_window->menuBar()->hide();
    m_window->statusBar()->hide();
    for (const QPointer<QWidget>& w : std::as_const(m_hidden))
        if (w)
            w->hide();
    m_bar->show();
    m_view->setPresentation(true);
    m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);
    m_active = true;
    qApp->installEventFilter(this);
    emit activeChanged(true);
}

void PresentationMode::leave() {
    if (!m_active)
        return;
    qApp->removeEventFilter(this);
    m_active = false;
    for (QAction* a : std::as_const(m_borrowed))
        m_window->removeAction(a);
    m_borrowed.clear();
    m_view->setPresentation(false);
    m_bar->hide();
    m_window->setWindowState(m_saved.windowState);
    m_window->restoreGeometry(m_saved.geometry);
    m_window->menuBar()->setVisible(m_saved.menuBar);
    m_window->statusBar()->setVisible(m_saved.statusBar);
    for (qsizetype i = 0; i < m_hidden.size(); ++i)
        if (m_hidden[i])
            m_hidden[i]->setVisible(m_saved.hidden.value(i));
    restoreLayout();
    // The window takes its old size back when the window system gets to it: dock sizes follow
    // the window's size, so they are set again once it has (twice, for slow window managers).
    QTimer::singleShot(0, this, &PresentationMode::restoreLayout);
    QTimer::singleShot(300, this, &PresentationMode::restoreLayout);
    emit activeChanged(false);
}

void PresentationMode::restoreLayout() {
    if (m_active)
        return;
    m_window->restoreState(m_saved.state);
    m_view->setTransform(m_saved.transform);
    m_view->centerOn(m_saved.centre);
    emit m_view->zoomChanged(m_view->zoom());
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress || !m_active)
        return QObject::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window || typingIn(QApplication::focusWidget()))
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return QObject::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
        emit stepRequested(1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        emit stepRequested(-1);
        return true;
    case Qt::Key_Down:
        emit streamRequested(1);
        return true;
    case Qt::Key_Up:
        emit streamRequested(-1);
        return true;
    case Qt::Key_Escape:
        leave();
        return true;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sb
