#include "seriesstore.h"

#include "bucketchunk.h"
#include "chunklist.h"
#include "downsampledtier.h"

#include "models/core/logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Wk {

namespace {

constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

} // namespace

struct SeriesStore::Series
{
    Labels labels;
    std::vector<Sample> head; // newest raw samples, not yet in a chunk
    ChunkList chunks;         // closed raw chunks, oldest first
    DownsampledTier minute{tierResolutionMs(Tier::OneMinute)};
    DownsampledTier quarter{tierResolutionMs(Tier::FifteenMinutes)};
    qint64 lastT = NoTime;
    double lastV = 0;
    quint64 lastSeen = 0; // the ingest sequence number that last reported this series
    int owner = -1;       // index of the source that created it, counted against its cap
    quint32 stagger = 0;  // from the labels' hash: where the first chunks are cut
};

SeriesStore::SeriesStore(QObject *parent)
    : SeriesStore(Options{}, parent)
{}

SeriesStore::SeriesStore(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_options.samplesPerChunk = std::max(1, m_options.samplesPerChunk);
    m_options.bucketsPerChunk = std::max(1, m_options.bucketsPerChunk);
}

SeriesStore::~SeriesStore() = default;

SeriesStore::Series *SeriesStore::series(SeriesId id) const
{
    return id < m_series.size() ? m_series[id].get() : nullptr;
}

Labels SeriesStore::internStrings(const Labels &labels)
{
    // Every name and value is stored once, as the key of the postings index; the series' own
    // label set shares those strings.
    const SeriesId id = SeriesId(m_series.size());
    QList<Label> shared;
    shared.reserve(labels.size());
    for (const Label &l : labels) {
        auto byName = m_postings.find(l.name);
        if (byName == m_postings.end())
            byName = m_postings.insert(l.name, {});
        auto byValue = byName->find(l.value);
        if (byValue == byName->end())
            byValue = byName->insert(l.value, {});
        byValue->push_back(id);
        shared.append(Label{byName.key(), byValue.key()});
    }
    return Labels::fromList(std::move(shared));
}

SeriesId SeriesStore::intern(const Labels &labels)
{
    auto it = m_index.constFind(labels);
    if (it != m_index.constEnd())
        return *it;
    return internNew(labels);
}

SeriesId SeriesStore::internNew(const Labels &labels)
{
    auto s = std::make_unique<Series>();
    s->labels = internStrings(labels);
    s->stagger = quint32(s->labels.hash() >> 7);
    const auto id = SeriesId(m_series.size());
    m_index.insert(s->labels, id);
    m_series.push_back(std::move(s));
    ++m_liveSeries;
    return id;
}

std::optional<SeriesId> SeriesStore::find(const Labels &labels) const
{
    auto it = m_index.constFind(labels);
    if (it == m_index.constEnd())
        return std::nullopt;
    return *it;
}

const Labels &SeriesStore::labels(SeriesId id) const
{
    static const Labels none;
    const Series *s = series(id);
    return s ? s->labels : none;
}

bool SeriesStore::append(SeriesId id, qint64 t, double v)
{
    Series *s = series(id);
    if (!s || t <= s->lastT)
        return false;
    if (s->head.capacity() == 0)
        s->head.reserve(size_t(m_options.samplesPerChunk));
    s->head.push_back({t, v});
    s->lastT = t;
    s->lastV = v;
    m_newestT = std::max(m_newestT, t);
    addToTiers(id, *s, t, v);
    if (int(s->head.size()) >= chunkTarget(*s, m_options.samplesPerChunk, s->chunks.isEmpty()))
        closeHead(id, *s);
    return true;
}

int SeriesStore::chunkTarget(const Series &s, int full, bool first) const
{
    // Series scraped together would otherwise all close their chunks at the same scrape (and
    // flush them in one burst): the first chunk of each is cut short by a different amount,
    // taken from its labels so that a restart keeps it.
    if (!first || !m_options.staggerChunks || full < 4)
        return full;
    const int half = full / 2;
    return half + int(s.stagger % quint32(full - half));
}

