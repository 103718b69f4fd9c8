#include "models/metrics/seriesstore.h"

#include <QSignalSpy>
#include <QTest>

#include <bit>
#include <cmath>
#include <limits>

using namespace Wk;

namespace {

constexpr qint64 T0 = 1'700'000'100'000; // a whole 15 minutes
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 3'600'000;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 Min = std::numeric_limits<qint64>::min();
constexpr qint64 Max = std::numeric_limits<qint64>::max();

Labels series(const QString &name, const QString &id, std::initializer_list<Label> extra = {})
{
    QList<Label> list{{QStringLiteral("__name__"), name}, {QStringLiteral("id"), id}};
    for (const Label &l : extra)
        list.append(l);
    return Labels::fromList(list);
}

QPair<Labels, double> sample(const QString &id, double v)
{
    return {series(QStringLiteral("m"), id), v};
}

bool sameBits(double a, double b)
{
    return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b);
}

std::vector<Sample> readAll(const SeriesStore &store, SeriesId id)
{
    std::vector<Sample> out;
    store.read(id, Min, Max, out);
    return out;
}

} // namespace

class TestSeriesStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void select_data()
    {
        QTest::addColumn<QStringList>("matchers");
        QTest::addColumn<QStringList>("expectedIds");
        const auto m = [](std::initializer_list<const char *> l) {
            QStringList out;
            for (const char *s : l)
                out << QString::fromUtf8(s);
            return out;
        };
        QTest::newRow("equal on name") << m({"__name__=http_requests_total"}) << m({"a", "b", "c"});
        QTest::newRow("equal, two matchers intersect")
            << m({"__name__=http_requests_total", "code=500"}) << m({"b"});
        QTest::newRow("equal, unknown value") << m({"code=404"}) << QStringList();
        QTest::newRow("equal, unknown label name") << m({"pod=x"}) << QStringList();
        QTest::newRow("equal empty: label absent")
            << m({"__name__=http_requests_total", "code=\"\""}) << m({"c"});
        QTest::newRow("not equal")
            << m({"__name__=http_requests_total", "code!=500"}) << m({"a", "c"});
        QTest::newRow("not equal empty: label present") << m({"code!=\"\""}) << m({"a", "b"});
        QTest::newRow("not equal alone scans everything, missing label included")
            << m({"job!=api"}) << m({"e", "g"});
        QTest::newRow("regex") << m({"__name__=~\"http_.*\""}) << m({"a", "b", "c", "d"});
        QTest::newRow("regex is anchored") << m({"__name__=~\"http\""}) << QStringList();
        QTest::newRow("regex alternation with equal")
            << m({"job=~\"api|web\"", "__name__=up"}) << m({"e", "f"});
        QTest::newRow("regex matching empty filters")
            << m({"__name__=http_requests_total", "code=~\"5..|\""}) << m({"b", "c"});
        QTest::newRow("regex not")
            << m({"__name__=~\"http_.*\"", "code!~\"2..\""}) << m({"b", "c", "d"});
        QTest::newRow("regex not alone") << m({"__name__!~\"http_.*\""}) << m({"e", "f", "g"});
        QTest::newRow("negative on an unknown label takes everything")
            << m({"pod!~\"x.*\"", "__name__=up"}) << m({"e", "f"});
        QTest::newRow("equal empty on an unknown label") << m({"pod=\"\"", "job=web"}) << m({"e"});
        QTest::newRow("regex matching everything")
            << m({"code=~\".*\"", "__name__=up"}) << m({"e", "f"});
        QTest::newRow("not equal and regex not together")
            << m({"job!=web", "__name__!~\"http_.*_total\"", "code!=500"}) << m({"d", "f", "g"});
        QTest::newRow("no matchers selects all")
            << QStringList() << m({"a", "b", "c", "d", "e", "f", "g"});
    }

    void select()
    {
        QFETCH(QStringList, matchers);
        QFETCH(QStringList, expectedIds);
        SeriesStore store;
        const auto l = [](const char *n, const char *v) {
            return Label{QString::fromUtf8(n), QString::fromUtf8(v)};
        };
        store.intern(series(QStringLiteral("http_requests_total"), QStringLiteral("a"),
                            {l("code", "200"), l("job", "api")}));
        store.intern(series(QStringLiteral("http_requests_total"), QStringLiteral("b"),
                            {l("code", "500"), l("job", "api")}));
        store.intern(
            series(QStringLiteral("http_requests_total"), QStringLiteral("c"), {l("job", "api")}));
        store.intern(series(QStringLiteral("http_request_duration_seconds_count"),
                            QStringLiteral("d"), {l("job", "api")}));
        store.intern(series(QStringLiteral("up"), QStringLiteral("e"), {l("job", "web")}));
        store.intern(series(QStringLiteral("up"), QStringLiteral("f"), {l("job", "api")}));
        store.intern(series(QStringLiteral("process_start"), QStringLiteral("g")));
        LabelMatchers parsed;
        for (const QString &text : matchers) {
            parsed.append(LabelMatcher::parse(text));
            QVERIFY2(parsed.last().isValid(), qPrintable(parsed.last().error()));
        }
        QStringList got;
        for (SeriesId id : store.select(parsed))
            got << store.labels(id).value(u"id");
        // The postings path must agree with checking every series.
        QStringList brute;
        for (SeriesId id = 0; id < store.idLimit(); ++id) {
            if (matchesAll(parsed, store.labels(id)))
                brute << store.labels(id).value(u"id");
        }
        QCOMPARE(got, brute);
        QCOMPARE(got, expectedIds);
    }

    void readAcrossHeadAndChunks_data()
    {
        QTest::addColumn<qint64>("minT");
        QTest::addColumn<qint64>("maxT");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("count");
        // 35 samples at T0 + i s; chunks of 10: [0..9] [10..19] [20..29], head [30..34].
        const auto at = [](int i) { return T0 + i * 1000; };
        QTest::newRow("everything") << Min << Max << 0 << 35;
        QTest::newRow("inside the first chunk") << at(2) << at(5) << 2 << 4;
        QTest::newRow("across two chunks") << at(8) << at(12) << 8 << 5;
        QTest::newRow("chunk boundaries exactly") << at(10) << at(19) << 10 << 10;
        QTest::newRow("head only") << at(31) << at(40) << 31 << 4;
        QTest::newRow("last chunk and head") << at(25) << at(32) << 25 << 8;
        QTest::newRow("between samples") << at(3) + 1 << at(4) - 1 << 0 << 0;
        QTest::newRow("before everything") << at(-10) << at(-1) << 0 << 0;
        QTest::newRow("after everything") << at(35) << at(100) << 0 << 0;
        QTest::newRow("inverted") << at(20) << at(10) << 0 << 0;
    }

    void readAcrossHeadAndChunks()
    {
        QFETCH(qint64, minT);
        QFETCH(qint64, maxT);
        QFETCH(int, first);
        QFETCH(int, count);
        SeriesStore::Options options;
        options.staggerChunks = false; // exact chunk boundaries below
        options.samplesPerChunk = 10;
        SeriesStore store(options);
        const SeriesId id = store.intern(series(QStringLiteral("m"), QStringLiteral("x")));
        for (int i = 0; i < 35; ++i)
            QVERIFY(store.append(id, T0 + i * 1000, i * 0.5));
        QCOMPARE(store.memoryStats().chunks, qint64(3));
        QCOMPARE(store.memoryStats().headSamples, qint64(5));
        std::vector<Sample> got;
        store.read(id, minT, maxT, got);
        QCOMPARE(int(got.size()), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(got[size_t(i)].t, T0 + (first + i) * 1000);
            QCOMPARE(got[size_t(i)].v, (first + i) * 0.5);
        }
    }

    void outOfOrderIgnored()
    {
        SeriesStore store;
        const SeriesId id = store.intern(series(QStringLiteral("m"), QStringLiteral("x")));
        QVERIFY(store.append(id, T0, 1));
        QVERIFY(!store.append(id, T0, 2));
        QVERIFY(!store.append(id, T0 - 1, 3));
        QVERIFY(!store.append(SeriesId(99), T0, 1));
        QCOMPARE(readAll(store, id).size(), size_t(1));
        QCOMPARE(store.latest(id)->v, 1.0);
    }

    void specialValuesSurviveChunking()
    {
        SeriesStore::Options options;
        options.samplesPerChunk = 4;
        SeriesStore store(options);
        const SeriesId id = store.intern(series(QStringLiteral("m"), QStringLiteral("x")));
        const QList<double> values{1.0,
                                   staleNaN(),
                                   std::numeric_limits<double>::infinity(),
                                   -std::numeric_limits<double>::infinity(),
                                   std::bit_cast<double>(0x7ff8000000000042ull),
                                   -0.0,
                                   2.0};
        for (int i = 0; i < values.size(); ++i)
            store.append(id, T0 + i * 15'000, values[i]);
        const std::vector<Sample> got = readAll(store, id);
        QCOMPARE(int(got.size()), values.size());
        for (int i = 0; i < values.size(); ++i)
            QVERIFY2(sameBits(got[size_t(i)].v, values[i]), qPrintable(QString::number(i)));
        QVERIFY(isStaleNaN(got[1].v));
    }

    void staleness()
    {
        SeriesStore store;
        QSignalSpy appended(&store, &SeriesStore::appended);
        auto r = store.ingest(QStringLiteral("api"), T0, {sample("a", 1), sample("b", 2)});
        QCOMPARE(r.samples, 2);
        QCOMPARE(r.newSeries, 2);
        QCOMPARE(r.staleMarked, 0);
        QCOMPARE(appended.count(), 1);
        QCOMPARE(appended.first().first().toLongLong(), T0);

        // b is missing from the next scrape: it gets the staleness marker at that scrape's time.
        r = store.ingest(QStringLiteral("api"), T0 + 15'000, {sample("a", 1)});
        QCOMPARE(r.samples, 1);
        QCOMPARE(r.staleMarked, 1);
        const SeriesId b = *store.find(series(QStringLiteral("m"), QStringLiteral("b")));
        std::vector<Sample> got = readAll(store, b);
        QCOMPARE(got.size(), size_t(2));
        QCOMPARE(got[1].t, T0 + 15'000);
        QVERIFY(isStaleNaN(got[1].v));

        // Only once: the scrape after that does not mark it again.
        r = store.ingest(QStringLiteral("api"), T0 + 30'000, {sample("a", 1)});
        QCOMPARE(r.staleMarked, 0);
        QCOMPARE(readAll(store, b).size(), size_t(2));

        // Another source's scrape does not make a's absence there a staleness.
        r = store.ingest(QStringLiteral("web"), T0 + 31'000, {sample("w", 1)});
        QCOMPARE(r.staleMarked, 0);

        // b comes back: a normal sample after the marker.
        r = store.ingest(QStringLiteral("api"), T0 + 45'000, {sample("a", 1), sample("b", 3)});
        QCOMPARE(r.newSeries, 0);
        QCOMPARE(readAll(store, b).back().v, 3.0);

        // The target goes down: everything it reported last is marked.
        QCOMPARE(store.markSourceStale(QStringLiteral("api"), T0 + 60'000), 2);
        const SeriesId a = *store.find(series(QStringLiteral("m"), QStringLiteral("a")));
        QVERIFY(isStaleNaN(store.latest(a)->v));
        QVERIFY(isStaleNaN(store.latest(b)->v));
        QCOMPARE(store.markSourceStale(QStringLiteral("api"), T0 + 75'000), 0);
        QCOMPARE(store.markSourceStale(QStringLiteral("unknown"), T0 + 75'000), 0);
        QCOMPARE(store.sourceStats(QStringLiteral("api"))->lastStaleMarked, 0);
    }

    void seriesCapIsReported()
    {
        SeriesStore::Options options;
        options.maxSeriesPerTarget = 3;
        SeriesStore store(options);
        QList<QPair<Labels, double>> scrape;
        for (const char *id : {"a", "b", "c", "d", "e"})
            scrape.append(sample(QString::fromLatin1(id), 1));
        auto r = store.ingest(QStringLiteral("api"), T0, scrape);
        QCOMPARE(r.newSeries, 3);
        QCOMPARE(r.samples, 3);
        QCOMPARE(r.rejectedSeries, 2);
        QCOMPARE(store.seriesCount(), 3);
        QVERIFY(!store.find(series(QStringLiteral("m"), QStringLiteral("e"))));

        r = store.ingest(QStringLiteral("api"), T0 + 15'000, scrape);
        QCOMPARE(r.samples, 3);
        QCOMPARE(r.rejectedSeries, 2);
        QCOMPARE(r.staleMarked, 0);
        auto stats = store.sourceStats(QStringLiteral("api"));
        QVERIFY(stats);
        QCOMPARE(stats->series, 3);
        QCOMPARE(stats->lastRejected, 2);
        QCOMPARE(stats->rejectedTotal, qint64(4));
        QCOMPARE(stats->lastIngestT, T0 + 15'000);
        QCOMPARE(stats->lastSamples, 3);
        QCOMPARE(stats->ingests, qint64(2));

        // The cap is per source.
        r = store.ingest(QStringLiteral("web"), T0, {sample("x", 1), sample("y", 1)});
        QCOMPARE(r.rejectedSeries, 0);
        QCOMPARE(store.allSourceStats().size(), 2);

        // Under the cap again: the counter of the last scrape goes back to zero.
        r = store.ingest(QStringLiteral("api"), T0 + 30'000, scrape.mid(0, 3));
        QCOMPARE(r.rejectedSeries, 0);
        QCOMPARE(store.sourceStats(QStringLiteral("api"))->lastRejected, 0);
        QCOMPARE(store.sourceStats(QStringLiteral("api"))->rejectedTotal, qint64(4));
        QVERIFY(!store.sourceStats(QStringLiteral("none")));
    }

    void retentionDropsWholeChunks()
    {
        SeriesStore::Options options;
        options.staggerChunks = false; // exact chunk boundaries below
        options.samplesPerChunk = 10;
        options.retentionMs = Hour;
        SeriesStore store(options);
        const SeriesId id = store.intern(series(QStringLiteral("m"), QStringLiteral("x")));
        // Three hours at one sample a minute: 18 chunks of 10 minutes.
        for (int i = 0; i < 180; ++i)
            store.append(id, T0 + i * Minute, i);
        const qint64 bytesBefore = store.chunkBytes();
        QCOMPARE(store.memoryStats().chunkBytes, bytesBefore);
        const qint64 now = T0 + 180 * Minute;
        store.enforceRetention(now);
        const std::vector<Sample> got = readAll(store, id);
        // Chunks ending before now - 1 h are gone; the one straddling the cutoff stays whole.
        QCOMPARE(got.front().t, T0 + 120 * Minute);
        QCOMPARE(got.size(), size_t(60));
        QVERIFY(store.chunkBytes() < bytesBefore / 2);
        QCOMPARE(store.memoryStats().chunkBytes, store.chunkBytes());
        // The tiers keep what raw retention dropped.
        std::vector<DownsampledBucket> buckets;
        store.readTier(id, Tier::OneMinute, T0, now, buckets);
        QCOMPARE(buckets.size(), size_t(180));
        QCOMPARE(buckets.front().t, T0);
    }

    void retentionForgetsEmptySeries()
    {
        SeriesStore::Options options;
        options.retentionMs = Hour;
        options.minuteTierRetentionMs = 2 * Hour;
        options.fifteenMinuteTierRetentionMs = 3 * Hour;
        options.samplesPerChunk = 5;
        options.bucketsPerChunk = 2;
        SeriesStore store(options);
        const SeriesId old = store.intern(series(QStringLiteral("m"), QStringLiteral("old")));
        const SeriesId live = store.intern(series(QStringLiteral("m"), QStringLiteral("live")));
        const SeriesId unused = store.intern(series(QStringLiteral("m"), QStringLiteral("unused")));
        for (int i = 0; i < 30; ++i)
            store.append(old, T0 + i * Minute, i);
        for (int i = 0; i < 600; ++i)
            store.append(live, T0 + i * Minute, i);
        store.enforceRetention(T0 + 2 * Hour);
        QVERIFY(store.contains(old)); // raw data gone, its minute buckets are kept two hours
        QVERIFY(readAll(store, old).empty());
        std::vector<DownsampledBucket> buckets;
        store.readTier(old, Tier::OneMinute, Min, Max, buckets);
        QCOMPARE(buckets.size(), size_t(30));
        store.enforceRetention(T0 + 10 * Hour);
        QVERIFY(!store.contains(old));
        QVERIFY(store.labels(old).isEmpty());
        QVERIFY(!store.find(series(QStringLiteral("m"), QStringLiteral("old"))));
        QVERIFY(!store.append(old, T0 + 11 * Hour, 1));
        QVERIFY(store.contains(live));
        QVERIFY(store.contains(unused)); // never had data: ids may be interned ahead of samples
        QCOMPARE(store.seriesCount(), 2);
        const QList<SeriesId> all =
            store.select({LabelMatcher::parse(QStringLiteral("__name__=m"))});
        QCOMPARE(all, (QList<SeriesId>{live, unused}));
        // Interning the same labels again gives a new id.
        const SeriesId again = store.intern(series(QStringLiteral("m"), QStringLiteral("old")));
        QVERIFY(again != old);
    }

    void tiersAggregate()
    {
        SeriesStore store;
        const SeriesId id = store.intern(series(QStringLiteral("m"), QStringLiteral("x")));
        // Minute 0: 1, 5, 3, 2. Minute 1: 4, stale marker, 6. Minute 2: 7.
        const QList<QPair<qint64, double>> samples{{T0, 1},
                                                   {T0 + 15'000, 5},
                                                   {T0 + 30'000, 3},
                                                   {T0 + 45'000, 2},
                                                   {T0 + Minute, 4},
                                                   {T0 + Minute + 15'000, staleNaN()},
                                                   {T0 + Minute + 30'000, 6},
                                                   {T0 + 2 * Minute, 7}};
        for (const auto &[t, v] : samples)
            store.append(id, t, v);

        std::vector<DownsampledBucket> m;
        store.readTier(id, Tier::OneMinute, T0, T0 + 3 * Minute, m);
        QCOMPARE(m.size(), size_t(3));
        QCOMPARE(m[0].t, T0);
        QCOMPARE(m[0].min, 1.0);
        QCOMPARE(m[0].max, 5.0);
        QCOMPARE(m[0].sum, 11.0);
        QCOMPARE(m[0].count, qint64(4));
        QCOMPARE(m[0].last, 2.0);
        QCOMPARE(m[0].average(), 2.75);
        QCOMPARE(m[1].t, T0 + Minute);
        QCOMPARE(m[1].count, qint64(2)); // the staleness marker is skipped
        QCOMPARE(m[1].min, 4.0);
        QCOMPARE(m[1].max, 6.0);
        QCOMPARE(m[1].last, 6.0);
        QCOMPARE(m[2].count, qint64(1)); // the open bucket is read too
        QCOMPARE(m[2].last, 7.0);

        std::vector<DownsampledBucket> q;
        store.readTier(id, Tier::FifteenMinutes, T0, T0 + 3 * Minute, q);
        QCOMPARE(q.size(), size_t(1));
        QCOMPARE(q[0].t, T0);
        QCOMPARE(q[0].min, 1.0);
        QCOMPARE(q[0].max, 7.0);
        QCOMPARE(q[0].sum, 28.0);
        QCOMPARE(q[0].count, qint64(7));
        QCOMPARE(q[0].last, 7.0);

        // A range starting inside a bucket includes that bucket.
        m.clear();
        store.readTier(id, Tier::OneMinute, T0 + Minute + 1, T0 + Minute + 2, m);
        QCOMPARE(m.size(), size_t(1));
        QCOMPARE(m[0].t, T0 + Minute);
    }

    void tiersAcrossClosedChunks()
    {
        SeriesStore::Options options;
        options.bucketsPerChunk = 4;
        SeriesStore store(options);
        const SeriesId id = store.intern(series(QStringLiteral("m"), QStringLiteral("x")));
        // Six hours at 15 s: 360 one-minute buckets (90 chunks), 24 quarter buckets (6 chunks).
        double counter = 0;
        for (int i = 0; i < 6 * 240; ++i) {
            store.append(id, T0 + i * 15'000, counter);
            counter += i % 3;
        }
        std::vector<DownsampledBucket> m;
        store.readTier(id, Tier::OneMinute, T0, T0 + 6 * Hour, m);
        QCOMPARE(m.size(), size_t(360));
        for (size_t i = 0; i < m.size(); ++i) {
            QCOMPARE(m[i].t, T0 + qint64(i) * Minute);
            QCOMPARE(m[i].count, qint64(4));
            QCOMPARE(m[i].last, m[i].max); // a counter
        }
        std::vector<DownsampledBucket> q;
        store.readTier(id, Tier::FifteenMinutes, T0 + 2 * Hour, T0 + 3 * Hour - 1, q);
        QCOMPARE(q.size(), size_t(4));
        QCOMPARE(q.front().t, T0 + 2 * Hour);
        QCOMPARE(q.front().count, qint64(60));
        // The quarter's min is the minute buckets' min, its last the last minute's last.
        std::vector<DownsampledBucket> minutes;
        store.readTier(id, Tier::OneMinute, T0 + 2 * Hour, T0 + 2 * Hour + 15 * Minute - 1,
                       minutes);
        QCOMPARE(minutes.size(), size_t(15));
        QCOMPARE(q.front().min, minutes.front().min);
        QCOMPARE(q.front().last, minutes.back().last);
        double sum = 0;
        for (const DownsampledBucket &b : minutes)
            sum += b.sum;
        QCOMPARE(q.front().sum, sum);
    }

    void readDownsampledChoosesTier_data()
    {
        QTest::addColumn<qint64>("minTAgo");
        QTest::addColumn<qint64>("resolutionMs");
        QTest::addColumn<int>("tier");
        QTest::newRow("fine resolution, recent: raw") << Hour << qint64(1000) << int(Tier::Raw);
        QTest::newRow("one minute a pixel") << Hour << Minute << int(Tier::OneMinute);
        QTest::newRow("five minutes a pixel") << Day << 5 * Minute << int(Tier::OneMinute);
        QTest::newRow("an hour a pixel") << Day << Hour << int(Tier::FifteenMinutes);
        QTest::newRow("fine, but older than raw retention")
            << 2 * Day << qint64(1000) << int(Tier::OneMinute);
        QTest::newRow("fine, but older than the minute tier")
            << 30 * Day << qint64(1000) << int(Tier::FifteenMinutes);
    }

    void readDownsampledChoosesTier()
    {
        QFETCH(qint64, minTAgo);
        QFETCH(qint64, resolutionMs);
        QFETCH(int, tier);
        SeriesStore store;
        const SeriesId id = store.intern(series(QStringLiteral("m"), QStringLiteral("x")));
        const qint64 now = T0 + 40 * Day;
        store.append(id, now - 2 * Minute, 1);
        store.append(id, now - Minute, 2);
        store.append(id, now, 3);
        std::vector<DownsampledBucket> out;
        const Tier used = store.readDownsampled(id, now - minTAgo, now, resolutionMs, out);
        QCOMPARE(int(used), tier);
        QCOMPARE(int(store.tierFor(now - minTAgo, resolutionMs)), tier);
        QVERIFY(!out.empty());
        QCOMPARE(out.back().last, 3.0);
    }

    void rawReadAsBucketsSkipsStale()
    {
        SeriesStore store;
        const SeriesId id = store.intern(series(QStringLiteral("m"), QStringLiteral("x")));
        store.append(id, T0, 1);
        store.append(id, T0 + 15'000, staleNaN());
        store.append(id, T0 + 30'000, 2);
        std::vector<DownsampledBucket> out;
        QCOMPARE(store.readDownsampled(id, T0, T0 + Minute, 1, out), Tier::Raw);
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(out[1].t, T0 + 30'000);
        QCOMPARE(out[1].count, qint64(1));
        QCOMPARE(out[1].sum, 2.0);
    }

    void chunkSinkSeesEveryClosedChunk()
    {
        SeriesStore::Options options;
        options.staggerChunks = false; // exact chunk boundaries below
        options.samplesPerChunk = 8;
        options.bucketsPerChunk = 3;
        SeriesStore store(options);
        QList<QPair<SeriesId, EncodedChunk>> seen;
        store.setChunkSink([&](SeriesId id, const EncodedChunk &c) { seen.append({id, c}); });
        const SeriesId id = store.intern(series(QStringLiteral("m"), QStringLiteral("x")));
        for (int i = 0; i < 100; ++i) // 25 minutes at 15 s
            store.append(id, T0 + i * 15'000, std::sin(i));
        int raw = 0;
        int minute = 0;
        int quarter = 0;
        std::vector<Sample> fromChunks;
        for (const auto &[sid, c] : seen) {
            QCOMPARE(sid, id);
            if (c.tier == Tier::Raw) {
                ++raw;
                const Result<XorChunk> x = XorChunk::fromBytes(c.data);
                QVERIFY(x.ok());
                QCOMPARE(x.value().minT(), c.minT);
                QCOMPARE(x.value().maxT(), c.maxT);
                QCOMPARE(x.value().count(), c.count);
                x.value().decode(fromChunks);
            } else if (c.tier == Tier::OneMinute) {
                ++minute;
                QCOMPARE(c.count, 3);
            } else {
                ++quarter;
            }
        }
        QCOMPARE(raw, 12);    // 96 of 100 samples closed
        QCOMPARE(minute, 8);  // 24 closed minutes of 25 (the 25th is open)
        QCOMPARE(quarter, 0); // one closed quarter bucket, not yet a chunk
        std::vector<Sample> stored;
        store.read(id, Min, T0 + 95 * 15'000, stored);
        QCOMPARE(fromChunks.size(), stored.size());
        for (size_t i = 0; i < stored.size(); ++i)
            QVERIFY(sameBits(fromChunks[i].v, stored[i].v) && fromChunks[i].t == stored[i].t);
    }

    void persistenceHooksRebuildAnIdenticalStore()
    {
        SeriesStore::Options options;
        options.samplesPerChunk = 16;
        options.bucketsPerChunk = 5;
        SeriesStore first(options);
        QList<QPair<SeriesId, EncodedChunk>> closed;
        first.setChunkSink([&](SeriesId id, const EncodedChunk &c) { closed.append({id, c}); });
        const SeriesId a = first.intern(series(QStringLiteral("m"), QStringLiteral("a")));
        const SeriesId b = first.intern(series(QStringLiteral("m"), QStringLiteral("b")));
        for (int i = 0; i < 1000; ++i) {
            first.append(a, T0 + i * 15'000, i % 50 == 7 ? staleNaN() : std::cos(i) * 100);
            if (i % 3 == 0)
                first.append(b, T0 + i * 15'000 + 7, double(i));
        }

        SeriesStore second(options);
        int reclosed = 0;
        second.setChunkSink([&](SeriesId, const EncodedChunk &) { ++reclosed; });
        QHash<SeriesId, SeriesId> map;
        for (SeriesId id : {a, b})
            map.insert(id, second.intern(first.labels(id)));
        for (const auto &[id, c] : closed)
            QVERIFY(!second.insertChunk(map.value(id), c).has_value());
        for (SeriesId id : {a, b}) {
            for (const EncodedChunk &c : first.openChunks(id))
                QVERIFY(!second.restoreOpen(map.value(id), c).has_value());
        }
        QCOMPARE(reclosed, 0);

        for (SeriesId id : {a, b}) {
            const std::vector<Sample> want = readAll(first, id);
            const std::vector<Sample> got = readAll(second, map.value(id));
            QCOMPARE(got.size(), want.size());
            for (size_t i = 0; i < want.size(); ++i)
                QVERIFY(want[i].t == got[i].t && sameBits(want[i].v, got[i].v));
            for (Tier tier : {Tier::OneMinute, Tier::FifteenMinutes}) {
                std::vector<DownsampledBucket> w;
                std::vector<DownsampledBucket> g;
                first.readTier(id, tier, Min, Max, w);
                second.readTier(map.value(id), tier, Min, Max, g);
                QCOMPARE(g.size(), w.size());
                for (size_t i = 0; i < w.size(); ++i) {
                    QCOMPARE(g[i].t, w[i].t);
                    QCOMPARE(g[i].count, w[i].count);
                    QVERIFY(sameBits(g[i].sum, w[i].sum) && sameBits(g[i].last, w[i].last));
                }
            }
            QCOMPARE(second.latest(map.value(id))->t, first.latest(id)->t);
        }

        // Both go on the same way: the restored open minute keeps folding samples of its minute.
        const qint64 next = T0 + 1000 * 15'000;
        QVERIFY(first.append(a, next, 1.0));
        QVERIFY(second.append(map.value(a), next, 1.0));
        std::vector<DownsampledBucket> w;
        std::vector<DownsampledBucket> g;
        first.readTier(a, Tier::OneMinute, next - 2 * Minute, next, w);
        second.readTier(map.value(a), Tier::OneMinute, next - 2 * Minute, next, g);
        QCOMPARE(g.size(), w.size());
        QCOMPARE(g.back().count, w.back().count);

        // Chunks that overlap what a series holds are refused with a reason.
        const std::optional<Error> err = second.insertChunk(map.value(a), closed.first().second);
        QVERIFY(err.has_value());
        QVERIFY2(err->message.contains(QStringLiteral("overlaps")), qPrintable(err->message));
        EncodedChunk garbage{Tier::Raw, 0, 0, 1, QByteArray("\x01\x05zz")};
        QVERIFY(second.insertChunk(map.value(b), garbage).has_value());
        QVERIFY(second.insertChunk(SeriesId(1234), closed.first().second).has_value());
    }

    void memoryAccounting()
    {
        SeriesStore store;
        const qint64 empty = store.memoryBytes();
        for (int s = 0; s < 100; ++s) {
            const SeriesId id = store.intern(series(QStringLiteral("m"), QString::number(s)));
            for (int i = 0; i < 500; ++i)
                store.append(id, T0 + i * 15'000, double(i % 10));
        }
        const SeriesStore::MemoryStats m = store.memoryStats();
        QCOMPARE(m.series, qint64(100));
        QCOMPARE(m.chunkSamples + m.headSamples, qint64(100 * 500));
        QCOMPARE(m.chunks, qint64(100 * 4)); // 480 samples closed per series
        QVERIFY(m.chunkBytes > 0);
        QCOMPARE(m.chunkBytes, store.chunkBytes());
        QVERIFY(m.indexBytes > 0);
        QCOMPARE(m.totalBytes,
                 m.headBytes + m.chunkBytes + m.tierBytes + m.indexBytes + m.overheadBytes);
        QVERIFY(store.memoryBytes() > empty + m.chunkBytes);
        // Far less than the 16 bytes of a raw sample.
        QVERIFY2(double(m.chunkBytes) / double(m.chunkSamples) < 4.0,
                 qPrintable(QString::number(double(m.chunkBytes) / double(m.chunkSamples))));
    }

    void staggeredChunksSpreadCloses()
    {
        SeriesStore store; // default: 120 samples a chunk, staggered
        int closes = 0;
        int worst = 0;
        store.setChunkSink([&](SeriesId, const EncodedChunk &c) {
            if (c.tier == Tier::Raw)
                ++closes;
        });
        std::vector<SeriesId> ids;
        for (int i = 0; i < 600; ++i)
            ids.push_back(store.intern(series(QStringLiteral("m"), QString::number(i))));
        int total = 0;
        for (int k = 0; k < 480; ++k) {
            closes = 0;
            for (SeriesId id : ids)
                store.append(id, T0 + k * 15'000, double(k));
            worst = std::max(worst, closes);
            total += closes;
        }
        // 600 series in lockstep: without staggering all 600 would close together; spread
        // over 60 positions by their labels' hash, about 10 (rarely over 25) close at once.
        QVERIFY2(worst < 60, qPrintable(QString::number(worst)));
        QVERIFY(total >= 600 * 3);
        std::vector<Sample> got;
        store.read(ids[17], Min, Max, got);
        QCOMPARE(got.size(), size_t(480));
        for (int k = 0; k < 480; ++k)
            QCOMPARE(got[size_t(k)].t, T0 + k * 15'000);
    }

    void reorderedPageStillMapsSeries()
    {
        SeriesStore store;
        store.ingest(QStringLiteral("api"), T0, {sample("a", 1), sample("b", 2), sample("c", 3)});
        const auto r = store.ingest(QStringLiteral("api"), T0 + 15'000,
                                    {sample("c", 30), sample("a", 10), sample("b", 20)});
        QCOMPARE(r.samples, 3);
        QCOMPARE(r.newSeries, 0);
        QCOMPARE(r.staleMarked, 0);
        for (const auto &[id, v] : {QPair<const char *, double>{"a", 10}, {"b", 20}, {"c", 30}}) {
            const auto sid = store.find(series(QStringLiteral("m"), QString::fromLatin1(id)));
            QVERIFY(sid);
            QCOMPARE(store.latest(*sid)->v, v);
        }
    }

    void duplicateInScrapeCountsOnce()
    {
        SeriesStore store;
        const auto r = store.ingest(QStringLiteral("api"), T0, {sample("a", 1), sample("a", 2)});
        QCOMPARE(r.samples, 1);
        QCOMPARE(r.newSeries, 1);
        const SeriesId a = *store.find(series(QStringLiteral("m"), QStringLiteral("a")));
        QCOMPARE(store.latest(a)->v, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestSeriesStore)
#include "tst_seriesstore.moc"
