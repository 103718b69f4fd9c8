#include "servicehealth.h"

#include "loadcurve.h"
#include "noise.h"
#include "servicemodel.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Wk {

namespace {

using State = FaultSet::State;

QString isoTime(qint64 tMs)
{
    return QDateTime::fromMSecsSinceEpoch(tMs, Qt::UTC).toString(Qt::ISODate);
}

double percent(double ratio)
{
    return std::round(ratio * 1000) / 10;
}

// 0 at the quietest hour, 1 at the busiest.
double busy(qint64 tMs)
{
    return (1 + LoadCurve::deviation(LoadCurve::secondsSinceOrigin(tMs))) / (1 + LoadCurve::Bound);
}

QJsonObject check(const QString &name, HealthStatus status, const QString &message, int ms,
                  qint64 tMs)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("status"), ServiceHealth::statusText(status)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("duration"), ms},
                       {QStringLiteral("timestamp"), isoTime(tMs)}};
}

} // namespace

ServiceHealth::ServiceHealth(const ServiceModel *model)
    : m_model(model)
{}

HealthStatus ServiceHealth::databaseStatus(int ms)
{
    return ms < 200     ? HealthStatus::Healthy
           : ms <= 1000 ? HealthStatus::Degraded
                        : HealthStatus::Unhealthy;
}

HealthStatus ServiceHealth::redisStatus(int ms)
{
    return ms < 100    ? HealthStatus::Healthy
           : ms <= 500 ? HealthStatus::Degraded
                       : HealthStatus::Unhealthy;
}

HealthStatus ServiceHealth::externalApisStatus(int failing)
{
    return failing <= 0   ? HealthStatus::Healthy
           : failing <= 2 ? HealthStatus::Degraded
                          : HealthStatus::Unhealthy;
}

HealthStatus ServiceHealth::resourceStatus(double percent)
{
    return percent < 80    ? HealthStatus::Healthy
           : percent <= 90 ? HealthStatus::Degraded
                           : HealthStatus::Unhealthy;
}

QString ServiceHealth::statusText(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return QStringLiteral("healthy");
    case HealthStatus::Degraded:
        return QStringLiteral("degraded");
    case HealthStatus::Unhealthy:
    case HealthStatus::Unknown:
        break;
    }
    return QStringLiteral("unhealthy");
}

double ServiceHealth::draw(quint64 tag, qint64 tMs) const
{
    const qint64 second = tMs >= 0 ? tMs / 1000 : (tMs - 999) / 1000;
    return SimNoise::uniform({m_model->seed(), SimNoise::tag("health"), tag, quint64(second)});
}

ServiceHealth::Probe ServiceHealth::database(qint64 tMs, const FaultSet &f) const
{
    const double u = draw(SimNoise::tag("database"), tMs);
    Probe p;
    switch (f.database) {
    case State::Down: // the connection is refused at once
        p.ms = int(2 + 4 * u);
        p.connected = false;
        p.status = HealthStatus::Unhealthy;
        return p;
    case State::Slow:
        p.ms = int(300 + 600 * u);
        break;
    case State::Ok:
        p.ms = int(28 + 25 * busy(tMs) + 15 * u);
        break;
    }
    p.status = databaseStatus(p.ms);
    return p;
}

ServiceHealth::Probe ServiceHealth::redis(qint64 tMs, const FaultSet &f) const
{
    const double u = draw(SimNoise::tag("redis"), tMs);
    Probe p;
    switch (f.redis) {
    case State::Down:
        p.ms = int(1 + 2 * u);
        p.connected = false;
        p.status = HealthStatus::Unhealthy;
        return p;
    case State::Slow:
        p.ms = int(150 + 300 * u);
        break;
    case State::Ok:
        p.ms = int(4 + 6 * busy(tMs) + 8 * u);
        break;
    }
    p.status = redisStatus(p.ms);
    return p;
}

ServiceHealth::Probe ServiceHealth::externalApi(int api, qint64 tMs, const FaultSet &f) const
{
    static constexpr int Low[FaultSet::ApiCount] = {120, 180, 90, 40};
    static constexpr int Spread[FaultSet::ApiCount] = {130, 220, 110, 70};
    const double u = draw(SimNoise::tag("api") + quint64(api), tMs);
    Probe p;
    switch (f.externalApis[size_t(api)]) {
    case State::Down: // gave up after a retry
        p.ms = int(1000 + 500 * u);
        p.connected = false;
        p.status = HealthStatus::Unhealthy;
        break;
    case State::Slow:
        p.ms = int(1500 + 2000 * u);
        p.status = HealthStatus::Degraded;
        break;
    case State::Ok:
        p.ms = int(Low[api] + Spread[api] * u);
        break;
    }
    return p;
}

int ServiceHealth::responseDelayMs(qint64 tMs, const FaultSet &f) const
{
    // External APIs are checked in the background; the database and Redis checks run inline.
    int delay = 0;
    for (const Probe &p : {database(tMs, f), redis(tMs, f)}) {
        if (p.connected && p.status != HealthStatus::Healthy)
            delay = std::max(delay, p.ms);
    }
    return std::min(delay, MaxDelayMs);
}

