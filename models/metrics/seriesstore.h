#pragma once

#include "downsampledbucket.h"
#include "encodedchunk.h"
#include "labelmatcher.h"
#include "labels.h"
#include "models/core/result.h"
#include "sample.h"
#include "xorchunk.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Wk {

class ChunkList;
class DownsampledTier;

using SeriesId = quint32;

// In-memory time series: label sets interned to ids, samples per series in time order.
// The history seam for charts, PromQL and rules; item models show only the present.
//
// Each series keeps its newest raw samples in an open head; a full head closes into an
// immutable XorChunk (Gorilla compression, about 1-2 bytes a sample). Every sample also folds
// into two downsampled tiers (1-minute and 15-minute buckets) that outlive the raw retention,
// so long-range charts read a few thousand buckets. Lives on one thread; nothing here is
// O(all series) per sample.
class SeriesStore final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 retentionMs = 24ll * 3600 * 1000; // raw samples older than this are dropped
        int maxSeriesPerTarget = 20000;          // cardinality guard per ingest source
        int samplesPerChunk = 120;               // raw head size before it closes into a chunk
        qint64 minuteTierRetentionMs = 7ll * 24 * 3600 * 1000;
        qint64 fifteenMinuteTierRetentionMs = 90ll * 24 * 3600 * 1000;
        int bucketsPerChunk = 120; // downsampled buckets per closed chunk
        // Cut each series' first chunk at between half and all of the size above, depending
        // on its labels, so that series scraped together do not all close chunks at once.
        bool staggerChunks = true;
    };

    // One scrape or poll of one target: what it produced, for staleness and the series cap.
    struct IngestReport
    {
        int samples = 0;
        int newSeries = 0;
        int staleMarked = 0;
        int rejectedSeries = 0; // over the target's series cap, reported, never silent
    };

    // What the store knows about one ingest source, for the UI's target list.
    struct SourceStats
    {
        QString key;
        int series = 0;           // series this source created (counted against the cap)
        int lastRejected = 0;     // new series refused by the cap in the last ingest
        qint64 rejectedTotal = 0; // refusals summed over every ingest
        qint64 lastIngestT = 0;   // time of the last ingest (0 when none yet)
        int lastSamples = 0;      // samples appended by the last ingest
        int lastStaleMarked = 0;  // series the last ingest marked stale
        qint64 ingests = 0;
    };

    // Approximate memory use by part, for the UI and benchmarks (walks every series).
    struct MemoryStats
    {
        qint64 series = 0;
        qint64 headSamples = 0;
        qint64 headBytes = 0;
        qint64 chunks = 0;
        qint64 chunkSamples = 0;
        qint64 chunkBytes = 0; // encoded bytes of closed raw chunks
        qint64 tierBuckets = 0;
        qint64 tierBytes = 0;     // encoded and open downsampled buckets
        qint64 indexBytes = 0;    // labels, postings, hash tables
        qint64 overheadBytes = 0; // per-series structures and buffer slack
        qint64 totalBytes = 0;
    };

    // Called for every chunk that closes (raw or tier), in time order per series and tier;
    // chunks inserted with insertChunk() are not reported.
    using ChunkSink = std::function<void(SeriesId, const EncodedChunk &)>;

    explicit SeriesStore(QObject *parent = nullptr);
    SeriesStore(const Options &options, QObject *parent = nullptr);
    ~SeriesStore() override;

    const Options &options() const { return m_options; }

    SeriesId intern(const Labels &labels); // finds or creates
    std::optional<SeriesId> find(const Labels &labels) const;
    // The labels of a series; empty for an id that never existed or was dropped by retention.
    const Labels &labels(SeriesId id) const;
    int seriesCount() const { return m_liveSeries; }
    // One past the highest id handed out; ids are never reused.
    SeriesId idLimit() const { return SeriesId(m_series.size()); }
    bool contains(SeriesId id) const { return id < m_series.size() && m_series[id]; }

    // Appends one sample; out-of-order samples (t <= last t) are ignored and return false.
    bool append(SeriesId id, qint64 t, double v);
    bool append(const Labels &labels, qint64 t, double v) { return append(intern(labels), t, v); }

    // Appends a whole scrape of the source `sourceKey` taken at t. Series that the previous
    // scrape of this source had and this one lacks get a staleness marker, as in Prometheus.
    IngestReport ingest(const QString &sourceKey, qint64 t,
                        const QList<QPair<Labels, double>> &samples);
    // Marks every series of a source stale (the target went down).
    int markSourceStale(const QString &sourceKey, qint64 t);

    std::optional<SourceStats> sourceStats(const QString &sourceKey) const;
    QList<SourceStats> allSourceStats() const;

    // Series whose labels match every matcher, ascending ids. Equality and positive regex
    // matchers narrow through the postings index; the others filter what remains.
    QList<SeriesId> select(const LabelMatchers &matchers) const;
    // Samples with minT <= t <= maxT in time order, staleness markers included. Decodes only
    // the chunks overlapping the range.
    void read(SeriesId id, qint64 minT, qint64 maxT, std::vector<Sample> &out) const;
    std::optional<Sample> latest(SeriesId id) const;

    // Buckets overlapping [minT, maxT] from the coarsest resolution not coarser than
    // resolutionMs that still covers minT: raw samples as one-sample buckets (staleness
    // markers skipped) below one minute, then the 1-minute, then the 15-minute tier.
    // Returns the tier read.
    Tier readDownsampled(SeriesId id, qint64 minT, qint64 maxT, qint64 resolutionMs,
                         std::vector<DownsampledBucket> &out) const;
    // The tier readDownsampled() would use.
    Tier tierFor(qint64 minT, qint64 resolutionMs) const;
    void readTier(SeriesId id, Tier tier, qint64 minT, qint64 maxT,
                  std::vector<DownsampledBucket> &out) const;
    // Newest sample time seen by the store (0 before the first).
    qint64 newestT() const { return m_newestT; }

    // Drops raw chunks older than the retention and tier chunks older than theirs, relative
    // to now; a series with nothing left and no source reporting it is forgotten.
    void enforceRetention(qint64 nowMs);

    qint64 memoryBytes() const { return memoryStats().totalBytes; }
    qint64 chunkBytes() const { return m_chunkBytes; } // encoded raw chunks, kept as a running sum
    MemoryStats memoryStats() const;
    // Bit breakdown of every closed raw chunk (walks all of them; for benchmarks).
    XorChunk::Breakdown compressionBreakdown() const;

    // Persistence hooks (HistoryRepository).
    void setChunkSink(ChunkSink sink) { m_chunkSink = std::move(sink); }
    // Adds a closed chunk read back from storage. It must lie before everything the series
    // holds in that tier; the error says why it was refused.
    std::optional<Error> insertChunk(SeriesId id, const EncodedChunk &chunk);
    // The data of a series not yet in closed chunks (raw head, open tier buckets), encoded;
    // tiers with nothing open are left out.
    QList<EncodedChunk> openChunks(SeriesId id) const;
    // Takes back what openChunks() returned, keeping only data newer than what the series
    // holds. Raw samples restored here do not feed the tiers: their buckets come back with
    // the tier chunks.
    std::optional<Error> restoreOpen(SeriesId id, const EncodedChunk &chunk);

