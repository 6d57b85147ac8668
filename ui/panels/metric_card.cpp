#include "metric_card.h"

#include "canvas/canvas_style.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sb::panels {

namespace {

QLabel* line(QWidget* parent, qreal pointSize, int weight, const QColor& color) {
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(pointSize);
    font.setWeight(static_cast<QFont::Weight>(weight));
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

MetricCard::MetricCard(const QString& label, QWidget* parent)
    : QFrame(parent)
    , m_label(line(this, 11, QFont::DemiBold, canvas::style::mutedInk()))
    , m_value(line(this, 22, QFont::Bold, canvas::style::ink()))
    , m_sub(line(this, 10, QFont::Normal, canvas::style::mutedInk())) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, canvas::style::paper());
    setPalette(palette);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(0);
    m_label->setText(label);
    m_sub->setWordWrap(true);
    layout->addWidget(m_label);
    layout->addWidget(m_value);
    layout->addWidget(m_sub);
}

void MetricCard::setValue(const QString& value, const QColor& color) {
    m_value->setText(value);
    QPalette palette = m_value->palette();
    palette.setColor(QPalette::WindowText, color.isValid() ? color : canvas::style::ink());
    m_value->setPalette(palette);
}

void MetricCard::setSubLine(const QString& text) {
    m_sub->setText(text);
}

QString MetricCard::label() const {
    return m_label->text();
}
QString MetricCard::value() const {
    return m_value->text();
}
QString MetricCard::subLine() const {
    return m_sub->text();
}

} // namespace sb::panels
