#pragma once

#include "models/alerts/alertbook.h"
#include "models/alerts/alertrepository.h"
#include "models/alerts/localalertsource.h"
#include "models/alerts/localsilencestore.h"
#include "models/alerts/ruleevaluator.h"
#include "models/alerts/ruleloader.h"
#include "models/core/clock.h"
#include "models/metrics/seriesstore.h"
#include "models/promql/localengine.h"
#include "models/storage/database.h"

#include <QTest>

#include <memory>

namespace Wk {

// A small on-call world for widget tests: series in a store, a few rules over them evaluated by
// the real rule evaluator on a ManualClock, and an AlertBook (in-memory database, local
// silences, the default inhibition and the guide's escalation policy). After start() it is
// `Now` and these alerts exist:
//   DatabaseUnavailable db-1 critical firing (escalated once)
//   HighErrorRate       web-1 high firing;  db-1 high firing, inhibited by DatabaseUnavailable
//   DiskSpaceWarning    db-1 medium firing
//   CacheMissRateHigh   web-2 low pending
//   DeprecatedAPIUsage  web-2 low firing
//   PerformanceDegradation web-2 high, resolved 5 minutes ago
class AlertsFixture
{
public:
    static constexpr qint64 Now = 1'700'000'000'000 + 3 * 24 * 3'600'000LL;
    static constexpr qint64 StartMs = Now - 10 * 60'000;

    static QByteArray rules()
    {
        return R"(groups:
- name: service
  interval: 1m
  rules:
  - alert: DatabaseUnavailable
    expr: db_up == 0
    for: 1m
    labels: {severity: critical}
    annotations:
      summary: "Database {{ $labels.instance }} is down"
      description: "The health check of {{ $labels.instance }} has reported the database down."
      runbook_url: "https://runbooks.example.com/database-unavailable"
  - alert: HighErrorRate
    expr: http_error_ratio > 0.1
    for: 2m
    labels: {severity: high}
    annotations:
      summary: "Error rate on {{ $labels.instance }} is {{ $value | humanizePercentage }}"
      runbook_url: "https://runbooks.example.com/high-error-rate"
  - alert: DiskSpaceWarning
    expr: disk_free_ratio < 0.2
    labels: {severity: medium}
    annotations: {summary: "Disk on {{ $labels.instance }} is nearly full"}
  - alert: CacheMissRateHigh
    expr: cache_miss_ratio > 0.5
    for: 30m
    labels: {severity: low}
    annotations: {summary: "Cache misses on {{ $labels.instance }}"}
  - alert: PerformanceDegradation
    expr: latency_p95_seconds > 2
    for: 1m
    labels: {severity: high}
    annotations: {summary: "Slow responses on {{ $labels.instance }}"}
  - alert: DeprecatedAPIUsage
    expr: deprecated_calls > 0
    labels: {severity: low}
    annotations: {summary: "Deprecated API calls on {{ $labels.instance }}"}
)";
    }

    AlertsFixture()
        : clock(StartMs)
        , engine(store)
        , evaluator(&clock, &engine, &store)
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        if (db) {
            database = std::move(db).value();
            auto repo = AlertRepository::open(database.get());
            if (repo)
                repository = std::move(repo).value();
        }
        silences = std::make_unique<LocalSilenceStore>(&clock, repository.get());
        const RuleLoader::Outcome loaded = RuleLoader::loadText(rules(), QStringLiteral("t.yml"));
        ruleErrors = loaded.errors.size();
        evaluator.setRules(loaded.file.groups);
        source = std::make_unique<LocalAlertSource>(&evaluator);
        book = std::make_unique<AlertBook>(&clock, source.get(), silences.get(), repository.get());
        book->setOperatorName(QStringLiteral("ana.ops"));
        book->setInhibitRules(InhibitRule::defaults());
        book->setEscalationPolicy(EscalationPolicy::guideDefault());
    }

    // Writes an hour of samples and evaluates the rules once a minute up to Now.
    void start()
    {
        for (qint64 t = Now - 70 * 60'000; t <= Now + 5 * 60'000; t += 15'000) {
            const double minutesAgo = double(Now - t) / 60'000.0;
            const double wave = 0.01 * double((t / 15'000) % 7);
            put("db_up", "db-1", t, minutesAgo < 20 ? 0 : 1);
            put("http_error_ratio", "web-1", t, minutesAgo < 30 ? 0.15 + wave : 0.02 + wave);
            put("http_error_ratio", "web-2", t, 0.03 + wave);
            put("http_error_ratio", "db-1", t, minutesAgo < 20 ? 0.4 : 0.01);
            put("disk_free_ratio", "db-1", t, 0.12 - minutesAgo / 2000.0);
            put("cache_miss_ratio", "web-2", t, minutesAgo < 8 ? 0.62 : 0.3);
            put("deprecated_calls", "web-2", t, 3);
            put("latency_p95_seconds", "web-2", t,
                minutesAgo < 30 && minutesAgo > 6 ? 2.6 + wave * 5 : 0.4 + wave * 5);
        }
        for (qint64 t = StartMs; t <= Now; t += 60'000) {
            if (clock.nowMs() < t)
                clock.advance(t - clock.nowMs());
            evaluator.evaluateGroup(0, t);
        }
    }

    quint64 alertId(const QString &name, const QString &instance) const
    {
        for (const AlertStatus &s : book->statuses()) {
            if (s.alertName() == name && s.alert.labels.value(u"instance") == instance)
                return s.id();
        }
        return 0;
    }

    // The rule expression for an alert name, as the app looks it up in its rules.
    QString expression(const QString &alertName) const
    {
        for (int g = 0; g < evaluator.groupCount(); ++g) {
            for (const Rule &r : evaluator.group(g).rules) {
                if (r.isAlerting() && r.name == alertName)
                    return r.expr;
            }
        }
        return {};
    }

    ManualClock clock;
    SeriesStore store;
    LocalEngine engine;
    RuleEvaluator evaluator;
    std::unique_ptr<Database> database;
    std::unique_ptr<AlertRepository> repository;
    std::unique_ptr<LocalSilenceStore> silences;
    std::unique_ptr<LocalAlertSource> source;
    std::unique_ptr<AlertBook> book;
    qsizetype ruleErrors = 0;

private:
    void put(const char *name, const char *instance, qint64 t, double v)
    {
        store.append(Labels{{QStringLiteral("__name__"), QString::fromLatin1(name)},
                            {QStringLiteral("instance"), QString::fromLatin1(instance)}},
                     t, v);
    }
};

} // namespace Wk
