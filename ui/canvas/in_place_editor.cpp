#include "in_place_editor.h"

#include <QApplication>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace sb::canvas {

InPlaceEditor::InPlaceEditor(QWidget* parent)
    : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setVerticalSpacing(4);
    hide();
}

void InPlaceEditor::open(const QStringList& labels, const QStringList& values) {
    auto* form = static_cast<QFormLayout*>(layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_fields.clear();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto* edit = new QLineEdit(values.value(i), this);
        edit->installEventFilter(this);
        m_fields.append(edit);
        if (labels.size() == 1)
            form->addRow(edit);
        else
            form->addRow(labels[i], edit);
    }
    adjustSize();
    show();
    raise();
    m_fields.first()->setFocus();
    m_fields.first()->selectAll();
}

QStringList InPlaceEditor::values() const {
    QStringList v;
    for (const QLineEdit* e : m_fields)
        v.append(e->text());
    return v;
}

QLineEdit* InPlaceEditor::field(int index) const {
    return m_fields.value(index);
}

bool InPlaceEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        // Consumed here: the keys must not reach the canvas behind the editor as well.
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            finish(key != Qt::Key_Escape);
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut && isVisible()) {
        // Commit once focus has left the editor as a whole, not when it moves between lines.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (isVisible() && !isAncestorOf(QApplication::focusWidget()))
                    finish(true);
            },
            Qt::QueuedConnection);
    }
    return QFrame::eventFilter(watched, event);
}

void InPlaceEditor::finish(bool commit) {
    if (m_finishing || !isVisible())
        return;
    m_finishing = true;
    if (commit)
        emit committed();
    else
        emit cancelled();
    hide();
    m_finishing = false;
}

} // namespace sb::canvas
