#pragma once

#include <QList>

namespace Wk {

// What a fault does to observed values: each part moves a share of the observations, either
// adding `value` to them (a slower dependency) or replacing them by `value` (a timeout or a
// fast failure). Shares sum to 1; an empty list changes nothing.
struct ObservationEffect
{
    double weight = 1;
    double value = 0;
    bool replace = false;

    static QList<ObservationEffect> shift(double seconds);
    // Equal shares shifted by each of the values.
    static QList<ObservationEffect> spread(const QList<double> &seconds);
    static QList<ObservationEffect> replaceBy(double value);
    // Both effects together (a replaced value is still shifted by a later delay).
    static QList<ObservationEffect> combine(const QList<ObservationEffect> &a,
                                            const QList<ObservationEffect> &b);
    // a with probability share, b otherwise.
    static QList<ObservationEffect> mix(double share, const QList<ObservationEffect> &a,
                                        const QList<ObservationEffect> &b);
};

} // namespace Wk
