#pragma once

#include <QtGlobal>

#include <array>

namespace Wk {

// One stream of events with a closed-form integral: a mean rate that follows the load curve
// with a given gain, plus three slow waves of its own (minutes, tens of minutes, hours) as
// noise. rate(x) = base * (1 + gain * load(x) + sum of waves) and is never negative.
struct RateChannel
{
    struct Wave
    {
        double amplitude = 0; // relative to base
        double omega = 0;     // radians per second
        double phase = 0;
    };

    double base = 0; // mean events per second
    double gain = 1;
    std::array<Wave, 3> waves{};

    // noise is the sum of the wave amplitudes; it is reduced where it could make the rate
    // negative at the deepest point of the load curve.
    static RateChannel make(quint64 seed, int id, double base, double gain, double noise);

    double rate(double x, double loadDeviation) const;
    // Antiderivative of rate(); differences of two values are event counts.
    double integral(double x, double loadIntegral) const;
};

} // namespace Wk
