#include "rangefunctions.h"

#include "floatmath.h"

#include <cmath>
#include <limits>
#include <vector>

namespace Wk::Promql {

using FloatMath::kahanInc;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

std::optional<double> instantValue(std::span<const Sample> w, bool isRate)
{
    if (w.size() < 2)
        return std::nullopt;
    const Sample &prev = w[w.size() - 2];
    const Sample &last = w[w.size() - 1];
    const qint64 interval = last.t - prev.t;
    if (interval == 0)
        return std::nullopt;
    double result = last.v;
    // A counter that went down was reset; its increase since then is its current value.
    if (!isRate || !(last.v < prev.v))
        result = last.v - prev.v;
    if (isRate)
        result /= double(interval) / 1000.0;
    return result;
}

double avgOverTime(std::span<const Sample> w)
{
    // Direct mean with Kahan summation while the sum stays finite, then incremental mean.
    double sum = w[0].v;
    double count = 1;
    double mean = 0;
    double c = 0;
    bool incremental = false;
    for (size_t i = 1; i < w.size(); ++i) {
        const double f = w[i].v;
        count = double(i + 1);
        if (!incremental) {
            double newSum = sum;
            double newC = c;
            kahanInc(f, newSum, newC);
            if (!std::isinf(newSum)) {
                sum = newSum;
                c = newC;
                continue;
            }
            incremental = true;
            mean = sum / (count - 1);
            c /= (count - 1);
        }
        const double q = (count - 1) / count;
        double m = q * mean;
        double mc = q * c;
        kahanInc(f / count, m, mc);
        mean = m;
        c = mc;
    }
    if (incremental)
        return mean + c;
    return sum / count + c / count;
}

double variance(std::span<const Sample> w)
{
    double count = 0;
    double mean = 0, cMean = 0;
    double aux = 0, cAux = 0;
    for (const Sample &s : w) {
        count++;
        const double delta = s.v - (mean + cMean);
        kahanInc(delta / count, mean, cMean);
        kahanInc(delta * (s.v - (mean + cMean)), aux, cAux);
    }
    return (aux + cAux) / count;
}

template<typename Cmp>
const Sample &pickOverTime(std::span<const Sample> w, Cmp better)
{
    const Sample *best = &w[0];
    for (const Sample &s : w) {
        if (better(s.v, best->v))
            best = &s;
    }
    return *best;
}

double doubleExponentialSmoothing(std::span<const Sample> w, double sf, double tf)
{
    double s0 = 0, s1 = w[0].v;
    double b = w[1].v - w[0].v;
    for (size_t i = 1; i < w.size(); ++i) {
        const double x = sf * w[i].v;
        // The trend at i-1; the first trend is the initial difference.
        if (i - 1 != 0)
            b = tf * (s1 - s0) + (1 - tf) * b;
        const double y = (1 - sf) * (s1 + b);
        s0 = s1;
        s1 = x + y;
    }
    return s1;
}

} // namespace

void RangeFunctions::linearRegression(std::span<const Sample> w, qint64 interceptTime,
                                      double &slope, double &intercept)
{
    double n = 0;
    double sumX = 0, cX = 0;
    double sumY = 0, cY = 0;
    double sumXY = 0, cXY = 0;
    double sumX2 = 0, cX2 = 0;
    const double initY = w[0].v;
    bool constY = true;
    for (size_t i = 0; i < w.size(); ++i) {
        const Sample &s = w[i];
        if (constY && i > 0 && s.v != initY)
            constY = false;
        n += 1.0;
        const double x = double(s.t - interceptTime) / 1e3;
        kahanInc(x, sumX, cX);
        kahanInc(s.v, sumY, cY);
        kahanInc(x * s.v, sumXY, cXY);
        kahanInc(x * x, sumX2, cX2);
    }
    if (constY) {
        if (std::isinf(initY)) {
            slope = NaN;
            intercept = NaN;
        } else {
            slope = 0;
            intercept = initY;
        }
        return;
    }
    sumX += cX;
    sumY += cY;
    sumXY += cXY;
    sumX2 += cX2;
    const double covXY = sumXY - sumX * sumY / n;
    const double varX = sumX2 - sumX * sumX / n;
    slope = covXY / varX;
    intercept = sumY / n - slope * sumX / n;
}

