// Series store figures: ingest rate, compressed bytes per sample after 24 h of 15 s scrapes of
// 10,000 series (timestamps vs values, per kind of series), read throughput, select latency,
// tier sizes, downsampled reads over 7 and 90 days, and persisting history to SQLite.
// Usage: bench_store [--quick] [--only ingest|compression|jitter|tiers|reads|select|history]
//        (--quick: 2 h of history instead of 24 h, fewer runs)

#include "models/metrics/downsampledtier.h"
#include "models/metrics/seriesstore.h"
#include "models/storage/database.h"
#include "models/storage/historyrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>

#include <time.h>
#include <vector>

using namespace Wk;

namespace {

constexpr qint64 T0 = 1'700'000'100'000;
constexpr qint64 Interval = 15'000;
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 3'600'000;
constexpr qint64 Day = 24 * Hour;
constexpr int SeriesCount = 10'000;
constexpr int Sources = 25; // 400 series a target, a typical service page

// Times are this thread's CPU time: the machine is shared, and wall-clock figures would
// measure the neighbours. (SQLite in WAL mode writes to the page cache; no fsync per commit.)
class CpuTimer
{
public:
    void start() { m_start = now(); }
    qint64 nsecsElapsed() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    qint64 m_start = 0;
};

// What the monitored service's page holds (spec/metrics.md, label values as the simulator
// uses them): of its ~510 series, 384 are histogram series (352 bucket/_count integer
// counters, 32 float _sum counters), ~100 integer counters, 11 noisy gauges (ratios,
// durations), 5 integer gauges, 1 two-decimal gauge (satisfaction) and 8 nearly constant
// series (up, build_info, health status). The fleet repeats that page; a gauge-heavy host mix
// is reported from the same per-kind costs.
enum Kind { CounterInt, CounterFloat, GaugeNoise, GaugeInt, GaugeRounded, Constant, KindCount };

struct KindInfo
{
    const char *name;
    const char *what;
    int perMille;    // share in the service-page mix the fleet ingests
    int hostPercent; // share in a gauge-heavy host mix, computed from the per-kind costs
};

constexpr std::array<KindInfo, KindCount> Kinds{{
    {"counter_int", "integer counters, Poisson increments, 0.01..200/scrape", 888, 50},
    {"counter_float", "float counters (histogram _sum), exponential durations", 63, 8},
    {"gauge_noise", "ratios 0.2..0.8 + full-precision Gaussian noise", 22, 12},
    {"gauge_int", "integer random walks (bytes, connections)", 10, 10},
    {"gauge_rounded", "gauges with two decimals (scores, percentages)", 2, 5},
    {"constant", "constant series (up, build_info, health status)", 15, 15},
}};

Kind kindOf(int i)
{
    int slot = i % 1000;
    for (int k = 0; k < KindCount; ++k) {
        if (slot < Kinds[size_t(k)].perMille)
            return Kind(k);
        slot -= Kinds[size_t(k)].perMille;
    }
    return Constant;
}

// One series' value generator: deterministic from its index.
struct Generator
{
    Kind kind = Constant;
    double value = 0;
    double rate = 0;
    double base = 0;
    std::mt19937_64 rng;

    explicit Generator(int i)
        : kind(kindOf(i))
        , rng(quint64(i) * 7919 + 17)
    {
        std::uniform_real_distribution<double> u(0, 1);
        rate = std::exp(std::log(0.01) + u(rng) * (std::log(200.0) - std::log(0.01)));
        base = 0.2 + 0.6 * u(rng);
        switch (kind) {
        case CounterInt:
            value = std::floor(u(rng) * 1e6);
            break;
        case CounterFloat:
            value = u(rng) * 1e4;
            break;
        case GaugeInt:
            value = std::floor(1e8 + u(rng) * 1e8);
            break;
        case Constant:
            value = u(rng) < 0.5 ? 1.0 : std::floor(u(rng) * 100);
            break;
        default:
            value = base;
        }
    }

