#pragma once

#include <QColor>
#include <QWidget>

class QPushButton;

namespace sb::panels {

// An element's colour: a button that opens the colour dialog, and a second one that drops the
// element's own colour for its default (a team's palette colour, a note's kind colour).
class ColorField : public QWidget {
    Q_OBJECT
public:
    // defaultText names what an element without a colour of its own is drawn in ("Palette");
    // resetText is the reset button's label.
    ColorField(const QString& defaultText, const QString& resetText, QWidget* parent = nullptr);

    // own: the element's own colour (invalid for none); shown: the colour it is drawn in.
    void showColor(const QColor& own, const QColor& shown);

    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* resetButton() const { return m_reset; }

signals:
    // The user picked a colour; invalid when they asked for the default.
    void colorChosen(const QColor& color);

private:
    void choose();

    QString m_defaultText;
    QColor m_own;
    QColor m_shown;
    QPushButton* m_choose;
    QPushButton* m_reset;
};

} // namespace sb::panels
