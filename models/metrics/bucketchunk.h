#pragma once

#include "bitstream.h"
#include "downsampledbucket.h"
#include "gorillacodec.h"
#include "models/core/result.h"

#include <QByteArrayView>

#include <vector>

namespace Wk {

// An immutable run of downsampled buckets, compressed like XorChunk: delta-of-delta bucket
// starts and a bucketed delta for the count; the first bucket's values as raw bits, later
// ones XOR-encoded against predictions from values already decoded: min against the previous
// bucket's last, max against the previous max moved by the change in min, sum against
// count x (min + max) / 2, and last as one bit when it equals max (every counter, every
// constant) or against the previous last. For counters this halves what XOR against the
// previous value of each field costs. The predictions use only + - x / on doubles, which IEEE
// arithmetic rounds the same everywhere, so decoding is bit-exact.
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
        DownsampledBucket m_prev;
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