Q_SIGNALS:
    // Emitted once per ingest batch or explicit notifyAppended(), not per sample.
    void appended(qint64 t);

public:
    void notifyAppended(qint64 t) { Q_EMIT appended(t); }

private:
    struct Series;
    struct Source
    {
        SourceStats stats;
        std::vector<SeriesId> lastScrape;
        int loggedRejected = 0; // last reject count written to the log, to log changes only
    };
    using Postings = std::vector<SeriesId>;

    Series *series(SeriesId id) const;
    Labels internStrings(const Labels &labels);
    SeriesId internNew(const Labels &labels); // labels known not to be interned yet
    void closeHead(SeriesId id, Series &s);
    void addToTiers(SeriesId id, Series &s, qint64 t, double v);
    int chunkTarget(const Series &s, int full, bool first) const;
    void reportNewChunks(SeriesId id, Tier tier, const ChunkList &chunks, int before);
    void forget(SeriesId id);
    const DownsampledTier &tier(const Series &s, Tier t) const;
    qint64 retentionOf(Tier tier) const;

    Options m_options;
    std::vector<std::unique_ptr<Series>> m_series; // null once forgotten; ids are never reused
    QHash<Labels, SeriesId> m_index;
    QHash<QString, QHash<QString, Postings>> m_postings; // label name -> value -> sorted ids
    std::vector<Source> m_sources;
    QHash<QString, int> m_sourceIndex;
    ChunkSink m_chunkSink;
    std::vector<char> m_scratch;
    quint64 m_scrapeSeq = 0;
    qint64 m_newestT = 0;
    qint64 m_chunkBytes = 0;
    int m_liveSeries = 0;
};

} // namespace Wk
