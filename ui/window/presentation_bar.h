#pragma once

#include <QWidget>

class QLabel;

namespace sb {

// The band across the top of the window in presentation mode: the agenda step's number, title
// and progress words, and its timer, large enough to read from the back of a room. Light text
// on near-black; the timer turns red (and flashes) in overtime.
class PresentationBar : public QWidget {
    Q_OBJECT
public:
    explicit PresentationBar(QWidget* parent = nullptr);

    void setStep(int number, int count, const QString& title, const QString& progress, bool done);
    // The step's time left; started is false before its timer first ran.
    void setTimer(const QString& text, bool running, bool started, bool overtime, bool flashOn);

    QLabel* titleLabel() const { return m_title; }
    QLabel* progressLabel() const { return m_progress; }
    QLabel* timerLabel() const { return m_timer; }

private:
    QLabel* m_number;
    QLabel* m_title;
    QLabel* m_progress;
    QLabel* m_timer;
    QLabel* m_timerState;
    QLabel* m_keys;
};

} // namespace sb
