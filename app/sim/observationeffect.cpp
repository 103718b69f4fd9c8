#include "observationeffect.h"

namespace Wk {

QList<ObservationEffect> ObservationEffect::shift(double seconds)
{
    return {ObservationEffect{1, seconds, false}};
}

QList<ObservationEffect> ObservationEffect::spread(const QList<double> &seconds)
{
    QList<ObservationEffect> out;
    for (double s : seconds)
        out.append({1.0 / double(seconds.size()), s, false});
    return out;
}

QList<ObservationEffect> ObservationEffect::replaceBy(double value)
{
    return {ObservationEffect{1, value, true}};
}

QList<ObservationEffect> ObservationEffect::combine(const QList<ObservationEffect> &a,
                                                    const QList<ObservationEffect> &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    QList<ObservationEffect> out;
    out.reserve(a.size() * b.size());
    for (const ObservationEffect &x : a) {
        for (const ObservationEffect &y : b) {
            // A replaced value followed by a shift is the replaced value shifted; a shift
            // followed by a replacement is the replacement.
            if (y.replace)
                out.append({x.weight * y.weight, y.value, true});
            else
                out.append({x.weight * y.weight, x.value + y.value, x.replace});
        }
    }
    return out;
}

QList<ObservationEffect> ObservationEffect::mix(double share, const QList<ObservationEffect> &a,
                                                const QList<ObservationEffect> &b)
{
    QList<ObservationEffect> out;
    const auto add = [&out](double w, const QList<ObservationEffect> &list) {
        if (w <= 0)
            return;
        if (list.isEmpty()) {
            out.append({w, 0, false});
            return;
        }
        for (ObservationEffect e : list) {
            e.weight *= w;
            out.append(e);
        }
    };
    add(share, a);
    add(1 - share, b);
    return out;
}

} // namespace Wk
