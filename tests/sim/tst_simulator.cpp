#include "app/sim/servicehealth.h"
#include "app/sim/simulator.h"

#include "models/core/clock.h"
#include "models/metrics/expositionparser.h"
#include "models/sources/healthdecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <thread>

using namespace Wk;

namespace {

using Samples = QList<QPair<Labels, double>>;
using Filter = std::function<bool(const Labels &)>;

// Wednesday 2024-01-17T00:00:00Z.
constexpr qint64 T0 = 1'705'449'600'000;
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

bool notHealth(const Labels &l)
{
    return l.value(u"endpoint") != u"/api/health";
}

double total(const Samples &samples, const QString &name, const Filter &filter = {})
{
    double sum = 0;
    for (const auto &[labels, value] : samples) {
        if (labels.metricName() == name && (!filter || filter(labels)))
            sum += value;
    }
    return sum;
}

double increase(const Simulator &sim, const QString &name, qint64 from, qint64 to,
                const Filter &filter = {})
{
    return total(sim.samplesAt(to), name, filter) - total(sim.samplesAt(from), name, filter);
}

bool is5xx(const Labels &l)
{
    return notHealth(l) && l.value(u"status_code").startsWith(u'5');
}

double errorShare(const Simulator &sim, qint64 from, qint64 to)
{
    return increase(sim, QStringLiteral("http_requests_total"), from, to, is5xx) /
           increase(sim, QStringLiteral("http_requests_total"), from, to, notHealth);
}

double mean(const Simulator &sim, const QString &histogram, qint64 from, qint64 to,
            const Filter &filter = {})
{
    return increase(sim, histogram + QStringLiteral("_sum"), from, to, filter) /
           increase(sim, histogram + QStringLiteral("_count"), from, to, filter);
}

// histogram_quantile over the bucket increases between two times, as Prometheus computes it.
double quantile(double q, const Simulator &sim, const QString &histogram, qint64 from, qint64 to,
                const Filter &filter = {})
{
    std::map<double, double> buckets;
    const QString name = histogram + QStringLiteral("_bucket");
    const Samples a = sim.samplesAt(from);
    const Samples b = sim.samplesAt(to);
    for (const Samples *s : {&b, &a}) {
        for (const auto &[labels, value] : *s) {
            if (labels.metricName() != name || (filter && !filter(labels)))
                continue;
            const QString le = labels.value(u"le");
            const double bound = le == u"+Inf" ? qInf() : le.toDouble();
            buckets[bound] += s == &b ? value : -value;
        }
    }
    const double count = buckets.rbegin()->second;
    const double rank = q * count;
    double lower = 0;
    double below = 0;
    for (const auto &[bound, cumulative] : buckets) {
        if (cumulative >= rank) {
            if (std::isinf(bound))
                return lower;
            return lower + (bound - lower) * (rank - below) / (cumulative - below);
        }
        lower = bound;
        below = cumulative;
    }
    return lower;
}

double gauge(const Simulator &sim, qint64 t, const QString &name, const Filter &filter = {})
{
    return total(sim.samplesAt(t), name, filter);
}

QJsonObject checkNamed(const QJsonObject &health, const QString &name)
{
    for (const QJsonValue &v : health.value(u"data").toObject().value(u"checks").toArray()) {
        if (v.toObject().value(u"name").toString() == name)
            return v.toObject();
    }
    return {};
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.begin(), k.end());
}

// The histogram a _bucket or _count series belongs to: its labels without le, with the suffix
// (of the given length) taken off the name.
QString familyKey(const Labels &l, int suffix)
{
    QString key = l.metricName().chopped(suffix);
    for (const Label &label : l) {
        if (label.name != u"le" && label.name != u"__name__")
            key += u' ' + label.name + u'=' + label.value;
    }
    return key;
}

