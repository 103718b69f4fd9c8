#include "widgets/decimate.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Wk {

namespace {

bool earlier(const Sample &a, const Sample &b)
{
    return a.t < b.t;
}

} // namespace

QList<QPointF> decimateMinMax(const std::vector<Sample> &samples, qint64 t0, qint64 t1, int columns,
                              qint64 maxStepMs)
{
    QList<QPointF> out;
    if (columns <= 0 || t1 < t0 || samples.empty())
        return out;

    const std::vector<Sample> *src = &samples;
    std::vector<Sample> sorted;
    if (!std::is_sorted(samples.begin(), samples.end(), earlier)) {
        sorted = samples;
        std::stable_sort(sorted.begin(), sorted.end(), earlier);
        src = &sorted;
    }
    const std::vector<Sample> &s = *src;
    const auto first = std::lower_bound(s.begin(), s.end(), Sample{t0, 0}, earlier);
    const auto last = std::upper_bound(first, s.end(), Sample{t1, 0}, earlier);
    const qsizetype begin = first - s.begin();
    const qsizetype end = last - s.begin();
    if (begin == end)
        return out;

    const double gapY = std::numeric_limits<double>::quiet_NaN();
    const bool keepAll = end - begin <= 2 * qsizetype(columns);
    out.reserve(keepAll ? end - begin + 8 : 2 * qsizetype(columns) + 16);

    const double span = double(t1 - t0);
    const double perMs = span > 0 ? double(columns) / span : 0;
    auto columnOf = [&](qint64 t) {
        const int c = int(double(t - t0) * perMs);
        return std::min(c, columns - 1);
    };
    // The first time that falls in a column after c (exact for columnOf's rounding), so the inner
    // loop compares integers instead of computing a column per sample.
    auto columnEnd = [&](int c) {
        if (c >= columns - 1 || perMs <= 0)
            return std::numeric_limits<qint64>::max();
        qint64 t = t0 + qint64(std::ceil(double(c + 1) / perMs));
        while (t > t0 && columnOf(t - 1) > c)
            --t;
        while (columnOf(t) <= c)
            ++t;
        return t;
    };
    auto point = [&](qsizetype i) { return QPointF(double(s[size_t(i)].t), s[size_t(i)].v); };

    qsizetype lastEmitted = -1;
    auto emitPoint = [&](qsizetype i) {
        if (i > lastEmitted) {
            out.append(point(i));
            lastEmitted = i;
        }
    };
    auto breaksLine = [&](qsizetype k) {
        return maxStepMs > 0 && s[size_t(k)].t - s[size_t(k - 1)].t > maxStepMs;
    };

    bool gapPending = false;
    double gapX = 0;
    qsizetype i = begin;
    while (i < end) {
        if (std::isnan(s[size_t(i)].v)) {
            if (!gapPending && !out.isEmpty()) {
                gapPending = true;
                gapX = double(s[size_t(i)].t);
            }
            ++i;
            continue;
        }
        // A run starts at i: its first sample is always kept.
        if (gapPending)
            out.append(QPointF(gapX, gapY));
        gapPending = false;
        emitPoint(i);
        qsizetype k = i + 1;
        if (keepAll) {
            while (k < end && !std::isnan(s[size_t(k)].v) && !breaksLine(k))
                emitPoint(k++);
        } else {
            k = i;
            while (k < end && !std::isnan(s[size_t(k)].v) && (k == i || !breaksLine(k))) {
                // One column of this run: its minimum and maximum, in time order.
                const qint64 limit = columnEnd(columnOf(s[size_t(k)].t));
                qsizetype minI = k;
                qsizetype maxI = k;
                double minV = s[size_t(k)].v;
                double maxV = minV;
                ++k;
                while (k < end) {
                    const Sample &x = s[size_t(k)];
                    if (x.t >= limit || std::isnan(x.v) || breaksLine(k))
                        break;
                    if (x.v < minV) {
                        minV = x.v;
                        minI = k;
                    } else if (x.v > maxV) {
                        maxV = x.v;
                        maxI = k;
                    }
                    ++k;
                }
                emitPoint(std::min(minI, maxI));
                emitPoint(std::max(minI, maxI));
            }
        }
        emitPoint(k - 1); // the last sample of the run is always kept
        if (k < end && !std::isnan(s[size_t(k)].v)) {
            // The run ended on a step longer than maxStepMs: break the line in the middle.
            gapPending = true;
            gapX = double(s[size_t(k - 1)].t + s[size_t(k)].t) / 2;
        }
        i = k;
    }
    return out;
}

} // namespace Wk
