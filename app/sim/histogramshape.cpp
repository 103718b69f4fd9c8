#include "histogramshape.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Wk {

namespace {

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

} // namespace

HistogramShape::HistogramShape(QList<double> bounds, double median, double sigma)
    : m_bounds(std::move(bounds))
    , m_median(median)
    , m_sigma(sigma)
{
    const int n = intervalCount();
    m_probability.resize(size_t(n));
    m_mean.resize(size_t(n));
    const double mu = std::log(median);
    const double fullMean = median * std::exp(sigma * sigma / 2);
    const auto z = [&](double x) { return (std::log(x) - mu) / sigma; };
    double prevCdf = 0;
    double prevPartial = 0; // share of the mean carried below the previous bound
    for (int i = 0; i < n; ++i) {
        const bool last = i == n - 1;
        const double cdf = last ? 1.0 : normalCdf(z(m_bounds[i]));
        const double partial = last ? 1.0 : normalCdf(z(m_bounds[i]) - sigma);
        const double p = std::max(0.0, cdf - prevCdf);
        m_probability[size_t(i)] = p;
        // Conditional mean of a log-normal value within the interval.
        m_mean[size_t(i)] =
            p > 1e-12 ? fullMean * (partial - prevPartial) / p : (lower(i) + upper(i)) / 2;
        prevCdf = cdf;
        prevPartial = partial;
    }
}

HistogramShape HistogramShape::mixture(const HistogramShape &a, double wa, const HistogramShape &b,
                                       double wb)
{
    HistogramShape m = a;
    for (size_t i = 0; i < m.m_probability.size(); ++i) {
        const double pa = wa * a.m_probability[i];
        const double pb = wb * b.m_probability[i];
        const double p = pa + pb;
        m.m_probability[i] = p / (wa + wb);
        m.m_mean[i] = p > 0 ? (pa * a.m_mean[i] + pb * b.m_mean[i]) / p : a.m_mean[i];
    }
    return m;
}

double HistogramShape::lower(int i) const
{
    return i == 0 ? 0.0 : m_bounds[i - 1];
}

double HistogramShape::upper(int i) const
{
    return i < m_bounds.size() ? m_bounds[i] : 2 * m_bounds.last();
}

int HistogramShape::intervalOf(double value) const
{
    // Prometheus buckets are "less than or equal": a value on a bound belongs below it.
    auto it = std::lower_bound(m_bounds.begin(), m_bounds.end(), value);
    return int(it - m_bounds.begin());
}

double HistogramShape::loadGain(int i, double strength) const
{
    const double lo = i == 0 ? m_bounds.first() / 2.5 : lower(i);
    const double mid = std::sqrt(lo * upper(i));
    const double z = (std::log(mid) - std::log(m_median)) / m_sigma;
    return 1 + strength * std::clamp(z, -1.5, 2.0);
}

std::vector<double> HistogramShape::transfer(const QList<ObservationEffect> &effects) const
{
    const int n = intervalCount();
    std::vector<double> m(size_t(n) * size_t(n), 0.0);
    const QList<ObservationEffect> parts =
        effects.isEmpty() ? ObservationEffect::shift(0) : effects;
    for (int from = 0; from < n; ++from) {
        for (const ObservationEffect &e : parts) {
            if (e.replace) {
                m[size_t(intervalOf(e.value) * n + from)] += e.weight;
                continue;
            }
            const double lo = lower(from) + e.value;
            const double hi = upper(from) + e.value;
            for (int to = 0; to < n; ++to) {
                const double a = std::max(lo, lower(to));
                const double b = to == n - 1 ? hi : std::min(hi, upper(to));
                if (b > a)
                    m[size_t(to * n + from)] += e.weight * (b - a) / (hi - lo);
            }
        }
    }
    return m;
}

std::vector<double> HistogramShape::meanAfter(const QList<ObservationEffect> &effects) const
{
    const int n = intervalCount();
    std::vector<double> out(size_t(n), 0.0);
    const QList<ObservationEffect> parts =
        effects.isEmpty() ? ObservationEffect::shift(0) : effects;
    for (int from = 0; from < n; ++from) {
        for (const ObservationEffect &e : parts)
            out[size_t(from)] += e.weight * (e.replace ? e.value : m_mean[size_t(from)] + e.value);
    }
    return out;
}

double HistogramShape::shareAbove(double threshold, const QList<ObservationEffect> &effects) const
{
    const int n = intervalCount();
    const int from = intervalOf(threshold) + 1; // intervals wholly above the threshold
    const std::vector<double> m = transfer(effects);
    double share = 0;
    for (int to = std::min(from, n); to < n; ++to) {
        for (int src = 0; src < n; ++src)
            share += m[size_t(to * n + src)] * m_probability[size_t(src)];
    }
    return share;
}

} // namespace Wk
