#pragma once

#include <QCoreApplication>
#include <QString>

namespace Wk {

// Status of a health check, ordered by badness. Numbers are those of the
// watchkeeper_health_status series (0 healthy, 1 degraded, 2 unhealthy).
enum class HealthStatus { Healthy = 0, Degraded = 1, Unhealthy = 2, Unknown = 3 };

inline QString healthStatusText(HealthStatus s)
{
    switch (s) {
    case HealthStatus::Healthy:
        return QCoreApplication::translate("Wk::Health", "healthy");
    case HealthStatus::Degraded:
        return QCoreApplication::translate("Wk::Health", "degraded");
    case HealthStatus::Unhealthy:
        return QCoreApplication::translate("Wk::Health", "unhealthy");
    case HealthStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("Wk::Health", "unknown");
}

inline HealthStatus worse(HealthStatus a, HealthStatus b)
{
    if (a == HealthStatus::Unknown)
        return b;
    if (b == HealthStatus::Unknown)
        return a;
    return int(a) >= int(b) ? a : b;
}

// Roles of the health item model (one row per target and check) that views read.
namespace HealthRoles {
enum Role {
    Target = Qt::UserRole + 1, // QString: target name
    Check,                     // QString: check name ("database", "overall", ...)
    Status,                    // int: HealthStatus
    StatusText,                // QString: "healthy", "degraded", ... (translated)
    Message,                   // QString: the check's message or the poll error
    DurationMs,                // double: the check's duration in ms, or -1 when none
    UpdatedMs,                 // qint64: epoch ms of the last successful poll, 0 when never
    Error,                     // QString: why the last poll failed, empty when it succeeded
};
}

} // namespace Wk