QJsonObject ServiceHealth::report(qint64 tMs, qint64 startMs, const FaultSet &f,
                                  bool detailed) const
{
    QJsonArray checks;
    HealthStatus overall = HealthStatus::Healthy;
    const auto add = [&](QJsonObject c, HealthStatus status, const QJsonObject &details) {
        if (detailed)
            c.insert(QStringLiteral("details"), details);
        checks.append(c);
        overall = worse(overall, status);
    };

    const Probe db = database(tMs, f);
    {
        const QString message =
            db.connected ? QStringLiteral("Database is %1. Query time: %2ms")
                               .arg(statusText(db.status))
                               .arg(db.ms)
                         : QStringLiteral("Database connection failed: connection refused");
        const int connections = m_model->dbConnections(tMs, f);
        add(check(QStringLiteral("database"), db.status, message, db.ms, tMs), db.status,
            {{QStringLiteral("connected"), db.connected},
             {QStringLiteral("query_time"), db.connected ? db.ms : 0},
             {QStringLiteral("write_time"), db.connected ? int(db.ms * 1.4 + 5) : 0},
             {QStringLiteral("active_connections"), connections},
             {QStringLiteral("max_connections"), ServiceModel::MaxDbConnections}});
    }

    const Probe cache = redis(tMs, f);
    {
        const QString message = cache.connected
                                    ? QStringLiteral("Redis is %1. Operation time: %2ms")
                                          .arg(statusText(cache.status))
                                          .arg(cache.ms)
                                    : QStringLiteral("Redis connection failed: connection refused");
        add(check(QStringLiteral("redis"), cache.status, message, cache.ms, tMs), cache.status,
            {{QStringLiteral("connected"), cache.connected},
             {QStringLiteral("operation_time"), cache.connected ? cache.ms : 0},
             {QStringLiteral("memory_used_bytes"),
              cache.connected ? m_model->redisMemoryBytes(tMs) : 0.0}});
    }

    {
        QJsonArray apis;
        int failing = 0;
        int healthy = 0;
        bool slow = false;
        int longest = 0;
        for (int i = 0; i < FaultSet::ApiCount; ++i) {
            const Probe p = externalApi(i, tMs, f);
            failing += p.connected ? 0 : 1;
            healthy += p.status == HealthStatus::Healthy ? 1 : 0;
            slow = slow || (p.connected && p.status != HealthStatus::Healthy);
            longest = std::max(longest, p.ms);
            apis.append(
                QJsonObject{{QStringLiteral("name"), FaultSet::apiDisplayName(FaultSet::Api(i))},
                            {QStringLiteral("status"), statusText(p.status)},
                            {QStringLiteral("duration"), p.ms}});
        }
        // All responding is healthy by the thresholds, but a slow one still degrades.
        HealthStatus status = externalApisStatus(failing);
        if (slow)
            status = worse(status, HealthStatus::Degraded);
        const QString message = QStringLiteral("%1/%2 external APIs are healthy")
                                    .arg(healthy)
                                    .arg(int(FaultSet::ApiCount));
        add(check(QStringLiteral("external_apis"), status, message, longest, tMs), status,
            {{QStringLiteral("apis"), apis},
             {QStringLiteral("healthy"), healthy},
             {QStringLiteral("failing"), failing},
             {QStringLiteral("total"), int(FaultSet::ApiCount)}});
    }

    {
        const double cpu = percent(m_model->cpuRatio(tMs, f));
        const double memory = percent(m_model->memoryRatio(tMs, f));
        const double root = percent(m_model->diskRatio(ServiceModel::Mount::Root, tMs, f));
        const double data = percent(m_model->diskRatio(ServiceModel::Mount::Data, tMs, f));
        const double disk = std::max(root, data);
        const HealthStatus status = resourceStatus(std::max({cpu, memory, disk}));
        const QString message =
            QStringLiteral("System resources are %1. CPU: %2%, memory: %3%, disk: %4%")
                .arg(statusText(status))
                .arg(qRound(cpu))
                .arg(qRound(memory))
                .arg(qRound(disk));
        const int ms = int(1 + 3 * draw(SimNoise::tag("resources"), tMs));
        add(check(QStringLiteral("system_resources"), status, message, ms, tMs), status,
            {{QStringLiteral("cpu_usage"), cpu},
             {QStringLiteral("memory_usage"), memory},
             {QStringLiteral("disk_usage"), disk},
             {QStringLiteral("disks"),
              QJsonArray{QJsonObject{{QStringLiteral("mount"), QStringLiteral("/")},
                                     {QStringLiteral("usage"), root}},
                         QJsonObject{{QStringLiteral("mount"), QStringLiteral("/data")},
                                     {QStringLiteral("usage"), data}}}}});
    }

    const QJsonObject data{{QStringLiteral("overall"), statusText(overall)},
                           {QStringLiteral("checks"), checks},
                           {QStringLiteral("timestamp"), isoTime(tMs)},
                           {QStringLiteral("version"), QStringLiteral("1.0.0")},
                           {QStringLiteral("uptime"), std::max<qint64>(0, tMs - startMs)},
                           {QStringLiteral("environment"), QStringLiteral("production")}};
    return QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}};
}

} // namespace Wk
