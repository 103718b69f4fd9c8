#pragma once

#include "models/metrics/sample.h"

#include <QList>
#include <QPointF>

#include <vector>

namespace Wk {

// Reduces a series to what `columns` pixel columns spanning [t0, t1] can show: for each column
// and each unbroken run of samples, the minimum and the maximum in time order, plus the first and
// last sample of every run, so the drawn line keeps every peak and starts and ends where the data
// does. At most 2 * columns + 4 * runs points (a column a run ends in and the next starts in holds
// both runs' extremes). When the range holds no more than 2 * columns samples they are all
// returned.
//
// x is the time in epoch ms, y the value. A NaN or stale-NaN value, or a time step longer than
// maxStepMs (when > 0), breaks the line: runs are separated by one point whose y is NaN (never
// first, never last, never two in a row). Samples outside [t0, t1] are ignored. Input need not be
// sorted: unsorted input is sorted by time first (a copy; sorted input costs one check).
// Returns nothing for columns <= 0 or t1 < t0.
QList<QPointF> decimateMinMax(const std::vector<Sample> &samples, qint64 t0, qint64 t1, int columns,
                              qint64 maxStepMs = 0);

// True for the separator between two runs in decimateMinMax()'s output.
inline bool isGapPoint(const QPointF &p)
{
    return p.y() != p.y();
}

} // namespace Wk
