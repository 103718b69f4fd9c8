#include "widgets/niceaxis.h"

#include <algorithm>
#include <cmath>

namespace Wk {

NiceAxis NiceAxis::compute(double lo, double hi, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (hi < lo)
        std::swap(lo, hi);
    if (hi == lo) {
        const double pad = lo == 0 ? 1 : std::fabs(lo) * 0.1;
        lo -= pad;
        hi += pad;
    }
    const double rough = (hi - lo) / (maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double candidate = m * magnitude;
        const double first = std::floor(lo / candidate) * candidate;
        const double last = std::ceil(hi / candidate) * candidate;
        if (std::llround((last - first) / candidate) + 1 <= maxTicks) {
            step = candidate;
            break;
        }
    }
    NiceAxis a;
    a.step = step;
    a.min = std::floor(lo / step) * step;
    a.max = std::ceil(hi / step) * step;
    if (a.max == a.min)
        a.max = a.min + step;
    a.ticks = int(std::llround((a.max - a.min) / step)) + 1;
    // Decimals from the step: 0.25 needs 2, 0.5 needs 1, 5 needs 0.
    a.decimals = 0;
    double scaled = step;
    while (a.decimals < 9 &&
           std::fabs(scaled - std::round(scaled)) > 1e-9 * std::max(1.0, scaled)) {
        scaled *= 10;
        ++a.decimals;
    }
    return a;
}

} // namespace Wk
