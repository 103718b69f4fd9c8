#include "widgets/threshold.h"

#include <cmath>

namespace Wk {

HealthStatus thresholdStatus(double value, const QList<Threshold> &thresholds,
                             ThresholdDirection direction)
{
    if (std::isnan(value))
        return HealthStatus::Unknown;
    HealthStatus status = HealthStatus::Healthy;
    const Threshold *reached = nullptr;
    for (const Threshold &t : thresholds) {
        const bool hit =
            direction == ThresholdDirection::HigherIsWorse ? value >= t.value : value <= t.value;
        if (!hit)
            continue;
        const bool further =
            !reached || (direction == ThresholdDirection::HigherIsWorse ? t.value > reached->value
                                                                        : t.value < reached->value);
        if (further) {
            reached = &t;
            status = t.level;
        }
    }
    return status;
}

} // namespace Wk