void SeriesStore::addToTiers(SeriesId id, Series &s, qint64 t, double v)
{
    const int minuteChunks = s.minute.chunks().size();
    const int quarterChunks = s.quarter.chunks().size();
    const int full = m_options.bucketsPerChunk;
    s.minute.add(t, v, chunkTarget(s, full, s.minute.chunks().isEmpty()));
    s.quarter.add(t, v, chunkTarget(s, full, s.quarter.chunks().isEmpty()));
    reportNewChunks(id, Tier::OneMinute, s.minute.chunks(), minuteChunks);
    reportNewChunks(id, Tier::FifteenMinutes, s.quarter.chunks(), quarterChunks);
}

void SeriesStore::closeHead(SeriesId id, Series &s)
{
    if (s.head.empty())
        return;
    m_scratch.clear();
    XorChunk::encode(s.head, m_scratch);
    const int before = s.chunks.size();
    s.chunks.append(s.head.front().t, s.head.back().t, int(s.head.size()),
                    QByteArrayView(m_scratch.data(), qsizetype(m_scratch.size())));
    m_chunkBytes += qint64(m_scratch.size());
    s.head.clear();
    reportNewChunks(id, Tier::Raw, s.chunks, before);
}

void SeriesStore::reportNewChunks(SeriesId id, Tier tier, const ChunkList &chunks, int before)
{
    if (!m_chunkSink)
        return;
    for (int i = before; i < chunks.size(); ++i) {
        const ChunkList::Meta &m = chunks.meta(i);
        m_chunkSink(
            id, EncodedChunk{tier, m.minT, m.maxT, int(m.count), chunks.bytes(i).toByteArray()});
    }
}

SeriesStore::IngestReport SeriesStore::ingest(const QString &sourceKey, qint64 t,
                                              const QList<QPair<Labels, double>> &samples)
{
    IngestReport report;
    auto found = m_sourceIndex.constFind(sourceKey);
    int sourceIndex = 0;
    if (found == m_sourceIndex.constEnd()) {
        sourceIndex = int(m_sources.size());
        m_sources.push_back(Source{});
        m_sources.back().stats.key = sourceKey;
        m_sourceIndex.insert(sourceKey, sourceIndex);
    } else {
        sourceIndex = *found;
    }
    Source &source = m_sources[size_t(sourceIndex)];
    const quint64 seq = ++m_scrapeSeq;
    const int cap = m_options.maxSeriesPerTarget;
    std::vector<SeriesId> current;
    current.reserve(size_t(samples.size()));
    const std::vector<SeriesId> &previous = source.lastScrape;
    for (const auto &[labels, value] : samples) {
        // A target's page lists its series in the same order every time: try the series at
        // this position in the previous scrape before hashing the labels.
        std::optional<SeriesId> id;
        Series *s = nullptr;
        if (current.size() < previous.size()) {
            Series *guess = series(previous[current.size()]);
            if (guess && guess->labels == labels) {
                id = previous[current.size()];
                s = guess;
            }
        }
        if (!s) {
            id = find(labels);
            s = id ? series(*id) : nullptr;
        }
        if (!s || s->owner < 0) {
            if (source.stats.series >= cap) {
                ++report.rejectedSeries;
                continue;
            }
            if (!s) {
                id = internNew(labels); // find() just missed: no second lookup
                s = series(*id);
                ++report.newSeries;
            }
            s->owner = sourceIndex;
            ++source.stats.series;
        }
        if (s->lastSeen == seq)
            continue; // the same series twice in one scrape: the first sample counts
        s->lastSeen = seq;
        current.push_back(*id);
        if (append(*id, t, value))
            ++report.samples;
    }
    for (SeriesId id : source.lastScrape) {
        const Series *s = series(id);
        if (s && s->lastSeen != seq && append(id, t, staleNaN()))
            ++report.staleMarked;
    }
    source.lastScrape = std::move(current);

    SourceStats &stats = source.stats;
    stats.lastRejected = report.rejectedSeries;
    stats.rejectedTotal += report.rejectedSeries;
    stats.lastIngestT = t;
    stats.lastSamples = report.samples;
    stats.lastStaleMarked = report.staleMarked;
    ++stats.ingests;
    if (report.rejectedSeries != source.loggedRejected) {
        if (report.rejectedSeries > 0) {
            qCWarning(lcMetrics).noquote()
                << QStringLiteral("%1 is over its series cap of %2; refused %3 new series in this "
                                  "scrape")
                       .arg(sourceKey)
                       .arg(cap)
                       .arg(report.rejectedSeries);
        } else {
            qCInfo(lcMetrics).noquote() << sourceKey << "is back under its series cap of" << cap;
        }
        source.loggedRejected = report.rejectedSeries;
    }
    Q_EMIT appended(t);
    return report;
}