    double next()
    {
        switch (kind) {
        case CounterInt:
            value += double(std::poisson_distribution<int>(rate)(rng));
            break;
        case CounterFloat: {
            const int n = std::poisson_distribution<int>(rate)(rng);
            std::exponential_distribution<double> duration(20.0); // mean 50 ms
            for (int k = 0; k < n && k < 50; ++k)
                value += duration(rng);
            break;
        }
        case GaugeNoise:
            value = base + std::normal_distribution<double>(0, 0.02)(rng);
            break;
        case GaugeInt:
            value += std::round(std::normal_distribution<double>(0, 1000)(rng));
            break;
        case GaugeRounded:
            value =
                std::round((base * 5 + std::normal_distribution<double>(0, 0.05)(rng)) * 100) / 100;
            break;
        case Constant:
        case KindCount:
            break;
        }
        return value;
    }
};

struct Fleet
{
    std::vector<QList<QPair<Labels, double>>> pages; // one scrape page per source
    std::vector<std::vector<Generator>> generators;
    QStringList keys;

    Fleet()
    {
        pages.resize(Sources);
        generators.resize(Sources);
        for (int s = 0; s < Sources; ++s) {
            const QString instance = QStringLiteral("10.0.%1.%2:8080").arg(s / 10).arg(s % 10);
            keys << QStringLiteral("svc/") + instance;
            for (int j = 0; j < SeriesCount / Sources; ++j) {
                const int i = s * (SeriesCount / Sources) + j;
                const Kind kind = kindOf(i);
                const Labels labels = Labels::fromList(
                    {{QStringLiteral("__name__"),
                      QStringLiteral("wk_bench_%1").arg(QLatin1String(Kinds[kind].name))},
                     {QStringLiteral("job"), QStringLiteral("svc")},
                     {QStringLiteral("instance"), instance},
                     {QStringLiteral("endpoint"), QStringLiteral("/api/e%1").arg(j % 12)},
                     {QStringLiteral("le"), QString::number(j)}});
                pages[size_t(s)].append({labels, 0.0});
                generators[size_t(s)].emplace_back(i);
            }
        }
    }

    void advance()
    {
        for (int s = 0; s < Sources; ++s) {
            auto &page = pages[size_t(s)];
            auto &gens = generators[size_t(s)];
            for (qsizetype j = 0; j < page.size(); ++j)
                page[j].second = gens[size_t(j)].next();
        }
    }

