#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <optional>

namespace Wk {

// The faults injected into the simulated service, as POST /sim/faults takes them:
// {"database": "slow"|"down", "redis": "slow"|"down",
//  "external_api": {"telnyx"|"retell"|"google_calendar"|"supabase": "slow"|"down"},
//  "error_rate": 0..1, "memory": 0..1, "disk": 0..1, "cpu": 0..1, "traffic": multiplier,
//  "failed_logins": per minute, "deprecated_calls": per minute, "cache_miss": 0..1,
//  "latency": seconds added}.
// "ok" or null switches one fault off; a patch merges into the faults already active.
class FaultSet final
{
public:
    enum class State { Ok, Slow, Down };
    enum Api { Telnyx, Retell, GoogleCalendar, Supabase, ApiCount };

    State database = State::Ok;
    State redis = State::Ok;
    std::array<State, ApiCount> externalApis{};
    std::optional<double> errorRate;       // share of requests answered with 500
    std::optional<double> memory;          // system_memory_usage_ratio
    std::optional<double> disk;            // system_disk_usage_ratio of /data
    std::optional<double> cpu;             // system_cpu_usage_ratio
    std::optional<double> traffic;         // request rate multiplier
    std::optional<double> failedLogins;    // extra failed logins per minute
    std::optional<double> deprecatedCalls; // extra deprecated API calls per minute
    std::optional<double> cacheMiss;       // cache miss ratio
    std::optional<double> latency;         // seconds added to every API request

    static const QStringList &keys();       // the accepted top-level keys, in documented order
    static const QStringList &apiKeys();    // telnyx, retell, google_calendar, supabase
    static QString apiDisplayName(Api api); // "Telnyx", "Retell AI", ...

    bool isEmpty() const;
    QJsonObject toJson() const; // only the active faults; {} when none

    // This set with a patch applied, or an error naming the key and what was expected.
    // Nothing is applied when any key is wrong.
    Result<FaultSet> merged(const QJsonObject &patch) const;
    // Parses a request body into a patch object ("invalid JSON at offset 12: ...").
    static Result<QJsonObject> parsePatch(const QByteArray &body);

    friend bool operator==(const FaultSet &, const FaultSet &) = default;
};

} // namespace Wk
