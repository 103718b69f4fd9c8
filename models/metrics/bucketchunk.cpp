#include "bucketchunk.h"

#include <QCoreApplication>

#include <bit>
#include <limits>

namespace Wk {

void BucketChunk::Encoder::append(const DownsampledBucket &b)
{
    m_t.append(m_bits, b.t);
    if (m_count == 0)
        m_bits.writeVarint(b.count);
    else
        SignedBuckets::write(m_bits, b.count - m_prevCount);
    m_prevCount = b.count;
    m_min.append(m_bits, b.min);
    m_max.append(m_bits, b.max);
    m_sum.append(m_bits, b.sum);
    if (std::bit_cast<quint64>(b.last) == std::bit_cast<quint64>(b.max)) {
        m_bits.writeBit(false);
        m_last.skip(b.last);
    } else {
        m_bits.writeBit(true);
        m_last.append(m_bits, b.last);
    }
    if (m_count == 0)
        m_minT = b.t;
    m_maxT = b.t;
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
    qint64 count = 0;
    for (quint64 i = 0; i < n; ++i) {
        DownsampledBucket b;
        b.t = ts.next(r);
        count = i == 0 ? r.readVarint() : count + SignedBuckets::read(r);
        b.count = count;
        if (!min.next(r, b.min) || !max.next(r, b.max) || !sum.next(r, b.sum))
            return false;
        if (r.readBit()) {
            if (!last.next(r, b.last))
                return false;
        } else {
            b.last = b.max;
            last.skip(b.last);
        }
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
