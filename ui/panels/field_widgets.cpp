#include "field_widgets.h"

#include "model/document.h"
#include "team_glyph.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QSignalBlocker>
#include <QSpinBox>

namespace sb::panels {

TextArea::TextArea(int lines, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_lines(lines) {
    setTabChangesFocus(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    fitHeight();
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            emit edited(toPlainText());
    });
}

void TextArea::showText(const QString& text) {
    if (toPlainText() == text)
        return;
    const int cursor = textCursor().position();
    const bool typing = hasFocus();
    m_showing = true;
    setPlainText(text);
    m_showing = false;
    if (typing) {
        QTextCursor c = textCursor();
        c.setPosition(std::min(cursor, static_cast<int>(text.size())));
        setTextCursor(c);
    }
}

void TextArea::changeEvent(QEvent* event) {
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitHeight();
}

void TextArea::fitHeight() {
    const int margins = static_cast<int>(2 * document()->documentMargin()) + 2 * frameWidth() +
                        contentsMargins().top() + contentsMargins().bottom();
    setFixedHeight(fontMetrics().lineSpacing() * m_lines + margins);
}

void showText(QLineEdit* edit, const QString& text) {
    if (edit->text() == text)
        return;
    const int cursor = edit->cursorPosition();
    const bool typing = edit->hasFocus();
    edit->setText(text);
    if (typing)
        edit->setCursorPosition(std::min(cursor, static_cast<int>(text.size())));
}

void showChoices(QComboBox* combo, const QList<Choice>& choices, const Id& current) {
    const QSignalBlocker blocker(combo);
    bool same = combo->count() == choices.size();
    for (qsizetype i = 0; same && i < choices.size(); ++i)
        same = combo->itemData(static_cast<int>(i)).toString() == choices[i].id &&
               combo->itemText(static_cast<int>(i)) == choices[i].text;
    if (!same) {
        combo->clear();
        for (const Choice& c : choices)
            combo->addItem(c.icon, c.text, c.id);
    } else {
        for (qsizetype i = 0; i < choices.size(); ++i)
            combo->setItemIcon(static_cast<int>(i), choices[i].icon);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

Id currentId(const QComboBox* combo) {
    return combo->currentData().toString();
}

QList<Choice> teamChoices(const Map& map, const QString& noneText) {
    QList<Choice> choices = {{Id(), noneText}};
    const QHash<Id, QColor> colors = map.teamColors();
    for (const Team& t : map.teams)
        choices.append({t.id, t.name, colorSwatchIcon(colors.value(t.id))});
    return choices;
}

void showEnumValue(QComboBox* combo, int value) {
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(value));
}

void showValue(QSpinBox* spin, int value) {
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
}

void showValue(QDoubleSpinBox* spin, double value) {
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
}

void showValue(QCheckBox* box, bool checked) {
    const QSignalBlocker blocker(box);
    box->setChecked(checked);
}

namespace {

class UndoKeyFilter : public QObject {
public:
    UndoKeyFilter(Document* document, QObject* parent)
        : QObject(parent)
        , m_document(document) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        const QEvent::Type type = event->type();
        if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (!undo && !redo)
            return QObject::eventFilter(watched, event);
        if (type == QEvent::ShortcutOverride) {
            event->ignore(); // let the window's Undo/Redo shortcut have it
            return true;
        }
        if (m_document) { // no shortcut took it: undo the document here
            if (undo)
                m_document->undoStack()->undo();
            else
                m_document->undoStack()->redo();
        }
        return true;
    }

private:
    QPointer<Document> m_document;
};

} // namespace

void routeUndoKeys(QWidget* field, Document* document) {
    field->installEventFilter(new UndoKeyFilter(document, field));
}

} // namespace sb::panels
