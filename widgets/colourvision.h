#pragma once

#include <QColor>

namespace Wk {

// Colour checks for the theme: how a colour looks to a reader with a colour-vision deficiency,
// how far apart two colours look, and whether text is readable on a background.
namespace ColourVision {

enum class Deficiency { None, Protanopia, Deuteranopia, Tritanopia };

// WCAG 2 relative luminance (0 black .. 1 white).
double relativeLuminance(const QColor &c);
// WCAG 2 contrast ratio, 1..21; 4.5 is the minimum for body text.
double contrastRatio(const QColor &a, const QColor &b);
// Machado, Oliveira & Fernandes (2009) simulation at full severity, applied in linear RGB.
QColor simulate(const QColor &c, Deficiency d);
// CIE76 colour difference in CIELAB (D65); about 2.3 is just noticeable, 10+ clearly different.
double deltaE(const QColor &a, const QColor &b);

} // namespace ColourVision

} // namespace Wk
