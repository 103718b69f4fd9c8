#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

// Floating point helpers with the exact semantics PromQL's results depend on.
namespace Wk::Promql::FloatMath {

// One step of Kahan-Babuska-Neumaier summation: sum += inc with compensation c.
inline void kahanInc(double inc, double &sum, double &c)
{
    const double t = sum + inc;
    if (std::isinf(t))
        c = 0;
    else if (std::fabs(sum) >= std::fabs(inc))
        c += (sum - t) + inc;
    else
        c += (inc - t) + sum;
    sum = t;
}

// Go's math.Max / math.Min: NaN wins, and +0 is larger than -0.
inline double goMax(double x, double y)
{
    if (std::isinf(x) && x > 0)
        return x;
    if (std::isinf(y) && y > 0)
        return y;
    if (std::isnan(x) || std::isnan(y))
        return std::numeric_limits<double>::quiet_NaN();
    if (x == 0 && x == y)
        return std::signbit(x) ? y : x;
    return x > y ? x : y;
}

inline double goMin(double x, double y)
{
    if (std::isinf(x) && x < 0)
        return x;
    if (std::isinf(y) && y < 0)
        return y;
    if (std::isnan(x) || std::isnan(y))
        return std::numeric_limits<double>::quiet_NaN();
    if (x == 0 && x == y)
        return std::signbit(x) ? x : y;
    return x < y ? x : y;
}

// Ascending, with NaN sorting first, as Prometheus orders values for quantiles.
inline bool nanFirstLess(double a, double b)
{
    if (std::isnan(a))
        return !std::isnan(b);
    if (std::isnan(b))
        return false;
    return a < b;
}

// The q-quantile of values by linear interpolation between closest ranks; sorts values.
inline double quantile(double q, std::vector<double> &values)
{
    if (values.empty() || std::isnan(q))
        return std::numeric_limits<double>::quiet_NaN();
    if (q < 0)
        return -std::numeric_limits<double>::infinity();
    if (q > 1)
        return std::numeric_limits<double>::infinity();
    std::sort(values.begin(), values.end(), nanFirstLess);
    const double n = double(values.size());
    const double rank = q * (n - 1);
    const double lower = std::max(0.0, std::floor(rank));
    const double upper = std::min(n - 1, lower + 1);
    const double weight = rank - std::floor(rank);
    return values[size_t(lower)] * (1 - weight) + values[size_t(upper)] * weight;
}

} // namespace Wk::Promql::FloatMath
