#include "color_field.h"

#include "team_glyph.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QPushButton>

namespace sb::panels {

ColorField::ColorField(const QString& defaultText, const QString& resetText, QWidget* parent)
    : QWidget(parent)
    , m_defaultText(defaultText)
    , m_choose(new QPushButton(this))
    , m_reset(new QPushButton(resetText, this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choose, 1);
    layout->addWidget(m_reset);
    m_choose->setToolTip(tr("Choose a colour"));
    m_reset->setToolTip(tr("Drop the own colour and use the default"));
    connect(m_choose, &QPushButton::clicked, this, &ColorField::choose);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (m_own.isValid())
            emit colorChosen(QColor());
    });
    setFocusProxy(m_choose);
}

void ColorField::showColor(const QColor& own, const QColor& shown) {
    m_own = own;
    m_shown = shown;
    m_choose->setIcon(colorSwatchIcon(shown));
    m_choose->setText(own.isValid() ? own.name().toUpper() : m_defaultText);
    m_reset->setEnabled(own.isValid());
}

void ColorField::choose() {
    const QColor initial = m_shown.isValid() ? m_shown : QColor(Qt::white);
    const QColor picked = QColorDialog::getColor(initial, this, tr("Choose a colour"));
    if (picked.isValid() && picked != m_own)
        emit colorChosen(picked);
}

} // namespace sb::panels
