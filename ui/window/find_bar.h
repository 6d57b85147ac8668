#pragma once

#include "commands/commands.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace sb {

// Edit → Find: finds elements whose name or text contains what is typed, selects them on the
// canvas and steps through them with Enter (Shift+Enter backwards).
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget* parent = nullptr);

    void setMap(const Map* map);
    void activate();
    QLineEdit* field() const { return m_field; }
    const QList<commands::ElementRef>& matches() const { return m_matches; }

    // Elements of the map whose visible texts contain text, case-insensitively, in file order.
    static QList<commands::ElementRef> search(const Map& map, const QString& text);

signals:
    void matchesChanged(const QList<sb::commands::ElementRef>& matches);
    void currentMatchChanged(const sb::commands::ElementRef& match);
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refresh();
    void step(int delta);

    const Map* m_map = nullptr;
    QLineEdit* m_field;
    QLabel* m_count;
    QList<commands::ElementRef> m_matches;
    qsizetype m_current = -1;
};

} // namespace sb
