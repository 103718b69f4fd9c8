#pragma once

#include "models/core/result.h"
#include "models/metrics/labels.h"
#include "models/metrics/sample.h"

#include <QList>

#include <vector>

namespace Wk {

// The expanding series notation of Prometheus's promqltest files and of promtool's
// input_series: "metric{a="b"} 0+10x3 _ stale 1x2 -2+3x1 _x2 Inf".
//   a        one value             _       one missing value
//   axN      a, N+1 times          _xN     N missing values
//   a+bxN    a, a+b, ... a+N*b     stale   a staleness marker
//   a-bxN    a, a-b, ... a-N*b
// Native histograms ("{{...}}") are not supported and are reported as such.
class SeriesNotation
{
public:
    struct Value
    {
        double v = 0; // staleNaN() for "stale"
        bool omitted = false;
    };
    struct Line
    {
        Labels labels;
        QList<Value> values;
    };

    // Expands a value list. Errors name the 1-based column within text.
    static Result<QList<Value>> expand(QStringView text);
    // Parses "name", "name{a="b"}" or "{__name__="name", a="b"}".
    static Result<Labels> parseMetric(QStringView text);
    // Parses a metric followed by its values.
    static Result<Line> parseLine(QStringView text);
    // True when text uses the native histogram notation "{{...}}".
    static bool hasNativeHistogram(QStringView text);
    // Samples at start, start+interval, ... for the values that are not omitted.
    static std::vector<Sample> toSamples(const QList<Value> &values, qint64 startMs,
                                         qint64 intervalMs);
};

} // namespace Wk
