#pragma once

#include "model/map.h"

#include <QComboBox>
#include <QIcon>
#include <QPlainTextEdit>

class QLineEdit;
class QSpinBox;
class QDoubleSpinBox;
class QCheckBox;

namespace sb {
class Document;
}

namespace sb::panels {

// A multi-line text field that reports what the user types (edited) and never what showText puts
// in. Tab moves on to the next field; undo belongs to the document, not to the field.
class TextArea : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit TextArea(int lines, QWidget* parent = nullptr);

    // Shows the model's text unless the field already holds it; a field being typed in keeps
    // its cursor where it was.
    void showText(const QString& text);

signals:
    void edited(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitHeight();

    int m_lines;
    bool m_showing = false;
};

// The same for a one-line field.
void showText(QLineEdit* edit, const QString& text);

// A combo box entry for an element: its id (empty for "none") and what the entry shows.
struct Choice {
    Id id;
    QString text;
    QIcon icon = {};
};

// Puts the choices in (only when they changed, so an open popup stays put) and selects current.
// Signals are blocked: only the user's picks reach the form.
void showChoices(QComboBox* combo, const QList<Choice>& choices, const Id& current);
Id currentId(const QComboBox* combo);

// Every team of the map with its colour, after a first entry for none.
QList<Choice> teamChoices(const Map& map, const QString& noneText);

// Combo boxes over an enumeration hold the enumerator's value as item data.
template <class E>
void addEnumItem(QComboBox* combo, E value, const QString& text, const QIcon& icon = {}) {
    combo->addItem(icon, text, static_cast<int>(value));
}
template <class E> E enumValue(const QComboBox* combo) {
    return static_cast<E>(combo->currentData().toInt());
}
void showEnumValue(QComboBox* combo, int value);

// Sets a value without emitting: only the user's changes become commands.
void showValue(QSpinBox* spin, int value);
void showValue(QDoubleSpinBox* spin, double value);
void showValue(QCheckBox* box, bool checked);

// Sends Undo and Redo typed in the field to the document's undo stack instead of the field's
// own, so Ctrl+Z undoes the last command whatever has the focus.
void routeUndoKeys(QWidget* field, Document* document);

} // namespace sb::panels
