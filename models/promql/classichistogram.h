#pragma once

#include <vector>

namespace Wk::Promql {

// Quantiles and fractions over the cumulative buckets of a classic histogram (the "_bucket"
// series with their "le" label), as histogram_quantile and histogram_fraction compute them.
class ClassicHistogram
{
public:
    struct Bucket
    {
        double upperBound;
        double count;
    };

    struct QuantileResult
    {
        double value;
        bool forcedMonotonic = false; // counts had to be made monotonic first
    };

    // Sorts and repairs buckets in place. NaN without a +Inf bucket or observations.
    static QuantileResult quantile(double q, std::vector<Bucket> &buckets);
    // The fraction of observations between lower and upper.
    static double fraction(double lower, double upper, std::vector<Bucket> &buckets);
};

} // namespace Wk::Promql
