#include "ratechannel.h"

#include "loadcurve.h"
#include "noise.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Wk {

RateChannel RateChannel::make(quint64 seed, int id, double base, double gain, double noise)
{
    RateChannel c;
    c.base = base;
    c.gain = gain;
    // Keep at least 5 % of the mean rate at the quietest moment.
    noise = std::clamp(noise, 0.0, std::max(0.0, 0.95 - std::abs(gain) * LoadCurve::Bound));
    static constexpr double Shares[3] = {0.35, 0.35, 0.30};
    static constexpr double MinPeriod[3] = {120, 900, 7200};
    static constexpr double MaxPeriod[3] = {360, 2700, 21600};
    using namespace SimNoise;
    for (int j = 0; j < 3; ++j) {
        const quint64 key = quint64(id) * 8 + quint64(j);
        const double period =
            uniformIn(MinPeriod[j], MaxPeriod[j], {seed, tag("channel-period"), key});
        c.waves[j].amplitude = noise * Shares[j];
        c.waves[j].omega = 2 * std::numbers::pi / period;
        c.waves[j].phase = uniformIn(0, 2 * std::numbers::pi, {seed, tag("channel-phase"), key});
    }
    return c;
}

double RateChannel::rate(double x, double loadDeviation) const
{
    double r = 1 + gain * loadDeviation;
    for (const Wave &w : waves)
        r += w.amplitude * std::sin(w.omega * x + w.phase);
    return base * r;
}

double RateChannel::integral(double x, double loadIntegral) const
{
    if (base == 0)
        return 0;
    double v = x + gain * loadIntegral;
    for (const Wave &w : waves) {
        if (w.amplitude != 0)
            v -= w.amplitude / w.omega * std::cos(w.omega * x + w.phase);
    }
    return base * v;
}

} // namespace Wk
