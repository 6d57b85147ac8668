#pragma once

#include "facilitation/agenda.h"

#include <QWidget>

namespace sb::panels {

// One step of the agenda in the panel's list: its number in a circle (a tick when done), its
// title, its progress in words, a bar while it is not done, and its timer once started. The
// title and the progress wrap onto as many lines as they need at the row's width; nothing is cut
// short.
class AgendaRow : public QWidget {
    Q_OBJECT
public:
    explicit AgendaRow(AgendaStep step, QWidget* parent = nullptr);

    AgendaStep step() const { return m_step; }
    void setItem(const AgendaItem& item);
    const AgendaItem& item() const { return m_item; }
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    // "12:34" while the step's timer has started, empty otherwise; overtime shows in red.
    void setTimerText(const QString& text, bool overtime);
    QString timerText() const { return m_timerText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // Where the title is drawn at this width (wrapped), and in which font.
    QRect titleRect(int width) const;
    QFont titleFont() const;

signals:
    void clicked(sb::AgendaStep step);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    int textLeft() const;
    // The timer's pill, right of the title: as wide as "00:00" at least, so that the title
    // wraps the same way from one second to the next; 0 without a timer.
    int timerWidth() const;
    // The progress words wrap over as many lines as they need at this width.
    QRect progressRect(int width) const;

    AgendaStep m_step;
    AgendaItem m_item;
    bool m_current = false;
    QString m_timerText;
    bool m_overtime = false;
};

} // namespace sb::panels
