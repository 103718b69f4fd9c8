// Renders each widget in the desktop and the wall theme to PNG files, for looking at them:
//   widgets_gallery [DIR]        (default /tmp; files are named widgets-<what>-<theme>.png)
#include "models/core/clock.h"
#include "models/sources/healthstatus.h"
#include "widgets/barchartwidget.h"
#include "widgets/funnelwidget.h"
#include "widgets/gaugewidget.h"
#include "widgets/stattile.h"
#include "widgets/statusgridview.h"
#include "widgets/thememanager.h"
#include "widgets/timeserieschart.h"

#include <QApplication>
#include <QDir>
#include <QGridLayout>
#include <QStandardItemModel>
#include <QTest>

#include <cmath>

using namespace Wk;

namespace {

constexpr qint64 start = 1'700'000'000'000;
constexpr qint64 step = 15'000;

QuerySeries series(const QString &endpoint, double base, double amp, int phase, int n = 5760)
{
    QuerySeries s;
    s.labels = Labels{{QStringLiteral("endpoint"), endpoint}};
    for (int i = 0; i < n; ++i)
        s.samples.push_back({start + i * step, base + amp * std::sin((i + phase) / 400.0) +
                                                   amp * 0.15 * std::sin(i * 2.3)});
    return s;
}

QList<QuerySeries> latency()
{
    return {series(QStringLiteral("/api/health"), 0.06, 0.02, 0),
            series(QStringLiteral("/api/auth/login"), 0.15, 0.05, 700),
            series(QStringLiteral("/api/leads"), 0.25, 0.08, 1400),
            series(QStringLiteral("/api/calls/webhook"), 0.38, 0.1, 2100)};
}

void save(QWidget *w, const QString &dir, const QString &what)
{
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        qWarning("window not exposed");
    for (auto *chart : w->findChildren<TimeSeriesChart *>())
        chart->refreshNow();
    if (auto *chart = qobject_cast<TimeSeriesChart *>(w))
        chart->refreshNow();
    QCoreApplication::processEvents();
    const QString file = QDir(dir).filePath(
        QStringLiteral("widgets-%1-%2.png").arg(what, ThemeManager::current().name));
    if (!w->grab().save(file))
        qWarning("cannot write %s", qPrintable(file));
    else
        qInfo("%s", qPrintable(file));
}

void addCheck(QStandardItemModel &m, const QString &target, const QString &check, HealthStatus s,
              const QString &message, double ms, qint64 updated, const QString &error = {})
{
    auto *item = new QStandardItem;
    item->setData(target, HealthRoles::Target);
    item->setData(check, HealthRoles::Check);
    item->setData(int(s), HealthRoles::Status);
    item->setData(healthStatusText(s), HealthRoles::StatusText);
    item->setData(message, HealthRoles::Message);
    item->setData(ms, HealthRoles::DurationMs);
    item->setData(updated, HealthRoles::UpdatedMs);
    item->setData(error, HealthRoles::Error);
    m.appendRow(item);
}

void render(const QString &dir, bool wall)
{
    const QSize chartSize = wall ? QSize(1400, 700) : QSize(800, 400);
    {
        TimeSeriesChart c;
        c.resize(chartSize);
        c.setTitle(QStringLiteral("API response time (p95)"));
        c.setUnit(Unit::Seconds);
        c.setSeries(latency(), QStringLiteral("{{endpoint}}"));
        c.setThresholds(
            {{0.5, HealthStatus::Degraded, {}, {}}, {1.0, HealthStatus::Unhealthy, {}, {}}});
        c.setTarget(0.2);
        save(&c, dir, QStringLiteral("chart"));
    }
    {
        TimeSeriesChart c;
        c.resize(chartSize);
        c.setTitle(QStringLiteral("Error rate"));
        c.setUnit(Unit::PercentRatio);
        QList<QuerySeries> s{series(QStringLiteral("5xx"), 0.004, 0.003, 0),
                             series(QStringLiteral("4xx"), 0.012, 0.006, 900)};
        for (int i = 2000; i < 2300; ++i)
            s[0].samples[size_t(i)].v = staleNaN();
        s[1].samples.erase(s[1].samples.begin() + 3500, s[1].samples.begin() + 3700);
        c.setSeries(s, QStringLiteral("{{endpoint}}"));
        c.setThresholds({{0.01, HealthStatus::Degraded, {}, QStringLiteral("1 % warning")},
                         {0.05, HealthStatus::Unhealthy, {}, QStringLiteral("5 % critical")}});
        c.setRefreshIntervalMs(60'000);
        c.setDataAgeMs(190'000);
        save(&c, dir, QStringLiteral("chart-stale-gaps"));
    }
    {
        TimeSeriesChart c;
        c.resize(chartSize / 2);
        c.setTitle(QStringLiteral("Revenue"));
        c.setUnit(Unit::Usd);
        c.setSeries({});
        save(&c, dir, QStringLiteral("chart-nodata"));
    }
    {
        QWidget page;
        auto *grid = new QGridLayout(&page);
        auto *uptime = new StatTile;
        uptime->setTitle(QStringLiteral("Uptime (30 d)"));
        uptime->setUnit(Unit::PercentRatio);
        uptime->setThresholds(
            {{0.999, HealthStatus::Degraded, {}, {}}, {0.99, HealthStatus::Unhealthy, {}, {}}},
            ThresholdDirection::LowerIsWorse);
        uptime->setValue(0.99953);
        uptime->setCaption(QStringLiteral("target 99.9 %"));
        auto *rps = new StatTile;
        rps->setTitle(QStringLiteral("Requests"));
        rps->setUnit(Unit::RequestsPerSecond);
        std::vector<Sample> r;
        for (int i = 0; i < 500; ++i)
            r.push_back({start + i * step, 120 + 40 * std::sin(i / 40.0) + i * 0.05});
        rps->setSeries(r);
        auto *errors = new StatTile;
        errors->setTitle(QStringLiteral("Error rate"));
        errors->setUnit(Unit::PercentRatio);
        errors->setThresholds(
            {{0.01, HealthStatus::Degraded, {}, {}}, {0.05, HealthStatus::Unhealthy, {}, {}}});
        std::vector<Sample> e;
        for (int i = 0; i < 500; ++i)
            e.push_back({start + i * step, 0.02 + 0.05 * std::max(0.0, std::sin(i / 30.0))});
        errors->setSeries(e);
        auto *revenue = new StatTile;
        revenue->setTitle(QStringLiteral("Revenue today"));
        revenue->setUnit(Unit::Usd);
        revenue->setValue(12345.67);
        revenue->setStale(true, 16 * 60'000);
        auto *cpu = new GaugeWidget;
        cpu->setTitle(QStringLiteral("CPU"));
        cpu->setThresholds(
            {{0.8, HealthStatus::Degraded, {}, {}}, {0.9, HealthStatus::Unhealthy, {}, {}}});
        cpu->setValue(0.42);
        auto *disk = new GaugeWidget;
        disk->setTitle(QStringLiteral("Disk"));
        disk->setThresholds(
            {{0.8, HealthStatus::Degraded, {}, {}}, {0.9, HealthStatus::Unhealthy, {}, {}}});
        disk->setValue(0.86);
        auto *bars = new BarChartWidget;
        bars->setTitle(QStringLiteral("Errors by endpoint (1 h)"));
        bars->setUnit(Unit::Count);
        bars->setBars({{QStringLiteral("/api/auth/login"), 48},
                       {QStringLiteral("/api/leads"), 7},
                       {QStringLiteral("/api/calls/webhook"), 112},
                       {QStringLiteral("/api/health"), 0},
                       {QStringLiteral("/api/appointments"), 23}});
        bars->setThresholds(
            {{20, HealthStatus::Degraded, {}, {}}, {100, HealthStatus::Unhealthy, {}, {}}});
        bars->setSortDescending(true);
        auto *funnel = new FunnelWidget;
        funnel->setTitle(QStringLiteral("Lead conversion (7 d)"));
        funnel->setStages({{QStringLiteral("Calls"), 1840},
                           {QStringLiteral("Leads"), 702},
                           {QStringLiteral("Appointments"), 233},
                           {QStringLiteral("Customers"), 61}});
        grid->addWidget(uptime, 0, 0);
        grid->addWidget(rps, 0, 1);
        grid->addWidget(errors, 0, 2);
        grid->addWidget(revenue, 0, 3);
        grid->addWidget(cpu, 1, 0);
        grid->addWidget(disk, 1, 1);
        grid->addWidget(bars, 1, 2);
        grid->addWidget(funnel, 1, 3);
        QPalette pal = page.palette();
        pal.setColor(QPalette::Window, ThemeManager::current().window);
        page.setPalette(pal);
        page.setAutoFillBackground(true);
        page.resize(wall ? QSize(1900, 1000) : QSize(1100, 520));
        save(&page, dir, QStringLiteral("tiles"));
    }
    {
        ManualClock clock(start);
        QStandardItemModel model;
        addCheck(model, QStringLiteral("cloudgreet-api"), QStringLiteral("database"),
                 HealthStatus::Healthy, QStringLiteral("query 12 ms, write ok"), 45,
                 start - 12'000);
        addCheck(model, QStringLiteral("cloudgreet-api"), QStringLiteral("redis"),
                 HealthStatus::Degraded, QStringLiteral("SET/GET 320 ms"), 320, start - 4'000);
        addCheck(model, QStringLiteral("cloudgreet-api"), QStringLiteral("external APIs"),
                 HealthStatus::Unhealthy,
                 QStringLiteral("Telnyx, Retell AI and Google Calendar failing"), 1830,
                 start - 2'000);
        addCheck(model, QStringLiteral("cloudgreet-api"), QStringLiteral("system"),
                 HealthStatus::Healthy, QStringLiteral("CPU 42 %, memory 61 %, disk 70 %"), 3,
                 start - 1'000);
        addCheck(model, QStringLiteral("cloudgreet-web"), QStringLiteral("overall"),
                 HealthStatus::Unknown, {}, -1, start - 400'000,
                 QStringLiteral("connection refused (127.0.0.1:8443)"));
        addCheck(model, QStringLiteral("cloudgreet-sales"), QStringLiteral("overall"),
                 HealthStatus::Healthy, QStringLiteral("all checks passed"), 88, start - 30'000);
        StatusGridView view;
        view.setClock(&clock);
        view.setStaleAfterMs(300'000);
        view.setModel(&model);
        view.resize(wall ? QSize(1900, 700) : QSize(1000, 300));
        save(&view, dir, QStringLiteral("statusgrid"));
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp");
    for (Theme::Variant v : {Theme::Variant::Desktop, Theme::Variant::Wall}) {
        ThemeManager::instance()->setVariant(v);
        app.setPalette(ThemeManager::current().palette());
        render(dir, v == Theme::Variant::Wall);
    }
    return 0;
}