int SeriesStore::markSourceStale(const QString &sourceKey, qint64 t)
{
    auto it = m_sourceIndex.constFind(sourceKey);
    if (it == m_sourceIndex.constEnd())
        return 0;
    Source &source = m_sources[size_t(*it)];
    int n = 0;
    for (SeriesId id : source.lastScrape) {
        if (append(id, t, staleNaN()))
            ++n;
    }
    source.lastScrape.clear();
    source.stats.lastStaleMarked = n;
    if (n > 0)
        Q_EMIT appended(t);
    return n;
}

std::optional<SeriesStore::SourceStats> SeriesStore::sourceStats(const QString &sourceKey) const
{
    auto it = m_sourceIndex.constFind(sourceKey);
    if (it == m_sourceIndex.constEnd())
        return std::nullopt;
    return m_sources[size_t(*it)].stats;
}

QList<SeriesStore::SourceStats> SeriesStore::allSourceStats() const
{
    QList<SourceStats> out;
    out.reserve(qsizetype(m_sources.size()));
    for (const Source &s : m_sources)
        out.append(s.stats);
    return out;
}

QList<SeriesId> SeriesStore::select(const LabelMatchers &matchers) const
{
    // Every matcher is answered from the postings of its label. One that rejects the empty
    // string needs its label present: its series are the postings of the values it accepts
    // (one lookup for `=`), and those sets are intersected. One that accepts the empty string
    // (`!=`, `!~`, `=""`, a regex matching "") also takes the series without the label: the
    // postings of the values it rejects are subtracted instead. No label set is looked at.
    std::vector<const Postings *> include;
    std::vector<const Postings *> exclude;
    std::vector<Postings> unions;
    unions.reserve(size_t(matchers.size())); // addresses stay valid: at most one per matcher
    for (const LabelMatcher &m : matchers) {
        const bool takesAbsent = m.matches(QString());
        auto byName = m_postings.constFind(m.name());
        if (byName == m_postings.constEnd()) {
            if (takesAbsent)
                continue; // no series has the label: all of them match
            return {};
        }
        // The union of the postings of the values whose match result is `wanted`.
        const bool wanted = !takesAbsent;
        const Postings *p = nullptr;
        const bool single = (m.op() == LabelMatcher::Op::Equal && wanted) ||
                            (m.op() == LabelMatcher::Op::NotEqual && !wanted);
        if (single) {
            auto byValue = byName->constFind(m.value());
            if (byValue != byName->constEnd())
                p = &*byValue;
        } else {
            Postings merged;
            for (auto v = byName->constBegin(); v != byName->constEnd(); ++v) {
                if (m.matches(v.key()) == wanted)
                    merged.insert(merged.end(), v->begin(), v->end());
            }
            if (!merged.empty()) {
                std::sort(merged.begin(), merged.end());
                unions.push_back(std::move(merged));
                p = &unions.back();
            }
        }
        if (wanted && !p)
            return {};
        if (p)
            (wanted ? include : exclude).push_back(p);
    }

    Postings ids;
    if (include.empty()) {
        ids.reserve(size_t(m_liveSeries));
        for (SeriesId id = 0; id < SeriesId(m_series.size()); ++id) {
            if (m_series[id])
                ids.push_back(id);
        }
    } else {
        std::sort(include.begin(), include.end(),
                  [](const Postings *a, const Postings *b) { return a->size() < b->size(); });
        ids = *include.front();
    }
    Postings next;
    for (size_t i = 1; i < include.size() && !ids.empty(); ++i) {
        next.clear();
        std::set_intersection(ids.begin(), ids.end(), include[i]->begin(), include[i]->end(),
                              std::back_inserter(next));
        ids.swap(next);
    }
    for (const Postings *p : exclude) {
        if (ids.empty())
            break;
        next.clear();
        std::set_difference(ids.begin(), ids.end(), p->begin(), p->end(), std::back_inserter(next));
        ids.swap(next);
    }
    return QList<SeriesId>(ids.begin(), ids.end());
}

