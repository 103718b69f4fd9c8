#include "bucketchunk.h"

#include <QCoreApplication>

#include <bit>
#include <limits>

namespace Wk {

namespace {

// The predictions both sides make; see the class comment.
double predictMax(const DownsampledBucket &prev, double min)
{
    return prev.max + (min - prev.min);
}

double predictSum(qint64 count, double min, double max)
{
    return double(count) * (min + max) / 2;
}

bool sameBits(double a, double b)
{
    return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b);
}

} // namespace

void BucketChunk::Encoder::append(const DownsampledBucket &b)
{
    m_t.append(m_bits, b.t);
    if (m_count == 0) {
        m_bits.writeVarint(b.count);
        m_min.append(m_bits, b.min);
        m_max.append(m_bits, b.max);
        m_sum.append(m_bits, b.sum);
    } else {
        SignedBuckets::write(m_bits, b.count - m_prev.count);
        m_min.appendPredicted(m_bits, b.min, m_prev.last);
        m_max.appendPredicted(m_bits, b.max, predictMax(m_prev, b.min));
        m_sum.appendPredicted(m_bits, b.sum, predictSum(b.count, b.min, b.max));
    }
    if (sameBits(b.last, b.max)) {
        m_bits.writeBit(false);
    } else {
        m_bits.writeBit(true);
        if (m_count == 0)
            m_last.append(m_bits, b.last);
        else
            m_last.appendPredicted(m_bits, b.last, m_prev.last);
    }
    if (m_count == 0)
        m_minT = b.t;
    m_maxT = b.t;
    m_prev = b;
    ++m_count;
}

void BucketChunk::Encoder::finish(std::vector<char> &out) const
{
    BitWriter header;
    header.writeBits(FormatTag, 8);
    header.writeUVarint(quint64(m_count));
    header.copyTo(out);
    m_bits.copyTo(out);
}

namespace {

// Decodes every bucket, handing each to `sink`; returns false on corrupt bytes. `sink` returns
// false to stop early.
template<typename Sink>
bool decodeAll(QByteArrayView bytes, Sink &&sink)
{
    BitReader r(bytes);
    if (r.readBits(8) != BucketChunk::FormatTag)
        return false;
    const quint64 n = r.readUVarint();
    // Every bucket after the first takes at least six bits.
    if (r.overrun() || n > quint64(bytes.size()) * 8 / 6 + 1)
        return false;
    TimestampDecoder ts;
    XorDecoder min;
    XorDecoder max;
    XorDecoder sum;
    XorDecoder last;
    DownsampledBucket prev;
    for (quint64 i = 0; i < n; ++i) {
        DownsampledBucket b;
        b.t = ts.next(r);
        if (i == 0) {
            b.count = r.readVarint();
            if (!min.next(r, b.min) || !max.next(r, b.max) || !sum.next(r, b.sum))
                return false;
        } else {
            b.count = prev.count + SignedBuckets::read(r);
            if (!min.nextPredicted(r, prev.last, b.min) ||
                !max.nextPredicted(r, predictMax(prev, b.min), b.max) ||
                !sum.nextPredicted(r, predictSum(b.count, b.min, b.max), b.sum))
                return false;
        }
        if (!r.readBit())
            b.last = b.max;
        else if (!(i == 0 ? last.next(r, b.last) : last.nextPredicted(r, prev.last, b.last)))
            return false;
        prev = b;
        if (r.overrun())
            return false;
        if (!sink(b))
            return true;
    }
    return true;
}

} // namespace

bool BucketChunk::decode(QByteArrayView bytes, qint64 minT, qint64 maxT,
                         std::vector<DownsampledBucket> &out)
{
    return decodeAll(bytes, [&](const DownsampledBucket &b) {
        if (b.t > maxT)
            return false;
        if (b.t >= minT)
            out.push_back(b);
        return true;
    });
}

Result<BucketChunk::Info> BucketChunk::inspect(QByteArrayView bytes)
{
    Info info;
    bool ordered = true;
    const bool ok = decodeAll(bytes, [&](const DownsampledBucket &b) {
        if (info.count > 0 && b.t <= info.maxT) {
            ordered = false;
            return false;
        }
        if (info.count == 0)
            info.minT = b.t;
        info.maxT = b.t;
        ++info.count;
        return true;
    });
    const char *problem = !ok        ? QT_TRANSLATE_NOOP("Wk::BucketChunk", "corrupt bit stream")
                          : !ordered ? QT_TRANSLATE_NOOP("Wk::BucketChunk", "buckets out of order")
                          : info.count == 0 ? QT_TRANSLATE_NOOP("Wk::BucketChunk", "no buckets")
                                            : nullptr;
    if (problem) {
        return Error(QCoreApplication::translate("Wk::BucketChunk", "invalid bucket chunk: %1")
                         .arg(QCoreApplication::translate("Wk::BucketChunk", problem)));
    }
    return info;
}

} // namespace Wk
