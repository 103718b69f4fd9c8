#pragma once

#include "bitstream.h"
#include "gorillacodec.h"
#include "models/core/result.h"

#include <QByteArrayView>

#include <cmath>
#include <vector>

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

// An immutable run of downsampled buckets, compressed like XorChunk: delta-of-delta bucket
// starts, a bucketed delta for the count, XOR streams for min, max and sum, and `last` as one
// bit when it equals max (every counter, every constant) or an XOR stream otherwise.
// Layout: one format byte (FormatTag), the bucket count as a varint, then the bit stream.
class BucketChunk final
{
public:
    static constexpr quint8 FormatTag = 2;

    // Builds a chunk bucket by bucket, so an open tier costs its compressed size, not 48 bytes
    // per bucket.
    class Encoder
    {
    public:
        void append(const DownsampledBucket &bucket);
        int count() const { return m_count; }
        bool isEmpty() const { return m_count == 0; }
        qint64 minT() const { return m_minT; }
        qint64 maxT() const { return m_maxT; }
        // Appends the chunk so far (header and bits) to `out`; the encoder can keep going.
        void finish(std::vector<char> &out) const;
        void clear() { *this = Encoder(); }
        qint64 heapBytes() const { return m_bits.capacityBytes(); }

    private:
        BitWriter m_bits;
        TimestampEncoder m_t;
        XorEncoder m_min;
        XorEncoder m_max;
        XorEncoder m_sum;
        XorEncoder m_last;
        qint64 m_prevCount = 0;
        qint64 m_minT = 0;
        qint64 m_maxT = 0;
        int m_count = 0;
    };

    struct Info
    {
        int count = 0;
        qint64 minT = 0;
        qint64 maxT = 0;
    };

    // Appends the buckets whose start lies in [minT, maxT]; false when the bytes are corrupt.
    static bool decode(QByteArrayView bytes, qint64 minT, qint64 maxT,
                       std::vector<DownsampledBucket> &out);
    // Checks the bytes by decoding them; the error says what is wrong.
    static Result<Info> inspect(QByteArrayView bytes);
};

} // namespace Wk
