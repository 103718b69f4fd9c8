#include "classichistogram.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Wk::Promql {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();

using Buckets = std::vector<ClassicHistogram::Bucket>;

void sortBuckets(Buckets &b)
{
    std::stable_sort(b.begin(), b.end(),
                     [](const ClassicHistogram::Bucket &x, const ClassicHistogram::Bucket &y) {
                         return x.upperBound < y.upperBound;
                     });
}

// Merges buckets with the same upper bound ("0.2", "2e-1" and "2.0e-1" are one bucket).
void coalesce(Buckets &b)
{
    size_t out = 0;
    ClassicHistogram::Bucket last = b[0];
    for (size_t i = 1; i < b.size(); ++i) {
        if (b[i].upperBound == last.upperBound) {
            last.count += b[i].count;
        } else {
            b[out++] = last;
            last = b[i];
        }
    }
    b[out++] = last;
    b.resize(out);
}

// Float errors can make cumulative counts dip by a rounding error; level those dips.
void correctPrecisionErrors(Buckets &b, double tolerance)
{
    double prev = b[0].count;
    for (size_t i = 1; i < b.size(); ++i) {
        const double curr = b[i].count;
        const double delta = std::fabs(curr - prev);
        if (delta == 0)
            continue;
        if (delta / curr <= tolerance)
            b[i].count = prev;
        else
            prev = curr;
    }
}

// Cumulative counts must not decrease; take the running maximum where they do.
bool ensureMonotonic(Buckets &b)
{
    bool forced = false;
    double max = b[0].count;
    for (size_t i = 1; i < b.size(); ++i) {
        if (b[i].count > max) {
            max = b[i].count;
        } else if (b[i].count < max) {
            b[i].count = max;
            forced = true;
        }
    }
    return forced;
}

} // namespace

ClassicHistogram::QuantileResult ClassicHistogram::quantile(double q, std::vector<Bucket> &b)
{
    if (std::isnan(q))
        return {NaN};
    if (q < 0)
        return {-Inf};
    if (q > 1)
        return {Inf};
    if (b.empty())
        return {NaN};
    sortBuckets(b);
    if (!(std::isinf(b.back().upperBound) && b.back().upperBound > 0))
        return {NaN};
    coalesce(b);
    correctPrecisionErrors(b, 1e-12);
    const bool forced = ensureMonotonic(b);
    if (b.size() < 2)
        return {NaN};
    const double observations = b.back().count;
    if (observations == 0)
        return {NaN};
    double rank = q * observations;
    // The first bucket (the +Inf one excluded) whose count reaches the rank.
    size_t i = 0;
    const size_t searchEnd = b.size() - 1;
    {
        size_t lo = 0, hi = searchEnd;
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            if (b[mid].count >= rank)
                hi = mid;
            else
                lo = mid + 1;
        }
        i = lo;
    }
    if (i == b.size() - 1)
        return {b[b.size() - 2].upperBound, forced};
    if (i == 0 && b[0].upperBound <= 0)
        return {b[0].upperBound, forced};
    double bucketStart = 0;
    const double bucketEnd = b[i].upperBound;
    double count = b[i].count;
    if (i > 0) {
        bucketStart = b[i - 1].upperBound;
        count -= b[i - 1].count;
        rank -= b[i - 1].count;
    }
    return {bucketStart + (bucketEnd - bucketStart) * (rank / count), forced};
}

double ClassicHistogram::fraction(double lower, double upper, std::vector<Bucket> &b)
{
    if (b.empty())
        return NaN;
    sortBuckets(b);
    if (!(std::isinf(b.back().upperBound) && b.back().upperBound > 0))
        return NaN;
    coalesce(b);
    correctPrecisionErrors(b, 1e-12);
    ensureMonotonic(b);
    const double total = b.back().count;
    if (total == 0 || std::isnan(lower) || std::isnan(upper))
        return NaN;
    if (lower >= upper)
        return 0;

    // Walk the buckets as (lowerBound, upperBound] ranges with their own counts. The lowest
    // bucket starts at 0 when its upper bound is positive, else at -Inf. Observations in a
    // bucket of infinite width are taken to lie at its infinite end, so they are never split.
    double rank = 0;
    double lowerRank = 0, upperRank = 0;
    bool lowerSet = false, upperSet = false;
    for (size_t i = 0; i < b.size(); ++i) {
        double bLower = i == 0 ? (b[0].upperBound > 0 ? 0.0 : -Inf) : b[i - 1].upperBound;
        const double bUpper = b[i].upperBound;
        const double count = i == 0 ? b[0].count : b[i].count - b[i - 1].count;
        if (!lowerSet && bLower >= lower) {
            lowerRank = rank;
            lowerSet = true;
        }
        if (!upperSet && bLower >= upper) {
            upperRank = rank;
            upperSet = true;
        }
        if (lowerSet && upperSet)
            break;
        auto splitRank = [&](double at) {
            if (std::isinf(bLower))
                return rank + count; // everything lies at -Inf, below the split
            if (std::isinf(bUpper))
                return rank; // everything lies at +Inf, above the split
            return rank + count * (at - bLower) / (bUpper - bLower);
        };
        if (!lowerSet && bLower < lower && bUpper > lower) {
            lowerRank = splitRank(lower);
            lowerSet = true;
        }
        if (!upperSet && bLower < upper && bUpper > upper) {
            upperRank = splitRank(upper);
            upperSet = true;
        }
        if (lowerSet && upperSet)
            break;
        rank += count;
    }
    if (!lowerSet || lowerRank > total)
        lowerRank = total;
    if (!upperSet || upperRank > total)
        upperRank = total;
    return (upperRank - lowerRank) / total;
}

} // namespace Wk::Promql
