// PromQL figures for the local engine: a dashboard's latency panel as a 6 h range query at
// 60 s steps over 1,000 histogram bucket series (10 endpoints x 10 instances x 10 buckets,
// 15 s scrapes for 6 h 5 min), parsing cost with and without the cache, and an instant query.
// Usage: bench_promql [--runs N]

#include "models/metrics/seriesstore.h"
#include "models/promql/localengine.h"
#include "models/promql/parser.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace Wk;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 Scrape = 15'000;
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr int Endpoints = 10;
constexpr int Instances = 10;
const double Buckets[] = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5};

const QString Query = QStringLiteral("histogram_quantile(0.95, sum by (le, endpoint) "
                                     "(rate(http_request_duration_seconds_bucket[5m])))");

// Cumulative bucket counters as a service would expose them: per scrape each endpoint and
// instance serves some requests whose latencies fall into the buckets.
int fill(SeriesStore &store, qint64 end)
{
    std::mt19937 rng(42);
    std::lognormal_distribution<double> latency(-2.5, 1.0);
    std::poisson_distribution<int> requests(40);
    int series = 0;
    for (int e = 0; e < Endpoints; ++e) {
        for (int i = 0; i < Instances; ++i) {
            std::vector<SeriesId> ids;
            for (int b = 0; b <= int(std::size(Buckets)); ++b) {
                const QString le = b < int(std::size(Buckets)) ? QString::number(Buckets[b])
                                                               : QStringLiteral("+Inf");
                ids.push_back(store.intern(
                    Labels{{QStringLiteral("__name__"),
                            QStringLiteral("http_request_duration_seconds_bucket")},
                           {QStringLiteral("endpoint"), QStringLiteral("/api/e%1").arg(e)},
                           {QStringLiteral("instance"), QStringLiteral("host-%1:8080").arg(i)},
                           {QStringLiteral("job"), QStringLiteral("cloudgreet")},
                           {QStringLiteral("le"), le}}));
            }
            series += int(ids.size());
            std::vector<double> counts(ids.size(), 0);
            for (qint64 t = T0; t <= end; t += Scrape) {
                const int n = requests(rng);
                for (int k = 0; k < n; ++k) {
                    const double v = latency(rng) * (1 + e * 0.1);
                    for (size_t b = 0; b < counts.size(); ++b) {
                        if (b == counts.size() - 1 || v <= Buckets[b])
                            counts[b] += 1;
                    }
                }
                for (size_t b = 0; b < ids.size(); ++b)
                    store.append(ids[b], t, counts[b]);
            }
        }
    }
    return series;
}

// CPU time of this thread in milliseconds: on a shared machine it shows the query's own cost
// when other processes stretch the wall-clock time.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 9;
    const QStringList args = app.arguments();
    const qsizetype r = args.indexOf(QStringLiteral("--runs"));
    if (r >= 0 && r + 1 < args.size())
        runs = std::max(1, args[r + 1].toInt());

    SeriesStore::Options so;
    so.retentionMs = 48 * Hour;
    SeriesStore store(so);
    const qint64 start = T0 + 5 * Minute;
    const qint64 end = start + 6 * Hour;
    QElapsedTimer fillTimer;
    fillTimer.start();
    const int series = fill(store, end);
    std::printf("store: %d series, %lld samples each (15 s scrapes, 6 h 5 min), filled in %lld "
                "ms\n",
                series, (long long)((end - T0) / Scrape + 1), (long long)fillTimer.elapsed());

    LocalEngine engine(store);
    std::vector<double> times;
    std::vector<double> cpuTimes;
    int resultSeries = 0;
    int points = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        const QueryResult res = engine.evaluateRange(Query, start, end, Minute);
        cpuTimes.push_back(threadCpuMs() - cpu0);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!res.ok()) {
            std::printf("query failed: %s\n", qPrintable(res.error.toString()));
            return 1;
        }
        resultSeries = int(res.series.size());
        points = 0;
        for (const QuerySeries &s : res.series)
            points += int(s.samples.size());
    }
    std::printf("range query, 6 h at 60 s steps (361 steps) over %d series:\n  %s\n", series,
                qPrintable(Query));
    std::printf("  result: %d series, %d points\n", resultSeries, points);
    std::printf("  median %.1f ms, min %.1f ms, max %.1f ms over %d runs (target < 50 ms)\n",
                median(times), *std::min_element(times.begin(), times.end()),
                *std::max_element(times.begin(), times.end()), runs);
    std::printf("  CPU time: median %.1f ms, min %.1f ms\n", median(cpuTimes),
                *std::min_element(cpuTimes.begin(), cpuTimes.end()));

    std::vector<double> instant;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const QueryResult res = engine.evaluateInstant(Query, end);
        instant.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!res.ok())
            return 1;
    }
    std::printf("instant query of the same expression: median %.2f ms\n", median(instant));

    constexpr int ParseRuns = 20000;
    QElapsedTimer pt;
    pt.start();
    for (int i = 0; i < ParseRuns; ++i) {
        if (!Promql::Parser::parse(Query))
            return 1;
    }
    const double parseUs = double(pt.nsecsElapsed()) / 1e3 / ParseRuns;
    pt.restart();
    for (int i = 0; i < ParseRuns; ++i) {
        if (!engine.parse(Query))
            return 1;
    }
    const double cachedUs = double(pt.nsecsElapsed()) / 1e3 / ParseRuns;
    std::printf("parse: %.1f us uncached, %.2f us from the engine's cache\n", parseUs, cachedUs);
    return 0;
}
