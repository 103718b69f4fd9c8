#pragma once

#include "observationeffect.h"

#include <QList>

#include <vector>

namespace Wk {

// A histogram's bucket layout with a log-normal distribution of the observed values: how much
// of the mass falls between consecutive bounds, the mean value there, and how a fault moves
// mass between those intervals. Interval i lies between bounds[i-1] and bounds[i]; the last one
// is above the last bound (+Inf).
class HistogramShape final
{
public:
    HistogramShape() = default;
    HistogramShape(QList<double> bounds, double median, double sigma);
    // Observations drawn from a with weight wa and from b with weight wb (same bounds).
    static HistogramShape mixture(const HistogramShape &a, double wa, const HistogramShape &b,
                                  double wb);

    const QList<double> &bounds() const { return m_bounds; }
    int intervalCount() const { return int(m_bounds.size()) + 1; }
    double probability(int i) const { return m_probability[size_t(i)]; }
    double meanIn(int i) const { return m_mean[size_t(i)]; }
    int intervalOf(double value) const;

    // How much more (or less) than the total an interval follows the load: slow intervals gain
    // more at peak time, so the upper quantiles rise with traffic.
    double loadGain(int i, double strength) const;

    // Row-major n x n matrix: element [to * n + from] is the share of interval `from`'s
    // observations that end in interval `to`. Values are taken as spread evenly within an
    // interval (the last one up to twice the last bound).
    std::vector<double> transfer(const QList<ObservationEffect> &effects) const;
    // Mean observed value, per source interval, after the effects.
    std::vector<double> meanAfter(const QList<ObservationEffect> &effects) const;
    // Share of all observations that end above `threshold` after the effects.
    double shareAbove(double threshold, const QList<ObservationEffect> &effects) const;

private:
    double lower(int i) const;
    double upper(int i) const;

    QList<double> m_bounds;
    double m_median = 1;
    double m_sigma = 1;
    std::vector<double> m_probability;
    std::vector<double> m_mean;
};

} // namespace Wk