std::optional<double> RangeFunctions::extrapolatedRate(std::span<const Sample> w,
                                                       const WindowParams &p, bool isCounter,
                                                       bool isRate)
{
    if (w.size() < 2)
        return std::nullopt;
    const size_t last = w.size() - 1;
    const qint64 firstT = w[0].t;
    const qint64 lastT = w[last].t;
    double result = w[last].v - w[0].v;
    if (isCounter && p.resets != WindowParams::Resets::None) {
        for (size_t i = 1; i < w.size(); ++i) {
            if (w[i].v < w[i - 1].v)
                result += w[i - 1].v;
        }
    }
    double durationToStart = double(firstT - p.rangeStart) / 1000.0;
    double durationToEnd = double(p.rangeEnd - lastT) / 1000.0;
    const double sampledInterval = double(lastT - firstT) / 1000.0;
    const double averageBetweenSamples = sampledInterval / double(last);
    // Extrapolate to a boundary only when a sample would be expected there; otherwise assume
    // the series starts or ends half a sample interval beyond its first or last sample.
    const double threshold = averageBetweenSamples * 1.1;
    if (durationToStart >= threshold)
        durationToStart = averageBetweenSamples / 2;
    if (isCounter) {
        // Counters do not go below zero: stop extrapolating where the counter would be zero.
        double durationToZero = durationToStart;
        if (result > 0 && w[0].v >= 0)
            durationToZero = sampledInterval * (w[0].v / result);
        if (durationToZero < durationToStart)
            durationToStart = durationToZero;
    }
    if (durationToEnd >= threshold)
        durationToEnd = averageBetweenSamples / 2;
    double factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval;
    if (isRate)
        factor /= double(p.rangeMs) / 1000.0;
    return result * factor;
}

std::optional<double> RangeFunctions::apply(FunctionId id, std::span<const Sample> w,
                                            const WindowParams &p)
{
    if (w.empty())
        return std::nullopt;
    switch (id) {
    case FunctionId::Rate:
        return extrapolatedRate(w, p, true, true);
    case FunctionId::Increase:
        return extrapolatedRate(w, p, true, false);
    case FunctionId::Delta:
        return extrapolatedRate(w, p, false, false);
    case FunctionId::Irate:
        return instantValue(w, true);
    case FunctionId::Idelta:
        return instantValue(w, false);
    case FunctionId::AvgOverTime:
        return avgOverTime(w);
    case FunctionId::SumOverTime: {
        double sum = 0, c = 0;
        for (const Sample &s : w)
            kahanInc(s.v, sum, c);
        return std::isinf(sum) ? sum : sum + c;
    }
    case FunctionId::CountOverTime:
        return double(w.size());
    case FunctionId::PresentOverTime:
    case FunctionId::AbsentOverTime:
        return 1.0;
    case FunctionId::LastOverTime:
        return w.back().v;
    case FunctionId::FirstOverTime:
        return w.front().v;
    case FunctionId::TsOfLastOverTime:
        return double(w.back().t) / 1000.0;
    case FunctionId::TsOfFirstOverTime:
        return double(w.front().t) / 1000.0;
    case FunctionId::MaxOverTime:
        return pickOverTime(w,
                            [](double cur, double best) { return cur > best || std::isnan(best); })
            .v;
    case FunctionId::MinOverTime:
        return pickOverTime(w,
                            [](double cur, double best) { return cur < best || std::isnan(best); })
            .v;
    case FunctionId::TsOfMaxOverTime:
        return double(pickOverTime(w, [](double cur,
                                         double best) { return cur >= best || std::isnan(best); })
                          .t) /
               1000.0;
    case FunctionId::TsOfMinOverTime:
        return double(pickOverTime(w, [](double cur,
                                         double best) { return cur <= best || std::isnan(best); })
                          .t) /
               1000.0;
    case FunctionId::StdvarOverTime:
        return variance(w);
    case FunctionId::StddevOverTime:
        return std::sqrt(variance(w));
    case FunctionId::QuantileOverTime: {
        std::vector<double> values;
        values.reserve(w.size());
        for (const Sample &s : w)
            values.push_back(s.v);
        return FloatMath::quantile(p.params[0], values);
    }
    case FunctionId::MadOverTime: {
        std::vector<double> values;
        values.reserve(w.size());
        for (const Sample &s : w) {
            // A NaN sample makes the deviation undefined rather than being dropped.
            if (std::isnan(s.v))
                return NaN;
            values.push_back(s.v);
        }
        const double median = FloatMath::quantile(0.5, values);
        values.clear();
        for (const Sample &s : w)
            values.push_back(std::fabs(s.v - median));
        return FloatMath::quantile(0.5, values);
    }
    case FunctionId::Changes: {
        int changes = 0;
        for (size_t i = 1; i < w.size(); ++i) {
            const double prev = w[i - 1].v;
            const double cur = w[i].v;
            if (cur != prev && !(std::isnan(cur) && std::isnan(prev)))
                ++changes;
        }
        return double(changes);
    }
    case FunctionId::Resets: {
        int resets = 0;
        for (size_t i = 1; i < w.size(); ++i) {
            if (w[i].v < w[i - 1].v)
                ++resets;
        }
        return double(resets);
    }
    case FunctionId::Deriv: {
        if (w.size() < 2)
            return std::nullopt;
        double slope = 0, intercept = 0;
        linearRegression(w, w[0].t, slope, intercept);
        return slope;
    }
    case FunctionId::PredictLinear: {
        if (w.size() < 2)
            return std::nullopt;
        double slope = 0, intercept = 0;
        linearRegression(w, p.evalTime, slope, intercept);
        return slope * p.params[0] + intercept;
    }
    case FunctionId::DoubleExponentialSmoothing:
        if (w.size() < 2)
            return std::nullopt;
        return doubleExponentialSmoothing(w, p.params[0], p.params[1]);
    default:
        return std::nullopt;
    }
}

} // namespace Wk::Promql
