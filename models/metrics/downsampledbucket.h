#pragma once

#include <QtGlobal>

#include <cmath>

namespace Wk {

// One downsampled bucket: what the samples in [t, t + resolution) had, staleness markers skipped.
struct DownsampledBucket
{
    qint64 t = 0; // start of the bucket, a multiple of the resolution
    double min = 0;
    double max = 0;
    double sum = 0;
    double last = 0;
    qint64 count = 0;

    double average() const { return count > 0 ? sum / double(count) : std::nan(""); }
};

} // namespace Wk
