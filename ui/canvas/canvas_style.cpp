#include "canvas_style.h"

namespace sb::canvas::style {

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

QFont titleFont() {
    return font(14, QFont::DemiBold);
}
QFont bodyFont() {
    return font(12, QFont::Normal);
}
QFont smallFont() {
    return font(11, QFont::Normal);
}
QFont headerFont() {
    return font(15, QFont::Bold);
}

} // namespace sb::canvas::style
