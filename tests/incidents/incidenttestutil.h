#pragma once

#include "models/incidents/incidentrepository.h"

#include <QTest>

#include <memory>

// Shared by the incident tests: a repository on a SQLite file (or :memory:) driven by a
// ManualClock, with an operator name so the timeline says who.
namespace IncidentTest {

constexpr qint64 T0 = 1'700'000'000'000; // 2023-11-14 22:13:20 UTC
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;

inline std::unique_ptr<Wk::IncidentRepository>
openRepository(const QString &location, Wk::Clock *clock, const QString &who,
               const QString &offlineDir = {}, Wk::IncidentRepository::Connector connector = {})
{
    Wk::IncidentRepository::Options options;
    options.location = location;
    options.operatorName = who;
    options.offlineDir = offlineDir;
    options.connector = std::move(connector);
    auto repo = Wk::IncidentRepository::open(options, clock);
    if (!repo) {
        qWarning("%s", qPrintable(repo.error().toString()));
        return nullptr;
    }
    return std::move(repo.value());
}

} // namespace IncidentTest
