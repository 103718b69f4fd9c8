#pragma once

#include "functions.h"

#include "models/metrics/sample.h"

#include <optional>
#include <span>

namespace Wk::Promql {

// Everything a range-vector function may need besides the samples of its window.
struct WindowParams
{
    qint64 evalTime = 0;   // the step being evaluated
    qint64 rangeStart = 0; // window is (rangeStart, rangeEnd]
    qint64 rangeEnd = 0;
    qint64 rangeMs = 0;
    double params[2] = {0, 0}; // the scalar arguments, in argument order
    // When known, whether a counter went down within the window; lets rate() skip its scan.
    enum class Resets { Unknown, None, Some } resets = Resets::Unknown;
};

// The functions over one series' samples in a window (rate, *_over_time, deriv, ...), with
// Prometheus's arithmetic: extrapolation in rate/increase/delta, Kahan summation, NaN ordering.
class RangeFunctions
{
public:
    // nullopt when the function yields no sample for this window.
    static std::optional<double> apply(FunctionId id, std::span<const Sample> window,
                                       const WindowParams &params);

    // rate/increase/delta with Prometheus's extrapolation towards the range boundaries.
    static std::optional<double> extrapolatedRate(std::span<const Sample> w, const WindowParams &p,
                                                  bool isCounter, bool isRate);
    // Least-squares slope and the intercept at interceptTime (milliseconds).
    static void linearRegression(std::span<const Sample> w, qint64 interceptTime, double &slope,
                                 double &intercept);
};

} // namespace Wk::Promql
