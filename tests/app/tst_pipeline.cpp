#include "app/sim/simulator.h"
#include "app/sim/simulatorserver.h"

#include "models/config/workspace.h"
#include "models/core/clock.h"
#include "models/metrics/seriesstore.h"
#include "models/sources/collector.h"
#include "models/sources/healthmodel.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Wk;

// watchkeeper-sim on a free port, polled through scheduler -> HTTP -> decoder -> store.
class TestPipeline : public QObject
{
    Q_OBJECT
private:
    void postFaults(const QUrl &base, const QByteArray &method, const QByteArray &body)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(base.resolved(QUrl(QStringLiteral("/sim/faults"))));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    double latest(const SeriesStore &store, const LabelMatchers &ms)
    {
        const auto ids = store.select(ms);
        if (ids.size() != 1)
            return -1;
        return store.latest(ids.first())->v;
    }

private Q_SLOTS:
    void simulatorThroughThePipeline()
    {
        SystemClock clock;
        Simulator sim(7, &clock);
        SimulatorServer server(&sim);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));

        SeriesStore store;
        HealthModel health;
        Collector collector(&clock, &store, &health);
        const Workspace ws = demoWorkspace(base, {});
        collector.setTargets(ws.targets);
        QSignalSpy first(&collector, &Collector::firstRoundDone);
        collector.start();
        QVERIFY(first.wait(10000));

        for (const TargetState &t : collector.targets())
            QVERIFY2(t.ok, qPrintable(t.config.name + QStringLiteral(": ") + t.error));
        const QString healthJob = ws.targets[0].name;
        QCOMPARE(health.status(healthJob, QStringLiteral("database")), HealthStatus::Healthy);
        QVERIFY(health.rowCount() >= 5); // overall + database, redis, external_apis, resources
        // The scrape brought every family of the metrics contract.
        const auto families = [&](const char *name) {
            return store
                .select({LabelMatcher(QStringLiteral("__name__"), LabelMatcher::Op::Equal,
                                      QString::fromLatin1(name))})
                .size();
        };
        QVERIFY(families("http_requests_total") > 10);
        QVERIFY(families("http_request_duration_seconds_bucket") > 50);
        QCOMPARE(families("customer_satisfaction_score"), 1);
        QCOMPARE(families("build_info"), 1);
        QVERIFY(collector.targets()[1].samples > 300);

        // A database outage turns the check unhealthy on the next poll, and back after.
        postFaults(base, "POST", R"({"database":"down"})");
        QSignalSpy polled(&collector, &Collector::targetPolled);
        collector.pollNow(0);
        QVERIFY(polled.wait(10000));
        QCOMPARE(health.status(healthJob, QStringLiteral("database")), HealthStatus::Unhealthy);
        QCOMPARE(health.status(healthJob, QStringLiteral("overall")), HealthStatus::Unhealthy);
        QCOMPARE(latest(store,
                        {LabelMatcher::parse(QStringLiteral("__name__=watchkeeper_health_status")),
                         LabelMatcher::parse(QStringLiteral("check=database"))}),
                 2.0);

        postFaults(base, "DELETE", {});
        polled.clear();
        collector.pollNow(0);
        QVERIFY(polled.wait(10000));
        QCOMPARE(health.status(healthJob, QStringLiteral("database")), HealthStatus::Healthy);
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
