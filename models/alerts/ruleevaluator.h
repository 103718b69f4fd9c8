#pragma once

#include "alert.h"
#include "alerttemplate.h"
#include "rulefile.h"

#include "models/core/result.h"
#include "models/metrics/labels.h"
#include "models/promql/queryengine.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

namespace Wk {

class Clock;
class QueryEngine;
class SeriesStore;

// Evaluates rule groups as Prometheus's rule manager does. Each group runs on the injected
// clock at its interval; its rules run in order, each as an instant query at the evaluation
// time. Recording rules write their result into the series store. Alerting rules keep one Alert
// per output label set through inactive -> pending -> firing -> resolved (`for`,
// `keep_firing_for`, resolved alerts kept 15 minutes) and write ALERTS and ALERTS_FOR_STATE.
// Series a rule stops returning get a staleness marker.
class RuleEvaluator final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 defaultIntervalMs = 60'000; // for groups without an interval
        QMap<QString, QString> externalLabels;
        QString externalUrl;
        qint64 resolvedRetentionMs = 15 * 60'000;
        bool logFailures = true; // rule failures to the wk.alerts log, besides ruleFailed
    };

    // clock, engine and store are not owned; store may be null (nothing is written then).
    RuleEvaluator(Clock *clock, QueryEngine *engine, SeriesStore *store, QObject *parent = nullptr);
    ~RuleEvaluator() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    // Replaces the groups. A rule that stays (same group, name and labels) keeps its alerts.
    // Template errors are reported by RuleLoader; here a template that does not parse expands
    // to Prometheus's "<error expanding template: ...>".
    void setRules(const QList<RuleGroup> &groups);
    int groupCount() const { return int(m_groups.size()); }
    const RuleGroup &group(int index) const;
    qint64 intervalMs(int groupIndex) const;

    // Evaluates every group on the clock at its interval, aligned to multiples of it.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Evaluates one group at tMs now. With an engine that answers synchronously (the local
    // one) everything, signals included, has happened when this returns. A group still busy
    // with an earlier evaluation skips this one.
    void evaluateGroup(int groupIndex, qint64 tMs);

    // Active (pending, firing) and recently resolved alerts, in rule order.
    QList<Alert> alerts() const;
    QList<Alert> alerts(const QString &ruleName) const;
    // The error of the rule's last evaluation, if it failed.
    std::optional<Error> lastError(int groupIndex, int ruleIndex) const;

Q_SIGNALS:
    void alertPending(const Wk::Alert &alert);
    void alertFiring(const Wk::Alert &alert);
    void alertResolved(const Wk::Alert &alert);
    // The alert left the list: a pending alert whose condition went away, or a resolved one
    // after its retention.
    void alertRemoved(const Wk::Alert &alert);
    void ruleFailed(const QString &group, const QString &rule, const Wk::Error &error);
    void groupEvaluated(const QString &group, qint64 tMs);

private:
    struct RuleState;
    struct GroupState;
    struct Sample
    {
        Labels labels;
        double value = 0;
    };

    void scheduleGroup(int groupIndex, qint64 atMs);
    void evaluateRule(int groupIndex, int ruleIndex, qint64 tMs, quint64 generation);
    void finishRule(int groupIndex, int ruleIndex, qint64 tMs, quint64 generation,
                    const QueryResult &result);
    Result<std::vector<Sample>> recordingOutput(const GroupState &g, RuleState &r,
                                                const std::vector<Sample> &vector);
    Result<std::vector<Sample>> alertingOutput(const GroupState &g, RuleState &r, qint64 tMs,
                                               const std::vector<Sample> &vector,
                                               QList<std::pair<int, Alert>> &events);
    void write(RuleState &r, qint64 tMs, const std::vector<Sample> &output);

    Clock *m_clock;                // not owned
    QueryEngine *m_engine;         // not owned
    QPointer<SeriesStore> m_store; // not owned
    Options m_options;
    std::vector<std::unique_ptr<GroupState>> m_groups;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Wk