void SeriesStore::read(SeriesId id, qint64 minT, qint64 maxT, std::vector<Sample> &out) const
{
    const Series *s = series(id);
    if (!s || maxT < minT)
        return;
    for (int i = s->chunks.firstEndingAtOrAfter(minT); i < s->chunks.size(); ++i) {
        const ChunkList::Meta &m = s->chunks.meta(i);
        if (m.minT > maxT)
            return;
        out.reserve(out.size() + m.count);
        XorChunk::decode(s->chunks.bytes(i), minT, maxT, out);
    }
    const auto &head = s->head;
    auto lo = std::lower_bound(head.begin(), head.end(), minT,
                               [](const Sample &x, qint64 t) { return x.t < t; });
    for (auto it = lo; it != head.end() && it->t <= maxT; ++it)
        out.push_back(*it);
}

std::optional<Sample> SeriesStore::latest(SeriesId id) const
{
    const Series *s = series(id);
    if (!s || (s->head.empty() && s->chunks.isEmpty()))
        return std::nullopt;
    return Sample{s->lastT, s->lastV};
}

qint64 SeriesStore::retentionOf(Tier tier) const
{
    switch (tier) {
    case Tier::Raw:
        return m_options.retentionMs;
    case Tier::OneMinute:
        return m_options.minuteTierRetentionMs;
    case Tier::FifteenMinutes:
        return m_options.fifteenMinuteTierRetentionMs;
    }
    return 0;
}

Tier SeriesStore::tierFor(qint64 minT, qint64 resolutionMs) const
{
    Tier tier = resolutionMs >= tierResolutionMs(Tier::FifteenMinutes) ? Tier::FifteenMinutes
                : resolutionMs >= tierResolutionMs(Tier::OneMinute)    ? Tier::OneMinute
                                                                       : Tier::Raw;
    if (tier == Tier::Raw && minT < m_newestT - retentionOf(Tier::Raw))
        tier = Tier::OneMinute;
    if (tier == Tier::OneMinute && minT < m_newestT - retentionOf(Tier::OneMinute))
        tier = Tier::FifteenMinutes;
    return tier;
}

const DownsampledTier &SeriesStore::tier(const Series &s, Tier t) const
{
    return t == Tier::FifteenMinutes ? s.quarter : s.minute;
}

void SeriesStore::readTier(SeriesId id, Tier t, qint64 minT, qint64 maxT,
                           std::vector<DownsampledBucket> &out) const
{
    const Series *s = series(id);
    if (!s)
        return;
    if (t != Tier::Raw) {
        tier(*s, t).read(minT, maxT, out);
        return;
    }
    std::vector<Sample> samples;
    read(id, minT, maxT, samples);
    out.reserve(out.size() + samples.size());
    for (const Sample &x : samples) {
        if (!isStaleNaN(x.v))
            out.push_back(DownsampledBucket{x.t, x.v, x.v, x.v, x.v, 1});
    }
}

Tier SeriesStore::readDownsampled(SeriesId id, qint64 minT, qint64 maxT, qint64 resolutionMs,
                                  std::vector<DownsampledBucket> &out) const
{
    const Tier t = tierFor(minT, resolutionMs);
    readTier(id, t, minT, maxT, out);
    return t;
}

void SeriesStore::enforceRetention(qint64 nowMs)
{
    const qint64 rawCutoff = nowMs - m_options.retentionMs;
    const qint64 minuteCutoff = nowMs - m_options.minuteTierRetentionMs;
    const qint64 quarterCutoff = nowMs - m_options.fifteenMinuteTierRetentionMs;
    for (SeriesId id = 0; id < SeriesId(m_series.size()); ++id) {
        Series *s = m_series[id].get();
        if (!s)
            continue;
        const qint64 bytes = s->chunks.dataBytes();
        s->chunks.dropBefore(rawCutoff);
        m_chunkBytes -= bytes - s->chunks.dataBytes();
        auto &head = s->head;
        if (!head.empty() && head.front().t < rawCutoff) {
            auto keep = std::lower_bound(head.begin(), head.end(), rawCutoff,
                                         [](const Sample &x, qint64 t) { return x.t < t; });
            head.erase(head.begin(), keep);
            if (head.empty())
                std::vector<Sample>().swap(head); // a series that stopped gives its buffer back
        }
        s->minute.dropBefore(minuteCutoff);
        s->quarter.dropBefore(quarterCutoff);
        // Only series that had data and lost all of it to retention are forgotten; a series
        // interned but not yet appended to stays, so callers may hold ids ahead of samples.
        if (s->lastT != NoTime && head.empty() && s->chunks.isEmpty() && s->minute.isEmpty() &&
            s->quarter.isEmpty())
            forget(id);
    }
}

