#pragma once

#include "bucketchunk.h"
#include "chunklist.h"
#include "encodedchunk.h"

#include <vector>

namespace Wk {

// One downsampled resolution of one series: fixed-width buckets (min, max, sum, count, last),
// the open bucket raw, closed buckets streamed into a BucketChunk encoder, and full chunks kept
// compressed in a ChunkList. Staleness markers are skipped: a bucket summarises real values.
class DownsampledTier final
{
public:
    explicit DownsampledTier(qint64 resolutionMs);

    qint64 resolutionMs() const { return m_resolution; }
    qint64 bucketStart(qint64 t) const;

    // Folds one sample in (t must not go backwards). Closes the open bucket when t leaves it,
    // and the encoder into a chunk when it holds bucketsPerChunk buckets.
    void add(qint64 t, double v, int bucketsPerChunk);

    // Buckets whose span overlaps [minT, maxT], oldest first, the open (partial) one included.
    void read(qint64 minT, qint64 maxT, std::vector<DownsampledBucket> &out) const;

    // Drops whole chunks that end before cutoff, and the unchunked part once all of it is older.
    int dropBefore(qint64 cutoff);

    bool isEmpty() const { return m_chunks.isEmpty() && m_encoder.isEmpty() && !m_hasOpen; }
    const ChunkList &chunks() const { return m_chunks; }
    qint64 bucketCount() const;
    qint64 heapBytes() const { return m_chunks.heapBytes() + m_encoder.heapBytes(); }

    // Persistence: the buckets not yet in a closed chunk (the open one last), encoded.
    EncodedChunk openSnapshot(Tier tier) const;
    // Adds a closed chunk read back from storage; it must lie before everything held.
    bool insertChunk(const EncodedChunk &chunk, const BucketChunk::Info &info);
    // Takes back buckets of a snapshot that are newer than everything held; the last becomes
    // the open bucket so samples of the same interval keep folding into it.
    void restoreOpen(const std::vector<DownsampledBucket> &buckets, int bucketsPerChunk);

private:
    void closeOpen(int bucketsPerChunk);
    qint64 newestClosedT() const;

    qint64 m_resolution;
    DownsampledBucket m_open;
    bool m_hasOpen = false;
    BucketChunk::Encoder m_encoder;
    ChunkList m_chunks;
};

} // namespace Wk
