#pragma once

#include <QColor>
#include <QFont>

namespace sb::canvas {

// The calm, projector-readable look every canvas item and every export shares.
namespace style {

// Presentation is the high-contrast look for the back of a room: darker secondary ink and grid,
// stronger header fills, larger and heavier type (sizes chosen so text still fits the layout's
// boxes). The theme is set while one view paints (CanvasView in presentation mode); exports and
// every other view paint in the normal theme.
enum class Theme { Normal, Presentation };
Theme theme();
bool presenting();

// Sets the theme for its lifetime.
class ScopedTheme {
public:
    explicit ScopedTheme(Theme theme);
    ~ScopedTheme();
    ScopedTheme(const ScopedTheme&) = delete;
    ScopedTheme& operator=(const ScopedTheme&) = delete;

private:
    Theme m_previous;
};

inline QColor ink() {
    return presenting() ? QColor(0x00, 0x00, 0x00) : QColor(0x26, 0x2b, 0x33);
}
inline QColor mutedInk() {
    return presenting() ? QColor(0x26, 0x2b, 0x33) : QColor(0x5f, 0x68, 0x75);
}
inline QColor faintInk() {
    return presenting() ? QColor(0x4a, 0x52, 0x5c) : QColor(0x9a, 0xa3, 0xae);
}
inline QColor paper() {
    return QColor(0xff, 0xff, 0xff);
}
inline QColor gridLine() {
    return presenting() ? QColor(0x6b, 0x74, 0x80) : QColor(0xdd, 0xe2, 0xe8);
}
inline QColor headerFill() {
    return presenting() ? QColor(0xdf, 0xe5, 0xec) : QColor(0xf1, 0xf4, 0xf7);
}
inline QColor laneFill(bool alternate) {
    if (presenting())
        return alternate ? QColor(0xee, 0xf1, 0xf5) : QColor(0xff, 0xff, 0xff);
    return alternate ? QColor(0xf7, 0xf9, 0xfb) : QColor(0xfc, 0xfd, 0xfe);
}
inline QColor selection() {
    return QColor(0x1a, 0x73, 0xe8);
}
inline QColor divergence() {
    return QColor(0xd9, 0x7a, 0x00);
}
inline QColor flowInk() {
    return QColor(0x44, 0x4c, 0x57);
}
inline QColor reworkInk() {
    return QColor(0xc2, 0x41, 0x2d);
}
inline QColor dependencyInk() {
    return QColor(0x7b, 0x4f, 0xb5);
}
inline QColor stickyFill() {
    return QColor(0xff, 0xe8, 0x7c);
}
inline QColor kaizenFill() {
    return QColor(0xff, 0xb3, 0x47);
}
inline QColor unownedFill() {
    return QColor(0xee, 0xf0, 0xf3);
}
inline QColor handoff() {
    return QColor(0xd9, 0x6c, 0x00);
} // a change of owning team
inline QColor added() {
    return QColor(0x2e, 0x8b, 0x57);
} // new in the future state
inline QColor changed() {
    return QColor(0x1f, 0x6f, 0xc5);
} // changed since the baseline
inline QColor violation() {
    return QColor(0xc6, 0x28, 0x28);
} // a one-hop path or a cycle

// A team colour softened for a large fill, so black text on it stays readable.
QColor tint(const QColor& teamColor, qreal strength = 0.22);

QFont titleFont();  // element names
QFont bodyFont();   // secondary lines
QFont smallFont();  // figures and labels
QFont headerFont(); // column, row and lane headers

} // namespace style

} // namespace sb::canvas
