#include "rawhttpserver.h"

#include "models/core/clock.h"
#include "models/metrics/seriesstore.h"
#include "models/sources/collector.h"
#include "models/sources/healthmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Wk;

namespace {

const QByteArray HealthBody = R"({"success":true,"data":{"overall":"healthy","checks":[
  {"name":"database","status":"healthy","message":"Query time: 45ms","duration":45},
  {"name":"redis","status":"healthy","message":"Operation time: 12ms","duration":12}],
  "version":"1.0.0","environment":"test"}})";

const QByteArray MetricsBody = "# TYPE http_requests_total counter\n"
                               "http_requests_total{endpoint=\"/api/leads\",job=\"app\"} 10\n"
                               "# TYPE system_cpu_usage_ratio gauge\n"
                               "system_cpu_usage_ratio 0.42\n";

double latest(SeriesStore &store, const QString &text)
{
    LabelMatchers ms;
    for (const QString &part : text.split(u',')) {
        ms.append(LabelMatcher::parse(part));
    }
    const auto ids = store.select(ms);
    if (ids.size() != 1)
        return -1000 - ids.size();
    auto s = store.latest(ids.first());
    return s ? s->v : -1;
}

} // namespace

class TestCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pollsWritesAndSchedulesOnTheClock()
    {
        RawHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.responses["/api/health"] = RawHttpServer::ok(HealthBody);
        server.responses["/metrics"] =
            RawHttpServer::ok(MetricsBody, "text/plain; version=0.0.4; charset=utf-8");

        ManualClock clock(1'000'000);
        SeriesStore store;
        HealthModel health;
        Collector collector(&clock, &store, &health);
        TargetConfig h;
        h.name = QStringLiteral("svc-health");
        h.kind = TargetConfig::Kind::Health;
        h.url = server.url("/api/health");
        h.intervalMs = 30'000;
        TargetConfig m;
        m.name = QStringLiteral("svc");
        m.kind = TargetConfig::Kind::Metrics;
        m.url = server.url("/metrics");
        m.intervalMs = 15'000;
        collector.setTargets({h, m});
        QSignalSpy first(&collector, &Collector::firstRoundDone);
        collector.start();
        QVERIFY(first.wait(5000));

        const QString inst = h.instance();
        QCOMPARE(latest(store, QStringLiteral("__name__=up,job=svc-health")), 1.0);
        QCOMPARE(latest(store, QStringLiteral("__name__=up,job=svc")), 1.0);
        QCOMPARE(latest(store, QStringLiteral("__name__=watchkeeper_health_status,check=database")),
                 0.0);
        QCOMPARE(
            latest(store, QStringLiteral(
                              "__name__=watchkeeper_health_check_duration_seconds,check=redis")),
            0.012);
        // The page's own job label is kept as exported_job; the target's job wins.
        QCOMPARE(
            latest(store, QStringLiteral("__name__=http_requests_total,job=svc,exported_job=app,"
                                         "instance=") +
                              inst),
            10.0);
        QCOMPARE(latest(store, QStringLiteral("__name__=system_cpu_usage_ratio")), 0.42);
        QCOMPARE(latest(store, QStringLiteral("__name__=watchkeeper_scrape_samples")), 2.0);
        QCOMPARE(health.status(QStringLiteral("svc-health"), QStringLiteral("redis")),
                 HealthStatus::Healthy);

        // Nothing more happens until the clock says so; then only the due target polls.
        const int before = server.requests;
        QSignalSpy polled(&collector, &Collector::targetPolled);
        clock.advance(14'999);
        QCOMPARE(server.requests, before);
        clock.advance(1);
        QVERIFY(polled.wait(5000));
        QCOMPARE(polled.first().first().toInt(), 1); // the metrics target, every 15 s
        QCOMPARE(server.requests, before + 1);

        // The health endpoint breaks: up goes to 0, the grid says why, checks go stale.
        server.responses["/api/health"] = "HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n<html/>";
        polled.clear();
        clock.advance(15'000); // t+30 s: both targets due
        QTRY_COMPARE_WITH_TIMEOUT(polled.size(), 2, 5000);
        QCOMPARE(latest(store, QStringLiteral("__name__=up,job=svc-health")), 0.0);
        QCOMPARE(latest(store, QStringLiteral("__name__=watchkeeper_health_status,check=overall")),
                 2.0);
        QVERIFY(isStaleNaN(
            latest(store, QStringLiteral("__name__=watchkeeper_health_status,check=database"))));
        QCOMPARE(health.status(QStringLiteral("svc-health"), QStringLiteral("overall")),
                 HealthStatus::Unhealthy);
        const auto &state = collector.targets().at(0);
        QVERIFY(!state.ok);
        QVERIFY2(state.error.startsWith(u"line 1, column 1: invalid response:"),
                 qPrintable(state.error));
        QCOMPARE(state.consecutiveFailures, 1);
    }

    void badMetricsPageIsAFailedScrape()
    {
        RawHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.responses["/metrics"] = RawHttpServer::ok("metric_without_value\n", "text/plain");
        ManualClock clock;
        SeriesStore store;
        Collector collector(&clock, &store, nullptr);
        TargetConfig m;
        m.name = QStringLiteral("svc");
        m.kind = TargetConfig::Kind::Metrics;
        m.url = server.url("/metrics");
        collector.setTargets({m});
        QSignalSpy first(&collector, &Collector::firstRoundDone);
        collector.start();
        QVERIFY(first.wait(5000));
        const auto &state = collector.targets().at(0);
        QVERIFY(!state.ok);
        QVERIFY2(state.error.startsWith(u"invalid response: line 1, column"),
                 qPrintable(state.error));
        QCOMPARE(latest(store, QStringLiteral("__name__=up")), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
