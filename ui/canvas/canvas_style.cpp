#include "canvas_style.h"

namespace sb::canvas::style {

namespace {
Theme currentTheme = Theme::Normal;
} // namespace

Theme theme() {
    return currentTheme;
}

bool presenting() {
    return currentTheme == Theme::Presentation;
}

ScopedTheme::ScopedTheme(Theme theme)
    : m_previous(currentTheme) {
    currentTheme = theme;
}

ScopedTheme::~ScopedTheme() {
    currentTheme = m_previous;
}

QColor tint(const QColor& teamColor, qreal strength) {
    const QColor base = paper();
    auto mix = [&](int a, int b) { return static_cast<int>(a + (b - a) * strength); };
    return QColor(mix(base.red(), teamColor.red()), mix(base.green(), teamColor.green()),
                  mix(base.blue(), teamColor.blue()));
}

namespace {
QFont font(qreal pointSize, int weight) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(qRound(pointSize));
    f.setWeight(static_cast<QFont::Weight>(weight));
    f.setHintingPreference(QFont::PreferNoHinting); // the same shapes at every zoom
    return f;
}
} // namespace

// Presentation sizes still fit the layout's text boxes: two title lines in 38 px, a body line
// in 18 px, a small line in 17 px (and a cell's 58 px label column), two header lines in a step
// header's 40 px.
QFont titleFont() {
    return presenting() ? font(16, QFont::Bold) : font(14, QFont::DemiBold);
}
QFont bodyFont() {
    return presenting() ? font(13, QFont::DemiBold) : font(12, QFont::Normal);
}
QFont smallFont() {
    return presenting() ? font(12, QFont::Normal) : font(11, QFont::Normal);
}
QFont headerFont() {
    return presenting() ? font(16, QFont::Bold) : font(15, QFont::Bold);
}

} // namespace sb::canvas::style