void SeriesStore::forget(SeriesId id)
{
    Series *s = m_series[id].get();
    m_index.remove(s->labels);
    for (const Label &l : s->labels) {
        auto byName = m_postings.find(l.name);
        if (byName == m_postings.end())
            continue;
        auto byValue = byName->find(l.value);
        if (byValue != byName->end()) {
            Postings &p = *byValue;
            auto it = std::lower_bound(p.begin(), p.end(), id);
            if (it != p.end() && *it == id)
                p.erase(it);
            if (p.empty())
                byName->erase(byValue);
        }
        if (byName->isEmpty())
            m_postings.erase(byName);
    }
    if (s->owner >= 0)
        --m_sources[size_t(s->owner)].stats.series;
    m_series[id].reset();
    --m_liveSeries;
}

SeriesStore::MemoryStats SeriesStore::memoryStats() const
{
    // Qt containers: a 16-byte header per allocation plus about 16 bytes of malloc overhead;
    // hash nodes are counted as key + value + 16.
    constexpr qint64 allocation = 32;
    MemoryStats m;
    m.series = m_liveSeries;
    m.overheadBytes += qint64(m_series.capacity() * sizeof(void *));
    for (const auto &ptr : m_series) {
        const Series *s = ptr.get();
        if (!s)
            continue;
        m.headSamples += qint64(s->head.size());
        m.headBytes += qint64(s->head.capacity() * sizeof(Sample));
        m.chunks += s->chunks.size();
        m.chunkSamples += s->chunks.itemCount();
        m.chunkBytes += s->chunks.dataBytes();
        m.tierBuckets += s->minute.bucketCount() + s->quarter.bucketCount();
        m.tierBytes += s->minute.heapBytes() + s->quarter.heapBytes();
        m.overheadBytes +=
            qint64(sizeof(Series)) + allocation + s->chunks.heapBytes() - s->chunks.dataBytes();
        // The label list itself (strings are counted once, in the postings keys).
        m.indexBytes += allocation + qint64(s->labels.size()) * qint64(sizeof(Label));
    }
    m.indexBytes += qint64(m_index.capacity()) * qint64(sizeof(Labels) + sizeof(SeriesId) + 16);
    for (auto byName = m_postings.constBegin(); byName != m_postings.constEnd(); ++byName) {
        m.indexBytes += allocation + byName.key().size() * 2 + qint64(sizeof(QString)) + 64;
        for (auto v = byName->constBegin(); v != byName->constEnd(); ++v) {
            m.indexBytes += 2 * allocation + v.key().size() * 2 +
                            qint64(sizeof(QString) + sizeof(Postings) + 16) +
                            qint64(v->capacity() * sizeof(SeriesId));
        }
    }
    for (const Source &s : m_sources)
        m.overheadBytes += qint64(sizeof(Source)) + qint64(s.lastScrape.capacity() * 4);
    m.overheadBytes += qint64(m_scratch.capacity());
    m.totalBytes = m.headBytes + m.chunkBytes + m.tierBytes + m.indexBytes + m.overheadBytes;
    return m;
}

XorChunk::Breakdown SeriesStore::compressionBreakdown() const
{
    XorChunk::Breakdown total;
    for (const auto &s : m_series) {
        if (!s)
            continue;
        for (int i = 0; i < s->chunks.size(); ++i) {
            const XorChunk::Breakdown b = XorChunk::breakdown(s->chunks.bytes(i));
            total.headerBits += b.headerBits;
            total.timestampBits += b.timestampBits;
            total.valueBits += b.valueBits;
            total.paddingBits += b.paddingBits;
        }
    }
    return total;
}

