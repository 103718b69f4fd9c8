#pragma once

#include "healthdecoder.h"
#include "httpfetcher.h"

#include "models/config/workspace.h"
#include "models/core/clock.h"

#include <QObject>

namespace Wk {

class HealthModel;
class SeriesStore;

// The last poll of one target, for status lines.
struct TargetState
{
    TargetConfig config;
    qint64 lastPollMs = 0;    // when the last poll started, 0 = never
    qint64 lastSuccessMs = 0; // when a poll last succeeded
    bool ok = false;
    QString error; // why the last poll failed
    qint64 durationMs = 0;
    int samples = 0;        // series written by the last poll
    int rejectedSeries = 0; // over the series cap in the last poll
    int consecutiveFailures = 0;
};

// Polls every target of a workspace on its interval and feeds the results into the series
// store (and the health model for health targets). Time comes from the clock.
class Collector final : public QObject
{
    Q_OBJECT
public:
    Collector(Clock *clock, SeriesStore *store, HealthModel *health, QObject *parent = nullptr);
    ~Collector() override;

    void setTargets(const QList<TargetConfig> &targets);
    const QList<TargetState> &targets() const { return m_targets; }

    void start(); // first poll of every target now, then on its interval
    void stop();
    void pollNow(int index); // an extra poll outside the schedule
    bool isRunning() const { return m_running; }
    int pollsInFlight() const { return int(m_inFlight.count(true)); }

    const HealthDecoder &decoder() const { return m_decoder; }
    HttpFetcher *fetcher() const { return m_fetcher; } // owned

Q_SIGNALS:
    void targetPolled(int index);
    // Every target has been polled at least once since start().
    void firstRoundDone();

private:
    void schedule(int index, qint64 atMs);
    void poll(int index, qint64 scheduledMs);
    void handleHealth(int index, qint64 startedMs, const FetchResult &result);
    void handleMetrics(int index, qint64 startedMs, const FetchResult &result);
    void finishPoll(int index);
    QByteArray token(const TargetConfig &t, QString *error) const;

    Clock *m_clock;         // not owned
    SeriesStore *m_store;   // not owned
    HealthModel *m_health;  // not owned
    HttpFetcher *m_fetcher; // owned (child)
    HealthDecoder m_decoder;
    QList<TargetState> m_targets;
    QList<Clock::TimerId> m_timers;
    QList<bool> m_inFlight;
    bool m_running = false;
    bool m_firstRoundSignalled = false;
    quint64 m_generation = 0; // drops answers to polls of an older target list
};

} // namespace Wk
