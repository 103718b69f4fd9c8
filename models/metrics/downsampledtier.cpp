#include "downsampledtier.h"

#include "sample.h"

#include <cmath>
#include <limits>

namespace Wk {

DownsampledTier::DownsampledTier(qint64 resolutionMs)
    : m_resolution(resolutionMs)
{}

qint64 DownsampledTier::bucketStart(qint64 t) const
{
    if (t < std::numeric_limits<qint64>::min() + m_resolution)
        return std::numeric_limits<qint64>::min(); // "from the beginning" stays that
    qint64 q = t / m_resolution;
    if (t % m_resolution < 0)
        --q; // floor for times before the epoch
    return q * m_resolution;
}

void DownsampledTier::add(qint64 t, double v, int bucketsPerChunk)
{
    if (isStaleNaN(v))
        return;
    if (m_hasOpen && t < m_open.t)
        return;
    if (m_hasOpen && t - m_open.t < m_resolution) { // still the open bucket: no division
        DownsampledBucket &b = m_open;
        if (v < b.min || std::isnan(b.min))
            b.min = v;
        if (v > b.max || std::isnan(b.max))
            b.max = v;
        b.sum += v;
        b.last = v;
        ++b.count;
        return;
    }
    const qint64 start = bucketStart(t);
    if (m_hasOpen)
        closeOpen(bucketsPerChunk);
    else if (start <= newestClosedT())
        return; // restored or inserted buckets already cover this interval
    m_open = DownsampledBucket{start, v, v, v, v, 1};
    m_hasOpen = true;
}

void DownsampledTier::closeOpen(int bucketsPerChunk)
{
    m_encoder.append(m_open);
    m_hasOpen = false;
    if (m_encoder.count() >= bucketsPerChunk) {
        std::vector<char> bytes;
        m_encoder.finish(bytes);
        m_chunks.append(m_encoder.minT(), m_encoder.maxT(), m_encoder.count(),
                        QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        m_encoder.clear();
    }
}

void DownsampledTier::read(qint64 minT, qint64 maxT, std::vector<DownsampledBucket> &out) const
{
    if (maxT < minT)
        return;
    const qint64 from = bucketStart(minT);
    for (int i = m_chunks.firstEndingAtOrAfter(from); i < m_chunks.size(); ++i) {
        if (m_chunks.meta(i).minT > maxT)
            return;
        BucketChunk::decode(m_chunks.bytes(i), from, maxT, out);
    }
    if (!m_encoder.isEmpty() && m_encoder.maxT() >= from && m_encoder.minT() <= maxT) {
        std::vector<char> bytes;
        m_encoder.finish(bytes);
        BucketChunk::decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())), from, maxT, out);
    }
    if (m_hasOpen && m_open.t >= from && m_open.t <= maxT)
        out.push_back(m_open);
}

int DownsampledTier::dropBefore(qint64 cutoff)
{
    const int dropped = m_chunks.dropBefore(cutoff);
    if (m_chunks.isEmpty()) {
        const bool openOld = !m_hasOpen || m_open.t + m_resolution <= cutoff;
        if (openOld && !m_encoder.isEmpty() && m_encoder.maxT() + m_resolution <= cutoff)
            m_encoder.clear();
        if (m_encoder.isEmpty() && openOld)
            m_hasOpen = false;
    }
    return dropped;
}

qint64 DownsampledTier::bucketCount() const
{
    return m_chunks.itemCount() + m_encoder.count() + (m_hasOpen ? 1 : 0);
}

qint64 DownsampledTier::newestClosedT() const
{
    if (!m_encoder.isEmpty())
        return m_encoder.maxT();
    if (!m_chunks.isEmpty())
        return m_chunks.last().maxT;
    return std::numeric_limits<qint64>::min();
}

EncodedChunk DownsampledTier::openSnapshot(Tier tier) const
{
    EncodedChunk chunk;
    chunk.tier = tier;
    BucketChunk::Encoder encoder = m_encoder;
    if (m_hasOpen)
        encoder.append(m_open);
    if (encoder.isEmpty())
        return chunk;
    std::vector<char> bytes;
    encoder.finish(bytes);
    chunk.minT = encoder.minT();
    chunk.maxT = encoder.maxT();
    chunk.count = encoder.count();
    chunk.data = QByteArray(bytes.data(), qsizetype(bytes.size()));
    return chunk;
}

bool DownsampledTier::insertChunk(const EncodedChunk &chunk, const BucketChunk::Info &info)
{
    if (!m_chunks.isEmpty() && info.minT <= m_chunks.last().maxT)
        return false;
    if (!m_encoder.isEmpty() && info.maxT >= m_encoder.minT())
        return false;
    if (m_hasOpen && info.maxT >= m_open.t)
        return false;
    m_chunks.append(info.minT, info.maxT, info.count, QByteArrayView(chunk.data));
    return true;
}

void DownsampledTier::restoreOpen(const std::vector<DownsampledBucket> &buckets,
                                  int bucketsPerChunk)
{
    const qint64 after = newestClosedT();
    const bool hadOpen = m_hasOpen;
    const DownsampledBucket open = m_open;
    std::vector<const DownsampledBucket *> taken;
    for (const DownsampledBucket &b : buckets) {
        if (b.t > after && (!hadOpen || b.t < open.t) && b.t == bucketStart(b.t) &&
            (taken.empty() || b.t > taken.back()->t))
            taken.push_back(&b);
    }
    if (taken.empty())
        return;
    m_hasOpen = false;
    for (size_t i = 0; i < taken.size(); ++i) {
        m_open = *taken[i];
        m_hasOpen = true;
        if (i + 1 < taken.size() || hadOpen)
            closeOpen(bucketsPerChunk);
    }
    if (hadOpen) {
        m_open = open;
        m_hasOpen = true;
    }
}

} // namespace Wk
