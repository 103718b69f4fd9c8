#pragma once

#include <QtGlobal>

namespace Wk {

// The service's traffic rhythm as a relative deviation from its weekly mean: low at night,
// highest in the (UTC) afternoon, busier mid-week than at the weekend. It is a short sum of
// sines so that its integral is closed-form, which lets every counter be evaluated at any
// time without replaying history.
class LoadCurve final
{
public:
    // Time origin of the model: 2020-01-01T00:00:00Z, a Wednesday. x is seconds since it.
    static constexpr qint64 OriginMs = 1'577'836'800'000;
    // |deviation| never exceeds this; channel shapes are kept positive against it.
    static constexpr double Bound = 0.67;

    static double secondsSinceOrigin(qint64 tMs) { return double(tMs - OriginMs) / 1000.0; }

    // Relative deviation at x (about -0.67 on a Sunday night to +0.47 on a weekday afternoon).
    static double deviation(double x);
    // Integral of deviation() from 0 to x.
    static double integral(double x);
};

} // namespace Wk
