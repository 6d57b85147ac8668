#include "presentation_bar.h"

#include <QGridLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace sb {

namespace {

QLabel* label(QWidget* parent, int pixelSize, QFont::Weight weight, const QColor& color) {
    auto* l = new QLabel(parent);
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    l->setFont(f);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, color);
    l->setPalette(p);
    l->setTextFormat(Qt::PlainText);
    return l;
}

const QColor background(0x12, 0x16, 0x1c);
const QColor bright(0xff, 0xff, 0xff);
const QColor soft(0xc9, 0xd1, 0xdb);
const QColor done(0x7e, 0xe0, 0xa6);
const QColor alarm(0xd3, 0x2f, 0x2f);

} // namespace

PresentationBar::PresentationBar(QWidget* parent)
    : QWidget(parent)
    , m_number(label(this, 30, QFont::Bold, soft))
    , m_title(label(this, 46, QFont::Bold, bright))
    , m_progress(label(this, 32, QFont::DemiBold, soft))
    , m_timer(label(this, 88, QFont::Bold, bright))
    , m_timerState(label(this, 24, QFont::DemiBold, soft))
    , m_keys(label(this, 20, QFont::Normal, soft)) {
    setObjectName(u"presentationBar"_s);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    setPalette(p);
    m_timer->setAutoFillBackground(true);
    m_timer->setAlignment(Qt::AlignCenter);
    m_timer->setContentsMargins(24, 0, 24, 0);
    m_timer->setMinimumWidth(QFontMetrics(m_timer->font()).horizontalAdvance(u"+88:88"_s) + 48);
    m_timerState->setAlignment(Qt::AlignCenter);
    // Long titles and the keys line (longer in German) wrap instead of widening the window past
    // the screen, which would push the timer off it.
    for (QLabel* text : {m_title, m_progress, m_keys})
        text->setWordWrap(true);
    m_keys->setText(tr("PgDn / PgUp: agenda steps · ↓ / ↑: streams · F6: start or pause the "
                       "timer · Esc: leave"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(28, 16, 28, 14);
    layout->setHorizontalSpacing(24);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_number, 0, 0, Qt::AlignLeft | Qt::AlignBottom);
    layout->addWidget(m_title, 1, 0);
    layout->addWidget(m_progress, 2, 0);
    layout->addWidget(m_keys, 3, 0);
    layout->addWidget(m_timer, 0, 1, 3, 1);
    layout->addWidget(m_timerState, 3, 1);
    layout->setColumnStretch(0, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void PresentationBar::setStep(int number, int count, const QString& title, const QString& progress,
                              bool isDone) {
    m_number->setText(tr("Step %1 of %2").arg(number).arg(count));
    m_title->setText(title);
    m_progress->setText(isDone ? u"✓ "_s + progress : progress);
    QPalette p = m_progress->palette();
    p.setColor(QPalette::WindowText, isDone ? done : soft);
    m_progress->setPalette(p);
}

void PresentationBar::setTimer(const QString& text, bool running, bool started, bool overtime,
                               bool flashOn) {
    m_timer->setText(text);
    QPalette p = m_timer->palette();
    const bool red = overtime && (flashOn || !running);
    p.setColor(QPalette::Window, red ? alarm : background);
    p.setColor(QPalette::WindowText, overtime && !red ? alarm.lighter(140) : bright);
    m_timer->setPalette(p);
    m_timerState->setText(overtime  ? tr("Time is up")
                          : running ? tr("Time left")
                          : started ? tr("Paused")
                                    : tr("F6 starts the timer"));
}

} // namespace sb
