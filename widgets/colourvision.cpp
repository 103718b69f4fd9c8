#include "widgets/colourvision.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Wk::ColourVision {

namespace {

using Vec3 = std::array<double, 3>;
using Mat3 = std::array<Vec3, 3>;

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double toSrgb(double c)
{
    c = std::clamp(c, 0.0, 1.0);
    return c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

Vec3 linearRgb(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return {toLinear(rgb.redF()), toLinear(rgb.greenF()), toLinear(rgb.blueF())};
}

Vec3 multiply(const Mat3 &m, const Vec3 &v)
{
    Vec3 r{};
    for (size_t i = 0; i < 3; ++i)
        r[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
    return r;
}

Vec3 lab(const QColor &c)
{
    const Mat3 toXyz{{{0.4124564, 0.3575761, 0.1804375},
                      {0.2126729, 0.7151522, 0.0721750},
                      {0.0193339, 0.1191920, 0.9503041}}};
    const Vec3 xyz = multiply(toXyz, linearRgb(c));
    const Vec3 white{0.95047, 1.0, 1.08883};
    auto f = [](double t) {
        const double d = 6.0 / 29.0;
        return t > d * d * d ? std::cbrt(t) : t / (3 * d * d) + 4.0 / 29.0;
    };
    const double fx = f(xyz[0] / white[0]);
    const double fy = f(xyz[1] / white[1]);
    const double fz = f(xyz[2] / white[2]);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

} // namespace

double relativeLuminance(const QColor &c)
{
    const Vec3 l = linearRgb(c);
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor simulate(const QColor &c, Deficiency d)
{
    static const Mat3 protan{{{0.152286, 1.052583, -0.204868},
                              {0.114503, 0.786281, 0.099216},
                              {-0.003882, -0.048116, 1.051998}}};
    static const Mat3 deutan{{{0.367322, 0.860646, -0.227968},
                              {0.280085, 0.672501, 0.047413},
                              {-0.011820, 0.042940, 0.968881}}};
    static const Mat3 tritan{{{1.255528, -0.076749, -0.178779},
                              {-0.078411, 0.930809, 0.147602},
                              {0.004733, 0.691367, 0.303900}}};
    const Mat3 *m = nullptr;
    switch (d) {
    case Deficiency::None:
        return c.toRgb();
    case Deficiency::Protanopia:
        m = &protan;
        break;
    case Deficiency::Deuteranopia:
        m = &deutan;
        break;
    case Deficiency::Tritanopia:
        m = &tritan;
        break;
    }
    const Vec3 out = multiply(*m, linearRgb(c));
    return QColor::fromRgbF(float(toSrgb(out[0])), float(toSrgb(out[1])), float(toSrgb(out[2])),
                            c.alphaF());
}

double deltaE(const QColor &a, const QColor &b)
{
    const Vec3 la = lab(a);
    const Vec3 lb = lab(b);
    return std::sqrt((la[0] - lb[0]) * (la[0] - lb[0]) + (la[1] - lb[1]) * (la[1] - lb[1]) +
                     (la[2] - lb[2]) * (la[2] - lb[2]));
}

} // namespace Wk::ColourVision
