// A full dashboard refresh: 12 TimeSeriesChart panels x 4 series x 5,760 points (24 h of 15 s
// samples) in one 1920x1080 window, offscreen. Per run: set data + decimate + replace for all 12
// panels, then render the window (grab). Prints median and minimum over the runs, in ms, for a
// moving time window, a fixed one, and the wall theme.
//   bench_chart [runs]       (default 20)
#include "widgets/thememanager.h"
#include "widgets/timeserieschart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QImage>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace Wk;

namespace {

constexpr int panels = 12;
constexpr int seriesPerPanel = 4;
constexpr int points = 5760;
constexpr qint64 step = 15'000;
constexpr qint64 start = 1'700'000'000'000;

// Two data sets so consecutive refreshes really change every line.
QList<QuerySeries> panelData(int panel, int variant)
{
    QList<QuerySeries> out;
    for (int s = 0; s < seriesPerPanel; ++s) {
        QuerySeries q;
        q.labels =
            Labels{{QStringLiteral("__name__"), QStringLiteral("http_request_duration_seconds")},
                   {QStringLiteral("endpoint"), QStringLiteral("/api/endpoint%1").arg(s)},
                   {QStringLiteral("panel"), QString::number(panel)}};
        q.samples.reserve(points);
        quint32 x = quint32(panel * 97 + s * 13 + variant * 7919 + 1);
        double v = 0.1 + 0.05 * s;
        for (int i = 0; i < points; ++i) {
            x = x * 1664525u + 1013904223u; // a cheap deterministic random walk
            v += (double(x >> 8) / double(1u << 24) - 0.5) * 0.004;
            v = std::clamp(v, 0.0, 2.0);
            q.samples.push_back({start + (i + variant) * step, v});
        }
        out.append(std::move(q));
    }
    return out;
}

// CPU time of this thread: on a shared machine wall time also counts other processes' turns.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Stats
{
    double median;
    double min;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return {median, v.front()};
}

struct Result
{
    Stats update;
    Stats render;
    Stats total;
    Stats cpu;
    int columns = 0;
    int points = 0;
};

// Refreshes every panel `runs` times (after a warm-up) and times each refresh.
Result measure(QWidget &window, const QList<TimeSeriesChart *> &charts,
               const std::vector<QList<QuerySeries>> (&data)[2], int runs)
{
    std::vector<double> total;
    std::vector<double> totalCpu;
    std::vector<double> update;
    std::vector<double> render;
    const int warmup = 3;
    for (int run = 0; run < warmup + runs; ++run) {
        const auto &set = data[run % 2];
        QElapsedTimer timer;
        const double cpu0 = threadCpuMs();
        timer.start();
        for (qsizetype p = 0; p < charts.size(); ++p) {
            charts[p]->setSeries(set[size_t(p)], QStringLiteral("{{endpoint}}"));
            charts[p]->refreshNow();
        }
        const qint64 updated = timer.nsecsElapsed();
        const QPixmap shot = window.grab();
        const qint64 rendered = timer.nsecsElapsed();
        const double cpu = threadCpuMs() - cpu0;
        if (shot.isNull())
            std::exit(1);
        if (run >= warmup) {
            update.push_back(double(updated) / 1e6);
            render.push_back(double(rendered - updated) / 1e6);
            total.push_back(double(rendered) / 1e6);
            totalCpu.push_back(cpu);
        }
        QCoreApplication::processEvents(); // let layout work settle, as an event loop would
    }
    Result r{stats(update), stats(render), stats(total), stats(totalCpu), 0, 0};
    r.columns = charts[0]->plotColumns();
    for (TimeSeriesChart *c : charts)
        for (int s = 0; s < c->seriesCount(); ++s)
            r.points += c->pointCount(s);
    return r;
}

void print(const char *title, const Result &r)
{
    std::printf("%s\n", title);
    std::printf("  plot columns per panel: %d, points drawn after decimation: %d (of %d)\n",
                r.columns, r.points, panels * seriesPerPanel * points);
    std::printf("  set data + decimate + replace: median %6.2f ms, min %6.2f ms\n", r.update.median,
                r.update.min);
    std::printf("  render (grab):                 median %6.2f ms, min %6.2f ms\n", r.render.median,
                r.render.min);
    std::printf("  full dashboard refresh:        median %6.2f ms, min %6.2f ms  (target <= 16)\n",
                r.total.median, r.total.min);
    std::printf("  same, CPU time of this thread: median %6.2f ms, min %6.2f ms\n", r.cpu.median,
                r.cpu.min);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 20;

    // Two data sets one step apart, so consecutive refreshes change every line and, like a live
    // dashboard showing the last 24 h, move the time axis.
    std::vector<QList<QuerySeries>> data[2];
    for (int variant = 0; variant < 2; ++variant)
        for (int p = 0; p < panels; ++p)
            data[variant].push_back(panelData(p, variant));

    QWidget window;
    auto *grid = new QGridLayout(&window);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(4);
    QList<TimeSeriesChart *> charts;
    for (int p = 0; p < panels; ++p) {
        auto *c = new TimeSeriesChart;
        c->setTitle(QStringLiteral("Panel %1: response time").arg(p + 1));
        c->setUnit(Unit::Seconds);
        c->setThresholds(
            {{0.5, HealthStatus::Degraded, {}, {}}, {1.0, HealthStatus::Unhealthy, {}, {}}});
        grid->addWidget(c, p / 4, p % 4);
        charts.append(c);
    }
    window.resize(1920, 1080);
    window.show();
    QCoreApplication::processEvents();

    std::printf("bench_chart: %d panels x %d series x %d points (24 h of 15 s samples), one "
                "1920x1080 window, offscreen, %d runs each\n",
                panels, seriesPerPanel, points, runs);
    print("desktop theme, time window moving with each refresh:",
          measure(window, charts, data, runs));

    // A zoomed or paused view: new values, same time range, so the axes stay as they are.
    for (TimeSeriesChart *c : charts)
        c->setTimeRange(start, start + (points - 1) * step);
    print("desktop theme, time window fixed:", measure(window, charts, data, runs));
    for (TimeSeriesChart *c : charts)
        c->clearTimeRange();

    ThemeManager::instance()->setVariant(Theme::Variant::Wall);
    print("wall theme (3 px lines, large type), time window moving:",
          measure(window, charts, data, runs));
    return 0;
}