    // Ingests one scrape of every source; returns the nanoseconds spent in the store.
    qint64 scrape(SeriesStore &store, qint64 t)
    {
        advance();
        CpuTimer timer;
        timer.start();
        for (int s = 0; s < Sources; ++s)
            store.ingest(keys[s], t, pages[size_t(s)]);
        return timer.nsecsElapsed();
    }
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void line(const char *name, double value, const char *unit)
{
    std::printf("%-58s %14.3f %s\n", name, value, unit);
}

void heading(const char *text)
{
    std::printf("\n== %s\n", text);
}

// Ingest rate on a warm store: an hour of scrapes after the first (interning) one.
void benchIngest(int runs)
{
    heading("ingest (10,000 series, 25 sources, scrapes every 15 s)");
    std::vector<double> rates;
    std::vector<double> firstMs;
    for (int r = 0; r < runs; ++r) {
        Fleet fleet;
        SeriesStore store;
        firstMs.push_back(double(fleet.scrape(store, T0)) / 1e6);
        qint64 ns = 0;
        constexpr int Scrapes = 240;
        for (int k = 1; k <= Scrapes; ++k)
            ns += fleet.scrape(store, T0 + k * Interval);
        rates.push_back(double(Scrapes) * SeriesCount / (double(ns) / 1e9));
    }
    line("first scrape, interning 10,000 series (median)", median(firstMs), "ms");
    line("ingest rate, warm (median)", median(rates), "samples/s");
    line("time per scrape of 10,000 series (median)", SeriesCount / median(rates) * 1e3, "ms");
}

struct KindTally
{
    qint64 samples = 0;
    qint64 bytes = 0;
    qint64 timestampBits = 0;
    qint64 valueBits = 0;
};

// 24 h of scrapes into one store; bytes per sample of the closed chunks, by kind and in total.
void benchCompression(qint64 span)
{
    heading(span == Day ? "compressed history after 24 h of 15 s scrapes of 10,000 series"
                        : "compressed history after 2 h (--quick) of 15 s scrapes");
    for (int k = 0; k < KindCount; ++k)
        std::printf("  mix: %5.1f%% %-14s %s\n", Kinds[size_t(k)].perMille / 10.0,
                    Kinds[size_t(k)].name, Kinds[size_t(k)].what);
    Fleet fleet;
    SeriesStore store;
    std::vector<int> kindOfId;
    std::array<KindTally, KindCount> tally{};
    store.setChunkSink([&](SeriesId id, const EncodedChunk &c) {
        if (c.tier != Tier::Raw || id >= kindOfId.size())
            return;
        KindTally &t = tally[size_t(kindOfId[id])];
        const XorChunk::Breakdown b = XorChunk::breakdown(c.data);
        t.samples += c.count;
        t.bytes += c.data.size();
        t.timestampBits += b.timestampBits;
        t.valueBits += b.valueBits;
    });
    fleet.scrape(store, T0);
    kindOfId.resize(store.idLimit());
    for (int i = 0; i < SeriesCount; ++i) {
        const int s = i / (SeriesCount / Sources);
        const int j = i % (SeriesCount / Sources);
        kindOfId[*store.find(fleet.pages[size_t(s)][j].first)] = kindOf(i);
    }
    qint64 ns = 0;
    const qint64 scrapes = span / Interval;
    for (qint64 k = 1; k < scrapes; ++k)
        ns += fleet.scrape(store, T0 + k * Interval);
    const qint64 end = T0 + (scrapes - 1) * Interval;
    store.enforceRetention(end);

    const SeriesStore::MemoryStats m = store.memoryStats();
    const XorChunk::Breakdown b = store.compressionBreakdown();
    const double samples = double(m.chunkSamples);
    line("ingest rate over the whole run", double(scrapes - 1) * SeriesCount / (ns / 1e9),
         "samples/s");
    line("samples in closed chunks", samples, "");
    line("samples in open heads", double(m.headSamples), "");
    line("compressed bytes per sample (closed chunks)", double(m.chunkBytes) / samples, "B");
    line("  timestamps", double(b.timestampBits) / 8 / samples, "B/sample");
    line("  values", double(b.valueBits) / 8 / samples, "B/sample");
    line("  chunk headers and padding", double(b.headerBits + b.paddingBits) / 8 / samples,
         "B/sample");
    for (int k = 0; k < KindCount; ++k) {
        const KindTally &t = tally[size_t(k)];
        if (t.samples == 0)
            continue;
        char name[80];
        std::snprintf(name, sizeof name, "  by kind: %-14s (ts %.2f + values %.2f)",
                      Kinds[size_t(k)].name, double(t.timestampBits) / 8 / double(t.samples),
                      double(t.valueBits) / 8 / double(t.samples));
        line(name, double(t.bytes) / double(t.samples), "B/sample");
    }
    double hostMix = 0;
    for (int k = 0; k < KindCount; ++k) {
        const KindTally &t = tally[size_t(k)];
        if (t.samples > 0)
            hostMix += Kinds[size_t(k)].hostPercent / 100.0 * double(t.bytes) / double(t.samples);
    }
    std::printf("  host mix (%%):");
    for (int k = 0; k < KindCount; ++k)
        std::printf(" %s %d", Kinds[size_t(k)].name, Kinds[size_t(k)].hostPercent);
    std::printf("\n");
    line("compressed bytes per sample, gauge-heavy host mix", hostMix, "B");
    const double held = double(m.chunkSamples + m.headSamples);
    line("store memory, total (memoryBytes)", double(m.totalBytes) / 1048576.0, "MiB");
    line("  closed raw chunks", double(m.chunkBytes) / 1048576.0, "MiB");
    line("  open heads (raw, 120 samples a series)", double(m.headBytes) / 1048576.0, "MiB");
    line("  downsampled tiers (1 m and 15 m)", double(m.tierBytes) / 1048576.0, "MiB");
    line("  labels and postings index", double(m.indexBytes) / 1048576.0, "MiB");
    line("  per-series structures and slack", double(m.overheadBytes) / 1048576.0, "MiB");
    line("memory per raw sample held, everything included", double(m.totalBytes) / held, "B");
    line("tier buckets held", double(m.tierBuckets), "");
}

// The same streams encoded directly with scrape-time jitter: what a timer that fires late
// costs in timestamp bits.
void benchJitter()
{
    heading("timestamp jitter (500 series of the mix, 24 h, chunks of 120)");
    for (int jitter : {0, 2, 50, 500}) {
        std::mt19937_64 rng(99);
        std::uniform_int_distribution<int> offset(-jitter, jitter);
        qint64 bytes = 0;
        qint64 tsBits = 0;
        qint64 n = 0;
        for (int i = 0; i < 500; ++i) {
            Generator g(i * 20);
            std::vector<Sample> chunk;
            for (qint64 k = 0; k < Day / Interval; ++k) {
                chunk.push_back({T0 + k * Interval + (jitter ? offset(rng) : 0), g.next()});
                if (chunk.size() == 120) {
                    const XorChunk c = XorChunk::encode(chunk);
                    bytes += c.bytes().size();
                    tsBits += XorChunk::breakdown(c.bytes()).timestampBits;
                    n += qint64(chunk.size());
                    chunk.clear();
                }
            }
        }
        char name[80];
        std::snprintf(name, sizeof name, "jitter +-%d ms: timestamps %.2f B/sample, total", jitter,
                      double(tsBits) / 8 / double(n));
        line(name, double(bytes) / double(n), "B/sample");
    }
}

// Downsampled tiers: bytes per bucket of each kind (1,000 series of the mix, 2 days), and
// what the tiers hold for 10,000 series once full (7 d of 1 m, 90 d of 15 m buckets).
void benchTiers()
{
    heading("downsampled tiers (1,000 series of the mix, 2 days at 15 s)");
    std::array<double, KindCount> bytes1{};
    std::array<double, KindCount> buckets1{};
    std::array<double, KindCount> bytes15{};
    std::array<double, KindCount> buckets15{};
    for (int i = 0; i < 1000; ++i) {
        Generator g(i);
        DownsampledTier minute(tierResolutionMs(Tier::OneMinute));
        DownsampledTier quarter(tierResolutionMs(Tier::FifteenMinutes));
        for (qint64 k = 0; k < 2 * Day / Interval; ++k) {
            const double v = g.next();
            minute.add(T0 + k * Interval, v, 120);
            quarter.add(T0 + k * Interval, v, 120);
        }
        // Closed chunks only (the open encoder of the 15 m tier is still filling).
        bytes1[size_t(g.kind)] += double(minute.chunks().dataBytes());
        buckets1[size_t(g.kind)] += double(minute.chunks().itemCount());
        bytes15[size_t(g.kind)] += double(quarter.chunks().dataBytes());
        buckets15[size_t(g.kind)] += double(quarter.chunks().itemCount());
    }
    double mix1 = 0;
    double mix15 = 0;
    for (int k = 0; k < KindCount; ++k) {
        const double b1 = bytes1[size_t(k)] / buckets1[size_t(k)];
        const double b15 = bytes15[size_t(k)] / buckets15[size_t(k)];
        char name[80];
        std::snprintf(name, sizeof name, "  %-14s 15 m bucket %.2f B; 1 m bucket",
                      Kinds[size_t(k)].name, b15);
        line(name, b1, "B");
        mix1 += Kinds[size_t(k)].perMille / 1000.0 * b1;
        mix15 += Kinds[size_t(k)].perMille / 1000.0 * b15;
    }
    line("1 m bucket, service mix", mix1, "B");
    line("15 m bucket, service mix", mix15, "B");
    line("tiers for 10,000 series when full (7 d of 1 m + 90 d of 15 m)",
         (mix1 * 7 * 1440 + mix15 * 90 * 96) * SeriesCount / 1048576.0, "MiB");
}

void benchReads(int runs)
{
    heading("reads");
    // One series of each shape, 24 h at 15 s.
    SeriesStore store;
    std::vector<SeriesId> ids;
    for (int kind : {int(GaugeNoise), int(CounterInt)}) {
        const SeriesId id = store.intern(
            Labels{{QStringLiteral("__name__"), QString::fromLatin1(Kinds[size_t(kind)].name)}});
        Generator g(kind == GaugeNoise ? 20 : 0);
        for (qint64 k = 0; k < Day / Interval; ++k)
            store.append(id, T0 + k * Interval, g.next());
        ids.push_back(id);
    }
    const qint64 end = T0 + Day - Interval;
    for (size_t n = 0; n < ids.size(); ++n) {
        std::vector<double> perSecond;
        std::vector<double> perReadUs;
        std::vector<Sample> out;
        out.reserve(6000);
        for (int r = 0; r < runs; ++r) {
            CpuTimer timer;
            timer.start();
            qint64 samples = 0;
            int reads = 0;
            while (timer.nsecsElapsed() < 200'000'000) {
                out.clear();
                store.read(ids[n], end - Day, end, out);
                samples += qint64(out.size());
                ++reads;
            }
            const double s = double(timer.nsecsElapsed()) / 1e9;
            perSecond.push_back(double(samples) / s);
            perReadUs.push_back(s / reads * 1e6);
        }
        char name[80];
        std::snprintf(name, sizeof name, "read 24 h of one %s series (5,760 samples)",
                      n == 0 ? "gauge_noise" : "counter_int");
        line(name, median(perReadUs), "us/read");
        line("  decode throughput (median)", median(perSecond), "samples/s");
    }

    // Long ranges through the tiers: one series, 90 days at 15 s.
    SeriesStore longStore;
    const SeriesId id = longStore.intern(Labels{{QStringLiteral("__name__"), QStringLiteral("g")}});
    Generator g(20);
    const qint64 days = 90;
    for (qint64 k = 0; k < days * Day / Interval; ++k)
        longStore.append(id, T0 + k * Interval, g.next());
    const qint64 last = T0 + days * Day - Interval;
    longStore.enforceRetention(last);
    struct Range
    {
        const char *name;
        qint64 span;
        qint64 resolution;
    };
    for (const Range &range : {Range{"24 h at 1 min a point (raw ok, 1 m tier)", Day, Minute},
                               Range{"7 d at 10 min a point (1 m tier)", 7 * Day, 10 * Minute},
                               Range{"30 d at 1 h a point (15 m tier)", 30 * Day, Hour},
                               Range{"90 d at 1 h a point (15 m tier)", 90 * Day, Hour}}) {
        std::vector<double> us;
        std::vector<DownsampledBucket> out;
        Tier tier = Tier::Raw;
        for (int r = 0; r < runs * 5; ++r) {
            out.clear();
            CpuTimer timer;
            timer.start();
            tier = longStore.readDownsampled(id, last - range.span, last, range.resolution, out);
            us.push_back(double(timer.nsecsElapsed()) / 1e3);
        }
        char name[96];
        std::snprintf(name, sizeof name, "readDownsampled %s: %zu buckets", range.name, out.size());
        line(name, median(us), "us");
        (void)tier;
    }
    line("memory of that 90-day series (24 h raw + tiers)", double(longStore.memoryBytes()) / 1024,
         "KiB");
}

void benchSelect(int runs)
{
    heading("select over 10,000 series");
    Fleet fleet;
    SeriesStore store;
    fleet.scrape(store, T0);
    struct Case
    {
        const char *name;
        LabelMatchers matchers;
    };
    const auto m = [](const char *text) { return LabelMatcher::parse(QString::fromLatin1(text)); };
    const std::vector<Case> cases{
        {"__name__=\"wk_bench_gauge_noise\"", {m("__name__=wk_bench_gauge_noise")}},
        {"__name__=\"wk_bench_counter_int\", instance=\"10.0.0.3:8080\", endpoint=\"/api/e1\"",
         {m("__name__=wk_bench_counter_int"), m("instance=10.0.0.3:8080"), m("endpoint=/api/e1")}},
        {"__name__=~\"wk_bench_counter_.*\", endpoint!=\"/api/e1\"",
         {m("__name__=~\"wk_bench_counter_.*\""), m("endpoint!=/api/e1")}},
        {"job!=\"other\" (scans every series)", {m("job!=other")}},
    };
    for (const Case &c : cases) {
        std::vector<double> us;
        qsizetype found = 0;
        for (int r = 0; r < runs * 20; ++r) {
            CpuTimer timer;
            timer.start();
            found = store.select(c.matchers).size();
            us.push_back(double(timer.nsecsElapsed()) / 1e3);
        }
        char name[160];
        std::snprintf(name, sizeof name, "%s -> %lld series", c.name, qlonglong(found));
        line(name, median(us), "us");
    }
}

// History to SQLite: 10,000 series scraped for `span`, flushed every 5 minutes of simulated
// time, then loaded into a fresh store.
void benchHistory(qint64 span)
{
    heading("history in SQLite: 10,000 series, 2 h, an incremental flush every 5 min");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.db"));
    Fleet fleet;
    SeriesStore store;
    std::vector<double> flushMs;
    std::vector<double> flushKiB;
    double everythingMs = 0;
    double everythingKiB = 0;
    {
        auto db = Database::open(path);
        if (!db) {
            std::printf("cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().message));
            return;
        }
        auto repo = HistoryRepository::open(db.value().get(), &store);
        if (!repo) {
            std::printf("%s\n", qPrintable(repo.error().message));
            return;
        }
        for (qint64 k = 0; k < span / Interval; ++k) {
            fleet.scrape(store, T0 + k * Interval);
            if (k % 20 == 19) {
                CpuTimer timer;
                timer.start();
                const auto r = repo.value()->flush();
                flushMs.push_back(double(timer.nsecsElapsed()) / 1e6);
                if (!r) {
                    std::printf("flush failed: %s\n", qPrintable(r.error().message));
                    return;
                }
                flushKiB.push_back(double(r.value().bytes) / 1024);
            }
        }
        fleet.scrape(store, T0 + span);
        CpuTimer timer;
        timer.start();
        const auto r = repo.value()->flush(HistoryRepository::Scope::Everything);
        everythingMs = double(timer.nsecsElapsed()) / 1e6;
        everythingKiB = r ? double(r.value().bytes) / 1024 : 0;
    }
    line("incremental flush every 5 min (median)", median(flushMs), "ms");
    line("  slowest incremental flush", *std::max_element(flushMs.begin(), flushMs.end()), "ms");
    line("  bytes written per incremental flush (median)", median(flushKiB), "KiB");
    line("flush(Everything) of 10,000 series, as at exit", everythingMs, "ms");
    line("  bytes written", everythingKiB, "KiB");
    line("database file size (with WAL)",
         double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) /
             1048576.0,
         "MiB");
    SeriesStore loaded;
    auto db = Database::open(path);
    auto repo = HistoryRepository::open(db.value().get(), &loaded);
    CpuTimer timer;
    timer.start();
    const auto r = repo.value()->load(T0 + span);
    line("load into a fresh store at start-up", double(timer.nsecsElapsed()) / 1e6, "ms");
    if (r)
        std::printf("  loaded %d series, %d chunks, %d open snapshots, %d refused\n",
                    r.value().series, r.value().chunks, r.value().openChunks, r.value().refused);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("wk.*.info=false"));
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const qsizetype only = args.indexOf(QStringLiteral("--only"));
    const QString section = only > 0 && only + 1 < args.size() ? args[only + 1] : QString();
    const auto wanted = [&](const char *name) {
        return section.isEmpty() || section == QLatin1String(name);
    };
    const int runs = quick ? 3 : 5;
    std::printf("bench_store: medians of %d runs where repeated; times are thread CPU time\n",
                runs);
    if (wanted("ingest"))
        benchIngest(runs);
    if (wanted("compression"))
        benchCompression(quick ? 2 * Hour : Day);
    if (wanted("jitter"))
        benchJitter();
    if (wanted("tiers"))
        benchTiers();
    if (wanted("reads"))
        benchReads(runs);
    if (wanted("select"))
        benchSelect(runs);
    if (wanted("history"))
        benchHistory(2 * Hour);
    return 0;
}
