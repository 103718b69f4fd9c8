#pragma once

namespace Wk {

// Round axis bounds and a 1-2-5 step so tick labels are short numbers ("0, 50, 100, 150").
struct NiceAxis
{
    double min = 0;
    double max = 1;
    double step = 0.2;
    int ticks = 6;    // labels from min to max inclusive
    int decimals = 1; // decimals each label needs

    // Covers [lo, hi] with at most maxTicks labels (at least 2). An empty or inverted range is
    // widened around its value.
    static NiceAxis compute(double lo, double hi, int maxTicks);
};

} // namespace Wk
