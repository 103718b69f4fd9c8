#include "models/sources/healthdecoder.h"

#include <QTest>

using namespace Wk;

namespace {

QByteArray guideBody(const QString &dbStatus, int dbMs, const QString &redisStatus, int redisMs)
{
    return QStringLiteral(R"({
  "success": true,
  "data": {
    "overall": "healthy",
    "checks": [
      {"name": "database", "status": "%1", "message": "Database is healthy. Query time: %2ms",
       "duration": %2, "timestamp": "2024-01-15T10:30:00Z"},
      {"name": "redis", "status": "%3", "message": "Redis is healthy. Operation time: %4ms",
       "duration": %4, "timestamp": "2024-01-15T10:30:00Z"},
      {"name": "external_apis", "status": "degraded", "message": "2/3 external APIs are healthy",
       "duration": 1250, "timestamp": "2024-01-15T10:30:00Z"}
    ],
    "timestamp": "2024-01-15T10:30:00Z",
    "version": "1.0.0",
    "uptime": 86400000,
    "environment": "production"
  }
})")
        .arg(dbStatus)
        .arg(dbMs)
        .arg(redisStatus)
        .arg(redisMs)
        .toUtf8();
}

} // namespace

class TestHealthDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guideExample()
    {
        HealthDecoder d;
        auto r = d.decode(guideBody(QStringLiteral("healthy"), 45, QStringLiteral("healthy"), 12));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const HealthReport &h = r.value();
        QCOMPARE(h.checks.size(), 3);
        QCOMPARE(h.checks[0].name, QStringLiteral("database"));
        QCOMPARE(h.checks[0].durationMs, 45.0);
        QCOMPARE(h.checks[0].status, HealthStatus::Healthy);
        QCOMPARE(h.checks[2].status, HealthStatus::Degraded); // 1 of 3 failing
        QCOMPARE(h.reportedOverall, HealthStatus::Healthy);
        QCOMPARE(h.overall, HealthStatus::Degraded); // the worst check, not the reported word
        QCOMPARE(h.version, QStringLiteral("1.0.0"));
        QCOMPARE(h.uptimeMs, 86400000);
        QCOMPARE(h.environment, QStringLiteral("production"));
        QCOMPARE(h.timestamp, QDateTime(QDate(2024, 1, 15), QTime(10, 30), Qt::UTC));
    }

    // The guide's thresholds, at and around each boundary.
    void thresholds_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("expected");
        const int H = int(HealthStatus::Healthy), D = int(HealthStatus::Degraded),
                  U = int(HealthStatus::Unhealthy);
        QTest::newRow("db 45ms") << "database" << 45.0 << H;
        QTest::newRow("db 199ms") << "database" << 199.0 << H;
        QTest::newRow("db 200ms") << "database" << 200.0 << D;
        QTest::newRow("db 1000ms") << "database" << 1000.0 << D;
        QTest::newRow("db 1001ms") << "database" << 1001.0 << U;
        QTest::newRow("redis 99ms") << "redis" << 99.0 << H;
        QTest::newRow("redis 100ms") << "redis" << 100.0 << D;
        QTest::newRow("redis 500ms") << "redis" << 500.0 << D;
        QTest::newRow("redis 501ms") << "redis" << 501.0 << U;
        QTest::newRow("apis 0 failing") << "apis" << 0.0 << H;
        QTest::newRow("apis 1 failing") << "apis" << 1.0 << D;
        QTest::newRow("apis 2 failing") << "apis" << 2.0 << D;
        QTest::newRow("apis 3 failing") << "apis" << 3.0 << U;
        QTest::newRow("usage 79%") << "usage" << 0.79 << H;
        QTest::newRow("usage 80%") << "usage" << 0.80 << D;
        QTest::newRow("usage 90%") << "usage" << 0.90 << D;
        QTest::newRow("usage 91%") << "usage" << 0.91 << U;
    }
    void thresholds()
    {
        QFETCH(QString, check);
        QFETCH(double, value);
        QFETCH(int, expected);
        HealthDecoder d;
        HealthStatus s;
        if (check == u"apis")
            s = d.statusForFailingApis(int(value));
        else if (check == u"usage")
            s = d.statusForUsage(value);
        else
            s = d.statusForDuration(check, value);
        QCOMPARE(int(s), expected);
    }

    // The derived status wins over the reported word when a measurement is present, but a
    // check is never shown healthier than the service reports it.
    void derivation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("expected");
        QTest::newRow("slow db reported healthy")
            << guideBody(QStringLiteral("healthy"), 1450, QStringLiteral("healthy"), 12)
            << "database" << int(HealthStatus::Unhealthy);
        QTest::newRow("db down with short duration")
            << guideBody(QStringLiteral("unhealthy"), 3, QStringLiteral("healthy"), 12)
            << "database" << int(HealthStatus::Unhealthy);
        QTest::newRow("redis 300ms reported healthy")
            << guideBody(QStringLiteral("healthy"), 45, QStringLiteral("healthy"), 300) << "redis"
            << int(HealthStatus::Degraded);
        QTest::newRow("detailed apis array, 3 down")
            << QByteArray(R"({"success":true,"data":{"overall":"healthy","checks":[
                {"name":"external_apis","status":"healthy","message":"","duration":10,
                 "apis":[{"name":"Telnyx","status":"unhealthy"},{"name":"Retell AI","status":"unhealthy"},
                         {"name":"Google Calendar","status":"unhealthy"},{"name":"Supabase","status":"healthy"}]}]}})")
            << "external_apis" << int(HealthStatus::Unhealthy);
        QTest::newRow("resources percent in details")
            << QByteArray(R"({"success":true,"data":{"overall":"healthy","checks":[
                {"name":"system_resources","status":"healthy","message":"ok",
                 "details":{"cpu_usage":40.0,"memory_usage":92.5,"disk_usage":45}}]}})")
            << "system_resources" << int(HealthStatus::Unhealthy);
        QTest::newRow("resources ratio flat")
            << QByteArray(R"({"success":true,"data":{"overall":"healthy","checks":[
                {"name":"system_resources","status":"healthy","message":"ok",
                 "cpu_usage":0.85}]}})")
            << "system_resources" << int(HealthStatus::Degraded);
        QTest::newRow("unknown check keeps reported")
            << QByteArray(R"({"success":true,"data":{"overall":"healthy","checks":[
                {"name":"queue","status":"degraded","message":"lagging","duration":5}]}})")
            << "queue" << int(HealthStatus::Degraded);
    }
    void derivation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, check);
        QFETCH(int, expected);
        auto r = HealthDecoder().decode(body);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        for (const HealthCheck &c : r.value().checks) {
            if (c.name == check) {
                QCOMPARE(int(c.status), expected);
                QCOMPARE(int(r.value().overall), expected);
                return;
            }
        }
        QFAIL("check not found");
    }

    // Every bad body gives a message that says what and where.
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>")
                                  << "line 1, column 1: invalid response: illegal value";
        QTest::newRow("truncated")
            << guideBody(QStringLiteral("healthy"), 45, QStringLiteral("healthy"), 12).left(120)
            << "invalid response:";
        QTest::newRow("truncated position")
            << QByteArray("{\n  \"success\": true,\n  \"data\": {\"overall\": \"heal")
            << "line 3, column";
        QTest::newRow("empty") << QByteArray("") << "invalid response:";
        QTest::newRow("array at top") << QByteArray("[1,2]") << "expected a JSON object";
        QTest::newRow("data not object") << QByteArray(R"({"success":true,"data":"ok"})")
                                         << "\"data\" is a string, expected an object";
        QTest::newRow("checks missing")
            << QByteArray(R"({"success":true,"data":{"overall":"healthy"}})")
            << "\"data.checks\" is missing, expected an array";
        QTest::newRow("check not object") << QByteArray(R"({"success":true,"data":{"checks":[3]}})")
                                          << "data.checks[0] is a number, expected an object";
        QTest::newRow("check without name")
            << QByteArray(R"({"success":true,"data":{"checks":[{"status":"healthy"}]}})")
            << "data.checks[0].name is missing";
        QTest::newRow("status wrong type")
            << QByteArray(R"({"success":true,"data":{"checks":[{"name":"db","status":1}]}})")
            << "data.checks[0].status is a number";
        QTest::newRow("status unknown word")
            << QByteArray(R"({"success":true,"data":{"checks":[{"name":"db","status":"meh"}]}})")
            << "\"meh\" is not healthy, degraded or unhealthy";
        QTest::newRow("duration string")
            << QByteArray(
                   R"({"success":true,"data":{"checks":[{"name":"db","status":"healthy","duration":"45ms"}]}})")
            << "data.checks[0].duration is a string, expected a number";
        QTest::newRow("success false") << QByteArray(R"({"success":false,"error":"maintenance"})")
                                       << "success=false: maintenance";
    }
    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        auto r = HealthDecoder().decode(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(message), qPrintable(r.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestHealthDecoder)
#include "tst_healthdecoder.moc"
