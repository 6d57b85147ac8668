#include "agenda_row.h"

#include "canvas/canvas_style.h"
#include "facilitation/agenda_steps.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace sb::panels {

namespace {

constexpr int padding = 8;
constexpr int barHeight = 5;

QFont boldFont(const QFont& base) {
    QFont f = base;
    f.setBold(true);
    return f;
}

constexpr int titleFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

int circleSide(const QFont& font) {
    return QFontMetrics(font).height() + 8;
}

QColor doneColor() {
    return QColor(0x2e, 0x8b, 0x57);
}

} // namespace

AgendaRow::AgendaRow(AgendaStep step, QWidget* parent)
    : QWidget(parent)
    , m_step(step) {
    m_item.step = step;
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setToolTip(agendaGoal(step));
}

void AgendaRow::setItem(const AgendaItem& item) {
    if (item == m_item)
        return;
    const bool relayout = item.progress != m_item.progress || item.done != m_item.done;
    m_item = item;
    setAccessibleDescription(item.progress);
    if (relayout)
        updateGeometry();
    update();
}

void AgendaRow::setCurrent(bool current) {
    if (current == m_current)
        return;
    m_current = current;
    update();
}

void AgendaRow::setTimerText(const QString& text, bool overtime) {
    if (text == m_timerText && overtime == m_overtime)
        return;
    const int before = timerWidth();
    m_timerText = text;
    m_overtime = overtime;
    if (timerWidth() != before)
        updateGeometry();
    update();
}

QFont AgendaRow::titleFont() const {
    return boldFont(font());
}

int AgendaRow::timerWidth() const {
    if (m_timerText.isEmpty())
        return 0;
    const QFontMetrics metrics(titleFont());
    return std::max(metrics.horizontalAdvance(m_timerText),
                    metrics.horizontalAdvance(QStringLiteral("00:00"))) +
           10;
}

QRect AgendaRow::titleRect(int width) const {
    const int timer = timerWidth();
    const int right = width - padding - (timer > 0 ? timer + padding : 0);
    const QRect bounds(textLeft(), padding, std::max(1, right - textLeft()), 10000);
    const QFontMetrics metrics(titleFont());
    const QRect used = metrics.boundingRect(bounds, titleFlags, agendaTitle(m_step));
    return QRect(bounds.left(), bounds.top(), bounds.width(),
                 std::max(used.height(), metrics.height()));
}

int AgendaRow::textLeft() const {
    return padding + 4 + circleSide(font()) + padding + 2;
}

QRect AgendaRow::progressRect(int width) const {
    const int top = titleRect(width).bottom() + 1 + 2;
    const int right = width - padding;
    const QRect bounds(textLeft(), top, std::max(1, right - textLeft()), 10000);
    const QRect used = QFontMetrics(font()).boundingRect(
        bounds, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_item.progress);
    return QRect(bounds.left(), top, bounds.width(),
                 std::max(used.height(), QFontMetrics(font()).height()));
}

int AgendaRow::heightForWidth(int width) const {
    const int bottom = progressRect(width).bottom() + 1 + (m_item.done ? 0 : 4 + barHeight);
    return std::max(bottom + padding, circleSide(font()) + 2 * padding);
}

QSize AgendaRow::sizeHint() const {
    const QFontMetrics title(titleFont());
    const int width = textLeft() + title.horizontalAdvance(agendaTitle(m_step)) + padding;
    return {width, heightForWidth(std::max(width, this->width()))};
}

QSize AgendaRow::minimumSizeHint() const {
    return {textLeft() + 120, heightForWidth(textLeft() + 120)};
}

void AgendaRow::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        emit clicked(m_step);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void AgendaRow::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect r = rect();
    if (m_current) {
        painter.fillRect(r, QColor(0xe3, 0xee, 0xfc));
        painter.fillRect(QRect(r.left(), r.top(), 4, r.height()), canvas::style::selection());
    } else if (underMouse()) {
        painter.fillRect(r, canvas::style::headerFill());
    }
    painter.setPen(QPen(canvas::style::gridLine(), 1));
    painter.drawLine(r.bottomLeft(), r.bottomRight());

    // The number, or a tick when the step is done.
    const int side = circleSide(font());
    const QRectF circle(r.left() + padding + 4, r.top() + padding, side, side);
    if (m_item.done) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(doneColor());
        painter.drawEllipse(circle);
        QPainterPath tick;
        tick.moveTo(circle.left() + side * 0.27, circle.top() + side * 0.52);
        tick.lineTo(circle.left() + side * 0.44, circle.top() + side * 0.69);
        tick.lineTo(circle.left() + side * 0.74, circle.top() + side * 0.34);
        painter.setPen(
            QPen(Qt::white, std::max(2.0, side / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
    } else {
        painter.setPen(
            QPen(m_current ? canvas::style::selection() : canvas::style::mutedInk(), 1.5));
        painter.setBrush(Qt::white);
        painter.drawEllipse(circle);
        painter.setFont(titleFont());
        painter.drawText(circle, Qt::AlignCenter, QString::number(static_cast<int>(m_step) + 1));
    }

    const int left = textLeft();
    const QFont title = titleFont();
    const QFontMetrics titleMetrics(title);
    if (!m_timerText.isEmpty()) {
        const int width = timerWidth();
        const QRect pill(r.right() - padding - width, r.top() + padding, width,
                         titleMetrics.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_overtime ? canvas::style::violation() : canvas::style::headerFill());
        painter.drawRoundedRect(pill, 4, 4);
        painter.setPen(m_overtime ? QColor(Qt::white) : canvas::style::ink());
        painter.setFont(title);
        painter.drawText(pill, Qt::AlignCenter, m_timerText);
    }
    painter.setFont(title);
    painter.setPen(canvas::style::ink());
    painter.drawText(titleRect(r.width()), titleFlags, agendaTitle(m_step));
    const QRect progress = progressRect(r.width());
    painter.setFont(font());
    painter.setPen(m_item.done ? doneColor().darker(130) : canvas::style::mutedInk());
    painter.drawText(progress, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_item.progress);
    const int y = progress.bottom() + 1 + 4;
    const int textRight = r.right() - padding;
    if (!m_item.done) {
        const QRectF bar(left, y, textRight - left, barHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(canvas::style::gridLine());
        painter.drawRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);
        const qreal fraction =
            m_item.target > 0 ? std::clamp(qreal(m_item.current) / m_item.target, 0.0, 1.0) : 0;
        if (fraction > 0) {
            painter.setBrush(canvas::style::selection());
            painter.drawRoundedRect(
                QRectF(bar.left(), bar.top(), bar.width() * fraction, barHeight), barHeight / 2.0,
                barHeight / 2.0);
        }
    }
}

} // namespace sb::panels
