#pragma once

#include "faultset.h"

#include "models/sources/healthstatus.h"

#include <QJsonObject>

namespace Wk {

class ServiceModel;

// The service's own health checks (database, redis, external_apis, system_resources) as
// GET /api/health answers them, with the guide's thresholds applied by the service itself.
// The texts are the service's wire format, so they are not translated.
class ServiceHealth final
{
public:
    explicit ServiceHealth(const ServiceModel *model); // not owned

    // {"success": true, "data": {"overall", "checks": [...], "timestamp", "version",
    //  "uptime", "environment"}}; detailed adds a "details" object to every check.
    QJsonObject report(qint64 tMs, qint64 startMs, const FaultSet &faults, bool detailed) const;
    // How long the endpoint takes to answer: a few ms normally, as long as a slow database or
    // Redis check takes (at most MaxDelayMs).
    int responseDelayMs(qint64 tMs, const FaultSet &faults) const;

    static constexpr int MaxDelayMs = 1500;

    // The guide's thresholds: healthy below the first number, degraded up to and including
    // the second, unhealthy above.
    static HealthStatus databaseStatus(int ms);          // 200, 1000
    static HealthStatus redisStatus(int ms);             // 100, 500
    static HealthStatus externalApisStatus(int failing); // 0, 1-2, 3+
    static HealthStatus resourceStatus(double percent);  // 80, 90
    static QString statusText(HealthStatus status);      // healthy, degraded, unhealthy

private:
    struct Probe
    {
        int ms = 0;
        bool connected = true;
        HealthStatus status = HealthStatus::Healthy;
    };
    Probe database(qint64 tMs, const FaultSet &faults) const;
    Probe redis(qint64 tMs, const FaultSet &faults) const;
    Probe externalApi(int api, qint64 tMs, const FaultSet &faults) const;
    double draw(quint64 tag, qint64 tMs) const; // per-second value in [0, 1)

    const ServiceModel *m_model; // not owned
};

} // namespace Wk
