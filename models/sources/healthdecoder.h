#pragma once

#include "healthstatus.h"

#include "models/core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Wk {

// One check of a health response, with the status the endpoint reported and the status
// Watchkeeper derives from the guide's thresholds.
struct HealthCheck
{
    QString name;
    HealthStatus reported = HealthStatus::Unknown;
    HealthStatus status = HealthStatus::Unknown; // derived where a measurement allows it
    QString message;
    double durationMs = -1; // -1 when the response has none
    QDateTime timestamp;
    QJsonObject details; // everything else the check carried (detailed view)
    QString derivedFrom; // why status differs from reported, e.g. "duration 1450 ms > 1000 ms"
};

struct HealthReport
{
    HealthStatus reportedOverall = HealthStatus::Unknown;
    HealthStatus overall = HealthStatus::Unknown; // worst of the derived checks
    QList<HealthCheck> checks;
    QDateTime timestamp;
    QString version;
    qint64 uptimeMs = -1;
    QString environment;
};

// The guide's thresholds. Boundaries follow the guide's wording: healthy below the first
// number, degraded up to and including the second, unhealthy above it.
struct HealthThresholds
{
    double databaseDegradedMs = 200;
    double databaseUnhealthyMs = 1000;
    double redisDegradedMs = 100;
    double redisUnhealthyMs = 500;
    int apisDegradedFailing = 1;  // 1-2 failing: degraded
    int apisUnhealthyFailing = 3; // 3+ failing: unhealthy
    double resourceDegraded = 0.80;
    double resourceUnhealthy = 0.90;
    double probeTargetMs = 100; // the health endpoint's own response time target
};

// Decodes the guide's health JSON ({success, data: {overall, checks[...], ...}}).
class HealthDecoder
{
public:
    explicit HealthDecoder(HealthThresholds thresholds = {});

    // Errors say what and where: "line 1, column 17: unterminated string".
    Result<HealthReport> decode(const QByteArray &body) const;

    HealthStatus statusForDuration(const QString &check, double durationMs) const;
    HealthStatus statusForFailingApis(int failing) const;
    HealthStatus statusForUsage(double ratio) const;
    static HealthStatus parseStatus(const QString &text);

    const HealthThresholds &thresholds() const { return m_thresholds; }

private:
    void derive(HealthCheck &check) const;
    HealthThresholds m_thresholds;
};

} // namespace Wk
