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

    qsizetype lastEmitted = -1;
    auto emitPoint = [&](qsizetype i) {
        if (i > lastEmitted) {
            out.append(QPointF(double(s[size_t(i)].t), s[size_t(i)].v));
            lastEmitted = i;
        }
    };

    // The column being collected for the current run.
    int column = -1;
    qsizetype minI = -1;
    qsizetype maxI = -1;
    auto flushColumn = [&] {
        if (column < 0)
            return;
        emitPoint(std::min(minI, maxI));
        emitPoint(std::max(minI, maxI));
        column = -1;
    };

    bool inRun = false;
    qsizetype runLast = -1;
    bool gapPending = false;
    double gapX = 0;
    auto endRun = [&](double atX) {
        if (!inRun)
            return;
        flushColumn();
        emitPoint(runLast);
        inRun = false;
        gapPending = true;
        gapX = atX;
    };

    for (qsizetype i = begin; i < end; ++i) {
        const Sample &x = s[size_t(i)];
        if (std::isnan(x.v)) {
            endRun(double(x.t));
            continue;
        }
        if (inRun && maxStepMs > 0 && x.t - s[size_t(runLast)].t > maxStepMs)
            endRun(double(s[size_t(runLast)].t + x.t) / 2);
        if (!inRun) {
            if (gapPending && !out.isEmpty())
                out.append(QPointF(gapX, gapY));
            gapPending = false;
            inRun = true;
            emitPoint(i); // the first sample of a run is always kept
        }
        runLast = i;
        if (keepAll) {
            emitPoint(i);
            continue;
        }
        const int c = columnOf(x.t);
        if (c != column) {
            flushColumn();
            column = c;
            minI = maxI = i;
        } else {
            if (x.v < s[size_t(minI)].v)
                minI = i;
            if (x.v > s[size_t(maxI)].v)
                maxI = i;
        }
    }
    if (inRun) {
        flushColumn();
        emitPoint(runLast);
    }
    return out;
}

} // namespace Wk
