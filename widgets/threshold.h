#pragma once

#include "models/sources/healthstatus.h"

#include <QColor>
#include <QList>
#include <QString>

namespace Wk {

// A level a value is judged against: from `value` on (upwards or downwards, see
// ThresholdDirection) the value has status `level`. `colour` overrides the theme's status colour
// when valid; `label` names the line on a chart ("SLO 500 ms").
struct Threshold
{
    double value = 0;
    HealthStatus level = HealthStatus::Degraded;
    QColor colour;
    QString label;

    friend bool operator==(const Threshold &, const Threshold &) = default;
};

// Whether growing values are bad (latency, error rate) or shrinking ones are (uptime, conversion).
enum class ThresholdDirection { HigherIsWorse, LowerIsWorse };

// The status of `value`: the level of the furthest threshold it has reached, Healthy when it
// reached none, Unknown for NaN. Without thresholds every finite value is Healthy.
HealthStatus thresholdStatus(double value, const QList<Threshold> &thresholds,
                             ThresholdDirection direction = ThresholdDirection::HigherIsWorse);

} // namespace Wk