bool isCounterName(const QString &name)
{
    return name.endsWith(u"_total") || name.endsWith(u"_bucket") || name.endsWith(u"_count") ||
           name.endsWith(u"_sum");
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthShape_data()
    {
        QTest::addColumn<bool>("detailed");
        QTest::newRow("summary") << false;
        QTest::newRow("detailed") << true;
    }
    void healthShape()
    {
        QFETCH(bool, detailed);
        ManualClock clock(T0 + 10 * Hour + 30 * Minute);
        Simulator sim(42, &clock);
        clock.advance(Day);
        const QJsonObject h = sim.health(clock.nowMs(), detailed);
        QCOMPARE(keysOf(h), (QSet<QString>{"success", "data"}));
        QCOMPARE(h.value(u"success"), QJsonValue(true));
        const QJsonObject data = h.value(u"data").toObject();
        QCOMPARE(keysOf(data), (QSet<QString>{"overall", "checks", "timestamp", "version", "uptime",
                                              "environment"}));
        QCOMPARE(data.value(u"overall").toString(), QStringLiteral("healthy"));
        QCOMPARE(data.value(u"timestamp").toString(), QStringLiteral("2024-01-18T10:30:00Z"));
        QCOMPARE(data.value(u"version").toString(), QStringLiteral("1.0.0"));
        QVERIFY(data.value(u"uptime").isDouble());
        QCOMPARE(data.value(u"uptime").toInteger(), Day);
        QCOMPARE(data.value(u"environment").toString(), QStringLiteral("production"));
        const QJsonArray checks = data.value(u"checks").toArray();
        QStringList names;
        QSet<QString> expectedKeys{"name", "status", "message", "duration", "timestamp"};
        if (detailed)
            expectedKeys.insert(QStringLiteral("details"));
        for (const QJsonValue &v : checks) {
            QVERIFY(v.isObject());
            const QJsonObject c = v.toObject();
            QCOMPARE(keysOf(c), expectedKeys);
            names << c.value(u"name").toString();
            QVERIFY(c.value(u"status").isString());
            QVERIFY(c.value(u"message").isString());
            QVERIFY(c.value(u"duration").isDouble());
            const double d = c.value(u"duration").toDouble();
            QCOMPARE(d, std::floor(d)); // whole milliseconds
            QVERIFY(d >= 0);
            QCOMPARE(c.value(u"timestamp").toString(), QStringLiteral("2024-01-18T10:30:00Z"));
            if (detailed)
                QVERIFY(c.value(u"details").isObject());
        }
        QCOMPARE(names, (QStringList{"database", "redis", "external_apis", "system_resources"}));
        if (!detailed)
            return;
        const QJsonObject apis = checkNamed(h, QStringLiteral("external_apis"));
        const QJsonArray list = apis.value(u"details").toObject().value(u"apis").toArray();
        QStringList apiNames;
        for (const QJsonValue &v : list) {
            const QJsonObject a = v.toObject();
            QCOMPARE(keysOf(a), (QSet<QString>{"name", "status", "duration"}));
            QCOMPARE(a.value(u"status").toString(), QStringLiteral("healthy"));
            QVERIFY(a.value(u"duration").isDouble());
            apiNames << a.value(u"name").toString();
        }
        QCOMPARE(apiNames, (QStringList{"Telnyx", "Retell AI", "Google Calendar", "Supabase"}));
        const QJsonObject res =
            checkNamed(h, QStringLiteral("system_resources")).value(u"details").toObject();
        for (const char *key : {"cpu_usage", "memory_usage", "disk_usage"}) {
            QVERIFY2(res.value(QLatin1String(key)).isDouble(), key);
            const double v = res.value(QLatin1String(key)).toDouble();
            QVERIFY2(v > 1 && v < 80, key); // percent
        }
        const QJsonObject db =
            checkNamed(h, QStringLiteral("database")).value(u"details").toObject();
        QCOMPARE(db.value(u"max_connections").toInt(), 100);
        QVERIFY(db.value(u"active_connections").toInt() > 0);
    }

    void healthyAllDay()
    {
        ManualClock clock(T0);
        Simulator sim(7, &clock);
        static const QRegularExpression dbRe(
            QStringLiteral("^Database is healthy\\. Query time: (\\d+)ms$"));
        static const QRegularExpression redisRe(
            QStringLiteral("^Redis is healthy\\. Operation time: (\\d+)ms$"));
        for (qint64 t = T0; t < T0 + 7 * Day; t += 7 * Minute + 13'000) {
            const QJsonObject h = sim.health(t, false);
            QCOMPARE(h.value(u"data").toObject().value(u"overall").toString(),
                     QStringLiteral("healthy"));
            const QJsonObject db = checkNamed(h, QStringLiteral("database"));
            const auto m = dbRe.match(db.value(u"message").toString());
            QVERIFY2(m.hasMatch(), qPrintable(db.value(u"message").toString()));
            QCOMPARE(m.captured(1).toInt(), db.value(u"duration").toInt());
            QVERIFY(db.value(u"duration").toInt() < 200);
            const QJsonObject redis = checkNamed(h, QStringLiteral("redis"));
            QVERIFY(redisRe.match(redis.value(u"message").toString()).hasMatch());
            QVERIFY(redis.value(u"duration").toInt() < 100);
            QCOMPARE(checkNamed(h, QStringLiteral("external_apis")).value(u"message").toString(),
                     QStringLiteral("4/4 external APIs are healthy"));
            QCOMPARE(sim.healthDelayMs(t), 0);
        }
    }

    void thresholds_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("expected");
        const int H = int(HealthStatus::Healthy);
        const int D = int(HealthStatus::Degraded);
        const int U = int(HealthStatus::Unhealthy);
        QTest::newRow("database 0 ms") << "database" << 0.0 << H;
        QTest::newRow("database 199 ms") << "database" << 199.0 << H;
        QTest::newRow("database 200 ms") << "database" << 200.0 << D;
        QTest::newRow("database 1000 ms") << "database" << 1000.0 << D;
        QTest::newRow("database 1001 ms") << "database" << 1001.0 << U;
        QTest::newRow("redis 99 ms") << "redis" << 99.0 << H;
        QTest::newRow("redis 100 ms") << "redis" << 100.0 << D;
        QTest::newRow("redis 500 ms") << "redis" << 500.0 << D;
        QTest::newRow("redis 501 ms") << "redis" << 501.0 << U;
        QTest::newRow("apis 0 failing") << "external_apis" << 0.0 << H;
        QTest::newRow("apis 1 failing") << "external_apis" << 1.0 << D;
        QTest::newRow("apis 2 failing") << "external_apis" << 2.0 << D;
        QTest::newRow("apis 3 failing") << "external_apis" << 3.0 << U;
        QTest::newRow("apis 4 failing") << "external_apis" << 4.0 << U;
        QTest::newRow("resources 79.9 %") << "system_resources" << 79.9 << H;
        QTest::newRow("resources 80 %") << "system_resources" << 80.0 << D;
        QTest::newRow("resources 90 %") << "system_resources" << 90.0 << D;
        QTest::newRow("resources 90.1 %") << "system_resources" << 90.1 << U;
    }
    void thresholds()
    {
        QFETCH(QString, check);
        QFETCH(double, value);
        QFETCH(int, expected);
        HealthStatus s = HealthStatus::Unknown;
        if (check == u"database")
            s = ServiceHealth::databaseStatus(int(value));
        else if (check == u"redis")
            s = ServiceHealth::redisStatus(int(value));
        else if (check == u"external_apis")
            s = ServiceHealth::externalApisStatus(int(value));
        else
            s = ServiceHealth::resourceStatus(value);
        QCOMPARE(int(s), expected);
    }

    void faultsChangeHealth_data()
    {
        QTest::addColumn<QByteArray>("faults");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("overall");
        QTest::addColumn<QString>("message"); // regular expression
        QTest::newRow("database slow") << QByteArray(R"({"database":"slow"})") << "database"
                                       << "degraded"
                                       << "degraded"
                                       << "^Database is degraded\\. Query time: [3-8]\\d\\dms$";
        QTest::newRow("database down") << QByteArray(R"({"database":"down"})") << "database"
                                       << "unhealthy"
                                       << "unhealthy"
                                       << "^Database connection failed";
        QTest::newRow("redis slow") << QByteArray(R"({"redis":"slow"})") << "redis"
                                    << "degraded"
                                    << "degraded"
                                    << "^Redis is degraded\\. Operation time: [1-4]\\d\\dms$";
        QTest::newRow("redis down") << QByteArray(R"({"redis":"down"})") << "redis"
                                    << "unhealthy"
                                    << "unhealthy"
                                    << "^Redis connection failed";
        QTest::newRow("one API down")
            << QByteArray(R"({"external_api":{"retell":"down"}})") << "external_apis"
            << "degraded"
            << "degraded"
            << "^3/4 external APIs are healthy$";
        QTest::newRow("two APIs down")
            << QByteArray(R"({"external_api":{"retell":"down","telnyx":"down"}})")
            << "external_apis"
            << "degraded"
            << "degraded"
            << "^2/4 external APIs are healthy$";
        QTest::newRow("three APIs down")
            << QByteArray(R"({"external_api":{"retell":"down","telnyx":"down","supabase":"down"}})")
            << "external_apis"
            << "unhealthy"
            << "unhealthy"
            << "^1/4 external APIs are healthy$";
        QTest::newRow("one API slow")
            << QByteArray(R"({"external_api":{"telnyx":"slow"}})") << "external_apis"
            << "degraded"
            << "degraded"
            << "^3/4 external APIs are healthy$";
        QTest::newRow("memory 92 %") << QByteArray(R"({"memory":0.92})") << "system_resources"
                                     << "unhealthy"
                                     << "unhealthy"
                                     << "memory: 92%";
        QTest::newRow("memory 85 %") << QByteArray(R"({"memory":0.85})") << "system_resources"
                                     << "degraded"
                                     << "degraded"
                                     << "memory: 85%";
        QTest::newRow("disk 85 %") << QByteArray(R"({"disk":0.85})") << "system_resources"
                                   << "degraded"
                                   << "degraded"
                                   << "disk: 85%";
        QTest::newRow("cpu 95 %") << QByteArray(R"({"cpu":0.95})") << "system_resources"
                                  << "unhealthy"
                                  << "unhealthy"
                                  << "CPU: 9[4-6]%";
        QTest::newRow("error rate only") << QByteArray(R"({"error_rate":0.15})") << "database"
                                         << "healthy"
                                         << "healthy"
                                         << "^Database is healthy";
    }
    void faultsChangeHealth()
    {
        QFETCH(QByteArray, faults);
        QFETCH(QString, check);
        QFETCH(QString, status);
        QFETCH(QString, overall);
        QFETCH(QString, message);
        ManualClock clock(T0 + 14 * Hour);
        Simulator sim(42, &clock);
        const qint64 before = clock.nowMs() - 1000;
        QVERIFY(sim.setFaultsJson(faults).ok());
        clock.advance(Minute);
        for (qint64 t = clock.nowMs(); t < clock.nowMs() + 10 * Minute; t += 17'000) {
            for (bool detailed : {false, true}) {
                const QJsonObject h = sim.health(t, detailed);
                QCOMPARE(h.value(u"success"), QJsonValue(true));
                QCOMPARE(h.value(u"data").toObject().value(u"overall").toString(), overall);
                const QJsonObject c = checkNamed(h, check);
                QCOMPARE(c.value(u"status").toString(), status);
                const QString text = c.value(u"message").toString();
                QVERIFY2(QRegularExpression(message).match(text).hasMatch(), qPrintable(text));
                // Watchkeeper's decoder, applying the same thresholds to the figures, agrees.
                const Result<HealthReport> decoded =
                    HealthDecoder().decode(QJsonDocument(h).toJson());
                QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
                QCOMPARE(healthStatusText(decoded.value().overall), overall);
                for (const HealthCheck &hc : decoded.value().checks)
                    QVERIFY2(hc.status == hc.reported, qPrintable(hc.name + ": " + hc.derivedFrom));
            }
        }
        // Health before the faults were set stays as it was.
        QCOMPARE(sim.health(before, false).value(u"data").toObject().value(u"overall").toString(),
                 QStringLiteral("healthy"));
    }

    void healthDelay()
    {
        ManualClock clock(T0 + 14 * Hour);
        Simulator sim(42, &clock);
        QCOMPARE(sim.healthDelayMs(clock.nowMs()), 0);
        QVERIFY(sim.setFaults({{"database", "slow"}}).ok());
        for (int i = 0; i < 20; ++i) {
            clock.advance(1000);
            const int delay = sim.healthDelayMs(clock.nowMs());
            const int db = checkNamed(sim.health(clock.nowMs(), false), QStringLiteral("database"))
                               .value(u"duration")
                               .toInt();
            QCOMPARE(delay, db);
            QVERIFY(delay >= 300 && delay <= 900);
        }
        QVERIFY(sim.setFaults({{"database", "down"}}).ok());
        clock.advance(1000);
        QCOMPARE(sim.healthDelayMs(clock.nowMs()), 0); // refused at once
        QVERIFY(sim.setFaults({{"database", "ok"}, {"redis", "slow"}}).ok());
        clock.advance(1000);
        const int delay = sim.healthDelayMs(clock.nowMs());
        QVERIFY(delay >= 150 && delay <= 450);
    }

    void errorRateFault()
    {
        ManualClock clock(T0 + 14 * Hour);
        Simulator sim(42, &clock);
        const qint64 f = clock.nowMs();
        const double normal = errorShare(sim, f - 15 * Minute, f - 5 * Minute);
        QVERIFY2(normal > 0.004 && normal < 0.012, qPrintable(QString::number(normal)));
        QVERIFY(sim.setFaults({{"error_rate", 0.15}}).ok());
        const double faulty = errorShare(sim, f + 5 * Minute, f + 15 * Minute);
        QVERIFY2(faulty > 0.145 && faulty < 0.17, qPrintable(QString::number(faulty)));
        // Only 500s are added.
        const double added500 = increase(
            sim, QStringLiteral("http_requests_total"), f + 5 * Minute, f + 15 * Minute,
            [](const Labels &l) { return notHealth(l) && l.value(u"status_code") == u"500"; });
        QVERIFY(added500 > 0.14 * increase(sim, QStringLiteral("http_requests_total"),
                                           f + 5 * Minute, f + 15 * Minute, notHealth));
        QVERIFY(gauge(sim, f + 10 * Minute, QStringLiteral("customer_satisfaction_score")) < 4.2);
    }

    void trafficFault()
    {
        ManualClock clock(T0 + 14 * Hour);
        Simulator sim(42, &clock);
        ManualClock twinClock(T0 + 14 * Hour);
        Simulator twin(42, &twinClock);
        const qint64 f = clock.nowMs();
        QVERIFY(sim.setFaults({{"traffic", 3.0}}).ok());
        const double surged = increase(sim, QStringLiteral("http_requests_total"), f + 5 * Minute,
                                       f + 15 * Minute, notHealth);
        const double normal = increase(twin, QStringLiteral("http_requests_total"), f + 5 * Minute,
                                       f + 15 * Minute, notHealth);
        QVERIFY2(std::abs(surged / normal - 3) < 0.02,
                 qPrintable(QString::number(surged / normal)));
        QVERIFY(gauge(sim, f + Minute, QStringLiteral("active_users")) >
                2.5 * gauge(twin, f + Minute, QStringLiteral("active_users")));
        QVERIFY(gauge(sim, f + Minute, QStringLiteral("system_cpu_usage_ratio")) >
                gauge(twin, f + Minute, QStringLiteral("system_cpu_usage_ratio")) + 0.2);
    }

    void latencyFault()
    {
        ManualClock clock(T0 + 14 * Hour);
        Simulator sim(42, &clock);
        const qint64 f = clock.nowMs();
        const QString h = QStringLiteral("http_request_duration_seconds");
        const double normal = mean(sim, h, f - 15 * Minute, f - 5 * Minute, notHealth);
        QVERIFY2(normal > 0.05 && normal < 0.15, qPrintable(QString::number(normal)));
        QVERIFY(sim.setFaults({{"latency", 2.5}}).ok());
        const double slow = mean(sim, h, f + 5 * Minute, f + 15 * Minute, notHealth);
        QVERIFY2(slow > 2.5 && slow < 2.7, qPrintable(QString::number(slow)));
        QVERIFY(quantile(0.5, sim, h, f + 5 * Minute, f + 15 * Minute, notHealth) > 2);
        QVERIFY(increase(sim, QStringLiteral("http_request_timeouts_total"), f + 5 * Minute,
                         f + 15 * Minute) > 0);
    }

    void databaseFaults()
    {
        ManualClock clock(T0 + 14 * Hour);
        Simulator sim(42, &clock);
        const QString h = QStringLiteral("db_query_duration_seconds");
        qint64 f = clock.nowMs();
        const double normal = mean(sim, h, f - 15 * Minute, f - 5 * Minute);
        QVERIFY2(normal < 0.06, qPrintable(QString::number(normal)));
        const double p95 = quantile(0.95, sim, h, f - 15 * Minute, f - 5 * Minute);
        QVERIFY2(p95 > 0.05 && p95 < 0.12, qPrintable(QString::number(p95)));

        QVERIFY(sim.setFaults({{"database", "slow"}}).ok());
        const double slow = mean(sim, h, f + 5 * Minute, f + 15 * Minute);
        QVERIFY2(slow > 0.55 && slow < 0.7, qPrintable(QString::number(slow)));
        QVERIFY(mean(sim, QStringLiteral("http_request_duration_seconds"), f + 5 * Minute,
                     f + 15 * Minute, notHealth) > 0.5);

        clock.advance(20 * Minute);
        f = clock.nowMs();
        QVERIFY(sim.setFaults({{"database", "down"}}).ok());
        const double share = errorShare(sim, f + 5 * Minute, f + 15 * Minute);
        QVERIFY2(share > 0.8, qPrintable(QString::number(share)));
        QCOMPARE(increase(sim, QStringLiteral("db_rows_affected_total"), f + 5 * Minute,
                          f + 15 * Minute),
                 0.0);
        QCOMPARE(gauge(sim, f + Minute, QStringLiteral("db_connections_active")), 0.0);
        QVERIFY(increase(sim, QStringLiteral("log_messages_total"), f + 5 * Minute, f + 15 * Minute,
                         [](const Labels &l) { return l.value(u"level") == u"error"; }) > 1000);
    }

    void externalApiFault()
    {
        ManualClock clock(T0 + 14 * Hour);
        Simulator sim(42, &clock);
        const qint64 f = clock.nowMs();
        const QString name = QStringLiteral("external_api_requests_total");
        const auto result = [](const char *api, const char *r) {
            return [api, r](const Labels &l) {
                return l.value(u"api") == QLatin1String(api) &&
                       (!r || l.value(u"result") == QLatin1String(r));
            };
        };
        const double normalFailures =
            increase(sim, name, f - 15 * Minute, f - 5 * Minute, result("retell", "error")) +
            increase(sim, name, f - 15 * Minute, f - 5 * Minute, result("retell", "timeout"));
        QVERIFY(normalFailures < 0.02 * increase(sim, name, f - 15 * Minute, f - 5 * Minute,
                                                 result("retell", nullptr)));
        QVERIFY(sim.setFaults({{"external_api", QJsonObject{{"retell", "down"}}}}).ok());
        QCOMPARE(increase(sim, name, f + 5 * Minute, f + 15 * Minute, result("retell", "ok")), 0.0);
        QVERIFY(increase(sim, name, f + 5 * Minute, f + 15 * Minute, result("retell", "error")) >
                100);
        QVERIFY(increase(sim, name, f + 5 * Minute, f + 15 * Minute, result("telnyx", "ok")) > 100);
    }

    void resourceAndSecurityFaults()
    {
        ManualClock clock(T0 + 14 * Hour);
        Simulator sim(42, &clock);
        const qint64 f = clock.nowMs();
        QVERIFY(sim.setFaults({{"memory", 0.92},
                               {"disk", 0.85},
                               {"cpu", 0.95},
                               {"failed_logins", 50},
                               {"deprecated_calls", 20},
                               {"cache_miss", 0.4}})
                    .ok());
        for (qint64 t = f + Minute; t < f + 10 * Minute; t += 7000) {
            QVERIFY(std::abs(gauge(sim, t, QStringLiteral("system_memory_usage_ratio")) - 0.92) <=
                    0.003);
            QVERIFY(std::abs(gauge(sim, t, QStringLiteral("system_cpu_usage_ratio")) - 0.95) <=
                    0.006);
            QVERIFY(std::abs(gauge(sim, t, QStringLiteral("system_disk_usage_ratio"),
                                   [](const Labels &l) { return l.value(u"mount") == u"/data"; }) -
                             0.85) <= 0.001);
        }
        const double failures = increase(
            sim, QStringLiteral("auth_login_attempts_total"), f + 5 * Minute, f + 15 * Minute,
            [](const Labels &l) { return l.value(u"result") == u"failure"; });
        QVERIFY2(failures >= 499 && failures < 520, qPrintable(QString::number(failures)));
        const double deprecated = increase(sim, QStringLiteral("deprecated_api_calls_total"),
                                           f + 5 * Minute, f + 15 * Minute);
        QVERIFY2(deprecated >= 199 && deprecated <= 203, qPrintable(QString::number(deprecated)));
        for (const char *cache : {"session", "leads"}) {
            const auto of = [cache](const char *r) {
                return [cache, r](const Labels &l) {
                    return l.value(u"cache") == QLatin1String(cache) &&
                           (!r || l.value(u"result") == QLatin1String(r));
                };
            };
            const double miss = increase(sim, QStringLiteral("cache_requests_total"),
                                         f + 5 * Minute, f + 15 * Minute, of("miss"));
            const double all = increase(sim, QStringLiteral("cache_requests_total"), f + 5 * Minute,
                                        f + 15 * Minute, of(nullptr));
            QVERIFY2(std::abs(miss / all - 0.4) < 0.01, cache);
        }
        QVERIFY(increase(sim, QStringLiteral("authz_denied_total"), f, f + 5 * Minute,
                         [](const Labels &l) {
                             return l.value(u"reason") == u"escalation_attempt";
                         }) > 0);
    }

    void redisSlowFault()
    {
        ManualClock clock(T0 + 14 * Hour);
        Simulator sim(42, &clock);
        const qint64 f = clock.nowMs();
        const QString h = QStringLiteral("cache_operation_duration_seconds");
        const auto get = [](const Labels &l) { return l.value(u"op") == u"get"; };
        QVERIFY(mean(sim, h, f - 15 * Minute, f - 5 * Minute, get) < 0.005);
        QVERIFY(sim.setFaults({{"redis", "slow"}}).ok());
        const double slow = mean(sim, h, f + 5 * Minute, f + 15 * Minute, get);
        QVERIFY2(slow > 0.25 && slow < 0.35, qPrintable(QString::number(slow)));
    }

    void faultsApplyFromTheirTime()
    {
        ManualClock clock(T0 + 14 * Hour);
        Simulator sim(42, &clock);
        const qint64 f = clock.nowMs();
        const Samples before = sim.samplesAt(f - 30'000);
        const QString pageBefore = sim.exposition(f - 30'000);
        QVERIFY(sim.setFaults({{"error_rate", 0.5}, {"traffic", 2.0}, {"database", "down"}}).ok());
        QCOMPARE(sim.samplesAt(f - 30'000), before);
        QCOMPARE(sim.exposition(f - 30'000), pageBefore);
        ManualClock twinClock(T0 + 14 * Hour);
        Simulator twin(42, &twinClock);
        QVERIFY(sim.exposition(f + 60'000) != twin.exposition(f + 60'000));
        QCOMPARE(sim.exposition(f - 1), twin.exposition(f - 1));
        QCOMPARE(sim.faultsAt(f - 1).toJson(), QJsonObject());
        QCOMPARE(sim.faultsAt(f).toJson().value(u"database").toString(), QStringLiteral("down"));
    }

    void countersNeverDecrease()
    {
        ManualClock clock(T0);
        Simulator sim(99, &clock);
        const std::map<int, QByteArray> schedule = {
            {360, R"({"error_rate":0.2})"},
            {480, R"({"database":"down"})"},
            {540, ""},
            {600, R"({"traffic":3,"latency":2.5})"},
            {700, R"({"external_api":{"retell":"down"},"redis":"down"})"},
            {720, R"({"cache_miss":0.5,"failed_logins":100,"deprecated_calls":30})"},
            {900, ""},
            {1000, R"({"database":"slow","redis":"slow","external_api":{"telnyx":"slow"}})"},
            {1200, R"({"traffic":0})"},
            {1300, ""},
        };
        std::vector<double> previous;
        const auto check = [&](qint64 t) {
            const Samples s = sim.samplesAt(t);
            QHash<QString, double> infBucket;
            QHash<QString, double> lastBucket;
            for (qsizetype i = 0; i < s.size(); ++i) {
                const Labels &l = s[i].first;
                const QString name = l.metricName();
                if (!isCounterName(name))
                    continue;
                if (!previous.empty() && s[i].second < previous[size_t(i)])
                    return QStringLiteral("%1 went from %2 to %3 at +%4 s")
                        .arg(l.toString())
                        .arg(previous[size_t(i)], 0, 'f', 6)
                        .arg(s[i].second, 0, 'f', 6)
                        .arg((t - T0) / 1000);
                if (name.endsWith(u"_bucket")) {
                    const QString k = familyKey(l, 7);
                    if (lastBucket.contains(k) && s[i].second < lastBucket[k])
                        return QStringLiteral("%1 below the bucket before it").arg(l.toString());
                    lastBucket[k] = s[i].second;
                    if (l.value(u"le") == u"+Inf")
                        infBucket[k] = s[i].second;
                } else if (name.endsWith(u"_count")) {
                    if (infBucket.value(familyKey(l, 6), -1) != s[i].second)
                        return QStringLiteral("%1 differs from its +Inf bucket").arg(l.toString());
                }
            }
            previous.clear();
            for (const auto &p : s)
                previous.push_back(p.second);
            return QString();
        };
        // A week of backfill before the start, then a day of faults coming and going.
        for (qint64 t = T0 - 7 * Day; t < T0; t += 10 * Minute) {
            const QString problem = check(t);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        for (int m = 0; m <= 1440; ++m) {
            const qint64 t = T0 + m * Minute;
            clock.setNow(t);
            QString problem = check(t);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            if (auto it = schedule.find(m); it != schedule.end()) {
                // Set the faults between scrapes and look closely around that moment.
                const qint64 f = t + 7'500;
                for (qint64 before : {f - 2000, f - 1}) {
                    problem = check(before);
                    QVERIFY2(problem.isEmpty(), qPrintable(problem));
                }
                clock.setNow(f);
                if (it->second.isEmpty())
                    sim.clearFaults();
                else
                    QVERIFY(sim.setFaultsJson(it->second).ok());
                for (qint64 d : {0, 1, 999, 3000, 6000, 9000, 30'000}) {
                    problem = check(f + d);
                    QVERIFY2(problem.isEmpty(), qPrintable(problem));
                }
            }
        }
    }

    void concurrentReaders()
    {
        ManualClock clock(T0 + 10 * Hour);
        Simulator sim(5, &clock);
        const qint64 past = T0 + 9 * Hour;
        const QByteArray expected = sim.expositionUtf8(past);
        std::atomic<bool> stop{false};
        std::atomic<int> rounds{0};
        std::atomic<int> mismatches{0};
        std::vector<std::thread> readers;
        for (int i = 0; i < 2; ++i) {
            readers.emplace_back([&] {
                while (!stop) {
                    if (sim.expositionUtf8(past) != expected)
                        ++mismatches;
                    if (sim.samplesAt(clock.nowMs() + 1000).isEmpty())
                        ++mismatches;
                    ++rounds;
                }
            });
        }
        // Faults change while the readers read; the past they read never does.
        for (int i = 0; i < 200 || rounds < 50; ++i) {
            QVERIFY(sim.setFaults({{"traffic", 1.0 + i % 5}, {"database", i % 2 ? "slow" : "ok"}})
                        .ok());
            if (i % 7 == 0)
                sim.clearFaults();
            QThread::yieldCurrentThread();
        }
        stop = true;
        for (std::thread &t : readers)
            t.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void deterministic()
    {
        ManualClock clockA(T0 + 9 * Hour);
        ManualClock clockB(T0 + 9 * Hour);
        Simulator a(1234, &clockA);
        Simulator b(1234, &clockB);
        for (qint64 t : {T0 - 3 * Day, T0, T0 + 9 * Hour, T0 + 9 * Hour + 12'345})
            QCOMPARE(a.exposition(t), b.exposition(t));
        for (ManualClock *c : {&clockA, &clockB})
            c->advance(10 * Minute);
        QVERIFY(a.setFaults({{"database", "slow"}, {"traffic", 2.0}}).ok());
        QVERIFY(b.setFaults({{"database", "slow"}, {"traffic", 2.0}}).ok());
        for (ManualClock *c : {&clockA, &clockB})
            c->advance(10 * Minute);
        a.clearFaults();
        b.clearFaults();
        for (qint64 t : {T0 + 9 * Hour + 15 * Minute, T0 + 10 * Hour}) {
            QCOMPARE(a.exposition(t), b.exposition(t));
            QCOMPARE(a.health(t, true), b.health(t, true));
        }
        ManualClock clockC(T0 + 9 * Hour);
        Simulator c(1235, &clockC);
        QVERIFY(c.exposition(T0) != a.exposition(T0));
    }

    void metricsContract()
    {
        QFile spec(QStringLiteral(WK_SHARED_DIR "/spec/metrics.md"));
        QVERIFY2(spec.open(QIODevice::ReadOnly), qPrintable(spec.fileName()));
        ManualClock clock(T0);
        Simulator sim(42, &clock);
        const QString page = sim.exposition(T0 + Hour);
        const Samples samples = sim.samplesAt(T0 + Hour);
        QCOMPARE(Simulator::expositionContentType(),
                 QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        static const QRegularExpression row(
            QStringLiteral("^\\| `([a-z_]+)` \\| ([a-z]+)[^|]*\\| (.*)\\|\\s*$"));
        int metrics = 0;
        for (const QByteArray &raw : spec.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith(u"## Synthesized"))
                break;
            const auto m = row.match(line);
            if (!m.hasMatch())
                continue;
            ++metrics;
            const QString name = m.captured(1);
            const QString type = m.captured(2);
            QVERIFY2(page.contains(QStringLiteral("# TYPE %1 %2\n").arg(name, type)),
                     qPrintable(name));
            QVERIFY2(page.contains(QStringLiteral("# HELP %1 ").arg(name)), qPrintable(name));
            // Label names at depth 0, their values in parentheses.
            QMap<QString, QStringList> labels;
            QString current;
            int depth = 0;
            const QString cell = m.captured(3);
            for (qsizetype i = 0; i < cell.size(); ++i) {
                if (cell[i] == u'(')
                    ++depth;
                else if (cell[i] == u')')
                    --depth;
                else if (cell[i] == u'`') {
                    const qsizetype end = cell.indexOf(u'`', i + 1);
                    const QString token = cell.mid(i + 1, end - i - 1);
                    i = end;
                    if (depth == 0)
                        labels[current = token];
                    else
                        labels[current].append(token);
                }
            }
            const QStringList names =
                type == u"histogram" ? QStringList{name + "_bucket", name + "_sum", name + "_count"}
                                     : QStringList{name};
            for (const QString &n : names) {
                QMap<QString, QSet<QString>> seen;
                int count = 0;
                for (const auto &[l, v] : samples) {
                    if (l.metricName() != n)
                        continue;
                    ++count;
                    for (const Label &lab : l) {
                        if (lab.name == u"__name__" ||
                            (lab.name == u"le" && n.endsWith(u"_bucket")))
                            continue;
                        QVERIFY2(labels.contains(lab.name),
                                 qPrintable(n + ": unexpected label " + lab.name));
                        seen[lab.name].insert(lab.value);
                    }
                }
                QVERIFY2(count > 0, qPrintable(n));
                for (auto it = labels.begin(); it != labels.end(); ++it) {
                    QVERIFY2(seen.contains(it.key()), qPrintable(n + ": no label " + it.key()));
                    for (const QString &value : it.value())
                        QVERIFY2(seen[it.key()].contains(value),
                                 qPrintable(n + ": no " + it.key() + "=" + value));
                }
            }
        }
        QCOMPARE(metrics, 39);
        const auto build = std::find_if(samples.begin(), samples.end(), [](const auto &p) {
            return p.first.metricName() == u"build_info";
        });
        QVERIFY(build != samples.end());
        QCOMPARE(build->second, 1.0);
        QCOMPARE(build->first.value(u"version"), QStringLiteral("1.0.0"));
        QCOMPARE(build->first.value(u"environment"), QStringLiteral("production"));
        QCOMPARE(build->first.value(u"commit").size(), 7);
    }

    void samplesMatchExposition()
    {
        ManualClock clock(T0);
        Simulator sim(42, &clock);
        QVERIFY(sim.setFaults({{"latency", 0.7}}).ok());
        const qint64 t = T0 + 3 * Hour + 4321;
        const QString page = sim.exposition(t);
        QMap<Labels, double> parsed;
        static const QRegularExpression line(
            QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)$"));
        static const QRegularExpression pair(QStringLiteral("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\""));
        for (const QString &text : page.split(u'\n', Qt::SkipEmptyParts)) {
            if (text.startsWith(u'#'))
                continue;
            const auto m = line.match(text);
            QVERIFY2(m.hasMatch(), qPrintable(text));
            QList<Label> labels{{QStringLiteral("__name__"), m.captured(1)}};
            for (auto it = pair.globalMatch(m.captured(2)); it.hasNext();) {
                const auto p = it.next();
                labels.append({p.captured(1), p.captured(2)});
            }
            bool ok = false;
            const double v = m.captured(3) == u"+Inf" ? qInf() : m.captured(3).toDouble(&ok);
            QVERIFY2(ok, qPrintable(text));
            parsed.insert(Labels::fromList(labels), v);
        }
        const Samples samples = sim.samplesAt(t);
        QCOMPARE(parsed.size(), samples.size());
        for (const auto &[labels, value] : samples)
            QCOMPARE(parsed.value(labels, -1), value);
    }

    void pageParsesStrictly()
    {
        // Watchkeeper's own parser, in its strictest mode, reads the page as promtool does.
        struct Counter final : ExpositionSink
        {
            int families = 0;
            int samples = 0;
            void family(const ExpositionFamily &) override { ++families; }
            void sample(const ExpositionSample &) override { ++samples; }
        } sink;
        ManualClock clock(T0);
        Simulator sim(42, &clock);
        QVERIFY(sim.setFaults({{"database", "slow"}, {"latency", 1.5}}).ok());
        ExpositionParser parser(ExpositionFormat::PrometheusText, ExpositionValidation::Strict);
        const QByteArray page = sim.expositionUtf8(T0 + Hour);
        const Result<ExpositionStats> r = parser.parse(page, sink);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().families, 39);
        QCOMPARE(sink.samples, int(sim.samplesAt(T0 + Hour).size()));
    }

    void realisticDay()
    {
        ManualClock clock(T0);
        Simulator sim(42, &clock);
        const auto rps = [&](qint64 from, qint64 to) {
            return increase(sim, QStringLiteral("http_requests_total"), from, to, notHealth) /
                   double((to - from) / 1000);
        };
        for (qint64 h = 0; h < 24; ++h) {
            const qint64 from = T0 + h * Hour;
            const qint64 to = from + Hour;
            const QString at = QStringLiteral("hour %1").arg(h);
            const double errors = errorShare(sim, from, to);
            QVERIFY2(errors > 0.004 && errors < 0.012, qPrintable(at + QString::number(errors)));
            const double fiveMinutes = errorShare(sim, from, from + 5 * Minute);
            QVERIFY2(fiveMinutes > 0.003 && fiveMinutes < 0.015, qPrintable(at));
            for (const char *endpoint :
                 {"/api/leads", "/api/appointments", "/api/users", "/api/calls"}) {
                const double p95 =
                    quantile(0.95, sim, QStringLiteral("http_request_duration_seconds"), from, to,
                             [endpoint](const Labels &l) {
                                 return l.value(u"endpoint") == QLatin1String(endpoint);
                             });
                QVERIFY2(p95 > 0.12 && p95 < 0.33,
                         qPrintable(at + " " + endpoint + " p95 " + QString::number(p95)));
            }
            for (const char *query :
                 {"select_leads", "insert_lead", "select_appointments", "update_appointment"}) {
                const double p95 = quantile(
                    0.95, sim, QStringLiteral("db_query_duration_seconds"), from, to,
                    [query](const Labels &l) { return l.value(u"query") == QLatin1String(query); });
                QVERIFY2(p95 > 0.04 && p95 < 0.13,
                         qPrintable(at + " " + query + " p95 " + QString::number(p95)));
            }
            const double hits =
                increase(sim, QStringLiteral("cache_requests_total"), from, to,
                         [](const Labels &l) { return l.value(u"result") == u"hit"; });
            const double lookups = increase(sim, QStringLiteral("cache_requests_total"), from, to);
            QVERIFY2(hits / lookups > 0.85 && hits / lookups < 0.95, qPrintable(at));
            const double cpu = gauge(sim, from, QStringLiteral("system_cpu_usage_ratio"));
            QVERIFY2(cpu > 0.2 && cpu < 0.6, qPrintable(at + QString::number(cpu)));
            const double mem = gauge(sim, from, QStringLiteral("system_memory_usage_ratio"));
            QVERIFY2(mem > 0.48 && mem < 0.67, qPrintable(at + QString::number(mem)));
            const double root = gauge(sim, from, QStringLiteral("system_disk_usage_ratio"),
                                      [](const Labels &l) { return l.value(u"mount") == u"/"; });
            QVERIFY(root > 0.44 && root < 0.46);
            const double data =
                gauge(sim, from, QStringLiteral("system_disk_usage_ratio"),
                      [](const Labels &l) { return l.value(u"mount") == u"/data"; });
            QVERIFY(data > 0.56 && data < 0.63);
            const double score = gauge(sim, from, QStringLiteral("customer_satisfaction_score"));
            QVERIFY2(score >= 4.2 && score <= 4.6, qPrintable(at + QString::number(score)));
            QVERIFY(gauge(sim, from, QStringLiteral("db_connections_active")) <= 100);
        }
        // Afternoon against night, weekday against Sunday.
        QVERIFY(rps(T0 + 14 * Hour, T0 + 16 * Hour) > 2.5 * rps(T0 + 2 * Hour, T0 + 4 * Hour));
        QVERIFY(rps(T0 + 14 * Hour, T0 + 16 * Hour) >
                rps(T0 + 4 * Day + 14 * Hour, T0 + 4 * Day + 16 * Hour));
        QVERIFY(gauge(sim, T0 + 15 * Hour, QStringLiteral("active_users")) >
                2 * gauge(sim, T0 + 3 * Hour, QStringLiteral("active_users")));
        const double leads = increase(sim, QStringLiteral("leads_created_total"), T0, T0 + Day);
        QVERIFY2(leads > 200 && leads < 600, qPrintable(QString::number(leads)));
        const double qualified =
            increase(sim, QStringLiteral("leads_qualified_total"), T0, T0 + Day);
        const double converted =
            increase(sim, QStringLiteral("leads_converted_total"), T0, T0 + Day);
        QVERIFY(converted < qualified && qualified < leads);
        const double revenue = increase(sim, QStringLiteral("revenue_usd_total"), T0, T0 + Day);
        QVERIFY2(revenue > 3000 && revenue < 12000, qPrintable(QString::number(revenue)));
        const double users0 = gauge(sim, T0, QStringLiteral("registered_users"));
        const double users1 = gauge(sim, T0 + Day, QStringLiteral("registered_users"));
        QVERIFY(users1 > users0 && users1 - users0 < 100);
        // The default rule file's thresholds stay quiet in normal operation.
        for (qint64 t = T0; t < T0 + Day; t += 5 * Minute) {
            QVERIFY(increase(sim, QStringLiteral("auth_login_attempts_total"), t, t + 5 * Minute,
                             [](const Labels &l) { return l.value(u"result") == u"failure"; }) <=
                    10);
            QVERIFY(increase(sim, QStringLiteral("authz_denied_total"), t, t + 5 * Minute,
                             [](const Labels &l) {
                                 return l.value(u"reason") != u"escalation_attempt";
                             }) <= 20);
        }
        QCOMPARE(
            increase(sim, QStringLiteral("authz_denied_total"), T0, T0 + Day,
                     [](const Labels &l) { return l.value(u"reason") == u"escalation_attempt"; }),
            0.0);
        QVERIFY(increase(sim, QStringLiteral("deprecated_api_calls_total"), T0 + 14 * Hour,
                         T0 + 15 * Hour) <= 10);
    }

    void badFaults_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"database\": ") << "invalid JSON at offset";
        QTest::newRow("array") << QByteArray("[1]") << "expected a JSON object";
        QTest::newRow("unknown key") << QByteArray(R"({"databse":"slow"})")
                                     << "unknown fault \"databse\"; expected one of database";
        QTest::newRow("database number") << QByteArray(R"({"database":3})")
                                         << "\"database\": expected \"ok\", \"slow\" or \"down\"";
        QTest::newRow("redis unknown word") << QByteArray(R"({"redis":"broken"})")
                                            << "\"redis\": expected \"ok\", \"slow\" or \"down\"";
        QTest::newRow("api unknown")
            << QByteArray(R"({"external_api":{"twilio":"down"}})")
            << "\"external_api.twilio\": unknown API; expected one of telnyx";
        QTest::newRow("api not an object")
            << QByteArray(R"({"external_api":"down"})") << "\"external_api\": expected an object";
        QTest::newRow("api bad state")
            << QByteArray(R"({"external_api":{"retell":"dead"}})")
            << "\"external_api.retell\": expected \"ok\", \"slow\" or \"down\"";
        QTest::newRow("error rate as text") << QByteArray(R"({"error_rate":"high"})")
                                            << "\"error_rate\": expected a number from 0 to 1";
        QTest::newRow("error rate above 1") << QByteArray(R"({"error_rate":1.5})")
                                            << "\"error_rate\": expected a number from 0 to 1";
        QTest::newRow("memory negative")
            << QByteArray(R"({"memory":-0.1})") << "\"memory\": expected a number from 0 to 1";
        QTest::newRow("traffic boolean")
            << QByteArray(R"({"traffic":true})") << "\"traffic\": expected a number from 0 to 100";
        QTest::newRow("latency too long")
            << QByteArray(R"({"latency":120})") << "\"latency\": expected a number from 0 to 60";
        QTest::newRow("one bad key among good ones")
            << QByteArray(R"({"database":"slow","bogus":1})") << "unknown fault \"bogus\"";
    }
    void badFaults()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        ManualClock clock(T0);
        Simulator sim(42, &clock);
        QSignalSpy changed(&sim, &Simulator::faultsChanged);
        const Result<QJsonObject> r = sim.setFaultsJson(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(message), qPrintable(r.error().toString()));
        QCOMPARE(sim.faults(), QJsonObject()); // nothing applied
        QCOMPARE(changed.count(), 0);
    }

    void mergeAndClear()
    {
        ManualClock clock(T0);
        Simulator sim(42, &clock);
        QSignalSpy changed(&sim, &Simulator::faultsChanged);
        QCOMPARE(sim.setFaults({{"database", "slow"}}).value(),
                 (QJsonObject{{"database", "slow"}}));
        clock.advance(1000);
        QCOMPARE(sim.setFaults({{"error_rate", 0.1}}).value(),
                 (QJsonObject{{"database", "slow"}, {"error_rate", 0.1}}));
        clock.advance(1000);
        QVERIFY(sim.setFaults({{"external_api", QJsonObject{{"retell", "down"}}}}).ok());
        QVERIFY(sim.setFaults({{"external_api", QJsonObject{{"telnyx", "slow"}}}}).ok());
        QCOMPARE(sim.faults().value(u"external_api").toObject(),
                 (QJsonObject{{"retell", "down"}, {"telnyx", "slow"}}));
        QCOMPARE(
            sim.setFaults({{"database", QJsonValue::Null},
                           {"external_api", QJsonObject{{"retell", "ok"}}}})
                .value(),
            (QJsonObject{{"error_rate", 0.1}, {"external_api", QJsonObject{{"telnyx", "slow"}}}}));
        QCOMPARE(changed.count(), 5);
        clock.advance(1000);
        sim.clearFaults();
        QCOMPARE(sim.faults(), QJsonObject());
        QCOMPARE(changed.count(), 6);
        QCOMPARE(changed.last().first().toJsonObject(), QJsonObject());
        // The past keeps its faults.
        QCOMPARE(sim.faultsAt(T0 + 1500).toJson(),
                 (QJsonObject{{"database", "slow"}, {"error_rate", 0.1}}));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