std::optional<Error> SeriesStore::insertChunk(SeriesId id, const EncodedChunk &chunk)
{
    Series *s = series(id);
    if (!s)
        return Error(tr("no series with id %1").arg(id));
    const auto where = [s] { return s->labels.toString(); }; // only when refusing
    if (chunk.tier == Tier::Raw) {
        Result<XorChunk> parsed = XorChunk::fromBytes(chunk.data);
        if (!parsed)
            return Error(QStringLiteral("%1: %2").arg(where(), parsed.error().message));
        const XorChunk &c = parsed.value();
        if ((!s->chunks.isEmpty() && c.minT() <= s->chunks.last().maxT) ||
            (!s->head.empty() && c.maxT() >= s->head.front().t)) {
            return Error(tr("%1: chunk %2..%3 overlaps data already held")
                             .arg(where())
                             .arg(c.minT())
                             .arg(c.maxT()));
        }
        s->chunks.append(c.minT(), c.maxT(), c.count(), QByteArrayView(c.bytes()));
        m_chunkBytes += c.bytes().size();
        if (c.maxT() > s->lastT) {
            std::vector<Sample> last;
            c.decode(c.maxT(), c.maxT(), last);
            s->lastT = c.maxT();
            s->lastV = last.empty() ? 0 : last.back().v;
        }
        m_newestT = std::max(m_newestT, c.maxT());
        return std::nullopt;
    }
    Result<BucketChunk::Info> info = BucketChunk::inspect(chunk.data);
    if (!info)
        return Error(QStringLiteral("%1: %2").arg(where(), info.error().message));
    DownsampledTier &t = chunk.tier == Tier::FifteenMinutes ? s->quarter : s->minute;
    if (!t.insertChunk(chunk, info.value())) {
        return Error(tr("%1: bucket chunk %2..%3 overlaps data already held")
                         .arg(where())
                         .arg(info.value().minT)
                         .arg(info.value().maxT));
    }
    return std::nullopt;
}

QList<EncodedChunk> SeriesStore::openChunks(SeriesId id) const
{
    QList<EncodedChunk> out;
    const Series *s = series(id);
    if (!s)
        return out;
    if (!s->head.empty()) {
        const XorChunk c = XorChunk::encode(s->head);
        out.append(EncodedChunk{Tier::Raw, c.minT(), c.maxT(), c.count(), c.bytes()});
    }
    for (Tier t : {Tier::OneMinute, Tier::FifteenMinutes}) {
        EncodedChunk c = tier(*s, t).openSnapshot(t);
        if (c.count > 0)
            out.append(std::move(c));
    }
    return out;
}

std::optional<Error> SeriesStore::restoreOpen(SeriesId id, const EncodedChunk &chunk)
{
    Series *s = series(id);
    if (!s)
        return Error(tr("no series with id %1").arg(id));
    const auto where = [s] { return s->labels.toString(); }; // only when refusing
    if (chunk.tier == Tier::Raw) {
        Result<XorChunk> parsed = XorChunk::fromBytes(chunk.data);
        if (!parsed)
            return Error(QStringLiteral("%1: %2").arg(where(), parsed.error().message));
        std::vector<Sample> samples;
        parsed.value().decode(samples);
        for (const Sample &x : samples) {
            if (x.t <= s->lastT)
                continue;
            if (s->head.capacity() == 0)
                s->head.reserve(size_t(m_options.samplesPerChunk));
            s->head.push_back(x);
            s->lastT = x.t;
            s->lastV = x.v;
            m_newestT = std::max(m_newestT, x.t);
            if (int(s->head.size()) >=
                chunkTarget(*s, m_options.samplesPerChunk, s->chunks.isEmpty()))
                closeHead(id, *s);
        }
        return std::nullopt;
    }
    Result<BucketChunk::Info> info = BucketChunk::inspect(chunk.data);
    if (!info)
        return Error(QStringLiteral("%1: %2").arg(where(), info.error().message));
    std::vector<DownsampledBucket> buckets;
    BucketChunk::decode(chunk.data, info.value().minT, info.value().maxT, buckets);
    DownsampledTier &t = chunk.tier == Tier::FifteenMinutes ? s->quarter : s->minute;
    const int before = t.chunks().size();
    t.restoreOpen(buckets, chunkTarget(*s, m_options.bucketsPerChunk, t.chunks().isEmpty()));
    reportNewChunks(id, chunk.tier, t.chunks(), before);
    return std::nullopt;
}

} // namespace Wk
